"""A redelivered platform update is recognised."""

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from storage.repos.updates import forget_updates_before, remember_update

NOW = datetime(2024, 9, 2, 8, 0, tzinfo=UTC)


async def test_second_delivery_of_an_update_is_recognised(session: AsyncSession) -> None:
    assert await remember_update(session=session, channel="telegram", update_id=77, now=NOW)
    assert not await remember_update(session=session, channel="telegram", update_id=77, now=NOW)
    # Ids are kept as text, so the same id given as a string is the same update.
    assert not await remember_update(session=session, channel="telegram", update_id="77", now=NOW)


async def test_same_id_on_another_channel_is_a_different_update(session: AsyncSession) -> None:
    assert await remember_update(session=session, channel="telegram", update_id=5, now=NOW)
    assert await remember_update(session=session, channel="console", update_id=5, now=NOW)


async def test_forgetting_old_updates_keeps_recent_ones(session: AsyncSession) -> None:
    await remember_update(session=session, channel="telegram", update_id=1, now=NOW)
    later = NOW + timedelta(days=2)
    await remember_update(session=session, channel="telegram", update_id=2, now=later)

    forgotten = await forget_updates_before(session=session, before=NOW + timedelta(days=1))

    assert forgotten == 1
    assert await remember_update(session=session, channel="telegram", update_id=1, now=later)
    assert not await remember_update(session=session, channel="telegram", update_id=2, now=later)
