import re
from datetime import UTC, datetime, timedelta
from itertools import product

import pytest

from handlers.workflow import (
    Action,
    Allowed,
    Refused,
    Relation,
    action_label,
    decide,
    status_label,
)
from storage.enums import TicketStatus

NOW = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
CJK = re.compile(r"[\u4e00-\u9fff]")

# Written out by hand from the workflow's specification, not from the code: every
# (action, from-status) that is allowed, its target, and who may make it
# (R = reporter, T = staff of the owning team, S = supervisor). Everything else is refused.
EXPECTED_ALLOWED: dict[tuple[str, str], tuple[str, str]] = {
    ("cancel", "new"): ("cancelled", "R"),
    ("cancel", "reopened"): ("cancelled", "R"),
    ("reopen", "resolved"): ("reopened", "R"),
    ("rate", "resolved"): ("resolved", "R"),
    ("rate", "closed"): ("closed", "R"),
    ("acknowledge", "new"): ("acknowledged", "TS"),
    ("acknowledge", "reopened"): ("acknowledged", "TS"),
    ("start", "acknowledged"): ("in_progress", "TS"),
    ("resolve", "acknowledged"): ("resolved", "TS"),
    ("resolve", "in_progress"): ("resolved", "TS"),
    ("reassign", "new"): ("new", "TS"),
    ("reassign", "acknowledged"): ("new", "TS"),
    ("reassign", "in_progress"): ("new", "TS"),
    ("reassign", "reopened"): ("new", "TS"),
    ("reject", "new"): ("rejected", "S"),
    ("reject", "acknowledged"): ("rejected", "S"),
    ("reject", "reopened"): ("rejected", "S"),
    ("close", "resolved"): ("closed", "S"),
    ("close", "new"): ("closed", "S"),
    ("close", "acknowledged"): ("closed", "S"),
    ("close", "in_progress"): ("closed", "S"),
    ("close", "reopened"): ("closed", "S"),
    ("mark_duplicate", "new"): ("duplicate", "S"),
    ("mark_duplicate", "acknowledged"): ("duplicate", "S"),
    ("mark_duplicate", "in_progress"): ("duplicate", "S"),
    ("mark_duplicate", "reopened"): ("duplicate", "S"),
}
LETTER = {"R": "reporter", "T": "team_staff", "S": "supervisor"}


def expected(action: str, status: str, relation: str) -> str | None:
    """The target status the table must allow, or None when the move must be refused."""
    allowed = EXPECTED_ALLOWED.get((action, status))
    if allowed is None:
        return None
    target, who = allowed
    return target if relation in {LETTER[c] for c in who} else None


def decide_with_everything_supplied(
    action: Action, current: TicketStatus, relation: Relation
) -> Allowed | Refused:
    """Every extra condition satisfied, so only the status and the relation decide."""
    return decide(
        action=action,
        current=current,
        relation=relation,
        resolved_at=NOW - timedelta(days=1),
        now=NOW,
        reopen_days=7,
        already_rated=False,
        reason="不属于本组负责范围",
        duplicate_of=41,
    )


def test_expected_table_names_only_real_codes() -> None:
    for action, status in EXPECTED_ALLOWED:
        assert action in set(Action)
        assert status in set(TicketStatus)
        assert EXPECTED_ALLOWED[action, status][0] in set(TicketStatus)


@pytest.mark.parametrize(
    ("action", "current", "relation"),
    list(product(Action, TicketStatus, Relation)),
    ids=lambda value: str(value),
)
def test_every_move_is_allowed_or_refused_as_specified(
    action: Action, current: TicketStatus, relation: Relation
) -> None:
    decision = decide_with_everything_supplied(action, current, relation)
    target = expected(action, current, relation)
    if target is not None:
        assert decision == Allowed(TicketStatus(target))
    else:
        assert isinstance(decision, Refused)
        assert CJK.search(decision.reason), decision.reason


def decide_reopen(*, resolved_at: datetime, now: datetime = NOW, days: int = 7) -> object:
    return decide(
        action=Action.REOPEN,
        current=TicketStatus.RESOLVED,
        relation=Relation.REPORTER,
        resolved_at=resolved_at,
        now=now,
        reopen_days=days,
        already_rated=False,
        reason=None,
    )


@pytest.mark.parametrize(
    ("resolved_ago", "days", "allowed"),
    [
        (timedelta(hours=1), 7, True),
        (timedelta(days=7), 7, True),
        (timedelta(days=7, minutes=1), 7, False),
        (timedelta(days=30), 7, False),
        (timedelta(days=2), 3, True),
        (timedelta(days=3, seconds=1), 3, False),
    ],
)
def test_reopen_is_allowed_only_within_the_configured_days(
    resolved_ago: timedelta, days: int, allowed: bool
) -> None:
    decision = decide_reopen(resolved_at=NOW - resolved_ago, days=days)
    if allowed:
        assert decision == Allowed(TicketStatus.REOPENED)
    else:
        assert decision == Refused(f"工单已完成超过 {days} 天，无法重新打开，请重新报修。")


def test_reopen_window_reads_a_naive_resolved_at_as_utc() -> None:
    naive = (NOW - timedelta(days=8)).replace(tzinfo=None)
    assert isinstance(decide_reopen(resolved_at=naive), Refused)
    assert decide_reopen(resolved_at=naive + timedelta(days=2)) == Allowed(TicketStatus.REOPENED)


