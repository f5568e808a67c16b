"""Shared database fixtures: every test that asks for one runs on SQLite and on PostgreSQL.

- `database_url`: a migrated, empty database for this test session, one per backend
  (params "sqlite" and "postgresql"). PostgreSQL gets a fresh database, dropped at the end.
- `engine`: an AsyncEngine on it, made by storage.db.make_engine.
- `session`: an AsyncSession inside a transaction that is rolled back after the test. Code
  under test may commit or roll back freely: with join_transaction_mode="create_savepoint"
  that only ends a SAVEPOINT, never the test's own transaction.
- `fresh_database_url`: an empty, unmigrated database on the same backend, dropped after
  the test; for tests of migrations and start-up.
- `committed_db`: an async_sessionmaker whose commits are real, for tests that need them
  (a restart, two sessions racing, "a failure leaves nothing behind"); every table is
  emptied after the test. Do not combine it with `session` in one test: on SQLite the
  rolled-back session holds the write lock, and committing sessions would wait for it.

PostgreSQL is expected at 127.0.0.1:5432 as user postgres without a password; set
HOUQIN_TEST_POSTGRES to another server URL (postgresql+asyncpg://…/postgres) to change that.
When the server cannot be reached the postgresql param is skipped, except when CI is set,
where it fails: CI must test both.
"""

import os
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import delete, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storage.base import Base
from storage.db import make_engine, make_sessionmaker
from storage.migrate import upgrade_to_head

POSTGRES_SERVER_URL = os.environ.get(
    "HOUQIN_TEST_POSTGRES", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)


def _asyncpg_dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


async def _create_postgres_database(name: str) -> str:
    try:
        admin = await asyncpg.connect(_asyncpg_dsn(POSTGRES_SERVER_URL), timeout=5)
    except (OSError, asyncpg.PostgresError) as error:
        message = f"PostgreSQL at {POSTGRES_SERVER_URL} is unreachable: {error}"
        if os.environ.get("CI", "").lower() not in {"", "0", "false"}:
            pytest.fail(message)
        pytest.skip(message)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    return make_url(POSTGRES_SERVER_URL).set(database=name).render_as_string(hide_password=False)


async def _drop_postgres_database(name: str) -> None:
    admin = await asyncpg.connect(_asyncpg_dsn(POSTGRES_SERVER_URL), timeout=5)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
async def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    if request.param == "sqlite":
        path: Path = tmp_path_factory.mktemp("sqlite") / "houqin_test.sqlite3"
        url = f"sqlite+aiosqlite:///{path}"
        await upgrade_to_head(url)
        yield url
        return
    name = f"houqin_test_{os.getpid()}"
    url = await _create_postgres_database(name)
    try:
        await upgrade_to_head(url)
        yield url
    finally:
        await _drop_postgres_database(name)


@pytest.fixture(scope="session")
async def engine(database_url: str) -> AsyncIterator[AsyncEngine]:
    engine = make_engine(database_url)
    yield engine
    await engine.dispose()


@pytest.fixture
async def session(engine: AsyncEngine) -> AsyncIterator[AsyncSession]:
    async with engine.connect() as connection:
        transaction = await connection.begin()
        session = AsyncSession(
            bind=connection,
            join_transaction_mode="create_savepoint",
            expire_on_commit=False,
        )
        try:
            yield session
        finally:
            await session.close()
            await transaction.rollback()


@pytest.fixture
async def fresh_database_url(database_url: str, tmp_path: Path) -> AsyncIterator[str]:
    if make_url(database_url).get_backend_name() == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'fresh.sqlite3'}"
        return
    name = f"houqin_test_{os.getpid()}_fresh"
    url = await _create_postgres_database(name)
    try:
        yield url
    finally:
        await _drop_postgres_database(name)


@pytest.fixture
async def committed_db(engine: AsyncEngine) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    yield make_sessionmaker(engine)
    await _empty_all_tables(engine)


async def _empty_all_tables(engine: AsyncEngine) -> None:
    tables = Base.metadata.sorted_tables
    async with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            names = ", ".join(table.name for table in tables)
            await connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            # Children before parents, so that foreign keys never object.
            for table in reversed(tables):
                await connection.execute(delete(table))


@pytest.fixture
def backend(database_url: str) -> str:
    """ "sqlite" or "postgresql", for the rare test whose steps differ between the two."""
    return make_url(database_url).get_backend_name()
