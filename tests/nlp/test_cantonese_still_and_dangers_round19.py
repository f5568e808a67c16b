"""Cantonese 仲 (still, also), 睇 (look) and an air conditioner that is not 冻; dangers told
by what they did (a fall down steps, a child not found, a pipe burst in Malay); danger words
that are equipment, spice or a past incident."""

import pytest

from nlp import Urgency, parse
from nlp.normalize import analysis, canonical
from nlp.split import split_reports


def test_cantonese_still_and_look_read_as_mandarin() -> None:
    assert (
        analysis(canonical("仲有部冷氣都唔凍,點解仲未有人嚟睇"))
        == "还有部空调都不冷,为什么还未有人来看"
    )


def test_two_faults_joined_by_cantonese_also_are_two_reports() -> None:
    assert len(split_reports(canonical("課室B204個projector冇反應,仲有部冷氣都唔凍"))) == 2


URGENT = [
    "二教三楼楼梯口有个同学从台阶上滚下来了 现在脚动不了 一直在哭",
    "我家孩子放学自己跑出了大门,到现在一个小时了还没找到",
    "Blok E level 3 toilet paip pecah, air keluar macam air terjun lah",
    "11号楼的电梯突然往下坠了一截然后停住了,里面两个阿姨在喊",
    "好像有点烟 不知道要不要紧 从楼梯间那边飘过来的",
    "走廊配电箱的缝里好像有一点点烟冒出来,怕是误会搞得大家紧张,能不能派电工过来",
    "Hall 3 G/F 洗衣房隔籬爆咗水喉,啲水射到成地都係",
]
NORMAL = [
    "想问一下 fire blanket 在哪里拿 safety training 要用",
    "今日飯堂個咖喱辣到我成個口冒煙 不過好好食",
    "上个月 Block 9 那场小火灾,security team 反应很快,大家都安全疏散",
    "孩子的水壶不见了 请问失物招领在哪",
]


@pytest.mark.parametrize("message", URGENT)
def test_present_danger_is_urgent(message: str) -> None:
    assert parse(message).urgency is Urgency.URGENT


@pytest.mark.parametrize("message", NORMAL)
def test_danger_word_that_is_no_danger(message: str) -> None:
    assert parse(message).urgency is Urgency.NORMAL
