"""Real commits from several sessions at once: what the single-transaction tests cannot show.

On PostgreSQL the sessions truly overlap; on SQLite the second writer waits for the first
(storage.db begins every transaction IMMEDIATE). The outcome must be the same on both.
"""

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.enums import TicketStatus
from storage.models import Ticket, User
from storage.repos.outbox import claim_due, enqueue, mark_sent
from storage.repos.tickets import allocate_number, change_status, get_ticket
from storage.repos.updates import remember_update

NOW = datetime(2024, 9, 2, 8, 0, tzinfo=UTC)
Sessions = async_sessionmaker[AsyncSession]
MakeUser = Callable[..., Awaitable[Any]]
MakeTicket = Callable[..., Awaitable[Any]]


async def test_tickets_created_at_once_get_unique_gapless_numbers(
    committed_db: Sessions, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    async with committed_db.begin() as session:
        reporter_id = (await make_user(session)).id

    async def report() -> int:
        async with committed_db.begin() as session:
            reporter = await session.get_one(User, reporter_id)
            return int((await make_ticket(session, reporter)).number)

    numbers = await asyncio.gather(*(report() for _ in range(12)))

    assert sorted(numbers) == list(range(1, 13))


async def test_a_rolled_back_number_is_given_out_again(committed_db: Sessions) -> None:
    async with committed_db() as session:
        abandoned = await allocate_number(session=session)
        await session.rollback()
    async with committed_db.begin() as session:
        assert await allocate_number(session=session) == abandoned
    async with committed_db.begin() as session:
        assert await allocate_number(session=session) == abandoned + 1


async def test_two_staff_acknowledging_at_once_exactly_one_wins(
    committed_db: Sessions, make_user: MakeUser, make_ticket: MakeTicket
) -> None:
    async with committed_db.begin() as session:
        ticket_id = (await make_ticket(session, await make_user(session))).id
        staff_ids = [(await make_user(session, f"20{n}")).id for n in range(2)]

    async def acknowledge(staff_id: int) -> bool:
        # Both pressed 接单 on the same card, which showed version 1.
        async with committed_db.begin() as session:
            ticket = await get_ticket(session=session, ticket_id=ticket_id)
            assert ticket is not None
            return await change_status(
                session=session,
                ticket=ticket,
                expected_version=1,
                to_status=TicketStatus.ACKNOWLEDGED,
                now=NOW + timedelta(minutes=1),
                assignee_id=staff_id,
            )

    results = await asyncio.gather(*(acknowledge(staff_id) for staff_id in staff_ids))

    assert sorted(results) == [False, True]
    winner = staff_ids[results.index(True)]
    async with committed_db() as session:
        stored = await session.scalar(select(Ticket).where(Ticket.id == ticket_id))
        assert stored is not None
        assert (stored.status, stored.version, stored.assignee_id) == (
            TicketStatus.ACKNOWLEDGED,
            2,
            winner,
        )


async def test_a_redelivered_update_handled_concurrently_is_handled_once(
    committed_db: Sessions,
) -> None:
    async def handle() -> bool:
        async with committed_db.begin() as session:
            return await remember_update(
                session=session, channel="telegram", update_id=9001, now=NOW
            )

    assert sorted(await asyncio.gather(handle(), handle())) == [False, True]


async def test_two_senders_never_claim_the_same_message(
    committed_db: Sessions, backend: str
) -> None:
    async with committed_db.begin() as session:
        ids = [
            (
                await enqueue(
                    session=session, channel="telegram", chat_id="1", payload={"n": n}, now=NOW
                )
            ).id
            for n in range(3)
        ]

    async def second_sender() -> list[int]:
        async with committed_db.begin() as session:
            claimed = await claim_due(session=session, limit=10, now=NOW)
            for message in claimed:
                await mark_sent(session=session, message=message, message_id="b", now=NOW)
            return [message.id for message in claimed]

    async with committed_db() as first:
        mine = await claim_due(session=first, limit=2, now=NOW)
        for message in mine:
            await mark_sent(session=first, message=message, message_id="a", now=NOW)
        if backend == "postgresql":
            # SKIP LOCKED: the second sender does not wait for the first one's rows.
            theirs = await asyncio.wait_for(second_sender(), timeout=10)
            await first.commit()
        else:
            # SQLite has one writer at a time: the second sender waits for this commit.
            waiting = asyncio.create_task(second_sender())
            await first.commit()
            theirs = await waiting

    assert [m.id for m in mine] == ids[:2]
    assert theirs == ids[2:]
