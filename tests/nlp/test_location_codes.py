"""`find_location` on the ways campuses outside the mainland's habits write a place.

Hong Kong and Taiwan (七座二樓, 男三舍210, 工學院EB302, 系館), English and Malay words (Hall 5,
Block 5 level 3, Blok A aras 2, LT3), room codes (A102, LS205, S2-1102, 3#405, 文A204, 3F, B1,
C-204, 12-3-301, E3-06-12), English words next to a place, and Chinese numerals inside one.
Messages go through `canonical` first, as `parse` hands them over.
"""

import pytest

from nlp.location import find_location
from nlp.normalize import canonical

# message, Location.text, building, floor, room
_HONG_KONG_AND_TAIWAN = [
    ("七座二樓冇熱水", "7座2楼", "7座", 2, None),
    ("九座1203室冷氣壞咗", "9座1203", "9座", 12, "1203"),
    ("十座三樓廁所淹水", "10座3楼厕所", "10座", 3, None),
    ("第七座二樓冇水", "第7座2楼", "第7座", 2, None),
    ("男三舍210停水", "男三舍210", "男三舍", 2, "210"),
    ("女二舍停电", "女二舍", "女二舍", None, None),
    ("女二舍三樓洗衣機壞咗", "女二舍3楼", "女二舍", 3, None),
    ("冷气插头烧起来了,男二舍108", "男二舍108", "男二舍", 1, "108"),
    ("工學院EB302投影機壞咗", "工学院EB302", "工学院", 3, "EB302"),
    ("理學院二樓廁所冇水", "理学院2楼厕所", "理学院", 2, None),
    ("教室的无线网络连不上,管理学院301", "管理学院301", "管理学院", 3, "301"),
    ("中文系302的门锁坏了", "中文系302", "中文系", 3, "302"),
    ("演講廳的咪冇聲", "演讲厅", "演讲厅", None, None),
    ("我喺7座302 冇热水", "7座302", "7座", 3, "302"),
    ("9/F 的 toilet 漏水", "9/F", None, 9, None),
    # two blocks joined, with what lies between them
    ("四座同五座中間條行人路有塊玻璃鬆咗", "4座同5座", "4座", None, None),
    ("三座和五座之间的路灯坏了", "3座和5座", "3座", None, None),
    # Taiwan's numbered canteens and a college's building by its short name
    ("二餐的阿姨人超好", "二餐", "二餐", None, None),
    ("在三餐二樓吃飯好熱", "三餐2楼", "三餐", 2, None),
    ("管院B205的燈管偏黃", "管院B205", "管院", 2, "B205"),
    ("生科院電梯困了人", "生科院", "生科院", None, None),
    # a campus named by its age
    ("新校区的路灯坏了", "新校区", "新校区", None, None),
    ("老校區圖書館漏水", "老校区图书馆", "老校区图书馆", None, None),
]

_ENGLISH_AND_MALAY = [
    ("Hall 5 no hot water", "Hall 5", "Hall 5", None, None),
    ("Hall 5 room 312 aircon leaking", "Hall 5 312", "Hall 5", 3, "312"),
    ("Block 5 level 3 toilet leaking", "Block 5 level 3 toilet", "Block 5", 3, None),
    ("block 5 的 toilet 漏水", "block 5", "block 5", None, None),
    ("Blk 23 lift broken", "Blk 23", "Blk 23", None, None),
    ("Blok A aras 2 tandas rosak", "Blok A aras 2 tandas", "Blok A", 2, None),
    ("Blk 5 #03-12 aircon leaking", "Blk 5 03-12", "Blk 5", 3, "03-12"),
    ("canteen 2 的饮水机坏了", "canteen 2", "canteen 2", None, None),
    ("the toilet on level 2 of Hall 7 is blocked", "Hall 7 level 2", "Hall 7", 2, None),
    ("Rm 1203, Block 7 aircon broken", "Block 7 1203", "Block 7", 12, "1203"),
    ("Room EB302 projector broken", "Room EB302", None, 3, "EB302"),
    ("LT3 projector broken", "LT3", "LT3", None, None),
    ("LT-7 mic no sound", "LT7", "LT7", None, None),
    # floors and the spots inside kept as written
    ("hostel Block B Level 5 的 aircon 坏了", "Block B Level 5", "Block B", 5, None),
    ("Level 3 pantry 的 kettle 冒烟", "Level 3 pantry", None, 3, None),
    ("library 2F 的 aircon 漏水", "library 2F", "library", 2, None),
    ("Block A lobby的饮水机有怪味", "Block A lobby", "Block A", None, None),
    # rooms numbered by level, lettered rooms, building codes
    ("sparks from the socket in lab 3.05", "lab 3.05", "lab 3.05", None, None),
    ("Room 3B heater not on", "Room 3B", "Room 3B", None, None),
    ("CYT 204 mic no sound", "CYT 204", "CYT", 2, "204"),
]

