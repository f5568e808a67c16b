"""Bad input gets a clear, friendly answer and changes nothing."""

from sqlalchemy import func, select

from handlers import texts
from handlers.intake import MAX_REPORT_CHARS
from storage.enums import TicketStatus
from storage.models import Conversation, Ticket, TicketEvent
from tests.handlers.conftest import MAINTENANCE_CHAT, STUDENT, Chat

STRANGER = "3003"


async def _count(chat: Chat, model: type) -> int:
    return int(await chat.session.scalar(select(func.count()).select_from(model)) or 0)


async def test_an_empty_message_gets_help(chat: Chat) -> None:
    await chat.say("   ")
    assert (await chat.last_to(STUDENT)).text == texts.HELP
    assert await _count(chat, Ticket) == await _count(chat, Conversation) == 0


async def test_an_enormous_message_is_refused_politely(chat: Chat) -> None:
    await chat.say("水龙头坏了" * MAX_REPORT_CHARS)
    assert (await chat.last_to(STUDENT)).text == texts.TOO_LONG.format(limit=MAX_REPORT_CHARS)
    assert await _count(chat, Ticket) == await _count(chat, Conversation) == 0


async def test_a_sticker_is_answered_and_changes_nothing(chat: Chat) -> None:
    await chat.say("", unsupported="sticker")
    assert (await chat.last_to(STUDENT)).text == texts.UNSUPPORTED
    assert await _count(chat, Conversation) == 0


async def test_an_unknown_command_points_to_help(chat: Chat) -> None:
    await chat.say("/frobnicate")
    assert (await chat.last_to(STUDENT)).text == texts.UNKNOWN_COMMAND


async def test_confirm_pressed_twice_files_one_ticket(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.press("确认提交")
    second = await chat.press("确认提交")
    assert second.notice == texts.BUTTON_EXPIRED
    assert await _count(chat, Ticket) == 1


async def test_a_button_of_a_cancelled_draft_is_stale(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    old = await chat.last_to(STUDENT)
    await chat.say("取消")
    stale = next(b.action for row in old.buttons for b in row if b.label == "确认提交")
    result = await chat.send(chat.button(stale, user=STUDENT, chat=STUDENT))
    assert result.notice == texts.BUTTON_EXPIRED
    assert await _count(chat, Ticket) == 0


async def test_acknowledge_pressed_twice_is_refused_the_second_time(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.press("确认提交")
    await chat.press("接单", user="2001", chat=MAINTENANCE_CHAT)
    events_before = await _count(chat, TicketEvent)
    ticket = await chat.session.scalar(select(Ticket))
    assert ticket is not None
    again = await chat.send(
        chat.button(f"t:{ticket.number}:acknowledge", user="2001", chat=MAINTENANCE_CHAT)
    )
    assert again.notice == "这张工单已经被接单了，无需重复操作。"
    assert await _count(chat, TicketEvent) == events_before


async def test_a_stranger_cannot_act_on_a_card(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.press("确认提交")
    ticket = await chat.session.scalar(select(Ticket))
    assert ticket is not None
    result = await chat.send(
        chat.button(f"t:{ticket.number}:acknowledge", user=STRANGER, chat=STRANGER)
    )
    assert result.notice and "只有" in result.notice
    await chat.session.refresh(ticket)
    assert ticket.status is TicketStatus.NEW


async def test_only_the_reporter_may_rate(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.press("确认提交")
    await chat.press("接单", user="2001", chat=MAINTENANCE_CHAT)
    await chat.press("完成", user="2001", chat=MAINTENANCE_CHAT)
    ticket = await chat.session.scalar(select(Ticket))
    assert ticket is not None
    result = await chat.send(chat.button(f"t:{ticket.number}:rate:1", user=STRANGER, chat=STRANGER))
    assert result.notice and "只有报修人" in result.notice
    await chat.session.refresh(ticket)
    assert ticket.rating is None


async def test_a_button_for_a_ticket_that_no_longer_exists(chat: Chat) -> None:
    result = await chat.send(chat.button("t:999:acknowledge", user="2001", chat=MAINTENANCE_CHAT))
    assert result.notice == texts.TICKET_GONE


async def test_a_forged_button_is_answered_as_stale(chat: Chat) -> None:
    for action in ("", "x", "t:abc:acknowledge", "d:nope", "t:1:explode"):
        result = await chat.send(chat.button(action, user=STUDENT, chat=STUDENT))
        assert result.notice in (texts.BUTTON_EXPIRED, texts.TICKET_GONE)
    assert await _count(chat, Ticket) == 0


async def test_status_of_someone_elses_ticket_is_not_shown(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.press("确认提交")
    await chat.say("/status #1", user=STRANGER)
    assert (await chat.last_to(STRANGER)).text in (
        texts.NOT_YOURS,
        texts.TICKET_NOT_FOUND.format(number="1"),
    )


async def test_status_and_my_list_the_senders_tickets(chat: Chat) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.press("确认提交")
    ticket = await chat.session.scalar(select(Ticket))
    assert ticket is not None
    await chat.say("/my")
    assert f"#{ticket.number}" in (await chat.last_to(STUDENT)).text
    await chat.say(f"/status #{ticket.number}")
    assert "待接单" in (await chat.last_to(STUDENT)).text
    await chat.say("/status")
    assert (await chat.last_to(STUDENT)).text == texts.STATUS_USAGE


async def test_cancel_command_drops_the_draft(chat: Chat) -> None:
    await chat.say("/cancel")
    assert (await chat.last_to(STUDENT)).text == texts.NOTHING_TO_CANCEL
    await chat.say("灯坏了")
    await chat.say("/cancel")
    assert (await chat.last_to(STUDENT)).text == texts.DRAFT_CANCELLED
    await chat.say("二食堂的菜太咸了")
    assert "类别：餐饮" in (await chat.last_to(STUDENT)).text


async def test_control_characters_are_removed_before_anything_is_stored(chat: Chat) -> None:
    # NUL is refused by PostgreSQL in text columns; SQLite would keep it. Neither may see it.
    await chat.say("3号楼502的\x00水龙头\u202e坏了\x07")
    summary = await chat.last_to(STUDENT)
    assert "3号楼502的水龙头坏了" in summary.text
    await chat.say("确认")
    ticket = await chat.session.scalar(select(Ticket))
    assert ticket is not None and ticket.original_text == "3号楼502的水龙头坏了"