def test_reopen_without_resolved_at_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="resolved_at"):
        decide(
            action=Action.REOPEN,
            current=TicketStatus.RESOLVED,
            relation=Relation.REPORTER,
            resolved_at=None,
            now=NOW,
            reopen_days=7,
            already_rated=False,
            reason=None,
        )


def decide_simply(
    action: Action,
    current: TicketStatus,
    relation: Relation,
    *,
    reason: str | None = None,
    already_rated: bool = False,
    duplicate_of: int | None = None,
) -> object:
    return decide(
        action=action,
        current=current,
        relation=relation,
        resolved_at=NOW - timedelta(hours=2),
        now=NOW,
        reopen_days=7,
        already_rated=already_rated,
        reason=reason,
        duplicate_of=duplicate_of,
    )


@pytest.mark.parametrize("current", [TicketStatus.RESOLVED, TicketStatus.CLOSED])
def test_rating_a_second_time_is_refused(current: TicketStatus) -> None:
    first = decide_simply(Action.RATE, current, Relation.REPORTER)
    second = decide_simply(Action.RATE, current, Relation.REPORTER, already_rated=True)
    assert first == Allowed(current)  # a rating changes no status
    assert second == Refused("您已经评价过这张工单了，感谢您的反馈。")


@pytest.mark.parametrize(
    ("action", "current", "relation", "phrase"),
    [
        (Action.REASSIGN, TicketStatus.IN_PROGRESS, Relation.TEAM_STAFF, "转派需要填写原因"),
        (Action.REJECT, TicketStatus.NEW, Relation.SUPERVISOR, "驳回需要填写原因"),
        (Action.CLOSE, TicketStatus.ACKNOWLEDGED, Relation.SUPERVISOR, "关闭需要填写原因"),
    ],
)
@pytest.mark.parametrize("reason", [None, "", "   "])
def test_moves_that_need_a_reason_are_refused_without_one(
    action: Action, current: TicketStatus, relation: Relation, phrase: str, reason: str | None
) -> None:
    decision = decide_simply(action, current, relation, reason=reason)
    assert isinstance(decision, Refused)
    assert phrase in decision.reason


def test_closing_a_resolved_ticket_needs_no_reason() -> None:
    decision = decide_simply(Action.CLOSE, TicketStatus.RESOLVED, Relation.SUPERVISOR)
    assert decision == Allowed(TicketStatus.CLOSED)


def test_marking_a_duplicate_needs_the_other_tickets_number() -> None:
    without = decide_simply(Action.MARK_DUPLICATE, TicketStatus.NEW, Relation.SUPERVISOR)
    with_number = decide_simply(
        Action.MARK_DUPLICATE, TicketStatus.NEW, Relation.SUPERVISOR, duplicate_of=12
    )
    assert isinstance(without, Refused)
    assert "工单编号" in without.reason
    assert with_number == Allowed(TicketStatus.DUPLICATE)


@pytest.mark.parametrize(
    ("action", "current", "relation", "reason"),
    [
        (
            Action.ACKNOWLEDGE,
            TicketStatus.ACKNOWLEDGED,
            Relation.TEAM_STAFF,
            "这张工单已经被接单了，无需重复操作。",
        ),
        (Action.CANCEL, TicketStatus.NEW, Relation.TEAM_STAFF, "只有报修人可以取消工单。"),
        (Action.CANCEL, TicketStatus.NEW, Relation.SUPERVISOR, "只有报修人可以取消工单。"),
        (Action.REJECT, TicketStatus.NEW, Relation.TEAM_STAFF, "只有主管可以驳回工单。"),
        (
            Action.ACKNOWLEDGE,
            TicketStatus.NEW,
            Relation.OTHER,
            "只有负责这张工单的班组成员或主管可以接单。",
        ),
        (Action.START, TicketStatus.NEW, Relation.TEAM_STAFF, "请先接单，再开始处理。"),
        (Action.RATE, TicketStatus.IN_PROGRESS, Relation.REPORTER, "工单完成后才能评价。"),
        (
            Action.CANCEL,
            TicketStatus.IN_PROGRESS,
            Relation.REPORTER,
            "工单已有人接单处理，无法取消；如有需要，请联系处理人员。",
        ),
        (
            Action.RESOLVE,
            TicketStatus.CANCELLED,
            Relation.TEAM_STAFF,
            "这张工单当前为“已取消”状态，无法完成。",
        ),
    ],
)
def test_refusals_explain_why_in_chinese(
    action: Action, current: TicketStatus, relation: Relation, reason: str
) -> None:
    assert decide_simply(action, current, relation, reason="原因") == Refused(reason)


def test_every_status_and_action_has_a_chinese_label() -> None:
    assert [status_label(s) for s in TicketStatus] == [
        "待接单",
        "已接单",
        "处理中",
        "已完成",
        "已关闭",
        "已重新打开",
        "已驳回",
        "重复工单",
        "已取消",
    ]
    assert [action_label(a) for a in Action] == [
        "接单",
        "开始处理",
        "完成",
        "转派",
        "取消",
        "重新打开",
        "评价",
        "驳回",
        "关闭",
        "标记重复",
    ]
