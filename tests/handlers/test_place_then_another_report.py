"""An answer to "where?" that goes on, after 而且 / 另外 / 还有个事, to another problem: the place
answers the question, and the problem is a report of its own at that place — neither is lost."""

from sqlalchemy import select

from handlers import texts
from nlp.split import place_then_report
from storage.models import Ticket
from tests.handlers.conftest import STUDENT, SUPERVISOR, Chat


async def _tickets(chat: Chat) -> list[Ticket]:
    return list((await chat.session.scalars(select(Ticket).order_by(Ticket.number))).all())


async def test_a_danger_after_the_place_is_filed_there_and_the_first_report_gets_it(
    chat: Chat,
) -> None:
    await chat.say("空调不制冷了")
    assert (await chat.last_to(STUDENT)).text == texts.ASK_LOCATION
    await chat.say("5号楼203,而且空调旁边那个插座刚才冒火花了")
    [sparks] = await _tickets(chat)  # filed at once, at the place just given
    assert (sparks.urgency, sparks.category, sparks.location_text) == (
        "urgent",
        "electric",
        "5号楼203",
    )
    assert f"#{sparks.number}" in (await chat.last_to(SUPERVISOR)).text
    await chat.press("确认提交")  # the air conditioner's summary, with its place
    tickets = await _tickets(chat)
    assert [(t.category, t.urgency, t.location_text) for t in tickets] == [
        ("electric", "urgent", "5号楼203"),
        ("hvac", "normal", "5号楼203"),
    ]


async def test_an_urgent_tickets_place_then_another_fault_with_its_own_place(chat: Chat) -> None:
    await chat.say("电梯停在半路不动了,里面有个老师出不来!")
    [lift] = await _tickets(chat)
    assert lift.location_text is None
    await chat.say("8号楼。另外8号楼一楼大厅的灯也坏了好几盏")
    await chat.session.refresh(lift)
    assert lift.location_text == "8号楼"
    await chat.press("确认提交")
    lights = (await _tickets(chat))[-1]
    assert (lights.category, lights.urgency, lights.location_text) == (
        "electric",
        "normal",
        "8号楼1楼大厅",
    )


def test_only_a_place_alone_before_the_connective_is_split_off() -> None:
    split = place_then_report("实验楼3楼,还有个事,楼道里着火了")
    assert split is not None and (split[0], split[1].text, split[2]) == (
        "实验楼3楼",
        "实验楼3楼",
        "楼道里着火了",
    )
    split = place_then_report("8號樓。另外大廳的燈也壞了好幾盞")
    assert split is not None and (split[0], split[1].text, split[2]) == (
        "8號樓",
        "8号楼",
        "大廳的燈也壞了好幾盞",
    )
    # Nothing wrong after the connective, or a report before it: one message, as before.
    assert place_then_report("是图书馆,另外谢谢你们") is None
    assert place_then_report("8号楼312,还有人在里面") is None
    assert place_then_report("宿舍空调坏了,还有楼道的灯也不亮") is None
