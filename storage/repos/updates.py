"""Platform updates already handled, so that a redelivered one is handled once."""

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ProcessedUpdate
from storage.repos._dialect import insert_for


async def remember_update(
    *, session: AsyncSession, channel: str, update_id: str | int, now: datetime
) -> bool:
    """Record the update; False if it was recorded before (then skip handling it).

    Call it in the handling transaction: if handling fails and rolls back, the update is
    forgotten too and its redelivery is handled. A concurrent instance recording the same
    update waits for this transaction and then gets False.
    """
    statement = (
        insert_for(session, ProcessedUpdate)
        .values(channel=channel, update_id=str(update_id), seen_at=now)
        .on_conflict_do_nothing(index_elements=["channel", "update_id"])
        .returning(ProcessedUpdate.update_id)
    )
    return (await session.execute(statement)).first() is not None


async def forget_updates_before(*, session: AsyncSession, before: datetime) -> int:
    """Delete records older than any redelivery can be; returns how many went."""
    result = await session.execute(
        delete(ProcessedUpdate)
        .where(ProcessedUpdate.seen_at < before)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0))
