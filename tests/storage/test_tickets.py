"""Creating and finding tickets, and the guarded status change."""

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.enums import TicketStatus
from storage.models import Ticket
from storage.repos.tickets import (
    change_status,
    get_ticket_by_number,
    latest_open_ticket_for_reporter,
    list_tickets_for_reporter,
)

S = TicketStatus
NOW = datetime(2024, 9, 2, 8, 0, tzinfo=UTC)  # the factories' default clock
MakeUser = Callable[..., Awaitable[Any]]
MakeTicket = Callable[..., Awaitable[Any]]
LATER = NOW + timedelta(minutes=5)


async def _reload(session: AsyncSession, ticket: Ticket) -> Ticket:
    """The row as stored, not the object in memory."""
    return (
        await session.scalars(
            select(Ticket).where(Ticket.id == ticket.id).execution_options(populate_existing=True)
        )
    ).one()


async def test_tickets_get_consecutive_numbers(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    reporter = await make_user(session)
    tickets = [await make_ticket(session, reporter) for _ in range(3)]
    first = tickets[0].number
    assert [t.number for t in tickets] == [first, first + 1, first + 2]
    found = await get_ticket_by_number(session=session, number=first + 1)
    assert found is tickets[1]
    assert await get_ticket_by_number(session=session, number=first + 99) is None


async def test_new_ticket_is_stored_with_its_fields(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    reporter = await make_user(session)
    ticket = await _reload(session, await make_ticket(session, reporter, anonymous=True))
    assert (ticket.status, ticket.version, ticket.reporter_id) == (S.NEW, 1, reporter.id)
    assert (ticket.building, ticket.floor, ticket.room) == ("3号楼", 5, "502")
    assert ticket.anonymous is True
    assert ticket.created_at == ticket.updated_at == NOW
    assert ticket.acknowledged_at is ticket.resolved_at is ticket.closed_at is None


async def test_ticket_needs_an_existing_reporter(session: AsyncSession) -> None:
    # SQLite enforces foreign keys only when told to (storage.db does).
    session.add(
        Ticket(
            number=424242,
            kind="repair",
            category="water",
            urgency="normal",
            original_text="x",
            reporter_id=999_999,
            team_code="water",
        )
    )
    with pytest.raises(IntegrityError):
        await session.flush()


async def test_acknowledging_with_current_version_succeeds(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    reporter = await make_user(session)
    staff = await make_user(session, "2001", display_name="王师傅")
    ticket = await make_ticket(session, reporter)

    changed = await change_status(
        session=session,
        ticket=ticket,
        expected_version=1,
        to_status=S.ACKNOWLEDGED,
        now=LATER,
        assignee_id=staff.id,
    )

    assert changed is True
    assert (ticket.status, ticket.version, ticket.assignee_id) == (S.ACKNOWLEDGED, 2, staff.id)
    stored = await _reload(session, ticket)
    assert (stored.status, stored.version, stored.acknowledged_at) == (S.ACKNOWLEDGED, 2, LATER)
    assert stored.updated_at == LATER


async def test_change_with_stale_version_is_refused_and_changes_nothing(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    reporter = await make_user(session)
    ticket = await make_ticket(session, reporter)
    assert await change_status(
        session=session, ticket=ticket, expected_version=1, to_status=S.ACKNOWLEDGED, now=LATER
    )

    changed = await change_status(
        session=session,
        ticket=ticket,
        expected_version=1,
        to_status=S.CANCELLED,
        now=LATER + timedelta(minutes=1),
        team_code="electric",
    )

    assert changed is False
    stored = await _reload(session, ticket)
    assert (stored.status, stored.version, stored.team_code) == (S.ACKNOWLEDGED, 2, "water")
    assert stored.closed_at is None and stored.updated_at == LATER


# Each row: the moves from NEW, then which of acknowledged/resolved/closed_at are set.
ROUNDS = [
    ([S.ACKNOWLEDGED], (True, False, False)),
    ([S.ACKNOWLEDGED, S.IN_PROGRESS], (True, False, False)),
    ([S.ACKNOWLEDGED, S.RESOLVED], (True, True, False)),
    ([S.ACKNOWLEDGED, S.RESOLVED, S.CLOSED], (True, True, True)),
    ([S.ACKNOWLEDGED, S.RESOLVED, S.REOPENED], (False, False, False)),
    ([S.ACKNOWLEDGED, S.NEW], (False, False, False)),
    ([S.CANCELLED], (False, False, True)),
    ([S.REJECTED], (False, False, True)),
    ([S.DUPLICATE], (False, False, True)),
]


@pytest.mark.parametrize(("moves", "stamped"), ROUNDS)
async def test_status_change_stamps_the_current_round(
    session: AsyncSession,
    make_user: MakeUser,
    make_ticket: MakeTicket,
    moves: list[TicketStatus],
    stamped: tuple[bool, bool, bool],
) -> None:
    ticket = await make_ticket(session, await make_user(session))
    for step, to_status in enumerate(moves, start=1):
        assert await change_status(
            session=session,
            ticket=ticket,
            expected_version=ticket.version,
            to_status=to_status,
            now=NOW + timedelta(hours=step),
        )
    stored = await _reload(session, ticket)
    assert stored.status == moves[-1]
    assert stored.version == len(moves) + 1
    stamps = (stored.acknowledged_at, stored.resolved_at, stored.closed_at)
    assert tuple(stamp is not None for stamp in stamps) == stamped


async def test_rating_is_kept_and_out_of_range_is_refused(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    ticket = await make_ticket(session, await make_user(session))
    with pytest.raises(ValueError, match="1 to 5"):
        await change_status(
            session=session,
            ticket=ticket,
            expected_version=1,
            to_status=S.CLOSED,
            now=LATER,
            rating=6,
        )
    assert await change_status(
        session=session, ticket=ticket, expected_version=1, to_status=S.CLOSED, now=LATER, rating=5
    )
    assert (await _reload(session, ticket)).rating == 5


async def test_duplicate_points_at_the_original(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    reporter = await make_user(session)
    original = await make_ticket(session, reporter)
    copy = await make_ticket(session, reporter)
    assert await change_status(
        session=session,
        ticket=copy,
        expected_version=1,
        to_status=S.DUPLICATE,
        now=LATER,
        duplicate_of=original.id,
    )
    assert (await _reload(session, copy)).duplicate_of == original.id


async def test_reporter_sees_own_tickets_newest_first(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    reporter = await make_user(session)
    someone_else = await make_user(session, "1002")
    mine = [await make_ticket(session, reporter) for _ in range(3)]
    await make_ticket(session, someone_else)

    listed = await list_tickets_for_reporter(session=session, reporter_id=reporter.id, limit=2)

    assert [t.number for t in listed] == [mine[2].number, mine[1].number]


async def test_latest_open_ticket_skips_finished_ones(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    reporter = await make_user(session)
    older_open = await make_ticket(session, reporter)
    newer = await make_ticket(session, reporter)
    assert await change_status(
        session=session, ticket=newer, expected_version=1, to_status=S.RESOLVED, now=LATER
    )

    latest = await latest_open_ticket_for_reporter(session=session, reporter_id=reporter.id)
    assert latest is not None and latest.id == older_open.id

    assert await change_status(
        session=session, ticket=older_open, expected_version=1, to_status=S.CANCELLED, now=LATER
    )
    assert await latest_open_ticket_for_reporter(session=session, reporter_id=reporter.id) is None
