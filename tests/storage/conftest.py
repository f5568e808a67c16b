"""Helpers for the storage tests: a fixed clock and factories with sensible defaults."""

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Ticket, User
from storage.repos.tickets import create_ticket
from storage.repos.users import get_or_create_user

NOW = datetime(2024, 9, 2, 8, 0, tzinfo=UTC)

MakeUser = Callable[..., Awaitable[User]]
MakeTicket = Callable[..., Awaitable[Ticket]]


@pytest.fixture
def make_user() -> MakeUser:
    async def make(session: AsyncSession, external_id: str = "1001", **fields: Any) -> User:
        return await get_or_create_user(
            session=session,
            channel=fields.pop("channel", "telegram"),
            external_id=external_id,
            display_name=fields.pop("display_name", "张同学"),
            now=fields.pop("now", NOW),
        )

    return make


@pytest.fixture
def make_ticket() -> MakeTicket:
    async def make(session: AsyncSession, reporter: User, **fields: Any) -> Ticket:
        values: dict[str, Any] = {
            "kind": "repair",
            "category": "water",
            "urgency": "normal",
            "original_text": "3号楼502的水龙头坏了",
            "team_code": "water",
            "now": NOW,
            "location_text": "3号楼502",
            "building": "3号楼",
            "floor": 5,
            "room": "502",
        }
        values.update(fields)
        return await create_ticket(session=session, reporter_id=reporter.id, **values)

    return make
