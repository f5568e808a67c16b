"""Places given during a conversation: the answer to "where?", a correction of a place
already given ("不对,是四楼"), and the place of an urgent ticket filed before it was known."""

from datetime import timedelta

from handlers import texts
from handlers.context import Context
from handlers.filing import send_card
from handlers.messages import Address, Inbound, Outbound
from handlers.sending import reply, send, team_address, team_row
from nlp import Location, ParsedMessage, Urgency
from nlp.normalize import canonical
from nlp.replies import Act, Turn
from storage.enums import TicketStatus
from storage.models import Ticket, User
from storage.repos import events, tickets, users

MAX_LOCATION_CHARS = 60


def place_from_answer(text: str, found: Location | None) -> Location:
    """What the sender typed as the place: the place read from it, else their own words —
    "小卖部旁边那栋" is a place to a worker on campus even if the parser knows no such name."""
    # `found` is what the parser already read from the same text; nothing to read again.
    return found or Location(text=canonical(text)[:MAX_LOCATION_CHARS])


def merged(old: Location | None, new: Location) -> Location:
    """`new` as a correction of `old`: a floor or a room alone keeps the building it is in
    ("逸夫楼3楼" corrected by "是四楼" is 逸夫楼4楼); a building alone keeps the room, for the
    sender corrects the part they got wrong ("6号楼215", "说错了,是8号楼": 8号楼215); a new
    building with more than its name replaces the whole place. The same holds for the floor
    and the part of it: "3栋2楼走廊", "不是3栋是5栋" is 5栋2楼走廊."""
    building_alone = (
        bool(new.building) and new.text == new.building and new.floor is None and not new.room
    )
    # Only the building was wrong: what followed it stays ("6号楼215", "是8号楼": 8号楼215).
    if (
        old is not None
        and old.building
        and building_alone
        and old.text.startswith(old.building)
        and len(old.text) > len(old.building)
    ):
        return Location(
            text=new.text + old.text[len(old.building) :],
            building=new.building,
            floor=old.floor,
            room=old.room,
        )
    # "宿舍412" and then "梅园10栋": the room the sender gave first is in that building.
    if (
        old is not None
        and old.room
        and new.building
        and not new.room
        and (old.building is None or building_alone)
    ):
        return Location(
            text=f"{new.text}{old.room}", building=new.building, floor=old.floor, room=old.room
        )
    if old is None or new.building is not None or old.building is None:
        return new
    if new.room is not None:
        return Location(
            text=f"{old.building}{new.room}", building=old.building, floor=new.floor, room=new.room
        )
    if new.floor is not None:
        return Location(
            text=f"{old.building}{new.floor}楼", building=old.building, floor=new.floor, room=None
        )
    return Location(text=f"{old.building}{new.text}", building=old.building)


async def place_ticket(ctx: Context, *, ticket: Ticket, location: Location, actor: User) -> None:
    """Give an urgent ticket its place: recorded in its history, shown on the team's card, and
    told to every supervisor who was alerted without it."""
    await tickets.set_location(
        session=ctx.session,
        ticket=ticket,
        location_text=location.text,
        building=location.building,
        floor=location.floor,
        room=location.room,
        now=ctx.now,
    )
    await events.append_event(
        session=ctx.session,
        ticket_id=ticket.id,
        action="locate",
        from_status=TicketStatus(ticket.status),
        to_status=TicketStatus(ticket.status),
        actor_id=actor.id,
        now=ctx.now,
        note=location.text,
    )
    await _edit_card(ctx, ticket)
    team = await team_row(ctx.session, ticket.team_code)
    added = texts.LOCATION_ADDED.format(number=ticket.number, location=location.text)
    await send(ctx, Outbound(address=team_address(team), text=added))
    if ticket.urgency == "urgent":
        for user_id in ctx.routing.supervisors:
            address = Address(channel=actor.channel, chat_id=str(user_id))
            told = texts.URGENT_LOCATION_ADDED.format(number=ticket.number, location=location.text)
            await send(ctx, Outbound(address=address, text=told))


async def _edit_card(ctx: Context, ticket: Ticket) -> None:
    reporter = await users.get_user(session=ctx.session, user_id=ticket.reporter_id)
    assignee = (
        await users.get_user(session=ctx.session, user_id=ticket.assignee_id)
        if ticket.assignee_id
        else None
    )
    assert reporter is not None, "tickets reference users by foreign key"
    await send_card(ctx, ticket, reporter=reporter, assignee=assignee, edit=True)


async def place_and_thank(
    ctx: Context, inbound: Inbound, user: User, ticket: Ticket, place: Location
) -> None:
    await place_ticket(ctx, ticket=ticket, location=place, actor=user)
    thanks = texts.LOCATION_THANKS.format(number=ticket.number, location=place.text)
    await reply(ctx, inbound, thanks)


# How long after an emergency a place said alone is still taken as its place.
URGENT_PLACE_WINDOW = timedelta(minutes=10)


async def refines_urgent_place(
    ctx: Context, inbound: Inbound, user: User, parsed: ParsedMessage, turn: Turn
) -> bool:
    """ "饭堂后面有煤气味" filed at once, then "二饭堂后门那度": a place said right after an
    emergency, with no problem of its own, is where to send people for that emergency, when it
    is the same place said more exactly (or the emergency's place was too vague to go to)."""
    place = parsed.place
    if place is None or turn.problem or parsed.urgency is Urgency.URGENT:
        return False
    if turn.act not in (Act.PLACE, Act.REPORT):
        return False
    ticket = await tickets.latest_open_ticket_for_reporter(session=ctx.session, reporter_id=user.id)
    if ticket is None or ticket.urgency != Urgency.URGENT.value:
        return False
    if ctx.now - ticket.created_at > URGENT_PLACE_WINDOW:
        return False
    before = ticket.location_text or ""
    if before == place.text or not _same_place_more_exactly(before, place.text):
        return False
    await place_and_thank(ctx, inbound, user, ticket, place)
    return True


def _same_place_more_exactly(before: str, after: str) -> bool:
    """No place before, or the new one shares a word of it (饭堂后面, 二饭堂后门) and says more."""
    if not before:
        return True
    pairs = {before[i : i + 2] for i in range(len(before) - 1)}
    return len(after) >= len(before) and any(pair in after for pair in pairs)
