"""A room given its label a clause or two after its building belongs to that building; an
English danger word counts only where a word starts."""

import pytest

from nlp import parse
from nlp.location import find_location
from nlp.urgency.scan import Role, TermIndex


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("哦我在6号楼啊,就东区那栋,房间512,麻烦师傅快点哈", "6号楼512"),
        ("唉就西苑4栋嘛,我们寝室是四零七,快点吧求求了", "西苑4栋407"),
        ("住在南区12号楼,房间号是615", "南区12号楼615"),
    ],
)
def test_a_labelled_room_after_its_building_is_that_buildings(text: str, place: str) -> None:
    location = find_location(text)
    assert location is not None and location.text == place


def test_a_room_after_another_place_is_not_the_first_buildings() -> None:
    location = find_location("我住6号楼,今天在图书馆三楼,房间312的灯坏了")
    assert location is None or not location.text.startswith("6号楼3")


@pytest.mark.parametrize(
    "text",
    [
        "Pool area 啲 floodlight 有一半唔著, swim team 夜晚 training 睇唔到池底",
    ],
)
def test_an_english_danger_inside_a_longer_word_is_none(text: str) -> None:
    assert parse(text).urgency.value == "normal"


def test_an_english_stem_still_reads_its_longer_forms() -> None:
    assert parse("after lunch at the canteen five of us are vomiting").urgency.value == "urgent"


def test_english_terms_are_found_where_a_word_starts_and_may_run_on() -> None:
    index = TermIndex(
        [("flood", Role.TRIGGER, 0), ("vomit", Role.TRIGGER, 1), ("水浸", Role.TRIGGER, 2)]
    )
    assert index.spans("the pool floodlight") != []
    assert index.spans("no bloodflood here") == []
    assert [refs for _, _, refs in index.spans("two vomiting")] == [((Role.TRIGGER, 1),)]
    assert index.spans("地下水浸") != []
