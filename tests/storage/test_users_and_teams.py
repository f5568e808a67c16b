"""Users appear on first contact; teams follow the routing file."""

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from storage.enums import Role
from storage.repos.teams import get_team, list_teams, sync_teams
from storage.repos.users import get_or_create_user, get_user, list_users_with_role, set_role

NOW = datetime(2024, 9, 2, 8, 0, tzinfo=UTC)


async def test_first_contact_creates_a_student_and_later_contact_finds_them(
    session: AsyncSession,
) -> None:
    created = await get_or_create_user(
        session=session, channel="telegram", external_id="42", display_name="小李", now=NOW
    )
    again = await get_or_create_user(
        session=session, channel="telegram", external_id="42", display_name="李明", now=NOW
    )

    assert again.id == created.id
    assert (again.role, again.display_name, again.created_at) == (Role.STUDENT, "李明", NOW)
    assert await get_user(session=session, user_id=created.id) is again


async def test_same_account_id_on_another_channel_is_another_user(session: AsyncSession) -> None:
    on_telegram = await get_or_create_user(
        session=session, channel="telegram", external_id="42", display_name="", now=NOW
    )
    on_console = await get_or_create_user(
        session=session, channel="console", external_id="42", display_name="", now=NOW
    )
    assert on_telegram.id != on_console.id


async def test_staff_role_carries_the_team(session: AsyncSession) -> None:
    user = await get_or_create_user(
        session=session, channel="telegram", external_id="7", display_name="王师傅", now=NOW
    )
    await set_role(session=session, user=user, role=Role.STAFF, team_code="water")
    session.expunge_all()

    staff = await list_users_with_role(session=session, role=Role.STAFF)

    assert [(u.id, u.role, u.team_code) for u in staff] == [(user.id, Role.STAFF, "water")]


async def test_sync_updates_teams_and_keeps_those_no_longer_listed(
    session: AsyncSession,
) -> None:
    await sync_teams(
        session=session,
        teams=[
            ("water", "水电维修组", "telegram", "-1001", None),
            ("canteen", "餐饮中心", "telegram", "-1002", "5"),
        ],
    )
    synced = await sync_teams(
        session=session, teams=[("water", "水电维修班", "telegram", "-1009", "3")]
    )

    assert [(t.code, t.name, t.chat_id, t.thread_id) for t in synced] == [
        ("water", "水电维修班", "-1009", "3")
    ]
    canteen = await get_team(session=session, code="canteen")
    assert canteen is not None and canteen.thread_id == "5"
    assert [t.code for t in await list_teams(session=session)] == ["canteen", "water"]
    assert await sync_teams(session=session, teams=[]) == []
