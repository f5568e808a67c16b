"""Answers read against what the bot is waiting for: a report taken back and said again
while its summary waits, one "where?" answered for every problem of one message, and a room
code the place reader does not know, kept beside the building it was written with."""

import pytest
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


async def test_chatter_around_the_answer_to_where_is_still_the_answer(chat: Chat) -> None:
    await chat.say("厕所灯不亮了 晚上上厕所黑乎乎的")
    await chat.say("哦你是问在哪啊 实验楼二楼男厕")
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert (ticket.category, ticket.location_text) == ("electric", "实验楼2楼男厕")


async def test_a_floor_corrected_with_i_remembered_wrong(chat: Chat) -> None:
    await chat.say("逸夫楼三楼男厕的门锁坏了")
    await chat.say("不对不对 是五楼 我记错了")
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert (ticket.category, ticket.location_text) == ("furniture", "逸夫楼5楼")


async def test_an_english_correction_of_the_thing(chat: Chat) -> None:
    await chat.say("Hi, Block A room 305 the toilet flush spoil already")
    await chat.say("sorry sorry not the flush, is the door lock spoil, cannot lock from inside")
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert ticket.category == "furniture" and "Block A" in (ticket.location_text or "")


async def test_a_long_report_that_tells_how_long_it_waited_is_filed(chat: Chat) -> None:
    await chat.say(
        "您好,我是住校生的家长。孩子说她们宿舍(女生宿舍4号楼307)卫生间的淋浴热水已经两个星期"
        "都只有温的了,跟宿管阿姨说过两次,一直没见有人来看,麻烦安排师傅去看一下热水器,谢谢!"
    )
    latest = await chat.last_to(STUDENT)
    assert texts.CONFIRM in latest.button_labels()
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert "4号楼307" in (ticket.location_text or "")


async def test_the_place_of_an_urgent_ticket_given_after_another_report(chat: Chat) -> None:
    await chat.say("快来人!!有人被困电梯里了 按警铃没人应")
    await chat.say("还有 行政楼305办公室的空调一直不制冷")
    await chat.say("电梯在实验楼 东边那部")
    await chat.press("确认提交")
    tickets = await _tickets(chat)
    assert [(t.category, t.urgency, t.location_text) for t in tickets] == [
        ("elevator", "urgent", "实验楼"),
        ("hvac", "normal", "行政楼305"),
    ]


async def test_the_place_of_a_report_waiting_behind_another(chat: Chat) -> None:
    await chat.say("水龙头一直滴水 关不紧 一晚上滴滴答答的")
    await chat.say("哦对了 图书馆三楼有一排灯也不亮")
    await chat.say("水龙头是在6号楼宿舍214")
    latest = await chat.last_to(STUDENT)
    assert "地点：6号楼" in latest.text and texts.CONFIRM in latest.button_labels()
    await chat.press("确认提交")
    await chat.press("确认提交")
    tickets = await _tickets(chat)
    assert sorted((t.category, t.location_text) for t in tickets) == [
        ("electric", "图书馆3楼"),
        ("water", "6号楼宿舍214"),
    ]


@pytest.mark.parametrize(
    ("introduced", "report", "place"),
    [
        (
            "您好，我是外语学院的李老师，现在在二号教学楼305",
            "讲台上的话筒没声音，明天上午有公开课",
            "2号教学楼305",
        ),
        # Hong Kong writes 係
        ("我係講師,我喺教學樓C座308", "部投影機冇反應,開唔到,一陣要上堂", "教学楼C座308"),
    ],
)
async def test_a_place_given_with_who_is_writing_is_kept_for_the_report(
    chat: Chat, introduced: str, report: str, place: str
) -> None:
    await chat.say(introduced)
    await chat.say(report)
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert (ticket.category, ticket.location_text) == ("teaching", place)


async def test_a_correction_is_read_from_what_is_meant(chat: Chat) -> None:
    await chat.say("C201教室的空调不出风，上课热得要命")
    await chat.say("不好意思说错了，不是空调，是天花板上的吊扇不转")
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert ticket.category == "electric" and "C201" in (ticket.location_text or "")


async def test_the_emergency_referred_back_to_gets_its_place(chat: Chat) -> None:
    await chat.say("实验室有台仪器的插头在冒烟，一股焦味！！")
    await chat.say("插头已经拔了烟没了，先说个别的，宿舍7号楼305的门锁坏了锁不上")
    await chat.press("确认提交")
    await chat.say("刚才冒烟的那个是在物理楼B座3楼的实验室")
    tickets = await _tickets(chat)
    assert len(tickets) == 2
    assert tickets[0].urgency == "urgent" and "物理楼B座3楼" in (tickets[0].location_text or "")


async def test_a_room_of_no_building_is_asked_which_building(chat: Chat) -> None:
    await chat.say("救命呀宿舍沖涼房啲水喉爆咗，水一路噴，成間房水浸晒")
    [ticket] = await _tickets(chat)
    assert ticket.urgency == "urgent"
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION_URGENT
    await chat.say("第三座12樓1203")
    [ticket] = await _tickets(chat)
    assert "1203" in (ticket.location_text or "")


async def test_a_fault_asked_after_with_nothing_filed_is_a_report(chat: Chat) -> None:
    await chat.say("空调坏一礼拜了,热得睡不着,咋还没人管呢")
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION
    await chat.say("15号楼523")
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert (ticket.category, ticket.location_text) == ("hvac", "15号楼523")


async def test_a_room_set_after_a_comma_is_in_the_building_given(chat: Chat) -> None:
    await chat.say("寝室灯泡一直闪")
    await chat.say("二十栋四楼靠楼梯那间,408")
    await chat.press("确认提交")
    [ticket] = await _tickets(chat)
    assert ticket.location_text == "20栋4楼408"
