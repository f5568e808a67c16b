"""Timestamps go in aware and come out aware UTC, on SQLite as on PostgreSQL."""

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Ticket

MakeUser = Callable[..., Awaitable[Any]]
MakeTicket = Callable[..., Awaitable[Any]]
BEIJING = timezone(timedelta(hours=8))


async def test_aware_time_in_any_zone_comes_back_as_the_same_instant_in_utc(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    reported = datetime(2024, 9, 2, 16, 30, tzinfo=BEIJING)
    ticket = await make_ticket(session, await make_user(session), now=reported)
    session.expunge_all()

    stored = await session.scalar(select(Ticket).where(Ticket.id == ticket.id))

    assert stored is not None
    assert stored.created_at == datetime(2024, 9, 2, 8, 30, tzinfo=UTC)
    assert stored.created_at.utcoffset() == timedelta(0)


async def test_naive_time_is_refused(
    session: AsyncSession, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    with pytest.raises(StatementError, match="naive datetime"):
        await make_ticket(session, await make_user(session), now=datetime(2024, 9, 2, 8, 30))
