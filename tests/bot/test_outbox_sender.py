"""The outbox sender: delivers, honours retry_after, backs off, gives up, resends after a crash,
and turns an edit_key into the platform id of the earlier message.

Runs on committed transactions (`committed_db`), because what matters is what a later
transaction — the next drain, or a restarted process — finds.
"""

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.outbox_sender import RetryLater, Undeliverable, backoff, drain, run_sender
from handlers.messages import Address, Button, Outbound
from storage.enums import OutboxState
from storage.models import OutboxMessage
from storage.repos import outbox

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
CHAT = Address(channel="test", chat_id="1001")

Sessions = async_sessionmaker[AsyncSession]


class Crash(BaseException):
    """The process dies (killed, cancelled at shutdown) — not an error the sender handles."""


@dataclass
class Delivery:
    text: str
    edit_of: str | None


@dataclass
class FakeTransport:
    """Records every delivery; `failures` are raised, one per call, before later calls succeed."""

    failures: list[BaseException] = field(default_factory=list)
    crash_after_delivery: bool = False
    deliveries: list[Delivery] = field(default_factory=list)
    delivered: asyncio.Event = field(default_factory=asyncio.Event)

    async def deliver(self, message: Outbound, *, edit_of: str | None) -> str | None:
        if self.failures:
            raise self.failures.pop(0)
        self.deliveries.append(Delivery(message.text, edit_of))
        self.delivered.set()
        if self.crash_after_delivery:
            raise Crash
        return f"m{len(self.deliveries)}"

    @property
    def texts(self) -> list[str]:
        return [delivery.text for delivery in self.deliveries]


@dataclass
class Clock:
    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now


async def queue(sessions: Sessions, *messages: Outbound) -> None:
    async with sessions.begin() as session:
        for message in messages:
            await outbox.enqueue(
                session=session,
                channel=message.address.channel,
                chat_id=message.address.chat_id,
                payload=message.model_dump(mode="json"),
                now=NOW,
                key=message.key,
            )


