"""A ticket's history, one appended row per step."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.enums import TicketStatus
from storage.models import TicketEvent


async def append_event(
    *,
    session: AsyncSession,
    ticket_id: int,
    action: str,
    to_status: TicketStatus,
    now: datetime,
    from_status: TicketStatus | None = None,
    actor_id: int | None = None,
    note: str = "",
) -> TicketEvent:
    event = TicketEvent(
        ticket_id=ticket_id,
        actor_id=actor_id,
        at=now,
        from_status=from_status,
        to_status=to_status,
        action=action,
        note=note,
    )
    session.add(event)
    await session.flush()
    return event


async def list_events(*, session: AsyncSession, ticket_id: int) -> Sequence[TicketEvent]:
    """The ticket's history, oldest first."""
    return (
        await session.scalars(
            select(TicketEvent)
            .where(TicketEvent.ticket_id == ticket_id)
            .order_by(TicketEvent.at, TicketEvent.id)
        )
    ).all()
