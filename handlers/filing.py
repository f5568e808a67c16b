"""Turn a confirmed draft into a ticket: the ticket, its first event and every message it
causes are written in the caller's one transaction, so either all of it exists or none."""

from handlers import cards, texts
from handlers.context import Context
from handlers.drafts import Draft
from handlers.messages import Address, Outbound
from handlers.sending import private_address, send, team_address, team_row
from nlp import Category, Urgency
from storage.enums import TicketStatus
from storage.models import Ticket, User
from storage.repos import attachments, events, tickets


async def file_ticket(ctx: Context, *, reporter: User, draft: Draft) -> Ticket:
    team = ctx.routing.team_for(draft.category)
    location = draft.location
    ticket = await tickets.create_ticket(
        session=ctx.session,
        reporter_id=reporter.id,
        kind=draft.kind.value,
        category=draft.category.value,
        urgency=draft.urgency.value,
        original_text=draft.text,
        team_code=team.code,
        now=ctx.now,
        location_text=location.text if location else None,
        building=location.building if location else None,
        floor=location.floor if location else None,
        room=location.room if location else None,
        anonymous=draft.anonymous,
        evidence="、".join(draft.evidence),
    )
    await events.append_event(
        session=ctx.session,
        ticket_id=ticket.id,
        action="create",
        to_status=TicketStatus.NEW,
        actor_id=reporter.id,
        now=ctx.now,
    )
    for photo in draft.photos:
        await attachments.add_attachment(
            session=ctx.session,
            ticket_id=ticket.id,
            channel=reporter.channel,
            file_id=photo,
            now=ctx.now,
        )
    await send_card(ctx, ticket, reporter=reporter, photos=draft.photos)
    urgent = draft.urgency == Urgency.URGENT
    receipt = texts.RECEIPT_URGENT if urgent else texts.RECEIPT
    await send(
        ctx,
        Outbound(
            address=private_address(reporter),
            text=receipt.format(
                kind=texts.KIND_NAMES[draft.kind], number=ticket.number, team=team.name
            ),
            buttons=cards.receipt_buttons(ticket.number),
        ),
    )
    if urgent:
        await alert_supervisors(ctx, ticket, reporter=reporter, team_name=team.name)
    return ticket


async def send_card(
    ctx: Context,
    ticket: Ticket,
    *,
    reporter: User,
    assignee: User | None = None,
    photos: tuple[str, ...] = (),
    edit: bool = False,
) -> None:
    """The ticket's card in the owning team's group: a new one (on filing, reassigning and
    reopening, so that fresh work appears at the bottom of the chat) or an edit of it."""
    team = await team_row(ctx.session, ticket.team_code)
    text, buttons = cards.card(
        ticket, reporter=reporter.display_name, assignee=assignee.display_name if assignee else None
    )
    key = cards.card_key(ticket)
    await send(
        ctx,
        Outbound(
            address=team_address(team),
            text=text,
            buttons=buttons,
            key=None if edit else key,
            edit_key=key if edit else None,
            photos=photos,
        ),
    )


async def alert_supervisors(
    ctx: Context, ticket: Ticket, *, reporter: User, team_name: str
) -> None:
    text = texts.URGENT_ALERT.format(
        number=ticket.number,
        category=texts.CATEGORY_NAMES[Category(ticket.category)],
        location=cards.location_text(ticket.location_text),
        text=ticket.original_text,
        team=team_name,
        evidence=ticket.evidence or "-",
    )
    for user_id in ctx.routing.supervisors:
        await send(
            ctx,
            Outbound(address=Address(channel=reporter.channel, chat_id=str(user_id)), text=text),
        )