async def rows(sessions: Sessions) -> list[OutboxMessage]:
    async with sessions() as session:
        return list(await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def text(words: str, **fields: str) -> Outbound:
    return Outbound(address=CHAT, text=words, **fields)


async def test_due_message_is_delivered_and_marked_sent(committed_db: Sessions) -> None:
    card = Outbound(
        address=CHAT, text="工单 #1", buttons=((Button(label="接单", action="t:1:ack"),),)
    )
    await queue(committed_db, card)
    transport = FakeTransport()

    assert await drain(committed_db, transport, Clock()) == 1

    assert transport.deliveries == [Delivery("工单 #1", None)]
    [row] = await rows(committed_db)
    assert (row.state, row.message_id, row.sent_at, row.attempts) == (
        OutboxState.SENT,
        "m1",
        NOW,
        1,
    )
    assert await drain(committed_db, transport, Clock()) == 0, "a sent message is not resent"


async def test_more_messages_than_one_batch_are_all_delivered_in_order(
    committed_db: Sessions,
) -> None:
    await queue(committed_db, *(text(f"第 {n} 条") for n in range(7)))
    transport = FakeTransport()

    assert await drain(committed_db, transport, Clock(), batch_size=3) == 7

    assert transport.texts == [f"第 {n} 条" for n in range(7)]


async def test_retry_later_waits_exactly_the_platforms_retry_after(committed_db: Sessions) -> None:
    await queue(committed_db, text("您好"))
    transport = FakeTransport(failures=[RetryLater(30)])
    clock = Clock()

    assert await drain(committed_db, transport, clock) == 0
    [row] = await rows(committed_db)
    assert (row.state, row.not_before) == (OutboxState.PENDING, NOW + timedelta(seconds=30))

    clock.now = NOW + timedelta(seconds=29)
    assert await drain(committed_db, transport, clock) == 0, "not before retry_after"
    clock.now = NOW + timedelta(seconds=30)
    assert await drain(committed_db, transport, clock) == 1
    assert transport.texts == ["您好"]


async def test_retry_later_leaves_the_rest_of_the_batch_for_the_next_drain(
    committed_db: Sessions,
) -> None:
    await queue(committed_db, text("一"), text("二"))
    transport = FakeTransport(failures=[RetryLater(5)])

    assert await drain(committed_db, transport, Clock()) == 0
    assert transport.deliveries == [], "after a 429 nothing more is sent in the same drain"
    first, second = await rows(committed_db)
    assert (first.not_before, second.not_before) == (NOW + timedelta(seconds=5), NOW)

    assert await drain(committed_db, transport, Clock()) == 1
    assert transport.texts == ["二"]


async def test_crash_after_delivery_leaves_the_message_pending_and_it_is_resent(
    committed_db: Sessions,
) -> None:
    await queue(committed_db, text("您好"))

    with pytest.raises(Crash):
        await drain(committed_db, FakeTransport(crash_after_delivery=True), Clock())

    [row] = await rows(committed_db)
    assert (row.state, row.attempts, row.message_id) == (OutboxState.PENDING, 0, None)
    after_restart = FakeTransport()
    assert await drain(committed_db, after_restart, Clock()) == 1
    assert after_restart.texts == ["您好"]


async def test_failure_is_retried_with_growing_backoff(committed_db: Sessions) -> None:
    await queue(committed_db, text("您好"))
    transport = FakeTransport(failures=[ConnectionError("reset"), ConnectionError("reset")])
    clock = Clock()

    await drain(committed_db, transport, clock)
    [row] = await rows(committed_db)
    assert (row.state, row.attempts, row.not_before) == (OutboxState.PENDING, 1, NOW + backoff(0))
    assert "ConnectionError" in (row.last_error or "")

    clock.now = row.not_before
    await drain(committed_db, transport, clock)
    [row] = await rows(committed_db)
    assert row.not_before == clock.now + backoff(1)
    assert backoff(1) > backoff(0)

    clock.now = row.not_before
    assert await drain(committed_db, transport, clock) == 1


@pytest.mark.parametrize(
    ("failures", "max_attempts"),
    [
        ([Undeliverable("bot was blocked by the user")], 8),
        ([ConnectionError("reset")] * 3, 3),
    ],
    ids=["refused_for_good", "out_of_attempts"],
)
async def test_message_is_given_up(
    committed_db: Sessions, failures: list[BaseException], max_attempts: int
) -> None:
    await queue(committed_db, text("您好"))
    transport = FakeTransport(failures=list(failures))
    clock = Clock()

    for _ in failures:
        await drain(committed_db, transport, clock, max_attempts=max_attempts)
        clock.now += timedelta(days=1)

    [row] = await rows(committed_db)
    assert (row.state, row.attempts) == (OutboxState.FAILED, len(failures))
    assert await drain(committed_db, transport, clock) == 0
    assert transport.deliveries == []


async def test_edit_goes_to_the_message_sent_earlier_under_its_key(committed_db: Sessions) -> None:
    await queue(committed_db, text("其他消息"), text("工单 #1 · 待接单", key="card:1"))
    transport = FakeTransport()
    await drain(committed_db, transport, Clock())

    await queue(committed_db, text("工单 #1 · 已接单", edit_key="card:1"))
    await drain(committed_db, transport, Clock())

    assert transport.deliveries[-1] == Delivery("工单 #1 · 已接单", edit_of="m2")


async def test_edit_in_the_same_batch_as_its_original_finds_it(committed_db: Sessions) -> None:
    await queue(
        committed_db,
        text("确认提交？", key="draft:1"),
        text("已提交", edit_key="draft:1"),
    )
    transport = FakeTransport()

    await drain(committed_db, transport, Clock())

    assert transport.deliveries == [Delivery("确认提交？", None), Delivery("已提交", "m1")]


async def test_edit_of_a_message_never_sent_goes_out_as_a_new_message(
    committed_db: Sessions,
) -> None:
    await queue(committed_db, text("已提交", edit_key="draft:gone"))
    transport = FakeTransport()

    assert await drain(committed_db, transport, Clock()) == 1

    assert transport.deliveries == [Delivery("已提交", None)]


async def test_unreadable_payload_is_failed_not_retried(committed_db: Sessions) -> None:
    async with committed_db.begin() as session:
        await outbox.enqueue(
            session=session, channel="test", chat_id="1", payload={"text": 1}, now=NOW
        )
    transport = FakeTransport()

    assert await drain(committed_db, transport, Clock()) == 0

    [row] = await rows(committed_db)
    assert row.state == OutboxState.FAILED
    assert transport.deliveries == []


async def test_running_sender_delivers_when_woken_and_stops_when_asked(
    committed_db: Sessions,
) -> None:
    await queue(committed_db, text("第一条"))
    transport = FakeTransport()
    wake, stop = asyncio.Event(), asyncio.Event()
    sender = asyncio.create_task(
        run_sender(committed_db, transport, Clock(), poll_seconds=3600, wake=wake, stop=stop)
    )
    await asyncio.wait_for(transport.delivered.wait(), timeout=10)  # the drain at start

    transport.delivered.clear()
    await queue(committed_db, text("第二条"))
    wake.set()  # the next poll is an hour away: only the wake-up delivers in time
    await asyncio.wait_for(transport.delivered.wait(), timeout=10)
    stop.set()
    await asyncio.wait_for(sender, timeout=10)

    assert transport.texts == ["第一条", "第二条"]
    assert [row.state for row in await rows(committed_db)] == [OutboxState.SENT] * 2
