"""What a handler needs besides the message: the transaction, the routing and the clock."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.routing import Routing


@dataclass(frozen=True)
class Context:
    session: AsyncSession  # one transaction per handled event, opened and committed by the caller
    routing: Routing
    now: datetime  # timezone-aware UTC


@dataclass(frozen=True)
class Result:
    """What the adapter shows at once, outside the outbox: the answer to a pressed button
    (Telegram's answerCallbackQuery toast), seen only by the person who pressed it."""

    notice: str | None = None
