"""Photos and files sent with a report."""

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Attachment


async def add_attachment(
    *, session: AsyncSession, ticket_id: int, channel: str, file_id: str, now: datetime
) -> Attachment:
    attachment = Attachment(ticket_id=ticket_id, channel=channel, file_id=file_id, created_at=now)
    session.add(attachment)
    await session.flush()
    return attachment


async def list_attachments(*, session: AsyncSession, ticket_id: int) -> Sequence[Attachment]:
    """In the order they were sent."""
    return (
        await session.scalars(
            select(Attachment).where(Attachment.ticket_id == ticket_id).order_by(Attachment.id)
        )
    ).all()
