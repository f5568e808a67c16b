"""Tickets waiting too long, and the daily digest's windows."""

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from storage.enums import TicketStatus
from storage.repos.events import append_event
from storage.repos.tickets import (
    change_status,
    list_created_between,
    list_overdue,
    list_resolved_between,
)

S = TicketStatus
NOW = datetime(2024, 9, 2, 8, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)
MakeUser = Callable[..., Awaitable[Any]]
MakeTicket = Callable[..., Awaitable[Any]]


async def test_overdue_lists_tickets_waiting_since_before_the_cutoff(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    reporter = await make_user(session)
    old = await make_ticket(session, reporter, now=NOW)
    await make_ticket(session, reporter, now=NOW + 2 * HOUR)  # too recent
    urgent = await make_ticket(session, reporter, now=NOW + HOUR, urgency="urgent")
    acknowledged = await make_ticket(session, reporter, now=NOW)
    assert await change_status(
        session=session,
        ticket=acknowledged,
        expected_version=1,
        to_status=S.ACKNOWLEDGED,
        now=NOW + HOUR,
    )

    cutoff = NOW + 90 * timedelta(minutes=1)
    waiting = await list_overdue(session=session, statuses=[S.NEW], changed_before=cutoff)
    assert [t.id for t in waiting] == [old.id, urgent.id]

    urgent_only = await list_overdue(
        session=session, statuses=[S.NEW], changed_before=cutoff, urgency="urgent"
    )
    assert [t.id for t in urgent_only] == [urgent.id]


async def test_overdue_leaves_out_tickets_flagged_since_their_last_change(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    reporter = await make_user(session)
    flagged = await make_ticket(session, reporter, now=NOW)
    await append_event(
        session=session,
        ticket_id=flagged.id,
        action="overdue_alert",
        to_status=S.NEW,
        from_status=S.NEW,
        now=NOW + HOUR,
    )
    # Flagged in an earlier round: reassigned since, so it is overdue again.
    flagged_before_change = await make_ticket(session, reporter, now=NOW)
    await append_event(
        session=session,
        ticket_id=flagged_before_change.id,
        action="overdue_alert",
        to_status=S.NEW,
        now=NOW + HOUR,
    )
    assert await change_status(
        session=session,
        ticket=flagged_before_change,
        expected_version=1,
        to_status=S.NEW,
        now=NOW + 2 * HOUR,
        team_code="electric",
    )

    overdue = await list_overdue(
        session=session,
        statuses=[S.NEW],
        changed_before=NOW + 3 * HOUR,
        not_flagged_with="overdue_alert",
    )

    assert [t.id for t in overdue] == [flagged_before_change.id]


async def test_digest_windows_are_half_open(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    reporter = await make_user(session)
    start, end = NOW, NOW + 24 * HOUR
    before = await make_ticket(session, reporter, now=start - HOUR)
    at_start = await make_ticket(session, reporter, now=start)
    await make_ticket(session, reporter, now=end)
    for ticket, resolved_at in ((before, start + HOUR), (at_start, end)):
        assert await change_status(
            session=session,
            ticket=ticket,
            expected_version=1,
            to_status=S.RESOLVED,
            now=resolved_at,
        )

    created = await list_created_between(session=session, start=start, end=end)
    resolved = await list_resolved_between(session=session, start=start, end=end)

    assert [t.id for t in created] == [at_start.id]
    assert [t.id for t in resolved] == [before.id]
