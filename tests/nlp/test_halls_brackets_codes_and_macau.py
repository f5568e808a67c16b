"""Places as fresh authors wrote them in rounds 26 and 27: a canteen's ordinal, halls and
houses numbered with their names, classes with their number in brackets, level-numbered room
codes, Cantonese 度 after a room, and Macau's Portuguese streets and buildings — each with a near
miss it must not read."""

import pytest

from nlp import parse


def _place(message: str) -> str | None:
    location = parse(message).location
    return location.text if location else None


@pytest.mark.parametrize(
    ("message", "place"),
    [
        ("二食堂的菜太咸了", "第二食堂"),
        ("一食堂二楼空调坏", "第一食堂2楼"),
        ("二號飯堂嘅叉燒飯又加價", "2号饭堂"),
        ("二餐的滷肉飯今天吃到頭髮", "二餐"),
        ("工程四館的電梯按鈕按了都沒反應", "工程四馆"),
        ("理學二館301冷氣壞了", "理学二馆301"),
        ("四號書院啲燈全部唔著", "4号书院"),
        ("三號舍堂12樓wifi成晚斷斷續續", "3号舍堂12楼"),
        ("实训基地二号厂房的配电箱跳闸了", "实训基地2号厂房"),
        ("E公寓的电梯又停了,我住十七楼", "E公寓"),
        ("研一舍宿網又掛了", "研一舍"),
        ("初一(3)班窗户玻璃碎了一块", "初一(3)班"),
        ("一(3)班教室的黑板掉漆", "一(3)班教室"),
        ("教学楼四楼高二5班后门锁坏了", "教学楼4楼高二5班后门"),
        ("宿舍T座1208度門鎖壞咗", "T座1208"),
        ("教學樓B座後樓梯個滅火筒過咗期好耐,張紙寫住2019", "教学楼B座后楼梯"),
        ("Room 3-07-12 wardrobe door hinge broken", "Room 3-07-12"),
        ("Hostel room 12-07 the wardrobe door drop off already", "room 12-07"),
        ("Maple House room 2.14 curtain rail fell down last night", "Maple House room 2.14"),
        ("Edifício Central 三樓 Sala 305 部冷氣壞咗", "Edifício Central 305"),
        ("Bloco B 嗰間 cantina 今日個葡國雞冇乜味", "Bloco B"),
        ("請問 Rua da Escola 嗰邊個側門朝早幾點開?", "Rua da Escola"),
    ],
)
def test_the_place_is_read(message: str, place: str) -> None:
    assert _place(message) == place


@pytest.mark.parametrize(
    "message",
    [
        "去了四馆",  # no name before the numbered hall
        "空调开到26度还是热",  # degrees, not a room
        "RM2.50 for a bottle of water is too expensive",  # a price in ringgit
        "这栋楼四楼高吗",  # a height, not a class
    ],
)
def test_the_near_miss_names_no_place(message: str) -> None:
    assert _place(message) is None
