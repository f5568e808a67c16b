"""A ticket's history and its photos."""

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from storage.enums import TicketStatus
from storage.repos.attachments import add_attachment, list_attachments
from storage.repos.events import append_event, list_events

S = TicketStatus
NOW = datetime(2024, 9, 2, 8, 0, tzinfo=UTC)
MakeUser = Callable[..., Awaitable[Any]]
MakeTicket = Callable[..., Awaitable[Any]]


async def test_events_are_listed_in_the_order_they_happened(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    reporter = await make_user(session)
    staff = await make_user(session, "2001")
    ticket = await make_ticket(session, reporter)
    # Written out of order on purpose: the history is ordered by time, not by insertion.
    await append_event(
        session=session,
        ticket_id=ticket.id,
        action="acknowledge",
        from_status=S.NEW,
        to_status=S.ACKNOWLEDGED,
        actor_id=staff.id,
        now=NOW + timedelta(minutes=3),
    )
    await append_event(
        session=session, ticket_id=ticket.id, action="create", to_status=S.NEW, now=NOW
    )
    session.expunge_all()

    events = await list_events(session=session, ticket_id=ticket.id)

    assert [(e.action, e.from_status, e.to_status) for e in events] == [
        ("create", None, S.NEW),
        ("acknowledge", S.NEW, S.ACKNOWLEDGED),
    ]
    assert events[1].actor_id == staff.id and events[1].note == ""
    assert events[1].at == NOW + timedelta(minutes=3)


async def test_an_event_cannot_be_rewritten(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    ticket = await make_ticket(session, await make_user(session))
    event = await append_event(
        session=session, ticket_id=ticket.id, action="create", to_status=S.NEW, now=NOW
    )
    event.note = "改写历史"
    with pytest.raises(RuntimeError, match="append-only"):
        await session.flush()


async def test_attachments_keep_their_order(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    ticket = await make_ticket(session, await make_user(session))
    for file_id in ("AgAD-first", "AgAD-second"):
        await add_attachment(
            session=session, ticket_id=ticket.id, channel="telegram", file_id=file_id, now=NOW
        )
    listed = await list_attachments(session=session, ticket_id=ticket.id)
    assert [a.file_id for a in listed] == ["AgAD-first", "AgAD-second"]
