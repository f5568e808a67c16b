"""Bring a database to the newest schema; the bot calls `upgrade_to_head` at start-up."""

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection

from storage.db import make_engine

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(url: str) -> Config:
    """The Alembic configuration of this package, without an alembic.ini on disk."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser would read "%" in a password as interpolation.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


async def upgrade_to_head(url: str) -> None:
    await _run(url, lambda config: command.upgrade(config, "head"))


async def downgrade_to_base(url: str) -> None:
    """Drop every table the migrations made; for tests of the migrations themselves."""
    await _run(url, lambda config: command.downgrade(config, "base"))


async def _run(url: str, step: Callable[[Config], None]) -> None:
    engine = make_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_with_connection, url, step)
    finally:
        await engine.dispose()


def _with_connection(connection: Connection, url: str, step: Callable[[Config], None]) -> None:
    # env.py picks this connection up, so the migration runs inside our transaction and on
    # an engine configured by make_engine (SQLite pragmas and transactional DDL).
    config = alembic_config(url)
    config.attributes["connection"] = connection
    step(config)
