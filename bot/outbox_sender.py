"""Delivers the outbox: the one sender behind every channel (the console now, Telegram next).

Each batch is claimed, delivered and marked in one short transaction. A crash before its
commit leaves the batch pending, so those messages are sent again rather than lost (at least
once). Batches stay small because on SQLite the transaction holds the write lock, and the
handlers wait for it while the sender talks to the platform.
"""

import asyncio
import logging
from contextlib import suppress
from datetime import timedelta
from enum import Enum
from typing import Final, Protocol

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from handlers.messages import Outbound
from storage.models import OutboxMessage
from storage.repos import outbox

log = logging.getLogger(__name__)

FIRST_BACKOFF: Final = timedelta(seconds=5)
MAX_BACKOFF: Final = timedelta(minutes=15)
# Telegram never asks for less than a second; a zero wait would let one drain spin on a message.
MIN_RETRY: Final = timedelta(seconds=1)


class RetryLater(Exception):
    """The platform asks us to slow down (Telegram's 429 with retry_after)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds} s")
        self.seconds = seconds


class Undeliverable(Exception):
    """The platform refused for good (the user blocked the bot, the chat is gone): no retry."""


class Transport(Protocol):
    async def deliver(self, message: Outbound, *, edit_of: str | None) -> str | None:
        """Send `message`, or edit the platform's message `edit_of`; the platform's message id.

        Raises RetryLater or Undeliverable; any other exception counts as a passing failure.
        """
        ...


def backoff(attempts_before: int) -> timedelta:
    """The wait after a failed attempt: 5 s, 10 s, 20 s … up to 15 minutes."""
    factor: int = 2 ** min(attempts_before, 20)
    return min(FIRST_BACKOFF * factor, MAX_BACKOFF)


async def drain(
    sessionmaker: async_sessionmaker[AsyncSession],
    transport: Transport,
    clock: Clock,
    *,
    batch_size: int = 10,
    max_attempts: int = 8,
) -> int:
    """Deliver every message due now, batch by batch; the number delivered.

    Stops early when the platform says to slow down: the rest waits for the next drain.
    """
    delivered = 0
    while True:
        async with sessionmaker.begin() as session:
            batch = await outbox.claim_due(session=session, limit=batch_size, now=clock())
            for message in batch:
                outcome = await _deliver_one(session, transport, message, clock, max_attempts)
                if outcome is _Outcome.SENT:
                    delivered += 1
                elif outcome is _Outcome.SLOW_DOWN:
                    return delivered
        if len(batch) < batch_size:
            return delivered


class _Outcome(Enum):
    SENT = "sent"
    SLOW_DOWN = "slow down"
    NOT_SENT = "not sent"


async def _deliver_one(
    session: AsyncSession,
    transport: Transport,
    message: OutboxMessage,
    clock: Clock,
    max_attempts: int,
) -> _Outcome:
    try:
        outbound = Outbound.model_validate(message.payload)
    except ValidationError as error:
        # Written by an older or broken version: no retry will make it readable.
        await outbox.mark_failed(session=session, message=message, error=f"bad payload: {error}")
        return _Outcome.NOT_SENT
    edit_of = await _platform_id_of(session, outbound.edit_key)
    try:
        message_id = await transport.deliver(outbound, edit_of=edit_of)
    except RetryLater as slow_down:
        wait = max(timedelta(seconds=slow_down.seconds), MIN_RETRY)
        await outbox.mark_retry(
            session=session, message=message, not_before=clock() + wait, error=str(slow_down)
        )
        return _Outcome.SLOW_DOWN
    except Undeliverable as refusal:
        await outbox.mark_failed(session=session, message=message, error=_describe(refusal))
        return _Outcome.NOT_SENT
    except Exception as error:
        log.warning("outbox message %s not delivered: %s", message.id, _describe(error))
        if message.attempts + 1 >= max_attempts:
            await outbox.mark_failed(session=session, message=message, error=_describe(error))
        else:
            not_before = clock() + backoff(message.attempts)
            await outbox.mark_retry(
                session=session, message=message, not_before=not_before, error=_describe(error)
            )
        return _Outcome.NOT_SENT
    await outbox.mark_sent(session=session, message=message, message_id=message_id, now=clock())
    return _Outcome.SENT


async def _platform_id_of(session: AsyncSession, edit_key: str | None) -> str | None:
    """The platform id of the message an edit refers to.

    None when that message was never sent (or failed): the edit then goes out as a new
    message, so that what it says still arrives.
    """
    if edit_key is None:
        return None
    original = await outbox.find_sent_by_key(session=session, key=edit_key)
    return original.message_id if original is not None else None


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:1000]


async def run_sender(
    sessionmaker: async_sessionmaker[AsyncSession],
    transport: Transport,
    clock: Clock,
    *,
    poll_seconds: float,
    wake: asyncio.Event,
    stop: asyncio.Event,
    batch_size: int = 10,
    max_attempts: int = 8,
) -> None:
    """Drain every `poll_seconds`, or at once when `wake` is set (after a handled event),
    until `stop` is set; a drain under way finishes and commits first."""
    while not stop.is_set():
        wake.clear()  # before draining: a wake during the drain asks for one more
        try:
            await drain(
                sessionmaker, transport, clock, batch_size=batch_size, max_attempts=max_attempts
            )
        except Exception:
            # A database hiccup must not end the sender; what it held stays pending.
            log.exception("draining the outbox failed; trying again in %s s", poll_seconds)
        with suppress(TimeoutError):
            async with asyncio.timeout(poll_seconds):
                await _first_of(wake, stop)


async def _first_of(*events: asyncio.Event) -> None:
    waiters = [asyncio.create_task(event.wait()) for event in events]
    try:
        await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiter in waiters:
            waiter.cancel()
