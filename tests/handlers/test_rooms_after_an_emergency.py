"""After an emergency filed with its place, the next report's room said without its building
("另外我们1015的门锁也坏了") is in that building; a report that names no place is not put there.
An answer to where an emergency is, told with a story around it, is its place."""

from sqlalchemy import select

from handlers import texts
from storage.models import Ticket
from tests.handlers.conftest import STUDENT, Chat


async def _tickets(chat: Chat) -> list[Ticket]:
    return list((await chat.session.scalars(select(Ticket).order_by(Ticket.number))).all())


async def test_our_room_after_an_emergency_is_in_its_building(chat: Chat) -> None:
    await chat.say("10栋一楼配电箱冒火花了!!还有焦味")
    await chat.say("另外我们1015的门锁也坏了,钥匙插不进去")
    assert (await chat.last_to(STUDENT)).text != texts.ASK_LOCATION
    await chat.say("确认")
    urgent, lock = await _tickets(chat)
    assert (urgent.urgency, urgent.location_text) == ("urgent", "10栋1楼")
    assert (lock.category, lock.location_text) == ("furniture", "10栋1015")


async def test_a_report_with_no_place_after_an_emergency_is_asked_where(chat: Chat) -> None:
    await chat.say("10栋一楼配电箱冒火花了!!还有焦味")
    await chat.say("还有宿舍的水龙头关不紧,一直滴水")
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION


async def test_the_emergencys_building_is_forgotten_after_a_while(chat: Chat) -> None:
    await chat.say("10栋一楼配电箱冒火花了!!还有焦味")
    chat.later(minutes=180)
    await chat.say("另外我们1015的门锁也坏了,钥匙插不进去")
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION


async def test_an_answer_opening_with_its_place_is_the_emergencys_place(chat: Chat) -> None:
    await chat.say("快来人!!这边有很重的煤气味,好像漏气了!")
    await chat.say("是一食堂,我在窗口打饭的时候闻到的,大师傅们都跑出来了")
    [ticket] = await _tickets(chat)
    assert (ticket.urgency, ticket.location_text) == ("urgent", "第一食堂")
