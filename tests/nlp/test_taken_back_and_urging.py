"""Two things a follow-up says that are no place: a place taken back ("不是3号楼,是5号楼" names
5号楼) and urging ("快点啊!!"), which must never become the place of a report."""

import pytest

from nlp import parse
from nlp.replies import Act, read_turn


@pytest.mark.parametrize(
    ("message", "place"),
    [
        ("不是3号楼,是5号楼", "5号楼"),
        ("哎呀打错了 不是南区7栋 是北区7栋", "北区7栋"),
        ("不是图书馆 是体育馆", "体育馆"),
        # Taken back and nothing else named: still the only place there is.
        ("不是3号楼吗", "3号楼"),
    ],
)
def test_a_place_taken_back_gives_way_to_the_one_meant(message: str, place: str) -> None:
    location = parse(message).location
    assert location is not None and location.text == place


@pytest.mark.parametrize("message", ["不是3号楼,是5号楼", "哎呀打错了 不是南区7栋 是北区7栋"])
def test_a_place_taken_back_reads_as_a_correction(message: str) -> None:
    turn = read_turn(parse(message))
    assert (turn.act, turn.correction) == (Act.PLACE, True)


@pytest.mark.parametrize(
    "message", ["快点啊!!", "快来人", "赶紧的", "救命啊", "hurry up pls", "拜托了 快点"]
)
def test_urging_says_nothing_the_dialogue_can_place(message: str) -> None:
    turn = read_turn(parse(message))
    assert turn.act is Act.NOTHING and turn.location is None
