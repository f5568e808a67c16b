"""Apply one workflow move to a ticket: the one place where a ticket's status changes.

`workflow.decide` says whether the move is allowed; here it is applied with an optimistic
version check (two staff pressing 接单 at once: exactly one wins), written to the history,
and told to everyone concerned — the card in the team's group is updated and the reporter
hears of every status change.
"""

from dataclasses import dataclass

from handlers import cards, texts
from handlers.context import Context
from handlers.filing import send_card
from handlers.messages import Outbound
from handlers.sending import private_address, send, team_address, team_row
from handlers.workflow import (
    Action,
    Allowed,
    Decision,
    Relation,
    action_label,
    decide,
    status_label,
)
from storage.enums import Role, TicketStatus
from storage.models import Ticket, User
from storage.repos import events, tickets, users

_UNCHANGED = tickets.UNCHANGED


@dataclass(frozen=True)
class Move:
    action: Action
    reason: str | None = None
    rating: int | None = None
    target_team: str | None = None
    duplicate_of: Ticket | None = None


def relation_of(
    ctx: Context, *, actor: User, ticket: Ticket, action: Action, in_team_chat: bool
) -> Relation:
    """How the actor stands to this ticket for this move. The reporter's own moves (cancel,
    reopen, rate) go by authorship first, so a staff member can still rate their own report."""
    reporter_moves = {Action.CANCEL, Action.REOPEN, Action.RATE}
    if action in reporter_moves and actor.id == ticket.reporter_id:
        return Relation.REPORTER
    if actor.role in (Role.SUPERVISOR, Role.ADMIN) or _is_listed_supervisor(ctx, actor):
        return Relation.SUPERVISOR
    if in_team_chat or (actor.role == Role.STAFF and actor.team_code == ticket.team_code):
        return Relation.TEAM_STAFF
    if actor.id == ticket.reporter_id:
        return Relation.REPORTER
    return Relation.OTHER


def _is_listed_supervisor(ctx: Context, actor: User) -> bool:
    return actor.external_id in {str(i) for i in ctx.routing.supervisors}


def decision_for(ctx: Context, *, ticket: Ticket, relation: Relation, move: Move) -> Decision:
    """What the transition table says of this move on this ticket now."""
    return decide(
        action=move.action,
        current=ticket.status,
        relation=relation,
        resolved_at=ticket.resolved_at,
        now=ctx.now,
        reopen_days=ctx.routing.reopen_days,
        already_rated=ticket.rating is not None,
        reason=move.reason,
        duplicate_of=move.duplicate_of.number if move.duplicate_of else None,
    )


async def apply(
    ctx: Context, *, ticket: Ticket, actor: User, relation: Relation, move: Move
) -> str:
    """Apply `move` and return the sentence to show the actor (a success or a refusal)."""
    if move.action is Action.REASSIGN and not _valid_target(ctx, ticket, move.target_team):
        return texts.REASSIGN_BAD_TEAM
    if move.action is Action.RATE and (move.rating is None or not 1 <= move.rating <= 5):
        return texts.RATING_INVALID
    decision = decision_for(ctx, ticket=ticket, relation=relation, move=move)
    if not isinstance(decision, Allowed):
        return decision.reason
    previous = ticket.status
    previous_team = ticket.team_code
    staff_move = move.action in (Action.ACKNOWLEDGE, Action.START, Action.RESOLVE)
    reassign = move.action is Action.REASSIGN
    won = await tickets.change_status(
        session=ctx.session,
        ticket=ticket,
        expected_version=ticket.version,
        to_status=decision.target,
        now=ctx.now,
        assignee_id=actor.id if staff_move else None if reassign else _UNCHANGED,
        team_code=move.target_team if reassign and move.target_team else _UNCHANGED,
        duplicate_of=move.duplicate_of.id if move.duplicate_of else _UNCHANGED,
        # A reopened ticket is rated afresh once it is resolved again.
        rating=move.rating
        if move.action is Action.RATE
        else None
        if move.action is Action.REOPEN
        else _UNCHANGED,
    )
    if not won:
        return texts.RACE_LOST.format(number=ticket.number)
    await events.append_event(
        session=ctx.session,
        ticket_id=ticket.id,
        action=move.action.value,
        from_status=previous,
        to_status=decision.target,
        actor_id=actor.id,
        now=ctx.now,
        note=_note(move),
    )
    await _update_cards(ctx, ticket, move, previous_team)
    await _tell_reporter(ctx, ticket, move, actor)
    return _done(move, ticket)


