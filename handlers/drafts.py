"""A report being put together, and the dialogue state it lives in.

The state is stored in the conversations table (one row per user per chat), never in
process memory, so a restart or a second instance continues the same dialogue.
"""

import secrets
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

from handlers.context import Context
from handlers.messages import Inbound
from nlp import Category, Kind, Location, ParsedMessage, Urgency
from storage.models import User
from storage.repos import conversations


class State(StrEnum):
    AWAITING_LOCATION = "awaiting_location"  # a repair with no place: "请问具体在哪里?"
    AWAITING_CONFIRMATION = "awaiting_confirmation"  # the summary with 确认提交 / 修改 / 取消
    AWAITING_NEW_LOCATION = "awaiting_new_location"  # 修改 → 修改地点
    AWAITING_TICKET_LOCATION = "awaiting_ticket_location"  # an urgent ticket filed with no place
    AWAITING_REASSIGN_REASON = "awaiting_reassign_reason"  # staff chose a team, reason next
    REMEMBERED_PLACE = "remembered_place"  # only a place was named: the report comes next


# A place named on its own belongs to the report that follows it, not to one written tomorrow.
PLACE_MEMORY = timedelta(hours=2)


class Draft(BaseModel):
    model_config = ConfigDict(frozen=True)

    token: str  # changes with every new draft, so a button of an older summary is stale
    text: str
    kind: Kind
    category: Category
    urgency: Urgency
    location: Location | None = None
    evidence: tuple[str, ...] = ()
    photos: tuple[str, ...] = ()
    anonymous: bool = False
    # The same for the reports one message held ("门关不上,灯也不亮了"): one answer to
    # "where?" is the place of all of them.
    batch: str = ""

    @staticmethod
    def new_token() -> str:
        return secrets.token_hex(4)

    @classmethod
    def from_parse(cls, parsed: ParsedMessage, *, photos: tuple[str, ...] = ()) -> "Draft":
        return cls(
            token=cls.new_token(),
            text=parsed.original.strip(),
            kind=parsed.kind,
            category=parsed.category,
            urgency=parsed.urgency,
            location=parsed.location,
            evidence=tuple(dict.fromkeys(parsed.urgency_evidence + parsed.category_evidence)),
            photos=photos,
            anonymous="匿名" in parsed.normalized[:10],
        )

    def needs_place(self) -> bool:
        """A repair cannot be sent to anyone without a place; other kinds can."""
        return self.kind is Kind.REPAIR and not has_place(self.location)

    def with_changes(self, **changes: Any) -> "Draft":
        """A copy with a new token, so buttons of the summary shown before are stale."""
        return Draft.model_validate({**self.model_dump(), "token": Draft.new_token(), **changes})


def has_place(location: Location | None) -> bool:
    """A place someone can be sent to: not none, and not only a kind of place (宿舍, 教室)."""
    return location is not None and not location.vague


class Pending(BaseModel):
    """A state of the dialogue and what it carries: a draft, or the ticket a reply is about.

    `draft` is the report the bot is asking about now. A second report that arrives while one
    waits does not push the first out: the first moves to `others`, its summary stays
    pressable, and the bot comes back to it once the current one is filed or dropped.
    `ticket_number`, outside AWAITING_REASSIGN_REASON, is an urgent ticket still waiting for
    its place while another report is talked through.
    """

    state: State
    draft: Draft | None = None
    ticket_number: int | None = None
    team_code: str | None = None
    others: tuple[Draft, ...] = ()
    place: Location | None = None
    place_at: datetime | None = None
    # The place of an emergency just filed: a room said next without its building ("另外我们
    # 1015的门锁也坏了") is in that building, but a report that names no place is not there.
    place_for_rooms_only: bool = False

    def drafts(self) -> tuple[Draft, ...]:
        return (*self.others, self.draft) if self.draft is not None else self.others

    def find(self, token: str) -> Draft | None:
        return next((d for d in self.drafts() if d.token == token), None)

    def without(self, token: str) -> "Pending":
        """This state with one draft gone (filed or dropped); the current one stays current."""
        others = tuple(d for d in self.others if d.token != token)
        if self.draft is not None and self.draft.token == token:
            return self.model_copy(update={"draft": None, "others": others})
        return self.model_copy(update={"others": others})

    def remembered_place(self, now: datetime) -> Location | None:
        if self.place is None or self.place_at is None:
            return None
        at = self.place_at if self.place_at.tzinfo else self.place_at.replace(tzinfo=now.tzinfo)
        return self.place if now - at <= PLACE_MEMORY else None


async def load(ctx: Context, inbound: Inbound, user: User) -> Pending | None:
    row = await conversations.get_conversation(
        session=ctx.session,
        channel=inbound.address.channel,
        chat_id=inbound.address.chat_id,
        user_id=user.id,
    )
    if row is None or not row.state:
        return None
    data: dict[str, Any] = dict(row.draft or {})
    return Pending.model_validate({**data, "state": row.state})


async def save(ctx: Context, inbound: Inbound, user: User, pending: Pending) -> None:
    await conversations.save_conversation(
        session=ctx.session,
        channel=inbound.address.channel,
        chat_id=inbound.address.chat_id,
        user_id=user.id,
        state=pending.state.value,
        draft=pending.model_dump(mode="json", exclude={"state"}),
        now=ctx.now,
    )


async def clear(ctx: Context, inbound: Inbound, user: User) -> None:
    await conversations.clear_conversation(
        session=ctx.session,
        channel=inbound.address.channel,
        chat_id=inbound.address.chat_id,
        user_id=user.id,
    )
