"""A thing named after "还有" is another matter, not what the water reaches; 120 inside a room
number is no call for an ambulance; "两样都报" accepts every report offered; a child's class in a
parent's introduction is no place; a room told as "我们是515" after its building is that
building's."""

import pytest

from nlp import Category, Urgency, parse
from nlp.classify.lexicon import lexicon_features
from nlp.normalize import canonical
from nlp.replies import Act, read_turn
from nlp.split import split_reports


def test_a_lamp_after_also_is_not_what_the_water_reaches() -> None:
    text = "你好,我喺宿舍B座1203,廁所個水箱一直漏水,仲有房間盞燈閃吓閃吓,好似就快壞"
    assert parse(text).urgency is Urgency.NORMAL


def test_a_box_standing_by_the_flood_still_is() -> None:
    assert parse("水管漏水了 还有人在里面洗澡 水已经流到插座那边了").urgency is Urgency.URGENT


def test_an_emergency_number_counts_only_on_its_own() -> None:
    assert lexicon_features("我在宿舍b座1203") == []
    assert f"o:{Category.SECURITY.value}" in lexicon_features("快打120")


@pytest.mark.parametrize(
    "text",
    [
        "14栋306,空调开了半天不制冷,然后宿舍网口也没信号,插上网线电脑显示未识别的网络",
        "你好,我喺宿舍B座1203,廁所個水箱一直漏水,仲有房間盞燈閃吓閃吓,好似就快壞",
    ],
)
def test_two_problems_are_two_reports(text: str) -> None:
    assert len(split_reports(canonical(text))) == 2


@pytest.mark.parametrize("text", ["好的,兩樣都報", "都报吧", "好的两个都报"])
def test_yes_to_both(text: str) -> None:
    turn = read_turn(parse(text))
    assert turn.act is Act.CONFIRM and turn.every


def test_a_parents_class_is_who_they_are() -> None:
    text = "老师您好,我是高一(3)班李想的妈妈。孩子说中午在学校食堂吃了午饭,下午就开始又吐又拉"
    location = parse(text).location
    assert location is not None and location.text == "食堂"


def test_a_room_told_as_ours_after_its_building() -> None:
    location = parse("7栋,我们是515,吵的是隔壁516").location
    assert location is not None and location.text == "7栋515"
