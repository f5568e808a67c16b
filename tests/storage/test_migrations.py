"""The schema comes from the migrations alone; they must build exactly the models."""

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Connection, inspect
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.base import Base
from storage.db import make_engine
from storage.migrate import downgrade_to_base, upgrade_to_head


def _differences(connection: Connection) -> list[Any]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, Base.metadata))


def _table_names(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


async def test_migrated_schema_matches_the_models(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        differences = await connection.run_sync(_differences)
    assert differences == []


async def test_upgrade_twice_then_downgrade_leaves_no_table(fresh_database_url: str) -> None:
    await upgrade_to_head(fresh_database_url)
    await upgrade_to_head(fresh_database_url)  # at start-up on an up-to-date database: no-op
    engine = make_engine(fresh_database_url)
    try:
        async with engine.connect() as connection:
            assert await connection.run_sync(_differences) == []
            assert set(Base.metadata.tables) <= await connection.run_sync(_table_names)

        await downgrade_to_base(fresh_database_url)
        async with engine.connect() as connection:
            assert await connection.run_sync(_table_names) <= {"alembic_version"}
    finally:
        await engine.dispose()
