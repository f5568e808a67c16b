"""Where one message holds two problems for two teams, and where it holds one."""

import pytest

from nlp.normalize import canonical
from nlp.split import split_reports


@pytest.mark.parametrize(
    ("message", "pieces"),
    [
        ("宿舍空调坏了,还有楼道的灯也不亮", ["宿舍空调坏了", "还有楼道的灯也不亮"]),
        (
            "5号楼208的水龙头一直滴水,而且宿舍网口也上不了网",
            ["5号楼208的水龙头一直滴水", "而且宿舍网口也上不了网"],
        ),
        (
            "化学楼305实验室里有焦糊味,像是电线烧了,另外实验室门锁也坏了",
            ["化学楼305实验室里有焦糊味,像是电线烧了", "另外实验室门锁也坏了"],
        ),
        # Cantonese 同埋 joins two problems; a Chinese space ends a clause
        ("間廁所塞咗 同埋wifi成日斷線", ["间厕所塞咗", "同埋wifi成日断线"]),
        # English: "and" and a comma end a clause, a space between English words does not
        (
            "the light in my room is broken and the tap is leaking",
            ["the light in my room is broken", "and the tap is leaking"],
        ),
        (
            "the fan in my room tak jalan, and the sink got small leak also",
            ["the fan in my room tak jalan", "and the sink got small leak also"],
        ),
        # a window that does not shut, then a light
        (
            "8栋105的窗户关不严,一直灌风;还有一楼楼道的灯也坏了",
            ["8栋105的窗户关不严,一直灌风", "还有一楼楼道的灯也坏了"],
        ),
        # a complaint about the food and a broken thing in the same canteen
        (
            "二食堂的菜越来越贵了 还有门口那个洗手池堵了好几天了",
            ["二食堂的菜越来越贵了", "还有门口那个洗手池堵了好几天了"],
        ),
    ],
)
def test_two_problems_for_two_teams_are_two_reports(message: str, pieces: list[str]) -> None:
    assert split_reports(canonical(message)) == pieces


@pytest.mark.parametrize(
    "message",
    [
        "3号楼502的水龙头坏了,一直在滴水",
        "空调不制冷,遥控器也没反应",
        "二食堂的菜太咸了,而且太贵",
        "灯坏了",
        "the fan and the light in my room are both broken",
        "aircon and wifi both down in Hall 3",
        # where the water lands, then a request: no second problem
        "我房间的冷气一直滴水,都滴到床上了,可以派人来看一下吗",
        "卫生间水管漏水,都流到衣柜底下了,麻烦派人来修一下",
        # a part of the thing named first
        "会议室的投影仪开不了机,指示灯一直闪红色,下午还要开会",
    ],
)
def test_one_problem_stays_one_report(message: str) -> None:
    assert split_reports(canonical(message)) == [canonical(message)]
