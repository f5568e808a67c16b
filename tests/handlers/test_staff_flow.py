"""From a filed ticket to a closed one: staff buttons, the reporter told at every step."""

import pytest
from sqlalchemy import select

from handlers import texts
from nlp import Category
from storage.enums import TicketStatus
from storage.models import Ticket, TicketEvent
from tests.handlers.conftest import MAINTENANCE_CHAT, STUDENT, SUPERVISOR, Chat

WANG = "2001"  # a member of the maintenance team's group
IT_CHAT = "-1001002"


async def _filed(chat: Chat, text: str = "3号楼502的水龙头坏了") -> Ticket:
    await chat.say(text)
    await chat.press("确认提交")
    ticket = await chat.session.scalar(select(Ticket).order_by(Ticket.number.desc()).limit(1))
    assert ticket is not None
    return ticket


async def _staff_press(
    chat: Chat, label: str, *, user: str = WANG, group: str = MAINTENANCE_CHAT
) -> str | None:
    return (await chat.press(label, user=user, name="王师傅", chat=group)).notice


async def test_acknowledge_start_resolve_tell_the_reporter_each_time(chat: Chat) -> None:
    ticket = await _filed(chat)
    await chat.new_messages()

    await _staff_press(chat, "接单")
    pushed = [m for m in await chat.new_messages() if m.address.chat_id == STUDENT]
    assert len(pushed) == 1 and "已接单" in pushed[0].text and "王师傅" in pushed[0].text
    card = await chat.last_to(MAINTENANCE_CHAT)
    assert card.edit_key is not None and card.button_labels() == ["开始处理", "完成", "转派"]

    await _staff_press(chat, "开始处理")
    pushed = [m for m in await chat.new_messages() if m.address.chat_id == STUDENT]
    assert len(pushed) == 1 and "处理中" in pushed[0].text

    await _staff_press(chat, "完成")
    pushed = [m for m in await chat.new_messages() if m.address.chat_id == STUDENT]
    assert len(pushed) == 1 and "已完成" in pushed[0].text
    assert pushed[0].button_labels() == ["1分", "2分", "3分", "4分", "5分", "没修好"]

    await chat.session.refresh(ticket)
    assert ticket.status is TicketStatus.RESOLVED
    assert ticket.acknowledged_at is not None and ticket.resolved_at is not None
    actions = (
        await chat.session.scalars(
            select(TicketEvent.action)
            .where(TicketEvent.ticket_id == ticket.id)
            .order_by(TicketEvent.id)
        )
    ).all()
    assert actions == ["create", "acknowledge", "start", "resolve"]


async def test_rating_keeps_the_reopen_window_open(chat: Chat) -> None:
    ticket = await _filed(chat)
    await _staff_press(chat, "接单")
    await _staff_press(chat, "完成")
    await chat.press("4分")
    await chat.session.refresh(ticket)
    assert (ticket.status, ticket.rating) == (TicketStatus.RESOLVED, 4)
    assert (await chat.last_to(STUDENT)).text == texts.THANKS_FOR_RATING.format(stars="★★★★")
    chat.later(days=1)
    await chat.press("没修好")
    await chat.session.refresh(ticket)
    assert (ticket.status, ticket.rating) == (TicketStatus.REOPENED, None)


async def test_close_tells_the_reporter_the_reason(chat: Chat) -> None:
    ticket = await _filed(chat)
    await chat.say(f"/close #{ticket.number} 已电话联系，问题已解决", user=SUPERVISOR, name="主管")
    await chat.session.refresh(ticket)
    assert ticket.status is TicketStatus.CLOSED
    told = await chat.last_to(STUDENT)
    assert f"#{ticket.number}" in told.text and "已电话联系，问题已解决" in told.text


async def test_reporter_withdraws_from_the_receipt_until_someone_acknowledges(chat: Chat) -> None:
    first = await _filed(chat)
    await chat.press("撤回")
    await chat.session.refresh(first)
    assert first.status is TicketStatus.CANCELLED
    card = await chat.last_to(MAINTENANCE_CHAT)
    assert card.edit_key == f"card:{first.number}:maintenance" and "已取消" in card.text
    second = await _filed(chat)
    await _staff_press(chat, "接单")
    await chat.say(f"/cancel #{second.number}")
    await chat.session.refresh(second)
    assert second.status is TicketStatus.ACKNOWLEDGED
    assert "无法取消" in (await chat.last_to(STUDENT)).text


