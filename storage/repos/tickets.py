"""Tickets: numbering, creation, look-up and the guarded status change.

Which moves are allowed is decided in handlers/workflow.py; `change_status` only applies a
move, and only if nobody else changed the ticket since the caller read it.
"""

from collections.abc import Collection, Sequence
from datetime import datetime
from enum import Enum
from typing import Any, Final

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.enums import OPEN_STATUSES, TicketStatus
from storage.models import Counter, Ticket, TicketEvent
from storage.repos._dialect import insert_for

TICKET_NUMBER_COUNTER: Final = "ticket_number"


class Unchanged(Enum):
    """Marks an optional field of `change_status` the caller leaves as it is."""

    UNCHANGED = "unchanged"


UNCHANGED: Final = Unchanged.UNCHANGED

_ROUND_RESET: Final = {"acknowledged_at": None, "resolved_at": None, "closed_at": None}
_ENDED: Final = frozenset(
    {TicketStatus.CLOSED, TicketStatus.REJECTED, TicketStatus.DUPLICATE, TicketStatus.CANCELLED}
)


async def allocate_number(*, session: AsyncSession, counter: str = TICKET_NUMBER_COUNTER) -> int:
    """The next value of `counter`, starting at 1.

    The increment is one UPDATE … RETURNING (an INSERT for the very first number), which
    locks the counter row until the caller's transaction ends: a concurrent allocation waits
    and then gets the next value, and a rolled-back transaction gives its number back, so
    the numbers are unique and leave no gaps.
    """
    increment = (
        insert_for(session, Counter)
        .values(name=counter, value=1)
        .on_conflict_do_update(index_elements=["name"], set_={"value": Counter.value + 1})
        .returning(Counter.value)
    )
    return (await session.execute(increment)).scalar_one()


async def create_ticket(
    *,
    session: AsyncSession,
    reporter_id: int,
    kind: str,
    category: str,
    urgency: str,
    original_text: str,
    team_code: str,
    now: datetime,
    location_text: str | None = None,
    building: str | None = None,
    floor: int | None = None,
    room: str | None = None,
    anonymous: bool = False,
    evidence: str = "",
) -> Ticket:
    """A NEW ticket with the next public number. kind/category/urgency are TAXONOMY codes."""
    ticket = Ticket(
        number=await allocate_number(session=session),
        kind=kind,
        category=category,
        urgency=urgency,
        status=TicketStatus.NEW,
        location_text=location_text,
        building=building,
        floor=floor,
        room=room,
        original_text=original_text,
        reporter_id=reporter_id,
        team_code=team_code,
        anonymous=anonymous,
        evidence=evidence[:200],
        created_at=now,
        version=1,
        updated_at=now,
    )
    session.add(ticket)
    await session.flush()
    return ticket


async def get_ticket(*, session: AsyncSession, ticket_id: int) -> Ticket | None:
    return await session.get(Ticket, ticket_id)


async def get_ticket_by_number(*, session: AsyncSession, number: int) -> Ticket | None:
    return await session.scalar(select(Ticket).where(Ticket.number == number))


async def list_tickets_for_reporter(
    *, session: AsyncSession, reporter_id: int, limit: int = 10
) -> Sequence[Ticket]:
    """The reporter's tickets, newest first."""
    return (
        await session.scalars(
            select(Ticket)
            .where(Ticket.reporter_id == reporter_id)
            .order_by(Ticket.number.desc())
            .limit(limit)
        )
    ).all()


async def latest_open_ticket_for_reporter(
    *,
    session: AsyncSession,
    reporter_id: int,
    statuses: Collection[TicketStatus] = OPEN_STATUSES,
) -> Ticket | None:
    return await session.scalar(
        select(Ticket)
        .where(Ticket.reporter_id == reporter_id, Ticket.status.in_(statuses))
        .order_by(Ticket.number.desc())
        .limit(1)
    )


