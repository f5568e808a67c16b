"""Places as schools in Hong Kong, Malaysia and the mainland write them, read whole: lettered
blocks (E21, S3 1108), a teaching building shortened to 教 (教5-301, 教三204), a Malay room
word with a short number (Blok C bilik 12), and canteens and kindergarten classes kept as names
(第二食堂 for 二食堂, 小二班). Each shape has the near misses it must not read."""

import pytest

from nlp.location import find_location
from nlp.normalize import canonical


def _place(message: str) -> str | None:
    found = find_location(canonical(message))
    return found.text if found else None


@pytest.mark.parametrize(
    ("message", "place"),
    [
        ("E21大樓部升降機突然停咗", "E21"),
        ("S3 1108房張床板斷咗一條", "S3 1108"),
        ("W12三樓嘅茶水間好大陣煤氣味", "W12 3楼茶水间"),
        ("N8後樓梯嗰度道走火門俾人鎖住咗", "N8后楼梯"),
        ("琴日E6條水喉爆咗", "E6"),
        ("S1宿舍305房冷氣滴水", "S1宿舍305"),
        ("B1停车场漏水", "B1停车场"),
        ("教5-301靠马路那扇窗的玻璃裂了", "教5-301"),
        ("教三204讲台下面的插线板烫手", "教3 204"),
        ("门关不上了在教四的203", "教4 203"),
        ("教3二楼的厕所永远是臭的", "教3 2楼厕所"),
        ("Blok C bilik 12 的aircon坏了", "Blok C bilik 12"),
        ("Block C room 5 light broken", "Block C room 5"),
        ("二食堂的菜太咸了", "第二食堂"),
        ("2食堂的菜太咸了", "2食堂"),
        ("三食堂二楼的餐盘没洗干净", "第三食堂2楼"),
        ("小二班教室的窗户玻璃碎了", "小二班教室"),
        ("八座隔離房啲人日日玩到三四點", "8座"),
        ("多謝師傅琴晚喺二座搞到十一點", "2座"),
        ("我是11栋宿管 一楼水房的水管在渗水", "11栋1楼水房"),
        ("不是3号楼,是5号楼", "5号楼"),
        ("女二舍4樓浴室的燈壞了", "女二舍4楼浴室"),
        ("7舍4楼浴室的灯坏了", "7舍4楼浴室"),
        ("实训楼二号车间那台配电柜在冒烟", "实训楼二号车间"),
        ("多謝校工叔叔尋日幫中二甲班搬書枱", "中二甲班"),
        ("熱到想死,6B 課室啲冷氣又唔凍", "6B课室"),
        ("课室 5B 的 smart board 触控不准", "5B"),
        ("CYM 三樓樓梯有個同學跌低", "CYM3楼楼梯"),
        ("CYT 2樓廁所冇廁紙", "CYT2楼厕所"),
        ("上星期 Y 座實驗室有化學品打瀉咗", "Y座实验室"),
    ],
)
def test_the_place_is_read_whole(message: str, place: str) -> None:
    assert _place(message) == place


@pytest.mark.parametrize(
    "message",
    [
        "我买了A4纸",
        "M2芯片坏了",
        "C3部门的电话打不通",
        "请教三楼的老师",
        "教一下我怎么报修",
        "住在一座大山里",
        "6B铅笔不见了",
        "高中二甲班",
    ],
)
def test_near_misses_name_no_place(message: str) -> None:
    assert _place(message) is None


def test_a_short_number_after_a_room_word_needs_the_number() -> None:
    assert _place("Block C room for 2") == "Block C"


@pytest.mark.parametrize("message", ["ATM 二楼坏了", "WIFI 三楼没信号", "PPT 三楼那间放不了"])
def test_equipment_in_capitals_names_no_block(message: str) -> None:
    assert _place(message) in (None, "2楼", "3楼")
