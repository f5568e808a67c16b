"""Where each user stands in the dialogue, per chat."""

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Conversation
from storage.repos._dialect import insert_for


async def get_conversation(
    *, session: AsyncSession, channel: str, chat_id: str, user_id: int
) -> Conversation | None:
    return await session.scalar(
        select(Conversation).where(
            Conversation.channel == channel,
            Conversation.chat_id == chat_id,
            Conversation.user_id == user_id,
        )
    )


async def save_conversation(
    *,
    session: AsyncSession,
    channel: str,
    chat_id: str,
    user_id: int,
    state: str,
    draft: Mapping[str, Any],
    now: datetime,
) -> Conversation:
    """Store the state and the whole draft (JSON-serialisable), replacing what was there."""
    values = {"state": state, "draft": dict(draft), "updated_at": now}
    # An upsert, so that two instances handling the same user never trip over the unique key.
    statement = insert_for(session, Conversation).values(
        channel=channel, chat_id=chat_id, user_id=user_id, **values
    )
    statement = statement.on_conflict_do_update(
        index_elements=["channel", "chat_id", "user_id"], set_=values
    )
    conversation = await session.scalar(
        statement.returning(Conversation).execution_options(populate_existing=True)
    )
    assert conversation is not None  # an upsert always returns its row
    return conversation


async def clear_conversation(
    *, session: AsyncSession, channel: str, chat_id: str, user_id: int
) -> None:
    """Forget the dialogue state; nothing happens if there was none."""
    await session.execute(
        delete(Conversation)
        .where(
            Conversation.channel == channel,
            Conversation.chat_id == chat_id,
            Conversation.user_id == user_id,
        )
        .execution_options(synchronize_session="fetch")
    )
