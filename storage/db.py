"""Engines and sessions for SQLite (development, small sites) and PostgreSQL (production)."""

from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

DEFAULT_URL = "sqlite+aiosqlite:///houqin.sqlite3"
SQLITE_BUSY_TIMEOUT_SECONDS = 15


def make_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """An engine for `url`; extra keyword arguments go to `create_async_engine`."""
    if make_url(url).get_backend_name() == "sqlite":
        return _make_sqlite_engine(url, **kwargs)
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(url, **kwargs)


def make_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    # Handlers read a ticket after committing it (to render the card): keep the loaded values.
    return async_sessionmaker(engine, expire_on_commit=False)


def _make_sqlite_engine(url: str, **kwargs: Any) -> AsyncEngine:
    connect_args = kwargs.pop("connect_args", {})
    connect_args.setdefault("timeout", SQLITE_BUSY_TIMEOUT_SECONDS)
    engine = create_async_engine(url, connect_args=connect_args, **kwargs)
    event.listen(engine.sync_engine, "connect", _configure_sqlite_connection)
    event.listen(engine.sync_engine, "begin", _begin_immediate)
    return engine


def _configure_sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
    # Python's sqlite3 would otherwise issue BEGIN itself, late and not before SAVEPOINT,
    # which breaks nested transactions; SQLAlchemy emits BEGIN instead (`_begin_immediate`).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _begin_immediate(connection: Connection) -> None:
    # IMMEDIATE takes the write lock at the start. With a deferred BEGIN, two transactions
    # that both read and then write fail with "database is locked" instead of waiting; this
    # way the second waits (up to the busy timeout) and then sees the first one's commit,
    # which is what the optimistic version check and the ticket counter rely on.
    connection.exec_driver_sql("BEGIN IMMEDIATE")
