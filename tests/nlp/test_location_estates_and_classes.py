"""A name glued before a numbered building, a kindergarten's classes, and a name read back
before a head that stops at the verbs of the clause.

Messages go through `canonical` first, as `parse` hands them over.
"""

import pytest

from nlp.location import find_location
from nlp.normalize import canonical
from tests.nlp.reading import place_text


@pytest.mark.parametrize(
    ("message", "place"),
    [
        # an estate's or a residence's name before its numbered building is part of it
        ("紫荆2号楼后面的草丛冒烟了", "紫荆2号楼后面"),
        ("我住在丁香5栋302 门锁坏了", "丁香5栋302"),
        ("昨天玉兰12号楼停水了一整天", "玉兰12号楼"),
        ("发现海棠3栋门口有个大坑", "海棠3栋门口"),
        # …but not a time, a verb or a word that says which kind of building
        ("今天3号楼停电", "3号楼"),
        ("装修5号楼的工人好吵", "5号楼"),
        ("隔壁3号楼太吵了", "3号楼"),
        # a kindergarten's classes, numbered or not, after the kindergarten or its floor
        ("幼儿园大二班电子琴的插座松了", "幼儿园大二班"),
        ("幼儿园小班教室的空调遥控器失灵了", "幼儿园小班教室"),
        ("中班教室墙上插座面板碎了", "中班教室"),
        ("早上送娃发现幼儿园二楼中一班的门锁坏了", "幼儿园2楼中一班"),
        # a floor below ground as Hong Kong writes it
        ("LG2 男廁水管爆咗", "LG2男厕"),
        ("十座出面條斜路有塊地磚鬆咗", "10座"),
        # a part or a named room of the place before it
        ("男生宿舍淋浴间热水器漏电", "男生宿舍淋浴间"),
        ("家属区老干部活动室的灯管坏了", "家属区老干部活动室"),
    ],
)
def test_place_is_read_whole(message: str, place: str) -> None:
    assert place_text(message) == place


@pytest.mark.parametrize(
    "message",
    [
        "小班教学效果很好",
        "他是大班长",
        "我上中班 晚上十点才下班",
        "爬了十楼腿都软了",
        "剩下3座位",
        "这三栋楼都停电了",
        "一共花了120块",
        "三座大山压着",
        "我LG2了",
        "自习区域太小",
        "看到有人在抽烟",
    ],
)
def test_no_place(message: str) -> None:
    found = find_location(canonical(message))
    assert found is None or found.vague, found
