"""The intake dialogue: a message becomes a draft, the bot asks for what is missing, shows
what it understood, and files the ticket once the sender confirms — at once if urgent.

Every message is read in the context of the conversation (`nlp.replies.read_turn`): while
the bot waits for a place, a new report or an emergency is handled as one, never taken as
the place; "确认" or "取消" typed as text acts as the button; a place named on its own is
kept for the report that follows; a question about an earlier report is answered, not filed.
"""

from dataclasses import replace

from handlers import draft_decisions, drafts, texts
from handlers.context import Context, Result
from handlers.drafts import Draft, Pending, State
from handlers.intake_places import (
    merged,
    place_and_thank,
    refines_urgent_place,
)
from handlers.intake_report import show_summary, start_report
from handlers.intake_where import while_asking_where, while_ticket_needs_place
from handlers.messages import Inbound
from handlers.sending import reply
from handlers.status_answer import answer_status
from nlp import Location, ParsedMessage, Urgency, parse
from nlp.replies import Act, Turn, read_turn
from nlp.split import place_then_report
from storage.models import User
from storage.repos import tickets

# Telegram allows 4096 characters; a report is a few sentences. Past this we ask for a
# shorter message instead of filing a pasted document as a ticket.
MAX_REPORT_CHARS = 1000


async def on_text(ctx: Context, inbound: Inbound, user: User) -> Result:
    text = inbound.text.strip()
    if len(text) > MAX_REPORT_CHARS:
        await reply(ctx, inbound, texts.TOO_LONG.format(limit=MAX_REPORT_CHARS))
        return Result()
    pending = await drafts.load(ctx, inbound, user)
    parsed = parse(text)
    turn = read_turn(parsed)
    if turn.act is Act.STATUS:
        if await answer_status(ctx, inbound, user):
            return Result()
        if turn.problem:  # nothing of theirs is open: the fault they wait for is a report
            await reply(ctx, inbound, texts.NO_OPEN_TICKET_FILING_NOW)
            turn = replace(turn, act=Act.REPORT, substantial=True)
        else:
            await reply(ctx, inbound, texts.NO_OPEN_TICKET)
            if pending is None or pending.draft is None:
                return Result()
    state = pending.state if pending is not None else None
    halves = place_then_report(text) if state in _ASKING_WHERE else None
    if halves is not None:
        return await _answer_then_report(ctx, inbound, user, *halves)
    if pending is not None and pending.draft is not None:
        if state in (State.AWAITING_LOCATION, State.AWAITING_NEW_LOCATION):
            await while_asking_where(ctx, inbound, user, pending, pending.draft, parsed, turn)
            return Result()
        if state is State.AWAITING_CONFIRMATION:
            await _while_summary_waits(ctx, inbound, user, pending, pending.draft, parsed, turn)
            return Result()
    if pending is not None and state is State.AWAITING_TICKET_LOCATION:
        await while_ticket_needs_place(ctx, inbound, user, pending, parsed, turn)
        return Result()
    await _between_reports(ctx, inbound, user, pending, parsed, turn)
    return Result()


_ASKING_WHERE = (
    State.AWAITING_LOCATION,
    State.AWAITING_NEW_LOCATION,
    State.AWAITING_TICKET_LOCATION,
)


async def _answer_then_report(
    ctx: Context, inbound: Inbound, user: User, answer: str, place: Location, report: str
) -> Result:
    """ "5号楼203,而且空调旁边那个插座刚才冒火花了": the place answers "where?", and the problem
    after it is a report of its own, at that place unless it names another."""
    await on_text(ctx, inbound.model_copy(update={"text": answer, "photos": ()}), user)
    after = await drafts.load(ctx, inbound, user) or Pending(state=State.REMEMBERED_PLACE)
    await drafts.save(
        ctx, inbound, user, after.model_copy(update={"place": place, "place_at": ctx.now})
    )
    return await on_text(ctx, inbound.model_copy(update={"text": report}), user)


async def _while_summary_waits(
    ctx: Context,
    inbound: Inbound,
    user: User,
    pending: Pending,
    draft: Draft,
    parsed: ParsedMessage,
    turn: Turn,
) -> None:
    match turn.act:
        case Act.CONFIRM | Act.CANCEL:
            await _decide_typed(ctx, inbound, user, pending, turn)
        case Act.PLACE if turn.location is not None:
            await _correct_place(ctx, inbound, user, pending, draft, turn.location)
        case Act.REPORT:
            await _report_while_summary_waits(ctx, inbound, user, pending, draft, parsed, turn)
        case Act.THANKS:
            await reply(ctx, inbound, texts.THANKS_BUT_WAITING)
        case _:
            await reply(ctx, inbound, texts.SUMMARY_WAITING)


async def _correct_place(
    ctx: Context, inbound: Inbound, user: User, pending: Pending, draft: Draft, place: Location
) -> None:
    """The waiting summary shown again with its place corrected; the old one says so."""
    corrected = draft.with_changes(location=merged(draft.location, place))
    await draft_decisions.edit_summary(ctx, inbound, draft, texts.SUMMARY_SUPERSEDED)
    await show_summary(ctx, inbound, user, pending.model_copy(update={"draft": corrected}))


