"""The people one person plays in the console: `/as NAME ROLE [TEAM]`.

Each name is its own user with a stable id, so a persona keeps its tickets across runs. A
supervisor takes a user id listed in the routing file, because that is where the handlers
send supervisor alerts.
"""

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import texts
from handlers.messages import Address
from handlers.routing import Routing, Team
from storage.enums import Role
from storage.models import User
from storage.repos import users

CHANNEL: Final = "console"

ROLE_WORDS: Final = {
    **{role.value: role for role in Role},
    "学生": Role.STUDENT,
    "教师": Role.TEACHER,
    "老师": Role.TEACHER,
    "员工": Role.STAFF,
    "后勤员工": Role.STAFF,
    "主管": Role.SUPERVISOR,
    "管理员": Role.ADMIN,
}


@dataclass(frozen=True)
class Persona:
    name: str
    external_id: str  # also the id of its private chat with the bot
    role: Role
    team: Team | None  # staff only

    @property
    def private_chat(self) -> Address:
        return Address(channel=CHANNEL, chat_id=self.external_id)

    def sees(self, address: Address) -> bool:
        """Whether this persona has `address` on screen: its private chat, its team's group,
        or, for a supervisor or admin, every chat."""
        if self.role in (Role.SUPERVISOR, Role.ADMIN):
            return True
        if address.chat_id == self.external_id:
            return True
        return self.team is not None and address.chat_id == str(self.team.chat_id)

    def describe(self) -> str:
        role = texts.ROLE_NAMES[self.role]
        if self.team is not None:
            return texts.NOW_YOU_ARE_STAFF.format(name=self.name, role=role, team=self.team.name)
        return texts.NOW_YOU_ARE.format(name=self.name, role=role)


@dataclass(frozen=True)
class Switch:
    """A parsed `/as` line."""

    name: str
    role: Role
    team: Team | None


def parse_switch(arguments: str, routing: Routing) -> Switch | str:
    """The persona asked for, or what is wrong with the request (in Chinese)."""
    codes = "、".join(team.code for team in routing.teams)
    usage = {"team": routing.teams[0].code, "teams": codes}
    words = arguments.split()
    if len(words) not in (2, 3):
        return texts.AS_USAGE.format(**usage)
    name, role_word = words[0], words[1]
    role = ROLE_WORDS.get(role_word.lower())
    if role is None:
        return texts.UNKNOWN_ROLE.format(role=role_word, **usage)
    if role is not Role.STAFF:
        return Switch(name, role, None)  # a team matters only to staff
    if len(words) < 3:
        return texts.TEAM_REQUIRED.format(**usage)
    try:
        return Switch(name, role, routing.team(words[2]))
    except KeyError:
        return texts.UNKNOWN_TEAM.format(team=words[2], teams=codes)


async def become(
    *, session: AsyncSession, routing: Routing, switch: Switch, now: datetime
) -> Persona:
    """The persona's user, created on first use, with the role and team recorded."""
    external_id = await _external_id(session, routing, switch)
    user = await users.get_or_create_user(
        session=session, channel=CHANNEL, external_id=external_id, display_name=switch.name, now=now
    )
    team_code = switch.team.code if switch.team is not None else None
    await users.set_role(session=session, user=user, role=switch.role, team_code=team_code)
    return Persona(switch.name, external_id, switch.role, switch.team)


async def names_by_id(session: AsyncSession) -> dict[str, str]:
    """Every console persona so far: external id -> name."""
    rows = await session.execute(
        select(User.external_id, User.display_name).where(User.channel == CHANNEL)
    )
    return {external_id: name for external_id, name in rows}


def derived_id(name: str) -> str:
    # The "@" keeps a persona called "900" from posing as the supervisor with that id, and
    # any persona from colliding with a group's (numeric) chat id.
    return f"@{name}"


async def _external_id(session: AsyncSession, routing: Routing, switch: Switch) -> str:
    known = await names_by_id(session)
    for external_id, name in known.items():
        if name == switch.name:
            return external_id
    if switch.role is Role.SUPERVISOR:
        for user_id in map(str, routing.supervisors):
            if user_id not in known:
                return user_id
    return derived_id(switch.name)
