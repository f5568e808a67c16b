"""The intake dialogue, as transcripts: what a student says, what the bot answers."""

from sqlalchemy import func, select

from handlers import texts
from storage.enums import TicketStatus
from storage.models import Attachment, Ticket
from tests.handlers.conftest import MAINTENANCE_CHAT, STUDENT, SUPERVISOR, Chat


async def _tickets(chat: Chat) -> list[Ticket]:
    return list((await chat.session.scalars(select(Ticket).order_by(Ticket.number))).all())


async def test_a_report_is_summarised_and_filed_on_confirmation(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了，一直在滴水")
    summary = await chat.last_to(STUDENT)
    assert summary.button_labels() == ["确认提交", "修改", "取消", "🚨 紧急情况"]
    assert "类别：给排水" in summary.text and "地点：3号楼502" in summary.text
    assert await _tickets(chat) == []

    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert (ticket.category, ticket.location_text, ticket.status) == (
        "water",
        "3号楼502",
        TicketStatus.NEW,
    )
    card = await chat.last_to(MAINTENANCE_CHAT)
    assert f"工单 #{ticket.number}" in card.text
    assert card.button_labels() == ["接单", "转派"]
    assert any(
        f"#{ticket.number}" in m.text and "水电维修组" in m.text for m in await chat.outbox()
    )


async def test_a_repair_with_no_place_asks_where_and_uses_the_answer(chat: Chat) -> None:
    await chat.say("宿舍的灯坏了")
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION
    await chat.say("十二栋四零八")
    summary = await chat.last_to(STUDENT)
    assert "地点：12栋408" in summary.text
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert ticket.location_text == "12栋408"
    assert ticket.building == "12栋"


async def test_an_unrecognised_place_is_kept_as_written(chat: Chat) -> None:
    await chat.say("灯坏了")
    await chat.say("我们寝室门口")
    assert "地点：我们寝室门口" in (await chat.last_to(STUDENT)).text


async def test_a_complaint_needs_no_place(chat: Chat) -> None:
    await chat.say("二食堂的菜太咸了")
    summary = await chat.last_to(STUDENT)
    assert "类型：投诉" in summary.text and "类别：餐饮" in summary.text
    assert summary.button_labels() == ["确认提交", "修改", "取消", "🚨 紧急情况"]


async def test_modify_changes_the_category(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.press("修改")
    assert (await chat.last_to(STUDENT)).button_labels() == ["修改类别", "修改地点", "返回"]
    await chat.press("修改类别")
    assert "门窗家具" in (await chat.last_to(STUDENT)).button_labels()
    await chat.press("门窗家具")
    assert "类别：门窗家具" in (await chat.last_to(STUDENT)).text
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert ticket.category == "furniture"


async def test_modify_retypes_the_place(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.press("修改")
    await chat.press("修改地点")
    assert (await chat.last_to(STUDENT)).text == texts.ASK_NEW_LOCATION
    await chat.say("B栋1203")
    assert "地点：B栋1203" in (await chat.last_to(STUDENT)).text
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert ticket.location_text == "B栋1203"


async def test_cancel_files_nothing(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.press("取消")
    assert await _tickets(chat) == []
    assert (await chat.last_to(STUDENT)).text == texts.DRAFT_CANCELLED


async def test_an_urgent_message_is_filed_at_once_and_supervisors_alerted(chat: Chat) -> None:
    await chat.say("5号楼3楼着火了，有浓烟！")
    [ticket] = await _tickets(chat)
    assert ticket.urgency == "urgent"
    assert ticket.category == "security"
    receipt = await chat.last_to(STUDENT)
    assert f"#{ticket.number}" in receipt.text and "紧急" in receipt.text
    alert = await chat.last_to(SUPERVISOR)
    assert f"#{ticket.number}" in alert.text
    card = await chat.last_to("-1001005")
    assert card.text.startswith(texts.CARD_URGENT_MARK)


async def test_an_urgent_message_with_no_place_is_filed_then_asks_where(chat: Chat) -> None:
    await chat.say("宿舍里有股烧焦的味道，插座在冒烟！")
    [ticket] = await _tickets(chat)
    assert ticket.location_text == "宿舍"  # a kind of place: which one is asked next
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION_URGENT
    await chat.say("8号楼305")
    await chat.session.refresh(ticket)
    assert ticket.location_text == "8号楼305"
    assert "8号楼305" in (await chat.last_to(MAINTENANCE_CHAT)).text


async def test_a_greeting_gets_help_not_a_ticket(chat: Chat) -> None:
    for text in ("你好", "在吗", "???", "123"):
        await chat.say(text)
        assert (await chat.last_to(STUDENT)).text == texts.HELP
    assert await _tickets(chat) == []


async def test_a_photo_joins_the_draft(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.say("", photos=("photo-1",))
    assert (await chat.last_to(STUDENT)).text == texts.PHOTO_ADDED_TO_DRAFT
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    photos = (
        await chat.session.scalars(
            select(Attachment.file_id).where(Attachment.ticket_id == ticket.id)
        )
    ).all()
    assert photos == ["photo-1"]
    assert (await chat.last_to(MAINTENANCE_CHAT)).photos == ("photo-1",)


async def test_a_photo_after_filing_joins_the_latest_open_ticket(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.press("确认提交")
    await chat.say("", photos=("photo-2",))
    [ticket] = await _tickets(chat)
    assert (await chat.last_to(STUDENT)).text == texts.PHOTO_ADDED_TO_TICKET.format(
        number=ticket.number
    )
    count = await chat.session.scalar(select(func.count()).select_from(Attachment))
    assert count == 1


async def test_a_photo_with_nothing_to_join_asks_for_words(chat: Chat) -> None:
    await chat.say("", photos=("photo-3",))
    assert (await chat.last_to(STUDENT)).text == texts.PHOTO_NOWHERE
    assert await chat.session.scalar(select(func.count()).select_from(Attachment)) == 0


async def test_a_captioned_photo_is_a_report_with_a_photo(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了", photos=("photo-4",))
    assert "照片：1 张" in (await chat.last_to(STUDENT)).text