async def _report_while_summary_waits(
    ctx: Context,
    inbound: Inbound,
    user: User,
    pending: Pending,
    draft: Draft,
    parsed: ParsedMessage,
    turn: Turn,
) -> None:
    """A report while a summary waits: the place of an earlier one, a correction of the one
    waiting, or a new report that waits in its turn."""
    if await _places_another(ctx, inbound, user, pending, parsed, turn):
        return
    place = parsed.place
    if place is not None and turn.describes_place and parsed.urgency is not Urgency.URGENT:
        # "学生公寓B座 5楼, near the lift there": the waiting report's place, told by a thing
        # beside it, not a report of that thing.
        await _correct_place(ctx, inbound, user, pending, draft, place)
        return
    if turn.correction and parsed.urgency is not Urgency.URGENT:
        # "啊不是投影仪,是空调": the waiting report, said again right; its place stays. What
        # it is now is read from what follows the taken-back thing (空调, not 投影仪).
        meant = parse(turn.meant)
        corrected = draft.with_changes(
            text=texts.CORRECTED_REPORT.format(before=draft.text, after=parsed.original),
            kind=meant.kind,
            category=meant.category,
            location=merged(draft.location, turn.location) if turn.location else draft.location,
            evidence=meant.category_evidence,
        )
        await draft_decisions.edit_summary(ctx, inbound, draft, texts.REPORT_SUPERSEDED)
        await show_summary(ctx, inbound, user, pending.model_copy(update={"draft": corrected}))
        return
    await start_report(ctx, inbound, user, parsed, pending)


async def _places_another(
    ctx: Context, inbound: Inbound, user: User, pending: Pending, parsed: ParsedMessage, turn: Turn
) -> bool:
    """ "电梯在实验楼东边那部", "水龙头是在6号楼214": the thing of an earlier report still without
    its place, named with a place and no new problem, is that report's answer to "where?" —
    an urgent ticket filed before its place was known, or a report waiting behind this one."""
    place = parsed.place
    if place is None:
        return False
    if (turn.problem or parsed.urgency is Urgency.URGENT) and not turn.refers_back:
        return False
    if pending.ticket_number is not None:
        ticket = await tickets.get_ticket_by_number(
            session=ctx.session, number=pending.ticket_number
        )
        if ticket is not None and (turn.refers_back or ticket.category == parsed.category.value):
            await place_and_thank(ctx, inbound, user, ticket, place)
            await drafts.save(
                ctx, inbound, user, pending.model_copy(update={"ticket_number": None})
            )
            return True
    waiting = next(
        (d for d in pending.others if d.needs_place() and d.category is parsed.category), None
    )
    if waiting is None or pending.draft is None:
        return False
    # The report the sender is talking about now comes first; the one shown waits behind it.
    others = tuple(d for d in pending.others if d.token != waiting.token)
    located = pending.model_copy(
        update={
            "draft": waiting.with_changes(location=place),
            "others": (*others, pending.draft),
        }
    )
    await show_summary(ctx, inbound, user, located)
    return True


async def _decide_typed(
    ctx: Context, inbound: Inbound, user: User, pending: Pending, turn: Turn
) -> None:
    """A yes or a no typed instead of pressed: for the latest report, the one it names
    ("厕所那个也确认"), or all of them ("两个都提交"). A yes after the reports one message was
    split into is for all of them: their summaries were shown together, and read as one."""
    chosen = _chosen(pending, turn)
    for draft in chosen:
        current = await drafts.load(ctx, inbound, user)
        if current is None or current.find(draft.token) is None:
            continue
        if turn.act is Act.CONFIRM and draft.needs_place():
            continue  # it is still asked for its place; resume() asks again
        if turn.act is Act.CONFIRM:
            await draft_decisions.confirm(ctx, inbound, user, current, draft)
        else:
            await draft_decisions.drop(ctx, inbound, user, current, draft)


def _chosen(pending: Pending, turn: Turn) -> tuple[Draft, ...]:
    if turn.every:
        return pending.drafts()
    if turn.about:
        named = tuple(d for d in pending.drafts() if turn.about in d.text)
        if named:
            return named[-1:]
    latest = pending.draft
    if latest is None:
        return ()
    if turn.act is Act.CONFIRM and latest.batch:
        return tuple(d for d in pending.drafts() if d.batch == latest.batch)
    return (latest,)


async def _between_reports(
    ctx: Context,
    inbound: Inbound,
    user: User,
    pending: Pending | None,
    parsed: ParsedMessage,
    turn: Turn,
) -> None:
    if await refines_urgent_place(ctx, inbound, user, parsed, turn):
        return
    match turn.act:
        # A bare number ("123") is a place only as the answer to "where?".
        case Act.PLACE if turn.location is not None and not turn.location.text.isdigit():
            remembered = Pending(
                state=State.REMEMBERED_PLACE, place=turn.location, place_at=ctx.now
            )
            await drafts.save(ctx, inbound, user, remembered)
            await reply(ctx, inbound, texts.PLACE_NOTED.format(location=turn.location.text))
        case Act.THANKS | Act.CONFIRM:
            await reply(ctx, inbound, texts.YOU_ARE_WELCOME)
        case Act.CANCEL:
            await reply(ctx, inbound, texts.NOTHING_TO_CANCEL)
        case Act.NOTHING | Act.STATUS:
            await reply(ctx, inbound, texts.HELP)
        case _ if parsed.is_small_talk:
            await reply(ctx, inbound, texts.HELP)
        case _:
            await start_report(ctx, inbound, user, parsed, pending)
