"""Alembic environment: async engines, and a connection handed in by storage.migrate."""

import asyncio
import logging.config
from typing import Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlalchemy import Connection
from sqlalchemy.types import TypeDecorator

import storage.models  # noqa: F401  (defines the tables on Base.metadata)
from storage.base import Base
from storage.db import DEFAULT_URL, make_engine

config = context.config
target_metadata = Base.metadata

# Only the command line has a file with logging settings; the bot configures its own logging.
if config.config_file_name is not None:
    logging.config.fileConfig(config.config_file_name, disable_existing_loggers=False)


def render_item(kind: str, obj: object, _context: AutogenContext) -> str | Literal[False]:
    # A migration must not import storage, which changes after it: write our column types
    # as the plain types they store.
    if kind == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl!r}"
    return False


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        render_item=render_item,
        # SQLite alters a table by copying it; autogenerate then writes batch operations.
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


async def run_with_own_engine(url: str) -> None:
    engine = make_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(run_migrations)
    finally:
        await engine.dispose()


def run_offline(url: str) -> None:
    context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


url = config.get_main_option("sqlalchemy.url") or DEFAULT_URL
if context.is_offline_mode():
    run_offline(url)
elif (given := config.attributes.get("connection")) is not None:
    run_migrations(given)
else:
    asyncio.run(run_with_own_engine(url))
