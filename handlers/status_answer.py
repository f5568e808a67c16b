"""A question about an earlier report ("我报的修怎么还没人来") is answered with its state."""

from handlers import texts
from handlers.cards import location_text
from handlers.context import Context
from handlers.messages import Inbound
from handlers.sending import reply
from handlers.workflow import status_label
from nlp import Category
from storage.models import User
from storage.repos import tickets


async def answer_status(ctx: Context, inbound: Inbound, user: User) -> bool:
    """Tell the sender where their latest open ticket stands; False if they have none, so
    the message is read as the report it may then be."""
    ticket = await tickets.latest_open_ticket_for_reporter(session=ctx.session, reporter_id=user.id)
    if ticket is None:
        return False
    await reply(
        ctx,
        inbound,
        texts.STATUS_ANSWER.format(
            number=ticket.number,
            category=texts.CATEGORY_NAMES[Category(ticket.category)],
            location=location_text(ticket.location_text),
            status=status_label(ticket.status),
            team=ctx.routing.team(ticket.team_code).name,
        ),
    )
    return True
