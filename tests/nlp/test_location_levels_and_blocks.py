"""`find_location` on the floors and blocks written the Hong Kong way, and on places a message
names away from each other.

Hong Kong numbers its blocks (九座) and its lower floors (LG2, B1), and speaks of what happens
in a block right after its number (九座困𨋢). A floor gone up to (搬行李上五樓) is a place only
where no other is named. A room inside some building written before the building (水房…七号楼)
is that building's. Messages go through `canonical` first, as `parse` hands them over.
"""

import pytest

from nlp.location import find_location
from nlp.normalize import canonical

# message, Location.text, floor
_PLACES = [
    # A block's lower ground or basement floor right after it.
    ("八座LG1嗰度好大陣煤氣味", "8座LG1", -1),
    ("三座B2停車場水浸", "3座B2停车场", -2),
    # The basement and its level, one floor.
    ("地下室B2的排水泵不转了", "地下室B2", -2),
    # What happens in a block, right after its number.
    ("七座困𨋢成個鐘都冇人嚟", "7座", None),
    ("十座停電咗成晚", "10座", None),
    # Its shared kitchen, or when something happened in it, right after its number.
    ("十一座公共廚房個爐頭著唔到", "11座公共厨房", None),
    ("六座上星期廚房水浸", "6座厨房", None),
    # A floor gone up to, where no other place is named.
    ("麻煩幫手搬部雪櫃上六樓", "6楼", 6),
    ("宿舍的床板断了 师傅扛着新床板爬上五楼换好了", "宿舍5楼", 5),
    # A room inside some building, named before the building.
    ("洗衣房的烘干机不热 我们是5号楼三楼", "5号楼3楼洗衣房", 3),
    # Hong Kong's secondary forms are lettered.
    ("中四丙班課室部投影機冇畫面", "中四丙班课室", None),
    ("中二C班嘅窗門關唔到", "中二C班", None),
    # Clause openers reaching into a name's run: 上周 opens the clause.
    ("上周数控实训车间停电了", "数控实训车间", None),
    # The same place named again with a part of it: the part is where to go.
    ("我是家属区的住户，家属区小广场晚上太吵", "家属区小广场", None),
    ("图书馆太吵了，图书馆东门口还有人抽烟", "图书馆东门", None),
]


@pytest.mark.parametrize(("message", "text", "floor"), _PLACES)
def test_place(message: str, text: str, floor: int | None) -> None:
    location = find_location(canonical(message))
    assert location is not None
    assert location.text == text
    assert location.floor == floor


# A count of buildings, not block 1; 晚上 is no going up (a floor after it is a count as
# often as a place); 放学 opens no name (每天放学校门口 is at 学校门口).
_MISREAD = [("一座桥都冇", None), ("晚上五楼好吵", None), ("每天放学校门口都好堵", "学校门口")]


@pytest.mark.parametrize(("message", "text"), _MISREAD)
def test_not_misread(message: str, text: str | None) -> None:
    location = find_location(canonical(message))
    assert (location.text if location else None) == text


# N# is how some campuses write building N on doors and forms: the text keeps it (7#213),
# the building is named as every other one is; with 楼 written (12#楼) it reads as N号楼.
_HASH_BUILDINGS = [
    ("7#213的门锁打不开", "7#213", "7号楼", 2),
    ("兰苑4#108停水", "兰苑4#108", "兰苑4号楼", 1),
    ("12#楼4层热水器不热", "12号楼4楼", "12号楼", 4),
]


@pytest.mark.parametrize(("message", "text", "building", "floor"), _HASH_BUILDINGS)
def test_hash_building(message: str, text: str, building: str, floor: int) -> None:
    location = find_location(canonical(message))
    assert location is not None
    assert (location.text, location.building, location.floor) == (text, building, floor)
