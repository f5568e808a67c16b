"""Nothing is lost: a restart mid-dialogue, a failure mid-transaction, two staff at once."""

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from handlers import texts
from handlers.context import Context, Result
from handlers.dispatch import handle, sync_routing
from handlers.drafts import Draft
from handlers.filing import file_ticket
from handlers.messages import Address, Inbound
from handlers.routing import Routing
from nlp import parse
from storage.db import make_engine, make_sessionmaker
from storage.models import OutboxMessage, Ticket, TicketEvent
from storage.repos import users
from tests.handlers.conftest import CHANNEL, MAINTENANCE_CHAT, STUDENT

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)


async def _event(
    sessions: async_sessionmaker[AsyncSession], routing: Routing, inbound: Inbound
) -> Result:
    """One handled event in its own transaction, as an adapter runs it."""
    async with sessions.begin() as session:
        return await handle(inbound, Context(session=session, routing=routing, now=NOW))


def _text(text: str, user: str = STUDENT) -> Inbound:
    return Inbound(address=Address(channel=CHANNEL, chat_id=user), user_id=user, text=text)


def _press(action: str, user: str, chat: str) -> Inbound:
    return Inbound(
        address=Address(channel=CHANNEL, chat_id=chat),
        user_id=user,
        user_name=user,
        is_private=False,
        action=action,
    )


async def _count(sessions: async_sessionmaker[AsyncSession], model: type) -> int:
    async with sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
async def sessions(
    committed_db: async_sessionmaker[AsyncSession], routing: Routing
) -> async_sessionmaker[AsyncSession]:
    async with committed_db.begin() as session:
        await sync_routing(Context(session=session, routing=routing, now=NOW), channel=CHANNEL)
    return committed_db


async def test_a_dialogue_survives_a_restart(
    sessions: async_sessionmaker[AsyncSession], routing: Routing, database_url: str
) -> None:
    await _event(sessions, routing, _text("宿舍的灯坏了"))
    # The process restarts: a new engine, new sessions, nothing kept in memory.
    engine = make_engine(database_url)
    try:
        restarted = make_sessionmaker(engine)
        await _event(restarted, routing, _text("12栋408"))
        async with restarted() as session:
            summary = (
                await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id.desc()))
            ).first()
        assert summary is not None and "地点：12栋408" in summary.payload["text"]
        confirm = next(
            b["action"]
            for row in summary.payload["buttons"]
            for b in row
            if b["label"] == "确认提交"
        )
        await _event(
            restarted,
            routing,
            Inbound(
                address=Address(channel=CHANNEL, chat_id=STUDENT), user_id=STUDENT, action=confirm
            ),
        )
        assert await _count(restarted, Ticket) == 1
    finally:
        await engine.dispose()


async def test_a_failure_after_the_ticket_leaves_neither_ticket_nor_messages(
    sessions: async_sessionmaker[AsyncSession], routing: Routing
) -> None:
    with pytest.raises(RuntimeError):
        async with sessions.begin() as session:
            ctx = Context(session=session, routing=routing, now=NOW)
            reporter = await users.get_or_create_user(
                session=session, channel=CHANNEL, external_id=STUDENT, display_name="小明", now=NOW
            )
            await file_ticket(
                ctx, reporter=reporter, draft=Draft.from_parse(parse("5号楼3楼着火了"))
            )
            assert await session.scalar(select(func.count()).select_from(OutboxMessage)) == 4
            raise RuntimeError("the process dies before the commit")
    assert await _count(sessions, Ticket) == 0
    assert await _count(sessions, OutboxMessage) == 0
    assert await _count(sessions, TicketEvent) == 0


async def test_two_staff_acknowledging_at_once_exactly_one_wins(
    sessions: async_sessionmaker[AsyncSession], routing: Routing
) -> None:
    await _event(sessions, routing, _text("3号楼502的水龙头坏了"))
    async with sessions() as session:
        summary = (
            await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id.desc()))
        ).first()
    assert summary is not None
    confirm = next(
        b["action"] for row in summary.payload["buttons"] for b in row if b["label"] == "确认提交"
    )
    await _event(
        sessions,
        routing,
        Inbound(address=Address(channel=CHANNEL, chat_id=STUDENT), user_id=STUDENT, action=confirm),
    )

    results = await asyncio.gather(
        _event(sessions, routing, _press("t:1:acknowledge", "2001", MAINTENANCE_CHAT)),
        _event(sessions, routing, _press("t:1:acknowledge", "2002", MAINTENANCE_CHAT)),
    )
    notices = sorted(r.notice or "" for r in results)
    winners = [n for n in notices if n == texts.ACTION_DONE.format(action="接单", number=1)]
    losers = [
        n
        for n in notices
        if n in (texts.RACE_LOST.format(number=1), "这张工单已经被接单了，无需重复操作。")
    ]
    assert len(winners) == 1 and len(losers) == 1, notices
    async with sessions() as session:
        acks = await session.scalar(
            select(func.count()).select_from(TicketEvent).where(TicketEvent.action == "acknowledge")
        )
    assert acks == 1
