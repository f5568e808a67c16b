"""Answers read against what the bot is waiting for: a report taken back and said again
while its summary waits, one "where?" answered for every problem of one message, and a room
code the place reader does not know, kept beside the building it was written with."""

from sqlalchemy import select

from handlers import texts
from storage.models import Ticket
from tests.handlers.conftest import STUDENT, Chat


async def _tickets(chat: Chat) -> list[Ticket]:
    return list((await chat.session.scalars(select(Ticket).order_by(Ticket.number))).all())


async def test_a_report_taken_back_while_its_summary_waits_is_corrected(chat: Chat) -> None:
    await chat.say("教学楼A201的投影仪坏了")
    await chat.say("啊不是投影仪,是空调,一直在滴水")
    latest = await chat.last_to(STUDENT)
    assert "空调暖通" in latest.text and "地点：教学楼A201" in latest.text
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert (ticket.category, ticket.location_text) == ("hvac", "教学楼A201")
    assert "投影仪" in ticket.original_text and "更正" in ticket.original_text


async def test_a_new_report_that_only_mentions_no_is_not_a_correction(chat: Chat) -> None:
    await chat.say("教学楼A201的投影仪坏了")
    await chat.say("另外5号楼的空调不是很冷,麻烦看看")
    await chat.press("确认提交")
    await chat.press("确认提交")
    assert sorted(t.category for t in await _tickets(chat)) == ["hvac", "teaching"]


async def test_one_answer_to_where_places_every_problem_of_the_message(chat: Chat) -> None:
    await chat.say("门关不上,厕所的灯也不亮了")
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION
    await chat.say("13号楼620")
    await chat.press("确认提交")
    await chat.press("确认提交")
    tickets = await _tickets(chat)
    assert sorted(t.category for t in tickets) == ["electric", "furniture"]
    assert {t.location_text for t in tickets} == {"13号楼620"}


async def test_a_room_code_beside_an_english_block_is_kept(chat: Chat) -> None:
    await chat.say("hello boss, my room the fan cannot on already lah, very hot leh")
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION
    await chat.say("Block C, C-3-12")
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert ticket.location_text == "Block C C-3-12"


async def test_words_that_are_no_place_still_get_asked_where(chat: Chat) -> None:
    await chat.say("宿舍的灯坏了")
    await chat.say("嗯嗯")
    assert (await chat.last_to(STUDENT)).text == texts.STILL_ASKING_WHERE
    assert await _tickets(chat) == []
