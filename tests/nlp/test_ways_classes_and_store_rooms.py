"""A way told by the two places it joins, a class by its grade and letter or stem (三年級乙班), a
lecture theatre's half (LT4A), a code's two-digit floor (S3-0807), a school's back kitchen,
workshops and store rooms, the offices and estates of Singapore and Malaysia, and rooms of a
lettered wing are places; a price in ringgit and a head teacher are not."""

import pytest

from nlp import parse


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("就南门进来往体育馆去那条道上有个大坑", "南门往体育馆"),
        ("4A班的灯坏了", "4A班"),
        ("the visualiser in 3E class no signal", "3E"),
        ("后厨的抽油烟机不转了", "后厨"),
        ("体育器材仓库的门被风带上自己锁了", "体育器材仓库"),
        ("二食堂洗碗间的洗碗机排水管接头松了", "第二食堂洗碗间"),
        ("The water fountain outside the Grade 5 classrooms in Wing A is leaking", "Wing A"),
        ("what time does the front office close on Fridays?", "front office"),
        ("koperasi 卖的矿泉水一瓶 RM2.50 比外面贵一块", "koperasi"),
        ("小學部三年級乙班個冷氣滴水,滴晒落啲枱度", "小学部3年级乙班"),
        ("LT4A wifi keep disconnecting during the quiz", "LT4A"),
        ("S3-0807的网口没信号了", "S3-0807"),
        ("实习工厂那台台钻的皮带松了", "实习工厂"),
        ("有机实验室通风橱不抽风了", "有机实验室"),
        ("各位家长好 我是三年级二班小宇妈妈 孩子回来老说吃不饱 能不能让家长去食堂看一看", "食堂"),
    ],
)
def test_the_place_is_read(text: str, place: str) -> None:
    location = parse(text).location
    assert location is not None and location.text == place


@pytest.mark.parametrize("text", ["3A班主任人很好", "矿泉水一瓶 RM2.50 比外面贵一块"])
def test_no_place(text: str) -> None:
    assert parse(text).location is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("實驗室 G08 好大陣煤氣味!!唔知係咪 bunsen burner 條喉漏", "G08"),
        ("The smart board in G12 (Humanities Wing) won't respond to touch", "Humanities Wing G12"),
        ("G10 classroom D301 – blinds stuck halfway and the cord snapped", "D301"),
    ],
)
def test_a_ground_floor_room_is_numbered_with_two_digits(text: str, place: str) -> None:
    location = parse(text).location
    assert location is not None and location.text == place
