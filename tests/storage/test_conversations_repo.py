"""Dialogue state survives in the database, one per user per chat."""

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from storage.repos.conversations import clear_conversation, get_conversation, save_conversation

NOW = datetime(2024, 9, 2, 8, 0, tzinfo=UTC)
MakeUser = Callable[..., Awaitable[Any]]

DRAFT = {
    "text": "宿舍楼热水器不出热水",
    "kind": "repair",
    "category": "water",
    "location": {"text": "3号楼502", "building": "3号楼", "floor": 5, "room": None},
    "photos": ["AgAD-1", "AgAD-2"],
    "confidence": 0.87,
    "urgent": False,
}


async def test_saved_draft_comes_back_equal(session: AsyncSession, make_user: MakeUser) -> None:
    user = await make_user(session)
    await save_conversation(
        session=session,
        channel="telegram",
        chat_id="1001",
        user_id=user.id,
        state="awaiting_location",
        draft=DRAFT,
        now=NOW,
    )
    session.expunge_all()  # read it back from the database, not from memory

    loaded = await get_conversation(
        session=session, channel="telegram", chat_id="1001", user_id=user.id
    )

    assert loaded is not None
    assert (loaded.state, loaded.draft, loaded.updated_at) == ("awaiting_location", DRAFT, NOW)


async def test_saving_again_replaces_state_and_draft(
    session: AsyncSession, make_user: MakeUser
) -> None:
    user = await make_user(session)
    where = {"channel": "telegram", "chat_id": "1001", "user_id": user.id}
    first = await save_conversation(
        session=session, **where, state="awaiting_location", draft=DRAFT, now=NOW
    )
    later = NOW + timedelta(minutes=1)
    second = await save_conversation(
        session=session, **where, state="confirming", draft={"text": "换了"}, now=later
    )

    assert second.id == first.id
    loaded = await get_conversation(session=session, **where)
    assert loaded is not None
    assert (loaded.state, loaded.draft, loaded.updated_at) == (
        "confirming",
        {"text": "换了"},
        later,
    )


async def test_each_chat_keeps_its_own_state_and_clearing_forgets_one(
    session: AsyncSession, make_user: MakeUser
) -> None:
    user = await make_user(session)
    private = {"channel": "telegram", "chat_id": "1001", "user_id": user.id}
    group = {"channel": "telegram", "chat_id": "-100500", "user_id": user.id}
    await save_conversation(session=session, **private, state="confirming", draft={}, now=NOW)
    await save_conversation(session=session, **group, state="rating", draft={"n": 3}, now=NOW)

    await clear_conversation(session=session, **private)
    await clear_conversation(session=session, **private)  # nothing left: no error

    assert await get_conversation(session=session, **private) is None
    remaining = await get_conversation(session=session, **group)
    assert remaining is not None and remaining.draft == {"n": 3}
