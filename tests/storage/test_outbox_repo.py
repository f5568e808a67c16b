"""Queueing messages, claiming the due ones, and recording what became of them."""

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from storage.enums import OutboxState
from storage.models import OutboxMessage
from storage.repos.outbox import (
    claim_due,
    enqueue,
    find_sent_by_key,
    mark_failed,
    mark_retry,
    mark_sent,
)

NOW = datetime(2024, 9, 2, 8, 0, tzinfo=UTC)
MINUTE = timedelta(minutes=1)


async def _enqueue(
    session: AsyncSession,
    text: str,
    *,
    now: datetime = NOW,
    not_before: datetime | None = None,
    key: str | None = None,
) -> OutboxMessage:
    return await enqueue(
        session=session,
        channel="telegram",
        chat_id="-100123",
        payload={"text": text},
        now=now,
        not_before=not_before,
        key=key,
    )


async def test_claim_returns_due_pending_messages_oldest_first(session: AsyncSession) -> None:
    second = await _enqueue(session, "二", now=NOW + MINUTE)
    first = await _enqueue(session, "一", now=NOW)
    await _enqueue(session, "稍后", not_before=NOW + 10 * MINUTE)
    sent = await _enqueue(session, "已发")
    await mark_sent(session=session, message=sent, message_id="7", now=NOW)

    claimed = await claim_due(session=session, limit=10, now=NOW + 2 * MINUTE)
    assert [m.id for m in claimed] == [first.id, second.id]

    assert [m.id for m in await claim_due(session=session, limit=1, now=NOW + MINUTE)] == [first.id]


async def test_payload_round_trips_as_json(session: AsyncSession) -> None:
    payload = {
        "text": "已收到您的报修 #12,水电维修组会尽快处理。",
        "buttons": [["接单", "ack:12"], ["完成", "done:12"]],
        "silent": False,
        "reply_to": None,
    }
    message = await enqueue(
        session=session,
        channel="telegram",
        chat_id="42",
        thread_id="7",
        payload=payload,
        now=NOW,
        key="card:12",
    )
    session.expunge_all()
    (stored,) = await claim_due(session=session, limit=5, now=NOW)
    assert stored.id == message.id
    assert stored.payload == payload
    assert (stored.thread_id, stored.key, stored.state) == ("7", "card:12", OutboxState.PENDING)


async def test_retry_waits_until_not_before_and_counts_attempts(session: AsyncSession) -> None:
    message = await _enqueue(session, "限流")
    await mark_retry(
        session=session, message=message, not_before=NOW + 30 * MINUTE, error="429 retry_after"
    )

    assert await claim_due(session=session, limit=10, now=NOW + 29 * MINUTE) == []
    (again,) = await claim_due(session=session, limit=10, now=NOW + 30 * MINUTE)
    assert (again.attempts, again.last_error) == (1, "429 retry_after")


async def test_failed_message_is_not_claimed_again(session: AsyncSession) -> None:
    message = await _enqueue(session, "发不出去")
    await mark_failed(session=session, message=message, error="403 bot was blocked")
    assert await claim_due(session=session, limit=10, now=NOW + MINUTE) == []
    assert (message.state, message.attempts) == (OutboxState.FAILED, 1)


async def test_find_sent_by_key_gives_the_latest_sent_message(session: AsyncSession) -> None:
    old_card = await _enqueue(session, "卡片 v1", key="card:12")
    new_card = await _enqueue(session, "卡片 v2", key="card:12")
    await _enqueue(session, "卡片 v3 未发", key="card:12")
    await mark_sent(session=session, message=old_card, message_id="100", now=NOW)
    await mark_sent(session=session, message=new_card, message_id="101", now=NOW + MINUTE)

    found = await find_sent_by_key(session=session, key="card:12")

    assert found is not None
    assert (found.id, found.message_id, found.sent_at) == (new_card.id, "101", NOW + MINUTE)
    assert await find_sent_by_key(session=session, key="card:13") is None
