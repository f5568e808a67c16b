"""Slash commands: /start /help /my /status #N /cancel, and the supervisors' /reject
/close /dup. A Telegram group appends the bot's name (/my@houqin_bot); it is ignored."""

import re

from handlers import drafts, texts
from handlers.cards import location_text
from handlers.context import Context, Result
from handlers.messages import Inbound
from handlers.sending import reply
from handlers.ticket_actions import Move, apply, relation_of
from handlers.workflow import Action, Relation, status_label
from nlp import Category, Kind
from storage.models import Ticket, User
from storage.repos import tickets

_NUMBER = re.compile(r"#?(\d{1,9})")


async def on_command(ctx: Context, inbound: Inbound, user: User) -> Result:
    head, _, rest = inbound.text.strip().partition(" ")
    name = head.split("@", 1)[0].lower()
    rest = rest.strip()
    match name:
        case "/start" | "/help":
            await reply(ctx, inbound, texts.HELP if inbound.is_private else texts.GROUP_HELP)
        case "/my":
            await _my(ctx, inbound, user)
        case "/status":
            await _status(ctx, inbound, user, rest)
        case "/cancel" if rest:
            await _withdraw(ctx, inbound, user, rest)
        case "/cancel":
            pending = await drafts.load(ctx, inbound, user)
            await drafts.clear(ctx, inbound, user)
            await reply(ctx, inbound, texts.DRAFT_CANCELLED if pending else texts.NOTHING_TO_CANCEL)
        case "/reject" | "/close":
            await _supervise(
                ctx, inbound, user, Action.REJECT if name == "/reject" else Action.CLOSE, rest
            )
        case "/dup":
            await _mark_duplicate(ctx, inbound, user, rest)
        case _:
            await reply(ctx, inbound, texts.UNKNOWN_COMMAND)
    return Result()


async def _my(ctx: Context, inbound: Inbound, user: User) -> None:
    mine = await tickets.list_tickets_for_reporter(
        session=ctx.session, reporter_id=user.id, limit=10
    )
    if not mine:
        await reply(ctx, inbound, texts.MY_TICKETS_EMPTY)
        return
    lines = [texts.MY_TICKETS_HEADER]
    lines += [
        texts.MY_TICKET_LINE.format(
            number=t.number,
            category=texts.CATEGORY_NAMES[Category(t.category)],
            location=location_text(t.location_text),
            status=status_label(t.status),
        )
        for t in mine
    ]
    await reply(ctx, inbound, "\n".join(lines))


async def _ticket_from(ctx: Context, inbound: Inbound, argument: str, usage: str) -> Ticket | None:
    match = _NUMBER.match(argument)
    if match is None:
        await reply(ctx, inbound, usage)
        return None
    ticket = await tickets.get_ticket_by_number(session=ctx.session, number=int(match.group(1)))
    if ticket is None:
        await reply(ctx, inbound, texts.TICKET_NOT_FOUND.format(number=match.group(1)))
    return ticket


async def _status(ctx: Context, inbound: Inbound, user: User, argument: str) -> None:
    ticket = await _ticket_from(ctx, inbound, argument, texts.STATUS_USAGE)
    if ticket is None:
        return
    relation = relation_of(ctx, actor=user, ticket=ticket, action=Action.CANCEL, in_team_chat=False)
    if relation is Relation.OTHER:
        await reply(ctx, inbound, texts.NOT_YOURS)
        return
    created = ticket.created_at.astimezone(ctx.routing.timezone)
    await reply(
        ctx,
        inbound,
        texts.STATUS_LINE.format(
            number=ticket.number,
            kind=texts.KIND_NAMES[Kind(ticket.kind)],
            category=texts.CATEGORY_NAMES[Category(ticket.category)],
            location=location_text(ticket.location_text),
            status=status_label(ticket.status),
            created=created.strftime("%Y-%m-%d %H:%M"),
        ),
    )


async def _withdraw(ctx: Context, inbound: Inbound, user: User, argument: str) -> None:
    """`/cancel #N`: the reporter withdraws a ticket nobody has taken on yet."""
    ticket = await _ticket_from(ctx, inbound, argument, texts.WITHDRAW_USAGE)
    if ticket is None:
        return
    relation = relation_of(ctx, actor=user, ticket=ticket, action=Action.CANCEL, in_team_chat=False)
    move = Move(Action.CANCEL)
    await reply(
        ctx, inbound, await apply(ctx, ticket=ticket, actor=user, relation=relation, move=move)
    )


async def _supervise(
    ctx: Context, inbound: Inbound, user: User, action: Action, argument: str
) -> None:
    number, _, reason = argument.partition(" ")
    ticket = await _ticket_from(ctx, inbound, number, texts.SUPERVISE_USAGE)
    if ticket is None:
        return
    relation = relation_of(ctx, actor=user, ticket=ticket, action=action, in_team_chat=False)
    move = Move(action, reason=reason.strip()[:200] or None)
    await reply(
        ctx, inbound, await apply(ctx, ticket=ticket, actor=user, relation=relation, move=move)
    )


async def _mark_duplicate(ctx: Context, inbound: Inbound, user: User, argument: str) -> None:
    numbers = _NUMBER.findall(argument)
    if len(numbers) != 2 or numbers[0] == numbers[1]:
        await reply(ctx, inbound, texts.DUP_USAGE)
        return
    ticket = await _ticket_from(ctx, inbound, numbers[0], texts.DUP_USAGE)
    original = await _ticket_from(ctx, inbound, numbers[1], texts.DUP_USAGE)
    if ticket is None or original is None:
        return
    relation = relation_of(
        ctx, actor=user, ticket=ticket, action=Action.MARK_DUPLICATE, in_team_chat=False
    )
    move = Move(Action.MARK_DUPLICATE, duplicate_of=original)
    await reply(
        ctx, inbound, await apply(ctx, ticket=ticket, actor=user, relation=relation, move=move)
    )
