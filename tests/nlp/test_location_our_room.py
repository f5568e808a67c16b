"""A room named as ours ("我们315的网口坏了"): a room of a building still to be named."""

import pytest

from nlp import parse


@pytest.mark.parametrize(
    ("text", "room"),
    [
        ("还有我们315的网口坏了", "315"),
        ("我们405的窗户关不上", "405"),
        ("我哋1203嘅冷气唔凍", "1203"),
    ],
)
def test_our_room_is_read_and_its_building_still_asked(text: str, room: str) -> None:
    place = parse(text).location
    assert place is not None and place.room == room and place.vague


@pytest.mark.parametrize("text", ["我们300的人都没饭吃", "咱们2023的新生宿舍太挤了", "我们300人"])
def test_a_count_or_a_year_after_us_is_no_room(text: str) -> None:
    place = parse(text).location
    assert place is None or place.room is None
