"""A place corrected while its summary waits: the sender corrects the part they got wrong."""

import pytest

from handlers.intake_places import merged
from nlp import Location

ROOM_IN_6 = Location(text="6号楼215", building="6号楼", floor=2, room="215")


@pytest.mark.parametrize(
    ("new", "text"),
    [
        (Location(text="8号楼", building="8号楼"), "8号楼215"),
        (Location(text="8号楼大厅", building="8号楼"), "8号楼大厅"),
        (Location(text="312", room="312", floor=3), "6号楼312"),
        (Location(text="4楼", floor=4), "6号楼4楼"),
    ],
)
def test_a_correction_replaces_only_the_part_it_names(new: Location, text: str) -> None:
    assert merged(ROOM_IN_6, new).text == text


def test_a_building_alone_corrects_a_place_without_a_room_whole() -> None:
    old = Location(text="6号楼", building="6号楼")
    assert merged(old, Location(text="8号楼", building="8号楼")).text == "8号楼"


def test_a_building_alone_keeps_the_floor_and_the_part_given_before() -> None:
    old = Location(text="3栋2楼走廊", building="3栋", floor=2)
    corrected = merged(old, Location(text="5栋", building="5栋"))
    assert (corrected.text, corrected.building, corrected.floor) == ("5栋2楼走廊", "5栋", 2)
