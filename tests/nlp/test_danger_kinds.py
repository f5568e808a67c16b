"""TAXONOMY's order for an emergency: a broken thing is a repair, else it is a complaint; and
the team of a danger that names its own (a lift, a pipe) is that team, not security's."""

import pytest

from nlp import Category, Kind, Urgency, parse


@pytest.mark.parametrize(
    "message",
    [
        "有个陌生男人一直跟着女生进了宿舍楼,还在楼道里转悠",
        "男生宿舍3楼的安全出口让人用铁链子锁上了,万一着火孩子们咋跑",
        "有学生在篮球场摔倒了,膝盖开了个大口子,血一直止不住",
    ],
)
def test_a_danger_to_people_with_nothing_broken_is_a_complaint(message: str) -> None:
    parsed = parse(message)
    assert (parsed.urgency, parsed.kind) == (Urgency.URGENT, Kind.COMPLAINT)


def test_an_injury_from_a_broken_thing_is_a_repair() -> None:
    parsed = parse("楼梯扶手断了,有个同学摔下去受伤流血了")
    assert (parsed.urgency, parsed.kind) == (Urgency.URGENT, Kind.REPAIR)


def test_people_shut_in_a_lift_go_to_the_lift_team() -> None:
    parsed = parse("七座部𨋢停咗喺三樓同四樓中間,我同兩個同學困咗喺入面")
    assert (parsed.urgency, parsed.category) == (Urgency.URGENT, Category.ELEVATOR)


@pytest.mark.parametrize(
    ("message", "team"),
    [
        # water on equipment is stopped where it comes from
        ("实验室水槽下面的管子脱了 水一直往下渗 楼下是仪器室 好几台质谱在下面", Category.WATER),
        ("机房空调漏水 滴到服务器上了", Category.HVAC),
        # smoke from a switch room is the electricians'
        ("配电室门缝里在冒烟 里面嗡嗡响得厉害 闻着像塑料烧焦的味", Category.ELECTRIC),
        # a thing about to fall has no team of its own: the team of that thing
        ("五楼走廊的窗户玻璃松了 风一吹就晃 下面就是人行道", Category.FURNITURE),
    ],
)
def test_an_emergency_goes_to_the_team_that_can_end_it(message: str, team: Category) -> None:
    parsed = parse(message)
    assert (parsed.urgency, parsed.category) == (Urgency.URGENT, team)
