"""While the bot asks "where?": for a report still waiting for its place, or for an urgent
ticket filed before its place was known. The answer is read in context: a place is the answer,
a new report or a danger is a report of its own, a yes or a thanks is answered kindly."""

from handlers import draft_decisions, drafts, texts
from handlers.context import Context
from handlers.drafts import Draft, Pending, State
from handlers.intake_places import merged, place_and_thank, place_from_answer
from handlers.intake_report import show_summary, start_report
from handlers.messages import Inbound
from handlers.sending import reply
from nlp import Category, Location, ParsedMessage, Urgency
from nlp.replies import Act, Turn
from storage.models import User
from storage.repos import tickets


async def while_asking_where(
    ctx: Context,
    inbound: Inbound,
    user: User,
    pending: Pending,
    draft: Draft,
    parsed: ParsedMessage,
    turn: Turn,
) -> None:
    match turn.act:
        case Act.CANCEL:
            await draft_decisions.drop(ctx, inbound, user, pending, draft)
        case Act.CONFIRM | Act.THANKS | Act.STATUS:
            await reply(ctx, inbound, texts.STILL_ASKING_WHERE)
        case Act.NOTHING if turn.location is None:
            await reply(ctx, inbound, texts.STILL_ASKING_WHERE)
        case Act.REPORT if _another_problem(turn, parsed, draft.category, draft.urgency):
            await start_report(ctx, inbound, user, parsed, pending)
        case Act.REPORT if turn.problem and parsed.place is None:
            await reply(ctx, inbound, texts.STILL_ASKING_WHERE)  # the same problem, said again
        case _:
            # A place, or words the parser cannot place ("小卖部旁边那栋"): either way the
            # sender's answer to "where?".
            place = place_from_answer(parsed.original, turn.location)
            vague = draft.location is not None and draft.location.vague
            if vague or (pending.state is State.AWAITING_NEW_LOCATION and turn.correction):
                place = merged(draft.location, place)
            others = await _place_siblings(ctx, inbound, pending.others, draft, place)
            located = pending.model_copy(
                update={"draft": draft.with_changes(location=place), "others": others}
            )
            await show_summary(ctx, inbound, user, located)


async def _place_siblings(
    ctx: Context, inbound: Inbound, others: tuple[Draft, ...], draft: Draft, place: Location
) -> tuple[Draft, ...]:
    """The other reports of the same message that had no place get this one: the sender
    answered "where?" once for all of them. Their summaries shown before are redone later."""
    result = []
    for other in others:
        if draft.batch and other.batch == draft.batch and not drafts.has_place(other.location):
            await draft_decisions.edit_summary(ctx, inbound, other, texts.SIBLING_PLACED)
            other = other.with_changes(location=place)
        result.append(other)
    return tuple(result)


async def while_ticket_needs_place(
    ctx: Context, inbound: Inbound, user: User, pending: Pending, parsed: ParsedMessage, turn: Turn
) -> None:
    number = pending.ticket_number
    assert number is not None
    ticket = await tickets.get_ticket_by_number(session=ctx.session, number=number)
    if ticket is None:
        await reply(ctx, inbound, texts.TICKET_GONE)
        await draft_decisions.resume(
            ctx, inbound, user, pending.model_copy(update={"ticket_number": None})
        )
        return
    category, urgency = Category(ticket.category), Urgency(ticket.urgency)
    match turn.act:
        case Act.REPORT if not turn.refers_back and _another_problem(
            turn, parsed, category, urgency
        ):
            await start_report(ctx, inbound, user, parsed, pending)
        case Act.CANCEL:
            await draft_decisions.resume(
                ctx, inbound, user, pending.model_copy(update={"ticket_number": None})
            )
            await reply(ctx, inbound, texts.TICKET_PLACE_SKIPPED.format(number=number))
        case Act.CONFIRM | Act.THANKS | Act.NOTHING | Act.STATUS:
            await reply(ctx, inbound, texts.TICKET_STILL_NEEDS_PLACE.format(number=number))
        case Act.REPORT if turn.problem and parsed.place is None and not turn.refers_back:
            # The same danger said again ("烟越来越大了"): still no place to send anyone to.
            await reply(ctx, inbound, texts.TICKET_STILL_NEEDS_PLACE.format(number=number))
        case _:
            place = place_from_answer(parsed.original, turn.location)
            await place_and_thank(ctx, inbound, user, ticket, place)
            rest = pending.model_copy(update={"ticket_number": None})
            await draft_decisions.resume(ctx, inbound, user, rest)


def _another_problem(
    turn: Turn, parsed: ParsedMessage, category: Category, urgency: Urgency
) -> bool:
    """While the bot asks where, a message is a report of its own when it says that
    something (else) is wrong: a danger the waiting report did not have, or a fault of another
    team's. Naming a thing and a place ("图书馆东侧那部电梯") is the answer."""
    if not turn.problem or (parsed.place is not None and turn.describes_place):
        return False  # a place described at length ("就在图书馆后面,平时停自行车的那片空地旁边")
    newly_urgent = parsed.urgency is Urgency.URGENT and urgency is not Urgency.URGENT
    # A message of no team's ("图书馆东边那部,卡在3楼和4楼中间不动了") names no thing of its
    # own: it tells where the waiting one is.
    other_team = parsed.category is not category and parsed.category is not Category.OTHER
    return newly_urgent or other_team
