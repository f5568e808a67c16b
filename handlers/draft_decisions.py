"""What happens to a waiting report when its sender decides: file it, drop it, or mark it an
emergency — whether they pressed the summary's button or typed "确认" / "取消". Afterwards
the dialogue comes back to whatever else is still waiting, so no report is left behind."""

from handlers import cards, drafts, texts
from handlers.cards import Buttons
from handlers.context import Context
from handlers.drafts import Draft, Pending, State
from handlers.filing import file_ticket
from handlers.messages import Inbound, Outbound
from handlers.sending import reply, send
from nlp import Urgency
from storage.models import Ticket, User


def summary_key(draft: Draft) -> str:
    return f"summary:{draft.token}"


async def edit_summary(
    ctx: Context, inbound: Inbound, draft: Draft, text: str, buttons: Buttons = ()
) -> None:
    await send(
        ctx,
        Outbound(address=inbound.address, text=text, buttons=buttons, edit_key=summary_key(draft)),
    )


async def confirm(
    ctx: Context, inbound: Inbound, user: User, pending: Pending, draft: Draft
) -> Ticket:
    ticket = await file_ticket(ctx, reporter=user, draft=draft)
    await edit_summary(ctx, inbound, draft, texts.SUBMITTED.format(number=ticket.number))
    await resume(ctx, inbound, user, pending.without(draft.token))
    return ticket


async def confirm_urgent(
    ctx: Context, inbound: Inbound, user: User, pending: Pending, draft: Draft
) -> Ticket:
    """The reporter's own 🚨: whatever the parser thought, this is filed as an emergency."""
    marked = draft.model_copy(
        update={"urgency": Urgency.URGENT, "evidence": (*draft.evidence, texts.MARKED_URGENT)}
    )
    return await confirm(ctx, inbound, user, pending, marked)


async def drop(ctx: Context, inbound: Inbound, user: User, pending: Pending, draft: Draft) -> None:
    await edit_summary(ctx, inbound, draft, texts.DRAFT_CANCELLED)
    await resume(ctx, inbound, user, pending.without(draft.token))


async def resume(ctx: Context, inbound: Inbound, user: User, pending: Pending) -> None:
    """Save what is still waiting and remind the sender of the next thing it needs."""
    if pending.draft is not None:
        await drafts.save(ctx, inbound, user, pending)
        return
    if pending.others:
        *older, latest = pending.others
        current = pending.model_copy(
            update={"state": stage_of(latest), "draft": latest, "others": tuple(older)}
        )
        await drafts.save(ctx, inbound, user, current)
        if latest.needs_place():
            await reply(ctx, inbound, texts.STILL_NEEDS_PLACE.format(text=_short(latest.text)))
        else:
            # Shown again with its buttons: the newest message's buttons are the ones people
            # press (a receipt's 撤回 among them), not those of a summary far up the chat.
            await reply(ctx, inbound, texts.STILL_WAITING.format(text=_short(latest.text)))
            text, buttons = cards.summary(latest)
            await reply(ctx, inbound, text, buttons, key=summary_key(latest))
        return
    if pending.ticket_number is not None:
        waiting = Pending(state=State.AWAITING_TICKET_LOCATION, ticket_number=pending.ticket_number)
        await drafts.save(ctx, inbound, user, waiting)
        await reply(
            ctx, inbound, texts.TICKET_STILL_NEEDS_PLACE.format(number=pending.ticket_number)
        )
        return
    if pending.place_for_rooms_only and pending.remembered_place(ctx.now) is not None:
        remembered = Pending(
            state=State.REMEMBERED_PLACE,
            place=pending.place,
            place_at=pending.place_at,
            place_for_rooms_only=True,
        )
        await drafts.save(ctx, inbound, user, remembered)
        return
    await drafts.clear(ctx, inbound, user)


def stage_of(draft: Draft) -> State:
    """The question a draft waits on: its place, or the sender's yes."""
    return State.AWAITING_LOCATION if draft.needs_place() else State.AWAITING_CONFIRMATION


def _short(text: str, limit: int = 30) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
