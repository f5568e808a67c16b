"""Slips of typing and of voice input, and dangers told without their usual word: each row must
be urgent and name its hazard concept. Rows are read in the `analysis` form.
"""

import pytest

from nlp.normalize import analysis, canonical
from nlp.urgency import urgency_reading

SLIPS = [  # a sound-alike or look-alike character for the right one
    ("宿舍着伙了", "fire"),
    ("插座露电", "electric_shock"),
    ("有股天燃气的味道", "gas_leak"),
    ("厨房一股媒气味", "gas_leak"),
    ("水管暴了", "flooding"),
    ("宿舍楼下暴水管了", "flooding"),
    ("热水器暴炸了", "fire"),
    ("有人一直跟综我", "stranger_threat"),
    ("我被捆在电梯里了", "lift_trapped"),
    ("有个同学晕到了", "injury"),
    ("有个老人跌到了 起不来", "injury"),
    ("消防通到被锁了", "exit_blocked"),
    ("好像是食物中读 好几个人在吐", "food_poisoning"),
    ("吃完晚饭好几个同学上吐下写", "food_poisoning"),
    ("教室里有股胡味 好像电线烧了", "burning_smell"),
    ("宿舍著火了", "fire"),
]

INDIRECT = [  # the danger told by what happens, not by its name
    ("水顺着墙流进插座里", "water_on_electrics"),
    ("有个男的一直跟着我到宿舍楼下", "stranger_threat"),
    ("吃完午饭好几个同学都吐了", "food_poisoning"),
    ("玻璃吊在半空随时会掉", "falling_object"),
    ("闻到味道后有同学晕倒了", "medical"),
    ("电梯停在两层中间 门打不开 里面有人在拍门", "lift_trapped"),
    ("插头拔出来的时候啪的一声 墙上黑了一块", "sparks"),
    ("墙壁摸起来很烫 里面好像有电线在烧", "burnt_wiring"),
    ("楼上的水一直往下流 流到了楼道的灯里", "water_on_electrics"),
    ("宿舍的暖气片漏水 热水流了一地 还在往外冒", "flooding"),
    ("广告牌被风吹得摇摇晃晃 下面有学生", "falling_object"),
    ("一个小孩爬到了楼顶的栏杆外面", "injury"),
]


@pytest.mark.parametrize(("text", "concept"), SLIPS + INDIRECT)
def test_report_is_urgent_and_names_its_hazard(text: str, concept: str) -> None:
    reading = urgency_reading(analysis(canonical(text)))
    assert reading.urgent, (text, reading)
    assert concept in reading.concepts, (text, reading)
