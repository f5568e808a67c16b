"""Photos sent in a private chat: they join the report being written, else the sender's
latest open ticket, and the team sees them beside the card."""

from handlers import drafts, texts
from handlers.context import Context, Result
from handlers.drafts import Draft, Pending
from handlers.intake import on_text
from handlers.messages import Inbound, Outbound
from handlers.sending import reply, send, team_address, team_row
from storage.models import User
from storage.repos import attachments, tickets


async def on_photo(ctx: Context, inbound: Inbound, user: User) -> Result:
    """A photo joins the draft being written, else the sender's latest open ticket."""
    if inbound.text.strip():
        return await on_text(ctx, inbound, user)  # a caption is a report with photos
    pending = await drafts.load(ctx, inbound, user)
    if pending is not None and pending.draft is not None:
        draft = pending.draft
        with_photos = Draft.model_validate(
            {**draft.model_dump(), "photos": (*draft.photos, *inbound.photos)}
        )
        await drafts.save(ctx, inbound, user, Pending(state=pending.state, draft=with_photos))
        await reply(ctx, inbound, texts.PHOTO_ADDED_TO_DRAFT)
        return Result()
    ticket = await tickets.latest_open_ticket_for_reporter(session=ctx.session, reporter_id=user.id)
    if ticket is None:
        await reply(ctx, inbound, texts.PHOTO_NOWHERE)
        return Result()
    for photo in inbound.photos:
        await attachments.add_attachment(
            session=ctx.session,
            ticket_id=ticket.id,
            channel=user.channel,
            file_id=photo,
            now=ctx.now,
        )
    team = await team_row(ctx.session, ticket.team_code)
    await send(
        ctx,
        Outbound(
            address=team_address(team),
            text=texts.PHOTO_FOR_TEAM.format(number=ticket.number),
            photos=inbound.photos,
        ),
    )
    await reply(ctx, inbound, texts.PHOTO_ADDED_TO_TICKET.format(number=ticket.number))
    return Result()
