"""The ticket workflow: every allowed status change, who may make it, and why others are refused.

`TRANSITIONS` is the only place where a ticket's status changes; `decide` reads it and
checks the extra condition a move may need. Pure: no I/O, the clock comes in as `now`.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Final

from storage.enums import OPEN_STATUSES, TicketStatus


class Action(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    START = "start"
    RESOLVE = "resolve"
    REASSIGN = "reassign"
    CANCEL = "cancel"
    REOPEN = "reopen"
    RATE = "rate"
    REJECT = "reject"
    CLOSE = "close"
    MARK_DUPLICATE = "mark_duplicate"


class Relation(StrEnum):
    """How the person acting stands to this ticket."""

    REPORTER = "reporter"
    TEAM_STAFF = "team_staff"  # staff of the team that owns the ticket
    SUPERVISOR = "supervisor"  # a supervisor or an admin
    OTHER = "other"


class Need(StrEnum):
    """A condition a move needs beyond the status and the relation."""

    REASON = "reason"
    DUPLICATE_OF = "duplicate_of"
    REOPEN_WINDOW = "reopen_window"
    NOT_YET_RATED = "not_yet_rated"


@dataclass(frozen=True)
class Rule:
    target: TicketStatus
    allowed: frozenset[Relation]
    need: Need | None = None


@dataclass(frozen=True)
class Allowed:
    target: TicketStatus


@dataclass(frozen=True)
class Refused:
    reason: str


Decision = Allowed | Refused

A = Action
S = TicketStatus
REPORTER: Final = frozenset({Relation.REPORTER})
STAFF: Final = frozenset({Relation.TEAM_STAFF, Relation.SUPERVISOR})
SUPERVISOR: Final = frozenset({Relation.SUPERVISOR})

# fmt: off
TRANSITIONS: Final[Mapping[tuple[Action, TicketStatus], Rule]] = {
    (A.CANCEL, S.NEW):                  Rule(S.CANCELLED, REPORTER),
    (A.CANCEL, S.REOPENED):             Rule(S.CANCELLED, REPORTER),
    (A.REOPEN, S.RESOLVED):             Rule(S.REOPENED, REPORTER, Need.REOPEN_WINDOW),
    (A.RATE, S.RESOLVED):               Rule(S.CLOSED, REPORTER, Need.NOT_YET_RATED),
    (A.RATE, S.CLOSED):                 Rule(S.CLOSED, REPORTER, Need.NOT_YET_RATED),
    (A.ACKNOWLEDGE, S.NEW):             Rule(S.ACKNOWLEDGED, STAFF),
    (A.ACKNOWLEDGE, S.REOPENED):        Rule(S.ACKNOWLEDGED, STAFF),
    (A.START, S.ACKNOWLEDGED):          Rule(S.IN_PROGRESS, STAFF),
    (A.RESOLVE, S.ACKNOWLEDGED):        Rule(S.RESOLVED, STAFF),
    (A.RESOLVE, S.IN_PROGRESS):         Rule(S.RESOLVED, STAFF),
    # Reassigning hands the ticket to another team as a fresh one: the caller changes the
    # team and clears the assignee.
    (A.REASSIGN, S.NEW):                Rule(S.NEW, STAFF, Need.REASON),
    (A.REASSIGN, S.ACKNOWLEDGED):       Rule(S.NEW, STAFF, Need.REASON),
    (A.REASSIGN, S.IN_PROGRESS):        Rule(S.NEW, STAFF, Need.REASON),
    (A.REASSIGN, S.REOPENED):           Rule(S.NEW, STAFF, Need.REASON),
    (A.REJECT, S.NEW):                  Rule(S.REJECTED, SUPERVISOR, Need.REASON),
    (A.REJECT, S.ACKNOWLEDGED):         Rule(S.REJECTED, SUPERVISOR, Need.REASON),
    (A.REJECT, S.REOPENED):             Rule(S.REJECTED, SUPERVISOR, Need.REASON),
    (A.CLOSE, S.RESOLVED):              Rule(S.CLOSED, SUPERVISOR),
    (A.CLOSE, S.NEW):                   Rule(S.CLOSED, SUPERVISOR, Need.REASON),
    (A.CLOSE, S.ACKNOWLEDGED):          Rule(S.CLOSED, SUPERVISOR, Need.REASON),
    (A.CLOSE, S.IN_PROGRESS):           Rule(S.CLOSED, SUPERVISOR, Need.REASON),
    (A.CLOSE, S.REOPENED):              Rule(S.CLOSED, SUPERVISOR, Need.REASON),
    (A.MARK_DUPLICATE, S.NEW):          Rule(S.DUPLICATE, SUPERVISOR, Need.DUPLICATE_OF),
    (A.MARK_DUPLICATE, S.ACKNOWLEDGED): Rule(S.DUPLICATE, SUPERVISOR, Need.DUPLICATE_OF),
    (A.MARK_DUPLICATE, S.IN_PROGRESS):  Rule(S.DUPLICATE, SUPERVISOR, Need.DUPLICATE_OF),
    (A.MARK_DUPLICATE, S.REOPENED):     Rule(S.DUPLICATE, SUPERVISOR, Need.DUPLICATE_OF),
}
# fmt: on

STATUS_LABELS: Final[Mapping[TicketStatus, str]] = {
    S.NEW: "待接单",
    S.ACKNOWLEDGED: "已接单",
    S.IN_PROGRESS: "处理中",
    S.RESOLVED: "已完成",
    S.CLOSED: "已关闭",
    S.REOPENED: "已重新打开",
    S.REJECTED: "已驳回",
    S.DUPLICATE: "重复工单",
    S.CANCELLED: "已取消",
}

ACTION_LABELS: Final[Mapping[Action, str]] = {
    A.ACKNOWLEDGE: "接单",
    A.START: "开始处理",
    A.RESOLVE: "完成",
    A.REASSIGN: "转派",
    A.CANCEL: "取消",
    A.REOPEN: "重新打开",
    A.RATE: "评价",
    A.REJECT: "驳回",
    A.CLOSE: "关闭",
    A.MARK_DUPLICATE: "标记重复",
}

# Refusals, keyed by who may make the move at all.
NOT_ALLOWED: Final[Mapping[frozenset[Relation], str]] = {
    REPORTER: "只有报修人可以{action}工单。",
    STAFF: "只有负责这张工单的班组成员或主管可以{action}。",
    SUPERVISOR: "只有主管可以{action}工单。",
}
NOT_ALLOWED_ANY: Final = "抱歉，您没有权限{action}这张工单。"

# Refusals for a move the ticket's status does not allow, where a specific sentence helps more
# than the general one below.
WRONG_STATUS: Final[Mapping[tuple[Action, TicketStatus], str]] = {
    (A.ACKNOWLEDGE, S.ACKNOWLEDGED): "这张工单已经被接单了，无需重复操作。",
    (A.ACKNOWLEDGE, S.IN_PROGRESS): "这张工单已经被接单了，无需重复操作。",
    (A.START, S.IN_PROGRESS): "这张工单已经在处理中了，无需重复操作。",
    (A.START, S.NEW): "请先接单，再开始处理。",
    (A.START, S.REOPENED): "请先接单，再开始处理。",
    (A.RESOLVE, S.NEW): "请先接单，再标记完成。",
    (A.RESOLVE, S.REOPENED): "请先接单，再标记完成。",
    (A.RESOLVE, S.RESOLVED): "这张工单已经完成了，无需重复操作。",
    (A.CANCEL, S.ACKNOWLEDGED): "工单已有人接单处理，无法取消；如有需要，请联系处理人员。",
    (A.CANCEL, S.IN_PROGRESS): "工单已有人接单处理，无法取消；如有需要，请联系处理人员。",
    (A.CANCEL, S.RESOLVED): "工单已经完成，无法取消；如问题仍在，可以重新打开。",
    (A.CANCEL, S.CANCELLED): "这张工单已经取消了，无需重复操作。",
    (A.REOPEN, S.CLOSED): "工单已关闭，无法重新打开，请重新报修。",
    (A.CLOSE, S.CLOSED): "这张工单已经关闭了，无需重复操作。",
}
WRONG_STATUS_OPEN: Final[Mapping[Action, str]] = {
    A.REOPEN: "这张工单还没有完成，无需重新打开。",
    A.RATE: "工单完成后才能评价。",
}
WRONG_STATUS_ANY: Final = "这张工单当前为“{status}”状态，无法{action}。"

MISSING: Final[Mapping[Action, str]] = {
    A.REASSIGN: "转派需要填写原因。",
    A.REJECT: "驳回需要填写原因。",
    A.CLOSE: "工单尚未完成，关闭需要填写原因。",
}
MISSING_DUPLICATE_OF: Final = "标记重复需要填写与之重复的工单编号。"
REOPEN_TOO_LATE: Final = "工单已完成超过 {days} 天，无法重新打开，请重新报修。"
ALREADY_RATED: Final = "您已经评价过这张工单了，感谢您的反馈。"


def status_label(status: TicketStatus) -> str:
    return STATUS_LABELS[status]


def action_label(action: Action) -> str:
    return ACTION_LABELS[action]


def decide(
    *,
    action: Action,
    current: TicketStatus,
    relation: Relation,
    resolved_at: datetime | None,
    now: datetime,
    reopen_days: int,
    already_rated: bool,
    reason: str | None,
    duplicate_of: int | None = None,
) -> Decision:
    """Whether `relation` may apply `action` to a ticket in status `current`, and the result.

    Who may act is checked before the status, so that someone with no say over the ticket
    is told so rather than told about its state.
    """
    may_ever = _relations_for(action)
    if relation not in may_ever:
        return Refused(_not_allowed(action, may_ever))
    rule = TRANSITIONS.get((action, current))
    if rule is None:
        return Refused(_wrong_status(action, current))
    if relation not in rule.allowed:  # the table may narrow a move further for some statuses
        return Refused(_not_allowed(action, rule.allowed))
    match rule.need:
        case Need.REASON if not (reason and reason.strip()):
            return Refused(MISSING[action])
        case Need.DUPLICATE_OF if duplicate_of is None:
            return Refused(MISSING_DUPLICATE_OF)
        case Need.NOT_YET_RATED if already_rated:
            return Refused(ALREADY_RATED)
        case Need.REOPEN_WINDOW if not _within(resolved_at, now, days=reopen_days):
            return Refused(REOPEN_TOO_LATE.format(days=reopen_days))
    return Allowed(rule.target)


def _relations_for(action: Action) -> frozenset[Relation]:
    relations = [rule.allowed for (a, _), rule in TRANSITIONS.items() if a is action]
    return frozenset[Relation]().union(*relations)


def _not_allowed(action: Action, allowed: frozenset[Relation]) -> str:
    sentence = NOT_ALLOWED.get(allowed, NOT_ALLOWED_ANY)
    return sentence.format(action=action_label(action))


def _wrong_status(action: Action, current: TicketStatus) -> str:
    if specific := WRONG_STATUS.get((action, current)):
        return specific
    if current in OPEN_STATUSES and action in WRONG_STATUS_OPEN:
        return WRONG_STATUS_OPEN[action]
    return WRONG_STATUS_ANY.format(status=status_label(current), action=action_label(action))


def _within(resolved_at: datetime | None, now: datetime, *, days: int) -> bool:
    if resolved_at is None:
        raise ValueError("a resolved ticket must carry resolved_at to decide a reopen")
    return _aware(now) - _aware(resolved_at) <= timedelta(days=days)


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes even for timezone-aware columns; they are stored in UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
