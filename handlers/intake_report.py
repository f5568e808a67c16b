"""A new report arrives: make its draft (or two, when one message names two problems), file
an emergency at once, and keep whatever else was waiting, so no earlier report is lost."""

from handlers import cards, drafts, texts
from handlers.context import Context
from handlers.draft_decisions import resume, stage_of, summary_key
from handlers.drafts import Draft, Pending, State, has_place
from handlers.filing import file_ticket
from handlers.intake_places import merged
from handlers.messages import Inbound
from handlers.sending import reply
from nlp import Location, ParsedMessage, Urgency, parse
from nlp.split import split_reports
from storage.models import User


async def start_report(
    ctx: Context, inbound: Inbound, user: User, parsed: ParsedMessage, pending: Pending | None
) -> None:
    """`parsed` is a report of its own. Whatever `pending` held stays waiting behind it."""
    earlier = pending.drafts() if pending is not None else ()
    # An urgent ticket still waiting for its place keeps waiting behind the new report.
    urgent_waiting = pending.ticket_number if pending is not None else None
    remembered = pending.remembered_place(ctx.now) if pending is not None else None
    rooms_only = pending is not None and pending.place_for_rooms_only
    new = _drafts_of(parsed, inbound.photos, remembered, rooms_only=rooms_only)
    if parsed.urgency is Urgency.URGENT:
        urgent = next(draft for draft in new if draft.urgency is Urgency.URGENT)
        rest = tuple(draft for draft in new if draft is not urgent)
        await _file_urgent(ctx, inbound, user, urgent, (*earlier, *rest), urgent_waiting)
        return
    *first, current = new
    waiting = Pending(
        state=stage_of(current),
        draft=current,
        others=(*earlier, *first),
        ticket_number=urgent_waiting,
    )
    await drafts.save(ctx, inbound, user, waiting)
    if earlier:
        await reply(ctx, inbound, texts.EARLIER_KEPT)
    if first:
        await reply(ctx, inbound, texts.TWO_PROBLEMS.format(count=len(new)))
        for draft in first:
            await _show(ctx, inbound, draft)
    if current.needs_place():
        await reply(ctx, inbound, texts.ASK_LOCATION)
    else:
        await _show(ctx, inbound, current)


async def show_summary(ctx: Context, inbound: Inbound, user: User, pending: Pending) -> None:
    """Save `pending` as waiting for a yes, and show its current draft's summary."""
    assert pending.draft is not None
    await drafts.save(
        ctx, inbound, user, pending.model_copy(update={"state": State.AWAITING_CONFIRMATION})
    )
    await _show(ctx, inbound, pending.draft)


async def _show(ctx: Context, inbound: Inbound, draft: Draft) -> None:
    text, buttons = cards.summary(draft)
    await reply(ctx, inbound, text, buttons, key=summary_key(draft))


def _drafts_of(
    parsed: ParsedMessage,
    photos: tuple[str, ...],
    remembered: Location | None,
    *,
    rooms_only: bool = False,
) -> list[Draft]:
    """One draft per problem. An emergency is split off only where exactly one piece holds
    the danger on its own; else the whole message is filed as the emergency, at once."""
    pieces = split_reports(parsed.normalized)
    parses = [parse(piece) for piece in pieces] if len(pieces) > 1 else [parsed]
    if parsed.urgency is Urgency.URGENT and [p.urgency for p in parses].count(Urgency.URGENT) != 1:
        parses = [parsed]
    shared_place = parsed.place or remembered
    batch = Draft.new_token() if len(parses) > 1 else ""
    result = []
    for number, piece in enumerate(parses):
        draft = Draft.from_parse(piece, photos=photos if number == 0 else ()).model_copy(
            update={"batch": batch}
        )
        if not has_place(draft.location) and shared_place is not None:
            # A piece naming only a room ("我们405的窗户") is in the building named before.
            own = draft.location
            named = own is not None and (own.room is not None or own.floor is not None)
            if named and own:
                draft = draft.model_copy(update={"location": merged(shared_place, own)})
            elif parsed.place is not None or not rooms_only:
                draft = draft.model_copy(update={"location": shared_place})
        result.append(draft)
    return result


async def _file_urgent(
    ctx: Context,
    inbound: Inbound,
    user: User,
    draft: Draft,
    earlier: tuple[Draft, ...],
    urgent_waiting: int | None,
) -> None:
    """Danger does not wait for a confirmation: file now, ask for the place afterwards."""
    ticket = await file_ticket(ctx, reporter=user, draft=draft)
    if not has_place(draft.location):
        waiting = Pending(
            state=State.AWAITING_TICKET_LOCATION, ticket_number=ticket.number, others=earlier
        )
        await drafts.save(ctx, inbound, user, waiting)
        await reply(ctx, inbound, texts.ASK_LOCATION_URGENT)
        return
    rest = Pending(
        state=State.AWAITING_CONFIRMATION,
        others=earlier,
        ticket_number=urgent_waiting,
        place=draft.location,
        place_at=ctx.now,
        place_for_rooms_only=True,
    )
    await resume(ctx, inbound, user, rest)
