"""The team a thing is for, named in Malay or English (suis, lif, phone line, visualiser) or as
a lab's oven or a toilet's hand dryer; and the dangers round 23 told in ways not read before."""

import pytest

from nlp import Category, Urgency, parse


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Blok B 三楼楼梯口的 suis box 有很浓的烧焦味 还听到滋滋声", Category.ELECTRIC),
        ("Blok E 的 lif 门关到一半又打开 一直这样重复", Category.ELEVATOR),
        ("staff room 的 phone line 没有 dial tone 打不出去也打不进来", Category.NETWORK),
        ("化学楼304那台恒温箱冒烟了 一股塑料烧糊的味道", Category.TEACHING),
        ("the visualiser in 3E class 接了 HDMI 还是 no signal", Category.TEACHING),
        ("教學樓二樓男廁的烘手機一直冒焦味 還有啪啪的聲音", Category.ELECTRIC),
    ],
)
def test_the_team_of_the_thing(text: str, category: Category) -> None:
    assert parse(text).category is category


@pytest.mark.parametrize(
    "text",
    [
        "綜合大樓 B1 逃生梯的門被一堆桌椅跟紙箱堵住 根本推不開 萬一火災怎麼辦",
        "A Grade 8 student fell off the climbing wall in the gym and can't move his arm",
        "篮球场有个男生起跳落地把腿摔了，小腿明显变形了，疼得一直叫",
        "3#405 暖气片接口爆了 热水哗哗往外流 楼下都开始漏了",
    ],
)
def test_urgent(text: str) -> None:
    assert parse(text).urgency is Urgency.URGENT


@pytest.mark.parametrize(
    "text",
    [
        "Block C 1012室啲窗簾路軌跌咗落嚟 窗簾拉唔埋 啲學生睇唔到白板",
        "can install more power sockets at the library? everyone fighting for 插座 to charge laptop",
        "体育馆那两个被锁住的安全出口，报上去不到半小时就有人来打开了，链子也拆走了，给力",
        "宿舍网速慢到窒息，打个游戏卡成PPT，我人都要裂开了",
    ],
)
def test_not_urgent(text: str) -> None:
    assert parse(text).urgency is Urgency.NORMAL