async def test_cancel_command_withdraws_a_new_ticket(chat: Chat) -> None:
    ticket = await _filed(chat)
    await chat.say(f"/cancel #{ticket.number}")
    await chat.session.refresh(ticket)
    assert ticket.status is TicketStatus.CANCELLED
    assert (await chat.last_to(STUDENT)).text == texts.CANCELLED_BY_REPORTER.format(
        number=ticket.number
    )


async def test_reporter_reopens_what_was_not_fixed(chat: Chat) -> None:
    ticket = await _filed(chat)
    await _staff_press(chat, "接单")
    await _staff_press(chat, "完成")
    await chat.new_messages()
    await chat.press("没修好")
    await chat.session.refresh(ticket)
    assert ticket.status is TicketStatus.REOPENED
    fresh = await chat.new_messages()
    card = next(m for m in fresh if m.address.chat_id == MAINTENANCE_CHAT)
    assert card.edit_key is None and card.button_labels() == ["接单", "转派"]


async def test_reopen_after_the_window_is_refused(chat: Chat) -> None:
    ticket = await _filed(chat)
    await _staff_press(chat, "接单")
    await _staff_press(chat, "完成")
    chat.later(days=chat.routing.reopen_days + 1)
    notice = (await chat.press("没修好")).notice
    assert notice is not None and "无法重新打开" in notice
    await chat.session.refresh(ticket)
    assert ticket.status is TicketStatus.RESOLVED


async def test_reassign_asks_team_and_reason_then_moves_the_ticket(chat: Chat) -> None:
    ticket = await _filed(chat)
    await _staff_press(chat, "转派")
    picker = await chat.last_to(MAINTENANCE_CHAT)
    assert "网络与教学设备组" in picker.button_labels()
    await _staff_press(chat, "网络与教学设备组")
    assert "原因" in (await chat.last_to(MAINTENANCE_CHAT)).text
    await chat.new_messages()
    await chat.say("是网口的问题，不是水管", user=WANG, name="王师傅", chat=MAINTENANCE_CHAT)
    await chat.session.refresh(ticket)
    assert (ticket.team_code, ticket.status) == ("it", TicketStatus.NEW)
    fresh = await chat.new_messages()
    assert any(
        m.address.chat_id == IT_CHAT and m.button_labels() == ["接单", "转派"] for m in fresh
    )
    assert any(m.address.chat_id == MAINTENANCE_CHAT and m.edit_key for m in fresh)
    assert any(m.address.chat_id == STUDENT and "网口的问题" in m.text for m in fresh)


async def test_staff_chatter_in_the_group_gets_no_answer(chat: Chat) -> None:
    await chat.new_messages()
    await chat.say("今天谁值班?", user=WANG, chat=MAINTENANCE_CHAT)
    assert await chat.new_messages() == []


async def test_reporter_cancels_a_new_ticket(chat: Chat) -> None:
    ticket = await _filed(chat)
    await chat.send(chat.button(f"t:{ticket.number}:cancel", user=STUDENT, chat=STUDENT))
    await chat.session.refresh(ticket)
    assert ticket.status is TicketStatus.CANCELLED


async def test_supervisor_rejects_with_a_reason(chat: Chat) -> None:
    ticket = await _filed(chat)
    await chat.say(f"/reject #{ticket.number} 不属于后勤范围", user="900", name="张主管")
    await chat.session.refresh(ticket)
    assert ticket.status is TicketStatus.REJECTED
    assert "不属于后勤范围" in (await chat.last_to(STUDENT)).text


async def test_supervisor_marks_a_duplicate(chat: Chat) -> None:
    first = await _filed(chat)
    second = await _filed(chat, "3号楼502水龙头漏水")
    await chat.say(f"/dup #{second.number} #{first.number}", user="900", name="张主管")
    await chat.session.refresh(second)
    assert (second.status, second.duplicate_of) == (TicketStatus.DUPLICATE, first.id)


@pytest.mark.parametrize("category", list(Category))
async def test_every_category_reaches_its_team(chat: Chat, category: Category) -> None:
    await chat.say("3号楼502的水龙头坏了")
    await chat.press("修改")
    await chat.press("修改类别")
    await chat.press(texts.CATEGORY_NAMES[category])
    await chat.press("确认提交")
    ticket = await chat.session.scalar(select(Ticket))
    assert ticket is not None
    team = chat.routing.team_for(category)
    assert ticket.team_code == team.code
    assert (await chat.last_to(str(team.chat_id))).text.startswith(f"工单 #{ticket.number}")
