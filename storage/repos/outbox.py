"""Messages waiting to be sent, and what became of them.

A handler enqueues in the transaction that made the change; the sender claims due messages
in its own transaction, sends them, marks each, and commits. A crash before the commit
leaves them pending, so they are sent again rather than lost.
"""

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.enums import OutboxState
from storage.models import OutboxMessage


async def enqueue(
    *,
    session: AsyncSession,
    channel: str,
    chat_id: str,
    payload: Mapping[str, Any],
    now: datetime,
    thread_id: str | None = None,
    key: str | None = None,
    not_before: datetime | None = None,
) -> OutboxMessage:
    """Queue `payload` (JSON-serialisable) for `chat_id`; due at `not_before`, default now."""
    message = OutboxMessage(
        channel=channel,
        chat_id=chat_id,
        thread_id=thread_id,
        payload=dict(payload),
        state=OutboxState.PENDING,
        attempts=0,
        not_before=not_before or now,
        created_at=now,
        key=key,
    )
    session.add(message)
    await session.flush()
    return message


async def claim_due(*, session: AsyncSession, limit: int, now: datetime) -> Sequence[OutboxMessage]:
    """Pending messages due by `now`, oldest first, locked until the caller's transaction ends.

    On PostgreSQL rows another sender holds are skipped (FOR UPDATE SKIP LOCKED), so several
    instances share the work. SQLite has no row locks and the clause is left out; there the
    transaction's write lock (see storage.db) keeps a second sender waiting instead.
    """
    return (
        await session.scalars(
            select(OutboxMessage)
            .where(OutboxMessage.state == OutboxState.PENDING, OutboxMessage.not_before <= now)
            .order_by(OutboxMessage.not_before, OutboxMessage.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    ).all()


async def mark_sent(
    *, session: AsyncSession, message: OutboxMessage, message_id: str | None, now: datetime
) -> None:
    """Sent; `message_id` is the platform's id of the message, kept for later edits."""
    message.state = OutboxState.SENT
    message.attempts += 1
    message.sent_at = now
    message.message_id = message_id
    message.last_error = None
    await session.flush()


async def mark_retry(
    *, session: AsyncSession, message: OutboxMessage, not_before: datetime, error: str
) -> None:
    """Not sent this time; try again from `not_before` (e.g. after the platform's retry_after)."""
    message.attempts += 1
    message.not_before = not_before
    message.last_error = error
    await session.flush()


async def mark_failed(*, session: AsyncSession, message: OutboxMessage, error: str) -> None:
    """Give up: the platform refused for good (blocked by the user, chat gone, …)."""
    message.state = OutboxState.FAILED
    message.attempts += 1
    message.last_error = error
    await session.flush()


async def find_sent_by_key(*, session: AsyncSession, key: str) -> OutboxMessage | None:
    """The latest sent message with `key`, whose message_id an edit refers to."""
    return await session.scalar(
        select(OutboxMessage)
        .where(OutboxMessage.key == key, OutboxMessage.state == OutboxState.SENT)
        .order_by(OutboxMessage.sent_at.desc(), OutboxMessage.id.desc())
        .limit(1)
    )