async def change_status(
    *,
    session: AsyncSession,
    ticket: Ticket,
    expected_version: int,
    to_status: TicketStatus,
    now: datetime,
    assignee_id: int | Unchanged | None = UNCHANGED,
    team_code: str | Unchanged = UNCHANGED,
    duplicate_of: int | Unchanged | None = UNCHANGED,
    rating: int | Unchanged | None = UNCHANGED,
) -> bool:
    """Move `ticket` to `to_status` if its version is still `expected_version`.

    Returns False, changing nothing, when another transaction changed the ticket first
    (of two staff pressing 接单 at once exactly one gets True, on either database); `ticket`
    is then refreshed so the caller can say what happened instead.

    Entering ACKNOWLEDGED, RESOLVED or an ending status stamps the matching *_at with `now`;
    entering NEW or REOPENED starts a new round and clears them. The other fields change only
    when given.
    """
    values: dict[str, Any] = {
        "status": to_status,
        "version": Ticket.version + 1,
        "updated_at": now,
        **_round_timestamps(ticket.status, to_status, now),
    }
    if assignee_id is not UNCHANGED:
        values["assignee_id"] = assignee_id
    if team_code is not UNCHANGED:
        values["team_code"] = team_code
    if duplicate_of is not UNCHANGED:
        values["duplicate_of"] = duplicate_of
    if rating is not UNCHANGED:
        if rating is not None and not 1 <= rating <= 5:
            raise ValueError(f"rating must be 1 to 5, not {rating}")
        values["rating"] = rating

    # synchronize_session=False: the in-memory ticket must change only if the row did, and
    # RETURNING with populate_existing refreshes it from the row actually written.
    statement = (
        update(Ticket)
        .where(Ticket.id == ticket.id, Ticket.version == expected_version)
        .values(values)
        .returning(Ticket)
        .execution_options(synchronize_session=False, populate_existing=True)
    )
    changed = (await session.scalars(statement)).one_or_none()
    if changed is None:
        await session.refresh(ticket)
        return False
    return True


def _round_timestamps(
    from_status: TicketStatus, to_status: TicketStatus, now: datetime
) -> dict[str, datetime | None]:
    if to_status == from_status:
        return {}
    if to_status in (TicketStatus.NEW, TicketStatus.REOPENED):
        return dict(_ROUND_RESET)
    if to_status == TicketStatus.ACKNOWLEDGED:
        return {"acknowledged_at": now}
    if to_status == TicketStatus.RESOLVED:
        return {"resolved_at": now}
    if to_status in _ENDED:
        return {"closed_at": now}
    return {}


async def list_overdue(
    *,
    session: AsyncSession,
    statuses: Collection[TicketStatus],
    changed_before: datetime,
    urgency: str | None = None,
    not_flagged_with: str | None = None,
    limit: int = 100,
) -> Sequence[Ticket]:
    """Tickets that have sat in one of `statuses` since before `changed_before`, oldest first.

    A ticket's last change is its last status change (or reassignment), so this is "waiting
    too long in this status". With `not_flagged_with`, tickets that already have an event of
    that action since their last change are left out, so a reminder goes out once per round.
    """
    query = select(Ticket).where(Ticket.status.in_(statuses), Ticket.updated_at < changed_before)
    if urgency is not None:
        query = query.where(Ticket.urgency == urgency)
    if not_flagged_with is not None:
        already_flagged = (
            select(TicketEvent.id)
            .where(
                TicketEvent.ticket_id == Ticket.id,
                TicketEvent.action == not_flagged_with,
                TicketEvent.at >= Ticket.updated_at,
            )
            .exists()
        )
        query = query.where(~already_flagged)
    return (await session.scalars(query.order_by(Ticket.updated_at, Ticket.id).limit(limit))).all()


async def list_created_between(
    *, session: AsyncSession, start: datetime, end: datetime
) -> Sequence[Ticket]:
    """Tickets created in [start, end), in number order; for the daily digest."""
    return (
        await session.scalars(
            select(Ticket)
            .where(Ticket.created_at >= start, Ticket.created_at < end)
            .order_by(Ticket.number)
        )
    ).all()


async def list_resolved_between(
    *, session: AsyncSession, start: datetime, end: datetime
) -> Sequence[Ticket]:
    """Tickets whose current round was resolved in [start, end), in number order."""
    return (
        await session.scalars(
            select(Ticket)
            .where(Ticket.resolved_at >= start, Ticket.resolved_at < end)
            .order_by(Ticket.number)
        )
    ).all()


async def set_location(
    *,
    session: AsyncSession,
    ticket: Ticket,
    location_text: str,
    building: str | None,
    floor: int | None,
    room: str | None,
    now: datetime,
) -> None:
    """Fill in the place of a ticket filed without one (an emergency is filed first)."""
    ticket.location_text = location_text
    ticket.building = building
    ticket.floor = floor
    ticket.room = room
    ticket.updated_at = now
    await session.flush()