def _valid_target(ctx: Context, ticket: Ticket, code: str | None) -> bool:
    return (
        code is not None
        and code != ticket.team_code
        and any(t.code == code for t in ctx.routing.teams)
    )


def _note(move: Move) -> str:
    parts = [move.reason or ""]
    if move.target_team:
        parts.append(f"→ {move.target_team}")
    if move.rating is not None:
        parts.append(f"{move.rating}分")
    return " ".join(p for p in parts if p)


async def _update_cards(ctx: Context, ticket: Ticket, move: Move, previous_team: str) -> None:
    reporter = await _user(ctx, ticket.reporter_id)
    assignee = await _user(ctx, ticket.assignee_id) if ticket.assignee_id else None
    if move.action is Action.REASSIGN:
        old_team = await team_row(ctx.session, previous_team)
        new_team = ctx.routing.team(ticket.team_code)
        await send(
            ctx,
            Outbound(
                address=team_address(old_team),
                text=texts.CARD_REASSIGNED.format(
                    number=ticket.number, team=new_team.name, reason=move.reason
                ),
                edit_key=f"card:{ticket.number}:{previous_team}",
            ),
        )
    fresh_work = move.action in (Action.REASSIGN, Action.REOPEN)
    await send_card(ctx, ticket, reporter=reporter, assignee=assignee, edit=not fresh_work)


async def _tell_reporter(ctx: Context, ticket: Ticket, move: Move, actor: User) -> None:
    if actor.id == ticket.reporter_id and move.action in (
        Action.RATE,
        Action.CANCEL,
        Action.REOPEN,
    ):
        return  # the reporter is told in the answer to their own button
    reporter = await _user(ctx, ticket.reporter_id)
    detail = _detail(ctx, ticket, move, actor)
    text = texts.STATUS_PUSH.format(
        number=ticket.number, status=status_label(ticket.status), detail=detail
    )
    buttons = cards.rating_prompt(ticket.number) if ticket.status is TicketStatus.RESOLVED else ()
    await send(ctx, Outbound(address=private_address(reporter), text=text, buttons=buttons))


def _detail(ctx: Context, ticket: Ticket, move: Move, actor: User) -> str:
    match move.action:
        case Action.ACKNOWLEDGE:
            return texts.PUSH_ACKNOWLEDGED.format(name=actor.display_name or "工作人员")
        case Action.START:
            return texts.PUSH_STARTED.format(name=actor.display_name or "工作人员")
        case Action.RESOLVE:
            return texts.PUSH_RESOLVED
        case Action.REASSIGN:
            return texts.PUSH_REASSIGNED.format(
                team=ctx.routing.team(ticket.team_code).name, reason=move.reason
            )
        case Action.REJECT:
            return texts.PUSH_REJECTED.format(reason=move.reason)
        case Action.MARK_DUPLICATE:
            assert move.duplicate_of is not None
            return texts.PUSH_DUPLICATE.format(other=move.duplicate_of.number)
        case Action.REOPEN:
            return texts.PUSH_REOPENED
        case Action.CANCEL:
            return texts.PUSH_CANCELLED
        case Action.CLOSE if move.reason:
            return texts.PUSH_CLOSED_WITH_REASON.format(reason=move.reason)
        case _:
            return texts.PUSH_CLOSED


def _done(move: Move, ticket: Ticket) -> str:
    match move.action:
        case Action.RATE:
            return texts.THANKS_FOR_RATING.format(stars="★" * (move.rating or 0))
        case Action.REOPEN:
            return texts.REOPENED_BY_REPORTER.format(number=ticket.number)
        case Action.CANCEL:
            return texts.CANCELLED_BY_REPORTER.format(number=ticket.number)
        case _:
            return texts.ACTION_DONE.format(action=action_label(move.action), number=ticket.number)


async def _user(ctx: Context, user_id: int) -> User:
    user = await users.get_user(session=ctx.session, user_id=user_id)
    assert user is not None, "tickets reference users by foreign key"
    return user
