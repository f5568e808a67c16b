"""Reports that wait while another is handled: shown again with their own buttons, so the
newest buttons in the chat are never a receipt's 撤回 when the sender means 确认提交."""

from sqlalchemy import select

from handlers import texts
from storage.models import Ticket
from tests.handlers.conftest import STUDENT, Chat


async def _tickets(chat: Chat) -> list[Ticket]:
    return list((await chat.session.scalars(select(Ticket).order_by(Ticket.number))).all())


async def test_the_waiting_summary_comes_back_with_its_buttons(chat: Chat) -> None:
    await chat.say("12号楼的电梯按钮失灵了,按了没反应")
    await chat.say("还有,12号楼一楼大厅的玻璃门关不上")
    await chat.press("确认提交")
    latest = await chat.last_to(STUDENT)
    assert "12号楼的电梯按钮失灵了" in latest.text
    assert texts.CONFIRM in latest.button_labels()
    await chat.press("确认提交")
    assert sorted(t.category for t in await _tickets(chat)) == ["elevator", "furniture"]
    assert all(t.status != "cancelled" for t in await _tickets(chat))


async def test_an_emergency_and_a_normal_fault_in_one_message_make_two_tickets(
    chat: Chat,
) -> None:
    await chat.say("化学楼305实验室里有焦糊味,像是电线烧了,另外实验室门锁也坏了")
    [urgent] = await _tickets(chat)
    assert urgent.urgency == "urgent" and "门锁" not in urgent.original_text
    await chat.press("确认提交")
    lock = (await _tickets(chat))[-1]
    assert (lock.urgency, lock.category, lock.location_text) == ("normal", "furniture", "化学楼305")


async def test_a_room_number_given_with_its_label_corrects_the_place(chat: Chat) -> None:
    await chat.say("11号楼301的暖气片一点都不热")
    await chat.say("不对,房间号是310")
    assert "地点：11号楼310" in (await chat.last_to(STUDENT)).text
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert (ticket.category, ticket.location_text) == ("hvac", "11号楼310")


async def test_an_english_block_and_floor_answer_where(chat: Chat) -> None:
    await chat.say("The wifi in our lab is down again,实验室连不上网")
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION
    await chat.say("Block B 5/F")
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert (ticket.category, ticket.location_text) == ("network", "Block B 5/F")
