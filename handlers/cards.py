"""How a draft, a ticket card and a rating prompt look: text plus buttons.

Button actions are short strings (Telegram allows 64 bytes): `d:<token>:<what>` for a draft,
`t:<number>:<what>` for a ticket. `handlers/buttons.py` reads them back.
"""

from handlers import texts
from handlers.drafts import Draft
from handlers.messages import Button
from handlers.workflow import Action, status_label
from nlp import Category, Kind, Urgency
from storage.enums import TicketStatus
from storage.models import Ticket

Buttons = tuple[tuple[Button, ...], ...]

# Staff buttons on a card, by status: what the team can do next.
_CARD_ACTIONS: dict[TicketStatus, tuple[tuple[str, Action], ...]] = {
    TicketStatus.NEW: ((texts.ACK, Action.ACKNOWLEDGE), (texts.REASSIGN, Action.REASSIGN)),
    TicketStatus.REOPENED: ((texts.ACK, Action.ACKNOWLEDGE), (texts.REASSIGN, Action.REASSIGN)),
    TicketStatus.ACKNOWLEDGED: (
        (texts.START, Action.START),
        (texts.RESOLVE, Action.RESOLVE),
        (texts.REASSIGN, Action.REASSIGN),
    ),
    TicketStatus.IN_PROGRESS: ((texts.RESOLVE, Action.RESOLVE), (texts.REASSIGN, Action.REASSIGN)),
}


def draft_action(draft: Draft, what: str) -> str:
    return f"d:{draft.token}:{what}"


def ticket_action(number: int, what: str) -> str:
    return f"t:{number}:{what}"


def location_text(location_text: str | None) -> str:
    return location_text or texts.NO_LOCATION


def summary(draft: Draft) -> tuple[str, Buttons]:
    text = texts.SUMMARY.format(
        kind=texts.KIND_NAMES[draft.kind],
        category=texts.CATEGORY_NAMES[draft.category],
        location=location_text(draft.location.text if draft.location else None),
        urgency=texts.URGENCY_NAMES[draft.urgency],
        text=draft.text,
    )
    if draft.photos:
        text += texts.SUMMARY_PHOTOS.format(count=len(draft.photos))
    buttons = (
        (
            Button(label=texts.CONFIRM, action=draft_action(draft, "ok")),
            Button(label=texts.MODIFY, action=draft_action(draft, "edit")),
            Button(label=texts.CANCEL, action=draft_action(draft, "no")),
        ),
        # A safety net that does not depend on the parser: the reporter knows the danger.
        (Button(label=texts.URGENT_BUTTON, action=draft_action(draft, "urgent")),),
    )
    return text, buttons


def modify_menu(draft: Draft) -> Buttons:
    return (
        (
            Button(label=texts.CHANGE_CATEGORY, action=draft_action(draft, "cat")),
            Button(label=texts.CHANGE_LOCATION, action=draft_action(draft, "loc")),
        ),
        (Button(label=texts.BACK, action=draft_action(draft, "back")),),
    )


def category_picker(draft: Draft) -> Buttons:
    buttons = [
        Button(label=texts.CATEGORY_NAMES[c], action=draft_action(draft, f"c:{c.value}"))
        for c in Category
    ]
    rows = tuple(tuple(buttons[i : i + 3]) for i in range(0, len(buttons), 3))
    return (*rows, (Button(label=texts.BACK, action=draft_action(draft, "back")),))


def card(ticket: Ticket, *, reporter: str, assignee: str | None) -> tuple[str, Buttons]:
    text = texts.CARD.format(
        urgent_mark=texts.CARD_URGENT_MARK if ticket.urgency == Urgency.URGENT else "",
        number=ticket.number,
        kind=texts.KIND_NAMES[Kind(ticket.kind)],
        category=texts.CATEGORY_NAMES[Category(ticket.category)],
        location=location_text(ticket.location_text),
        text=ticket.original_text,
        reporter=texts.ANONYMOUS if ticket.anonymous else reporter,
        status=status_label(ticket.status),
        assignee=texts.CARD_ASSIGNEE.format(name=assignee) if assignee else "",
    )
    if ticket.evidence:
        text += texts.CARD_EVIDENCE.format(words=ticket.evidence)
    buttons = tuple(
        Button(label=label, action=ticket_action(ticket.number, action.value))
        for label, action in _CARD_ACTIONS.get(ticket.status, ())
    )
    return text, (buttons,) if buttons else ()


def card_key(ticket: Ticket) -> str:
    """One card per ticket per team: a reassigned ticket gets a new card in the new group."""
    return f"card:{ticket.number}:{ticket.team_code}"


def receipt_buttons(number: int) -> Buttons:
    """The reporter may withdraw a ticket until someone has taken it on."""
    return ((Button(label=texts.WITHDRAW, action=ticket_action(number, Action.CANCEL.value)),),)


def rating_prompt(number: int) -> Buttons:
    stars = tuple(
        Button(label=f"{k}分", action=ticket_action(number, f"rate:{k}")) for k in range(1, 6)
    )
    return stars, (Button(label=texts.REOPEN, action=ticket_action(number, Action.REOPEN.value)),)


def team_picker(number: int, teams: list[tuple[str, str]]) -> Buttons:
    buttons = [
        Button(label=name, action=ticket_action(number, f"to:{code}")) for code, name in teams
    ]
    return tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))