# A kind of place named alone in English is the place the message names, but a vague one.
_VAGUE_KINDS = [("my dorm is cold", "dorm"), ("the toilet at the back stinks", "toilet")]

_ROOM_CODES = [
    ("A102灯坏了", "A102", None, 1, "A102"),
    ("LS205投影仪坏了", "LS205", None, 2, "LS205"),
    ("在SA169上课没空调", "SA169", None, 1, "SA169"),
    ("S2-1102空调漏水", "S2-1102", "S2", 11, "1102"),
    ("SB-222的灯坏了", "SB-222", "SB", 2, "222"),
    ("3#405没电", "3#405", "3号楼", 4, "405"),
    ("文A204空调坏了", "文A204", "文", 2, "A204"),
    ("我在理B301上课", "理B301", "理", 3, "B301"),
    ("3F厕所堵了", "3F厕所", None, 3, None),
    ("B2层有积水", "B2层", None, -2, None),
    ("C-204的projector投不出来", "C-204", "C", 2, "204"),
    ("12-3-301漏水", "12-3-301", "12号楼3单元", 3, "301"),
    ("5栋A102没电", "5栋A102", "5栋", 1, "A102"),
    ("E3-06-12 aircon not cold", "E3-06-12", "E3", 6, "06-12"),
    ("#03-12 漏水", "#03-12", None, 3, "03-12"),
    ("2-311的门锁坏了", "2-311", "2号楼", 3, "311"),
]

# Chinese numerals inside the place are read; outside it they are left alone.
_NUMERALS = [
    ("十九栋六零八没电", "19栋608", "19栋", 6, "608"),
    ("二食堂饭菜不好", "第二食堂", "第二食堂", None, None),
    ("第一食堂二楼空调坏", "第一食堂2楼", "第一食堂", 2, None),
    ("二号楼三零二", "2号楼302", "2号楼", 3, "302"),
    ("四栋幺零三的灯坏了", "4栋103", "4栋", 1, "103"),
    ("一百零五号楼停水", "105号楼", "105号楼", None, None),
    ("两天了 三号楼五零二还没修", "3号楼502", "3号楼", 5, "502"),
]

_NO_PLACE = [
    "RTX4090 显卡坏了",
    "GTX1060驱动装不上",
    "LTE信号不好",
    "4G LTE 3 bars",
    "the drain is blocked",
    "the hall is noisy",
    "noise level 3 is too high",
    "2023-11-05报的修",
    "电话0755-12345678打不通",
    "一座桥塌了",
    "三栋楼都停电了",
    "联系302的同学",
    "外国语学院今天开会",
    "维生素B1吃完了",
    "A4纸用完了",
    "7-11的饭团过期了",
    # meals counted, not a canteen numbered
    "一日三餐都要按时吃",
    "每天吃三餐",
    "早中晚三餐的价格又涨了",
    "三餐不定容易胃痛",
    "一餐多少钱",
    # a college's short name inside another word
    "主管院长说会处理",
]


def _read(message: str) -> tuple[str, str | None, int | None, str | None]:
    location = find_location(canonical(message))
    assert location is not None
    return location.text, location.building, location.floor, location.room


@pytest.mark.parametrize(("message", "text", "building", "floor", "room"), _HONG_KONG_AND_TAIWAN)
def test_hong_kong_and_taiwan_forms_are_read(
    message: str, text: str, building: str | None, floor: int | None, room: str | None
) -> None:
    assert _read(message) == (text, building, floor, room)


@pytest.mark.parametrize(("message", "text", "building", "floor", "room"), _ENGLISH_AND_MALAY)
def test_english_and_malay_addresses_are_read(
    message: str, text: str, building: str | None, floor: int | None, room: str | None
) -> None:
    assert _read(message) == (text, building, floor, room)


@pytest.mark.parametrize(("message", "text", "building", "floor", "room"), _ROOM_CODES)
def test_room_code_keeps_its_building_and_room(
    message: str, text: str, building: str | None, floor: int | None, room: str | None
) -> None:
    assert _read(message) == (text, building, floor, room)


@pytest.mark.parametrize(("message", "text", "building", "floor", "room"), _NUMERALS)
def test_chinese_numerals_inside_a_place_become_arabic(
    message: str, text: str, building: str | None, floor: int | None, room: str | None
) -> None:
    assert _read(message) == (text, building, floor, room)


@pytest.mark.parametrize(("message", "text"), _VAGUE_KINDS)
def test_a_kind_of_place_alone_is_vague(message: str, text: str) -> None:
    location = find_location(canonical(message))
    assert location is not None
    assert (location.text, location.vague) == (text, True)


@pytest.mark.parametrize("message", _NO_PLACE)
def test_code_or_count_that_names_no_place(message: str) -> None:
    assert find_location(canonical(message)) is None
