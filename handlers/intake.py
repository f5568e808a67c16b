"""The intake dialogue: a message becomes a draft, the bot asks for what is missing, shows
what it understood, and files the ticket once the sender confirms — at once if urgent."""

from handlers import cards, drafts, texts
from handlers.context import Context, Result
from handlers.drafts import Draft, Pending, State
from handlers.filing import file_ticket
from handlers.messages import Inbound, Outbound
from handlers.sending import reply, send, team_address, team_row
from nlp import Kind, Location, Urgency, parse
from nlp.location import find_location
from nlp.normalize import canonical
from storage.models import User
from storage.repos import attachments, tickets

# Telegram allows 4096 characters; a report is a few sentences. Past this we ask for a
# shorter message instead of filing a pasted document as a ticket.
MAX_REPORT_CHARS = 1000
MAX_LOCATION_CHARS = 60


async def on_text(ctx: Context, inbound: Inbound, user: User) -> Result:
    text = inbound.text.strip()
    pending = await drafts.load(ctx, inbound, user)
    if pending is not None and text:
        if (
            pending.state in (State.AWAITING_LOCATION, State.AWAITING_NEW_LOCATION)
            and pending.draft
        ):
            return await _take_location(ctx, inbound, user, pending.draft, text)
        if pending.state is State.AWAITING_TICKET_LOCATION and pending.ticket_number:
            return await _locate_ticket(ctx, inbound, user, pending.ticket_number, text)
    if len(text) > MAX_REPORT_CHARS:
        await reply(ctx, inbound, texts.TOO_LONG.format(limit=MAX_REPORT_CHARS))
        return Result()
    parsed = parse(text)
    if parsed.is_small_talk:
        await reply(ctx, inbound, texts.HELP)
        return Result()
    draft = Draft.from_parse(parsed, photos=inbound.photos)
    replaced = pending is not None and pending.draft is not None
    if draft.urgency is Urgency.URGENT:
        return await _file_urgent(ctx, inbound, user, draft)
    if draft.kind is Kind.REPAIR and draft.location is None:
        await drafts.save(ctx, inbound, user, Pending(state=State.AWAITING_LOCATION, draft=draft))
        prefix = texts.DRAFT_REPLACED + "\n" if replaced else ""
        await reply(ctx, inbound, prefix + texts.ASK_LOCATION)
        return Result()
    await show_summary(ctx, inbound, user, draft, replaced=replaced)
    return Result()


async def show_summary(
    ctx: Context, inbound: Inbound, user: User, draft: Draft, *, replaced: bool = False
) -> None:
    await drafts.save(ctx, inbound, user, Pending(state=State.AWAITING_CONFIRMATION, draft=draft))
    text, buttons = cards.summary(draft)
    if replaced:
        text = texts.DRAFT_REPLACED + "\n" + text
    await reply(ctx, inbound, text, buttons, key=summary_key(draft))


def summary_key(draft: Draft) -> str:
    return f"summary:{draft.token}"


def _location_from_answer(text: str) -> Location:
    found = find_location(canonical(text))
    return found or Location(text=canonical(text)[:MAX_LOCATION_CHARS])


async def _take_location(
    ctx: Context, inbound: Inbound, user: User, draft: Draft, text: str
) -> Result:
    located = Draft.model_validate(
        {**draft.model_dump(), "location": _location_from_answer(text), "token": Draft.new_token()}
    )
    await show_summary(ctx, inbound, user, located)
    return Result()


async def _file_urgent(ctx: Context, inbound: Inbound, user: User, draft: Draft) -> Result:
    """Danger does not wait for a confirmation: file now, ask for the place afterwards."""
    ticket = await file_ticket(ctx, reporter=user, draft=draft)
    if draft.location is None:
        await drafts.save(
            ctx,
            inbound,
            user,
            Pending(state=State.AWAITING_TICKET_LOCATION, ticket_number=ticket.number),
        )
        await reply(ctx, inbound, texts.ASK_LOCATION_URGENT)
    else:
        await drafts.clear(ctx, inbound, user)
    return Result()


async def _locate_ticket(
    ctx: Context, inbound: Inbound, user: User, number: int, text: str
) -> Result:
    await drafts.clear(ctx, inbound, user)
    ticket = await tickets.get_ticket_by_number(session=ctx.session, number=number)
    if ticket is None:
        await reply(ctx, inbound, texts.TICKET_GONE)
        return Result()
    location = _location_from_answer(text)
    await tickets.set_location(
        session=ctx.session,
        ticket=ticket,
        location_text=location.text,
        building=location.building,
        floor=location.floor,
        room=location.room,
        now=ctx.now,
    )
    team = await team_row(ctx.session, ticket.team_code)
    await send(
        ctx,
        Outbound(
            address=team_address(team),
            text=texts.LOCATION_ADDED.format(number=number, location=location.text),
        ),
    )
    await reply(ctx, inbound, texts.LOCATION_THANKS.format(number=number, location=location.text))
    return Result()


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
