"""A transcript harness for the handlers: say things, press buttons, read what the bot queued.

Everything goes through `handlers.dispatch.handle` on a real database (the `session`
fixture of tests/conftest.py: SQLite and PostgreSQL, rolled back after each test). What the
bot "sends" is read back from the outbox table, exactly as the sender would find it.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context, Result
from handlers.dispatch import handle, sync_routing
from handlers.messages import Address, Inbound, Outbound
from handlers.routing import Routing, load_routing
from storage.models import OutboxMessage

ROUTING_FILE = Path(__file__).resolve().parents[2] / "examples" / "routing.toml"
CHANNEL = "test"
STUDENT = "1001"
MAINTENANCE_CHAT = "-1001001"
SUPERVISOR = "900"


@pytest.fixture(scope="session")
def routing() -> Routing:
    return load_routing(ROUTING_FILE)


@dataclass
class Chat:
    session: AsyncSession
    routing: Routing
    now: datetime = field(default_factory=lambda: datetime(2026, 11, 25, 2, 0, tzinfo=UTC))
    seen: int = 0
    notices: list[str | None] = field(default_factory=list)

    def context(self) -> Context:
        return Context(session=self.session, routing=self.routing, now=self.now)

    def later(self, **delta: float) -> None:
        self.now += timedelta(**delta)

    async def send(self, inbound: Inbound) -> Result:
        result = await handle(inbound, self.context())
        self.notices.append(result.notice)
        return result

    async def say(
        self,
        text: str,
        *,
        user: str = STUDENT,
        name: str = "小明",
        chat: str | None = None,
        photos: tuple[str, ...] = (),
        unsupported: str | None = None,
    ) -> Result:
        return await self.send(
            Inbound(
                address=Address(channel=CHANNEL, chat_id=chat or user),
                user_id=user,
                user_name=name,
                is_private=chat is None or chat == user,
                text=text,
                photos=photos,
                unsupported=unsupported,
            )
        )

    async def press(
        self, label: str, *, user: str = STUDENT, name: str = "小明", chat: str | None = None
    ) -> Result:
        """Press the button labelled `label` on the latest message in `chat` that has it."""
        where = chat or user
        message = next(
            (
                m
                for m in reversed(await self.outbox())
                if m.address.chat_id == where and label in m.button_labels()
            ),
            None,
        )
        assert message is not None, f"no button {label!r} in chat {where}"
        action = next(b.action for row in message.buttons for b in row if b.label == label)
        return await self.send(self.button(action, user=user, name=name, chat=where))

    def button(self, action: str, *, user: str, name: str = "", chat: str) -> Inbound:
        return Inbound(
            address=Address(channel=CHANNEL, chat_id=chat),
            user_id=user,
            user_name=name,
            is_private=chat == user,
            action=action,
        )

    async def outbox(self) -> list[Outbound]:
        rows = (await self.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all()
        return [Outbound.model_validate(row.payload) for row in rows]

    async def new_messages(self) -> list[Outbound]:
        """What the bot queued since the last call."""
        messages = await self.outbox()
        fresh, self.seen = messages[self.seen :], len(messages)
        return fresh

    async def last_to(self, chat: str) -> Outbound:
        messages = [m for m in await self.outbox() if m.address.chat_id == chat]
        assert messages, f"nothing was sent to {chat}"
        return messages[-1]


@pytest.fixture
async def chat(session: AsyncSession, routing: Routing) -> Chat:
    conversation = Chat(session=session, routing=routing)
    await sync_routing(conversation.context(), channel=CHANNEL)
    return conversation
