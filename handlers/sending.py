"""Queue a message in the outbox, inside the transaction of the change that caused it."""

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.messages import Address, Button, Inbound, Outbound
from storage.models import Team, User
from storage.repos import outbox, teams


async def send(ctx: Context, message: Outbound) -> None:
    await outbox.enqueue(
        session=ctx.session,
        channel=message.address.channel,
        chat_id=message.address.chat_id,
        thread_id=message.address.thread_id,
        payload=message.model_dump(mode="json"),
        now=ctx.now,
        key=message.key,
    )


async def reply(
    ctx: Context,
    inbound: Inbound,
    text: str,
    buttons: tuple[tuple[Button, ...], ...] = (),
    *,
    key: str | None = None,
) -> None:
    await send(ctx, Outbound(address=inbound.address, text=text, buttons=buttons, key=key))


def private_address(user: User) -> Address:
    """A person's private chat with the bot; on the platforms we serve its id is the user's."""
    return Address(channel=user.channel, chat_id=user.external_id)


def team_address(team: Team) -> Address:
    return Address(channel=team.channel, chat_id=team.chat_id, thread_id=team.thread_id)


async def team_row(session: AsyncSession, code: str) -> Team:
    team = await teams.get_team(session=session, code=code)
    if team is None:
        # sync_routing writes every team of the routing file at start-up, and tickets only
        # name teams from it, so this is a broken deployment, not a user's mistake.
        raise LookupError(f"team {code!r} is not in the database; was sync_routing run?")
    return team
