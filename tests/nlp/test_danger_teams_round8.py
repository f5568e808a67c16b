"""Round 8 classes: the team of a danger when the classifier picked a team that runs the place
(a laundry room's dormitory office), a stopped lab exhaust, a scorched Cantonese 插苏; and the
normal messages that only sound like dangers (locked out, a draught, an old fire asked about)."""

import pytest

from nlp import Category, Urgency, parse


@pytest.mark.parametrize(
    ("message", "teams"),
    [
        # a team that runs a place ends no danger there
        ("洗衣房地上全是水 有个插线板泡在里面 一直噼啪冒火花", {Category.ELECTRIC, Category.WATER}),
        # a stopped exhaust with people dizzy is the ventilation team's
        ("焊接实训室的排风扇坏了 烟散不出去 好几个学生头晕想吐", {Category.HVAC}),
        ("油漆房的抽风机停了 稀释剂的味道好重 两个学徒说恶心", {Category.HVAC}),
        # a Cantonese socket with a burning smell is the electricians'
        ("我房个插苏有阵燶味 外壳都黑咗", {Category.ELECTRIC}),
        # a smoking e-bike battery is a fire to put out; a sparking charger cable is wiring
        ("地下车库那排电瓶车有一辆在冒烟 噼里啪啦的", {Category.SECURITY}),
        ("车棚充电桩的电线一直冒火花 插着好几辆电动车", {Category.ELECTRIC}),
        # fire in a canteen kitchen is security's, not the canteen's
        ("三食堂后厨的油锅着火了 火很大 阿姨们都跑出来了", {Category.SECURITY}),
    ],
)
def test_an_emergency_goes_to_the_team_that_can_end_it(message: str, teams: set[Category]) -> None:
    parsed = parse(message)
    assert parsed.urgency is Urgency.URGENT
    assert parsed.category in teams


@pytest.mark.parametrize(
    "message",
    [
        "微波炉后面有啲烟出紧 仲有阵胶味",
        "个拖板烧到黑晒 唔敢再用",
        "有个没戴工牌的男人在女生楼层一间间敲门",
    ],
)
def test_regional_ways_of_saying_a_danger_are_urgent(message: str) -> None:
    assert parse(message).urgency is Urgency.URGENT


@pytest.mark.parametrize(
    "message",
    [
        "寝室门锁坏了 钥匙拧不动 我们都被锁在外面了",
        "宿舍窗户合不拢 晚上冷风一直灌进来",
        "年初实验楼起火那个事 到现在一直没有通报原因",
        "前几天我发高烧 去医务室没人 又不敢一个人去医院 希望晚上有人值班",
        "想多谢保安阿叔 琴晚我喺宿舍门口晕低 佢即刻帮我叫白车",
        "外墙裂缝报修了三次 是不是要等到墙塌下来才有人管",
    ],
)
def test_what_only_sounds_like_a_danger_is_normal(message: str) -> None:
    assert parse(message).urgency is Urgency.NORMAL
