"""The tables: people, teams and tickets, then the bot's own bookkeeping.

No relationships are mapped: under asyncio a lazy load is an error waiting to happen, and the
repositories fetch what they need with explicit queries.
"""

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from storage.base import Base
from storage.columns import StrEnumString, UTCDateTime, utcnow
from storage.enums import OutboxState, Role, TicketStatus


class User(Base):
    """Someone who writes to the bot on one channel; the same person on two channels is two."""

    __tablename__ = "users"
    __table_args__ = (UniqueConstraint("channel", "external_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str] = mapped_column(String(128))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[Role] = mapped_column(StrEnumString(Role), default=Role.STUDENT)
    # The team a staff member works in; a code from the routing file (see Ticket.team_code).
    team_code: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Team(Base):
    """A team from the routing file and the group chat its tickets are posted to."""

    __tablename__ = "teams"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(32))
    chat_id: Mapped[str] = mapped_column(String(128))
    thread_id: Mapped[str | None] = mapped_column(String(128))


class Ticket(Base):
    """One report. `number` is the public #N; `version` guards against concurrent changes.

    The *_at timestamps describe the current round of work: entering NEW or REOPENED clears
    them, and the full history is in ticket_events.
    """

    __tablename__ = "tickets"
    __table_args__ = (CheckConstraint("rating BETWEEN 1 AND 5", name="rating_range"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    category: Mapped[str] = mapped_column(String(32))
    urgency: Mapped[str] = mapped_column(String(16))
    status: Mapped[TicketStatus] = mapped_column(
        StrEnumString(TicketStatus), index=True, default=TicketStatus.NEW
    )
    location_text: Mapped[str | None] = mapped_column(String(200))
    building: Mapped[str | None] = mapped_column(String(64))
    floor: Mapped[int | None] = mapped_column(Integer)
    room: Mapped[str | None] = mapped_column(String(32))
    original_text: Mapped[str] = mapped_column(Text)
    # The words that decided the category and urgency, shown on the card so staff see why.
    evidence: Mapped[str] = mapped_column(String(200), default="")
    reporter_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    # Not a foreign key on purpose: teams follow the routing file, and a ticket keeps the
    # code it was routed to even after that team is renamed or removed.
    team_code: Mapped[str] = mapped_column(String(64), index=True)
    anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    rating: Mapped[int | None] = mapped_column(Integer)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("tickets.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class TicketEvent(Base):
    """One step in a ticket's history. Rows are only ever appended."""

    __tablename__ = "ticket_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    from_status: Mapped[TicketStatus | None] = mapped_column(StrEnumString(TicketStatus))
    to_status: Mapped[TicketStatus] = mapped_column(StrEnumString(TicketStatus))
    action: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")


@event.listens_for(TicketEvent, "before_update")
@event.listens_for(TicketEvent, "before_delete")
def _refuse_rewriting_history(*_: Any) -> None:
    raise RuntimeError("ticket_events is append-only: add a new event instead")


class Attachment(Base):
    """A photo or file sent with a report, kept as the platform's file id."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(ForeignKey("tickets.id"), index=True)
    channel: Mapped[str] = mapped_column(String(32))
    file_id: Mapped[str] = mapped_column(String(256))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Conversation(Base):
    """Where one user stands in the dialogue in one chat, e.g. a draft waiting for a place.

    Kept in the database so that a restart or a second instance picks up mid-dialogue.
    `draft` is replaced as a whole: changing the dict in place is not noticed.
    """

    __tablename__ = "conversations"
    __table_args__ = (UniqueConstraint("channel", "chat_id", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    chat_id: Mapped[str] = mapped_column(String(128))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    state: Mapped[str] = mapped_column(String(32))
    draft: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class OutboxMessage(Base):
    """A message to send, written in the same transaction as the change that caused it.

    `key` names what the message shows (e.g. "card:12") so that a later edit finds the
    platform's `message_id` of the message it must edit.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_not_before", "state", "not_before"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    channel: Mapped[str] = mapped_column(String(32))
    chat_id: Mapped[str] = mapped_column(String(128))
    thread_id: Mapped[str | None] = mapped_column(String(128))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    state: Mapped[OutboxState] = mapped_column(
        StrEnumString(OutboxState), default=OutboxState.PENDING
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    not_before: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    key: Mapped[str | None] = mapped_column(String(64), index=True)
    message_id: Mapped[str | None] = mapped_column(String(128))


class ProcessedUpdate(Base):
    """A platform update already handled, so a redelivery is ignored."""

    __tablename__ = "processed_updates"

    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    update_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class Counter(Base):
    """A named sequence without gaps, e.g. the public ticket numbers."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
