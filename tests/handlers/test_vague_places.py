"""A kind of place named alone (宿舍, 教室) is what the sender said, but nobody can be sent to
it: the bot still asks which one, and files the answer."""

from sqlalchemy import select

from handlers import texts
from nlp import parse
from storage.models import Ticket
from tests.handlers.conftest import STUDENT, Chat


def test_the_parser_reads_the_kind_of_place_as_vague() -> None:
    parsed = parse("宿舍的灯管一闪一闪的")
    assert parsed.location is not None and parsed.location.text == "宿舍"
    assert parsed.location.vague and parsed.place is None
    assert parse("3号楼502的灯管一闪一闪的").place is not None


async def test_a_dorm_named_alone_still_asks_which_one(chat: Chat) -> None:
    await chat.say("宿舍的灯管一闪一闪的")
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION
    await chat.say("10号楼506")
    await chat.press("确认提交")
    [ticket] = (await chat.session.scalars(select(Ticket))).all()
    assert (ticket.category, ticket.location_text) == ("electric", "10号楼506")


async def test_a_kind_of_place_alone_is_not_remembered_as_the_place(chat: Chat) -> None:
    await chat.say("我在宿舍")
    await chat.say("水龙头一直滴水")
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION
