"""Teams, kept in step with the routing file."""

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Team
from storage.repos._dialect import insert_for

# (code, name, channel, chat_id, thread_id), as the routing file lists them.
TeamRow = tuple[str, str, str, str, str | None]


async def sync_teams(*, session: AsyncSession, teams: Iterable[TeamRow]) -> Sequence[Team]:
    """Insert or update each team; teams missing from `teams` are left as they are.

    Old tickets still name a team that left the routing file, so it is not deleted.
    """
    rows = [
        {"code": code, "name": name, "channel": channel, "chat_id": chat_id, "thread_id": thread}
        for code, name, channel, chat_id, thread in teams
    ]
    if not rows:
        return []
    statement = insert_for(session, Team).values(rows)
    statement = statement.on_conflict_do_update(
        index_elements=["code"],
        set_={
            "name": statement.excluded.name,
            "channel": statement.excluded.channel,
            "chat_id": statement.excluded.chat_id,
            "thread_id": statement.excluded.thread_id,
        },
    )
    await session.execute(statement)
    codes = [row["code"] for row in rows]
    return (
        await session.scalars(
            select(Team)
            .where(Team.code.in_(codes))
            .order_by(Team.code)
            .execution_options(populate_existing=True)
        )
    ).all()


async def get_team(*, session: AsyncSession, code: str) -> Team | None:
    return await session.get(Team, code)


async def list_teams(*, session: AsyncSession) -> Sequence[Team]:
    return (await session.scalars(select(Team).order_by(Team.code))).all()
