"""The people who write to the bot, and their roles."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.enums import Role
from storage.models import User
from storage.repos._dialect import insert_for


async def get_or_create_user(
    *,
    session: AsyncSession,
    channel: str,
    external_id: str,
    display_name: str,
    now: datetime,
) -> User:
    """The user behind a platform account, created on first contact as a student.

    A changed display name is taken over, so cards show the name people use today.
    """
    user = await get_user_by_external_id(session=session, channel=channel, external_id=external_id)
    if user is not None:
        if display_name and user.display_name != display_name:
            user.display_name = display_name
            await session.flush()
        return user
    # Two updates from a new user may arrive at once; the loser's insert becomes a no-op and
    # both read the same row.
    await session.execute(
        insert_for(session, User)
        .values(
            channel=channel,
            external_id=external_id,
            display_name=display_name,
            role=Role.STUDENT,
            created_at=now,
        )
        .on_conflict_do_nothing(index_elements=["channel", "external_id"])
    )
    created = await get_user_by_external_id(
        session=session, channel=channel, external_id=external_id
    )
    assert created is not None  # inserted above or by the concurrent winner
    return created


async def get_user(*, session: AsyncSession, user_id: int) -> User | None:
    return await session.get(User, user_id)


async def get_user_by_external_id(
    *, session: AsyncSession, channel: str, external_id: str
) -> User | None:
    return await session.scalar(
        select(User).where(User.channel == channel, User.external_id == external_id)
    )


async def set_role(
    *, session: AsyncSession, user: User, role: Role, team_code: str | None = None
) -> User:
    """Give `user` a role; `team_code` is the team a staff member works in (None for others)."""
    user.role = role
    user.team_code = team_code
    await session.flush()
    return user


async def list_users_with_role(*, session: AsyncSession, role: Role) -> Sequence[User]:
    return (await session.scalars(select(User).where(User.role == role).order_by(User.id))).all()
