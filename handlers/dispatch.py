"""The one entry point: an `Inbound` in, messages to the outbox, a `Result` back."""

from handlers import drafts, texts
from handlers.buttons import on_action, on_reassign_reason
from handlers.commands import on_command
from handlers.context import Context, Result
from handlers.drafts import State
from handlers.intake import on_text
from handlers.messages import Inbound
from handlers.photos import on_photo
from handlers.sending import reply
from storage.repos import teams, users


async def handle(inbound: Inbound, ctx: Context) -> Result:
    user = await users.get_or_create_user(
        session=ctx.session,
        channel=inbound.address.channel,
        external_id=inbound.user_id,
        display_name=inbound.user_name[:100],
        now=ctx.now,
    )
    if inbound.action is not None:
        return await on_action(ctx, inbound, user)
    if inbound.text.lstrip().startswith("/"):
        return await on_command(ctx, inbound, user)
    if not inbound.is_private:
        # Staff talk among themselves in their group; the bot speaks there only when asked.
        pending = await drafts.load(ctx, inbound, user)
        if (
            pending is not None
            and pending.state is State.AWAITING_REASSIGN_REASON
            and inbound.text.strip()
        ):
            return await on_reassign_reason(ctx, inbound, user, pending)
        return Result()
    if inbound.unsupported is not None:
        await reply(ctx, inbound, texts.UNSUPPORTED)
        return Result()
    if inbound.photos:
        return await on_photo(ctx, inbound, user)
    return await on_text(ctx, inbound, user)


async def sync_routing(ctx: Context, *, channel: str) -> None:
    """Write the routing file's teams into the database (at start-up)."""
    await teams.sync_teams(
        session=ctx.session,
        teams=[
            (t.code, t.name, channel, str(t.chat_id), str(t.thread_id) if t.thread_id else None)
            for t in ctx.routing.teams
        ],
    )
