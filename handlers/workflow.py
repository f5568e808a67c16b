"""The ticket workflow: every allowed status change, who may make it, and why others are refused.

`TRANSITIONS` is the only place where a ticket's status changes; `decide` reads it and
checks the extra condition a move may need. Pure: no I/O, the clock comes in as `now`.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Final

from handlers import texts
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
    # A rating keeps the ticket resolved: the reporter may still find, within the reopen
    # window, that it was not fixed after all.
    (A.RATE, S.RESOLVED):               Rule(S.RESOLVED, REPORTER, Need.NOT_YET_RATED),
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


def status_label(status: TicketStatus) -> str:
    return texts.STATUS_LABELS[status]


def action_label(action: Action) -> str:
    return texts.ACTION_LABELS[action]


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
            return Refused(texts.MISSING[action])
        case Need.DUPLICATE_OF if duplicate_of is None:
            return Refused(texts.MISSING_DUPLICATE_OF)
        case Need.NOT_YET_RATED if already_rated:
            return Refused(texts.ALREADY_RATED)
        case Need.REOPEN_WINDOW if not _within(resolved_at, now, days=reopen_days):
            return Refused(texts.REOPEN_TOO_LATE.format(days=reopen_days))
    return Allowed(rule.target)


def _relations_for(action: Action) -> frozenset[Relation]:
    relations = [rule.allowed for (a, _), rule in TRANSITIONS.items() if a is action]
    return frozenset[Relation]().union(*relations)


def _not_allowed(action: Action, allowed: frozenset[Relation]) -> str:
    sentence = texts.NOT_ALLOWED.get(allowed, texts.NOT_ALLOWED_ANY)
    return sentence.format(action=action_label(action))


def _wrong_status(action: Action, current: TicketStatus) -> str:
    if specific := texts.WRONG_STATUS.get((action, current)):
        return specific
    if current in OPEN_STATUSES and action in texts.WRONG_STATUS_OPEN:
        return texts.WRONG_STATUS_OPEN[action]
    return texts.WRONG_STATUS_ANY.format(status=status_label(current), action=action_label(action))


def _within(resolved_at: datetime | None, now: datetime, *, days: int) -> bool:
    if resolved_at is None:
        raise ValueError("a resolved ticket must carry resolved_at to decide a reopen")
    return _aware(now) - _aware(resolved_at) <= timedelta(days=days)


def _aware(moment: datetime) -> datetime:
    # SQLite hands back naive datetimes even for timezone-aware columns; they are stored in UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
