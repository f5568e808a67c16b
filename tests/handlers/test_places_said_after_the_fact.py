"""Places said in a follow-up, read in context: a more exact place right after an emergency is
that emergency's; a place told by what is beside it corrects the summary waiting; an answer
to "where?" that asks for speed or says who told the sender is still the answer."""

from sqlalchemy import select

from handlers import texts
from storage.models import Ticket, TicketEvent
from tests.handlers.conftest import MAINTENANCE_CHAT, STUDENT, SUPERVISOR, Chat


async def _tickets(chat: Chat) -> list[Ticket]:
    return list((await chat.session.scalars(select(Ticket).order_by(Ticket.number))).all())


async def test_a_more_exact_place_after_an_emergency_is_its_place(chat: Chat) -> None:
    await chat.say("喂,飯堂後面好大陣煤氣味呀,好驚會爆炸")
    [ticket] = await _tickets(chat)
    assert (ticket.urgency, ticket.location_text) == ("urgent", "饭堂后面")
    await chat.say("二飯堂後門嗰度,近住垃圾房")
    [ticket] = await _tickets(chat)  # no second report of a rubbish room
    assert ticket.location_text == "第二饭堂后门"
    told = [m.text for m in await chat.outbox() if m.address.chat_id == SUPERVISOR]
    assert texts.URGENT_LOCATION_ADDED.format(number=ticket.number, location="第二饭堂后门") in told
    events = (await chat.session.scalars(select(TicketEvent.action))).all()
    assert "locate" in events


async def test_a_place_long_after_an_emergency_is_kept_for_the_next_report(chat: Chat) -> None:
    await chat.say("喂,飯堂後面好大陣煤氣味呀,好驚會爆炸")
    chat.later(minutes=30)
    await chat.say("二饭堂后门")
    [ticket] = await _tickets(chat)
    assert ticket.location_text == "饭堂后面"


async def test_another_place_after_an_emergency_is_not_taken_as_its_place(chat: Chat) -> None:
    await chat.say("5号楼三楼楼道里全是烟!!")
    await chat.say("我在8栋312")
    [ticket] = await _tickets(chat)
    assert ticket.location_text.startswith("5号楼")


async def test_a_place_told_by_a_thing_beside_it_corrects_the_summary(chat: Chat) -> None:
    await chat.say("Hi, the wifi in our hostel keep disconnect one leh, whole floor cannot use")
    await chat.say("学生公寓B座 5楼 lah, near the lift there")
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert (ticket.category, ticket.location_text) == ("network", "学生公寓B座5楼")


async def test_an_answer_to_where_that_asks_for_speed_is_the_answer(chat: Chat) -> None:
    await chat.say("孩子说她们宿舍卫生间的热水一直不热,已经一个星期了,麻烦你们派人看看")
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION
    await chat.say("孩子跟我说是紫荆园11栋406,您看看能不能尽快安排")
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert (ticket.category, ticket.location_text) == ("water", "紫荆园11栋406")
    assert MAINTENANCE_CHAT in {m.address.chat_id for m in await chat.outbox()}


async def test_a_status_question_with_nothing_filed_says_so_before_the_summary(chat: Chat) -> None:
    await chat.say("我尋日報咗修冷氣,點解到而家都仲未有人嚟睇?")
    said = [m.text for m in await chat.outbox() if m.address.chat_id == STUDENT]
    assert texts.NO_OPEN_TICKET_FILING_NOW in said
    assert await _tickets(chat) == []
