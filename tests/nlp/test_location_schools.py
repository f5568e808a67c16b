"""Places of primary and secondary schools: a class is the room it is taught in."""

import pytest

from nlp.location import find_location
from nlp.normalize import canonical


@pytest.mark.parametrize(
    ("message", "place"),
    [
        ("初二3班教室的吊扇一开整个都在晃", "初二3班教室"),
        ("高一(2)班的灯坏了", "高一(2)班"),
        ("三年级五班门口的饮水机不出水", "3年级5班门口"),
        ("3樓自修室有兩支光管唔著", "3楼自修室"),
        ("学生公寓B区5号楼512插线板烧化了", "学生公寓B区5号楼512"),
    ],
)
def test_school_places_are_read(message: str, place: str) -> None:
    found = find_location(canonical(message))
    assert found is not None and found.text == place and not found.vague


@pytest.mark.parametrize("message", ["班里同学都很好", "我们班主任人很好", "二班的同学"])
def test_a_class_without_its_grade_is_no_place(message: str) -> None:
    found = find_location(canonical(message))
    assert found is None or "班" not in found.text


def test_a_floor_of_some_dorm_is_kept_but_vague() -> None:
    found = find_location(canonical("宿舍5樓的插座冒火花"))
    assert found is not None and found.text == "宿舍5楼" and found.vague
