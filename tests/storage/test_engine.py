"""What storage.db sets up: SQLite pragmas, nested transactions, test isolation."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import make_engine, make_sessionmaker
from storage.migrate import upgrade_to_head
from storage.models import User
from storage.repos.users import get_or_create_user

NOW = datetime(2024, 9, 2, 8, 0, tzinfo=UTC)


async def test_sqlite_connections_enforce_foreign_keys_and_use_wal(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite+aiosqlite:///{tmp_path / 'pragmas.sqlite3'}")
    try:
        async with engine.connect() as connection:
            foreign_keys = await connection.scalar(text("PRAGMA foreign_keys"))
            journal_mode = await connection.scalar(text("PRAGMA journal_mode"))
        assert (foreign_keys, journal_mode) == (1, "wal")
    finally:
        await engine.dispose()


async def test_rolled_back_savepoint_undoes_only_its_own_work(session: AsyncSession) -> None:
    kept = await get_or_create_user(
        session=session, channel="telegram", external_id="1", display_name="", now=NOW
    )
    with pytest.raises(RuntimeError):
        async with session.begin_nested():
            await get_or_create_user(
                session=session, channel="telegram", external_id="2", display_name="", now=NOW
            )
            raise RuntimeError("the handler failed halfway")

    ids = (await session.scalars(select(User.id).where(User.channel == "telegram"))).all()
    assert list(ids) == [kept.id]


async def test_a_commit_in_the_code_under_test_keeps_the_test_transaction(
    session: AsyncSession,
) -> None:
    await get_or_create_user(
        session=session, channel="telegram", external_id="1", display_name="", now=NOW
    )
    await session.commit()  # releases the savepoint only
    await get_or_create_user(
        session=session, channel="telegram", external_id="2", display_name="", now=NOW
    )
    await session.rollback()  # back to the state after the commit

    ids = (await session.scalars(select(User.external_id).order_by(User.external_id))).all()
    assert list(ids) == ["1"]


async def test_a_committed_ticket_survives_a_restart(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'restart.sqlite3'}"
    await upgrade_to_head(url)
    for external_id, expected_count in (("1", 1), ("2", 2)):
        engine = make_engine(url)  # a new engine: as after a restart of the bot
        try:
            async with make_sessionmaker(engine).begin() as session:
                await get_or_create_user(
                    session=session,
                    channel="telegram",
                    external_id=external_id,
                    display_name="",
                    now=NOW,
                )
            async with make_sessionmaker(engine)() as session:
                count = len((await session.scalars(select(User.id))).all())
            assert count == expected_count
        finally:
            await engine.dispose()
