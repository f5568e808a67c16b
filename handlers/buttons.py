"""A pressed button: a draft's (handlers/draft_buttons.py), or a ticket's 接单 / 转派 / 完成 / 评价.

Buttons outlive their meaning — pressed twice, pressed by someone else, pressed on a draft
that was replaced or a ticket that is gone — so every press is checked against the current
state and answered with a short notice; a stale press changes nothing.
"""

from handlers import cards, drafts, texts
from handlers.context import Context, Result
from handlers.draft_buttons import on_draft_button
from handlers.drafts import Pending, State
from handlers.messages import Inbound
from handlers.sending import reply
from handlers.ticket_actions import Move, apply, decision_for, relation_of
from handlers.workflow import Action, Allowed
from storage.models import Ticket, User
from storage.repos import tickets


async def on_action(ctx: Context, inbound: Inbound, user: User) -> Result:
    action = inbound.action or ""
    match action.split(":", 2):
        case ["d", token, what]:
            return await on_draft_button(ctx, inbound, user, token, what)
        case ["t", number, what] if number.isdigit():
            return await _on_ticket(ctx, inbound, user, int(number), what)
        case _:
            return Result(notice=texts.BUTTON_EXPIRED)


async def _on_ticket(ctx: Context, inbound: Inbound, user: User, number: int, what: str) -> Result:
    ticket = await tickets.get_ticket_by_number(session=ctx.session, number=number)
    if ticket is None:
        return Result(notice=texts.TICKET_GONE)
    in_team_chat = _in_team_chat(ctx, inbound, ticket)
    if what.startswith("rate:"):
        score = what[5:]
        move = Move(Action.RATE, rating=int(score) if score.isdigit() else None)
    elif what.startswith("to:"):
        return await _ask_reassign_reason(ctx, inbound, user, ticket, what[3:], in_team_chat)
    elif what == Action.REASSIGN.value:
        return await _pick_team(ctx, inbound, user, ticket, in_team_chat)
    elif what in {
        a.value
        for a in (Action.ACKNOWLEDGE, Action.START, Action.RESOLVE, Action.CANCEL, Action.REOPEN)
    }:
        move = Move(Action(what))
    else:
        return Result(notice=texts.BUTTON_EXPIRED)
    relation = relation_of(
        ctx, actor=user, ticket=ticket, action=move.action, in_team_chat=in_team_chat
    )
    notice = await apply(ctx, ticket=ticket, actor=user, relation=relation, move=move)
    if inbound.is_private:
        await reply(ctx, inbound, notice)  # a toast vanishes; in a private chat keep the answer
    return Result(notice=notice)


def _in_team_chat(ctx: Context, inbound: Inbound, ticket: Ticket) -> bool:
    """Pressed in the group chat of the team that owns the ticket."""
    if inbound.is_private:
        return False
    try:
        return inbound.address.chat_id == str(ctx.routing.team(ticket.team_code).chat_id)
    except KeyError:
        return False


def _may_reassign(ctx: Context, user: User, ticket: Ticket, in_team_chat: bool) -> str | None:
    """The refusal, if this person may not reassign this ticket now."""
    relation = relation_of(
        ctx, actor=user, ticket=ticket, action=Action.REASSIGN, in_team_chat=in_team_chat
    )
    # The reason comes in the next message; here only who may and whether the status allows.
    probe = Move(Action.REASSIGN, reason="-")
    decision = decision_for(ctx, ticket=ticket, relation=relation, move=probe)
    return None if isinstance(decision, Allowed) else decision.reason


async def _pick_team(
    ctx: Context, inbound: Inbound, user: User, ticket: Ticket, in_team_chat: bool
) -> Result:
    refusal = _may_reassign(ctx, user, ticket, in_team_chat)
    if refusal:
        return Result(notice=refusal)
    number = ticket.number
    choices = [(t.code, t.name) for t in ctx.routing.teams if t.code != ticket.team_code]
    await reply(
        ctx, inbound, texts.PICK_TEAM.format(number=number), cards.team_picker(number, choices)
    )
    return Result()


async def _ask_reassign_reason(
    ctx: Context, inbound: Inbound, user: User, ticket: Ticket, code: str, in_team_chat: bool
) -> Result:
    refusal = _may_reassign(ctx, user, ticket, in_team_chat)
    if refusal:
        return Result(notice=refusal)
    number = ticket.number
    if not any(t.code == code for t in ctx.routing.teams):
        return Result(notice=texts.REASSIGN_BAD_TEAM)
    await drafts.save(
        ctx,
        inbound,
        user,
        Pending(state=State.AWAITING_REASSIGN_REASON, ticket_number=number, team_code=code),
    )
    team = ctx.routing.team(code)
    await reply(
        ctx,
        inbound,
        texts.ASK_REASSIGN_REASON.format(number=number, team=team.name, name=user.display_name),
    )
    return Result()


async def on_reassign_reason(
    ctx: Context, inbound: Inbound, user: User, pending: Pending
) -> Result:
    """The staff member's next message in the group is the reason for the reassignment."""
    await drafts.clear(ctx, inbound, user)
    assert pending.ticket_number is not None
    ticket = await tickets.get_ticket_by_number(session=ctx.session, number=pending.ticket_number)
    if ticket is None:
        await reply(ctx, inbound, texts.TICKET_GONE)
        return Result()
    in_team_chat = _in_team_chat(ctx, inbound, ticket)
    relation = relation_of(
        ctx, actor=user, ticket=ticket, action=Action.REASSIGN, in_team_chat=in_team_chat
    )
    move = Move(Action.REASSIGN, reason=inbound.text.strip()[:200], target_team=pending.team_code)
    notice = await apply(ctx, ticket=ticket, actor=user, relation=relation, move=move)
    await reply(ctx, inbound, notice)
    return Result(notice=notice)
