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
    "报告厅那台空调外机在冒烟,有烧焦的味道,下午两点还有个讲座",
    "学校后门有个陌生男人一连几日跟住放学嘅初中女仔,今日仲想伸手拉住其中一个",
    "课室 3A 的吊扇在大力摇,螺丝掉了一颗,一转起来整个晃来晃去,下面坐满学生",
]
NORMAL = [
    "想问一下 fire blanket 在哪里拿 safety training 要用",
    "今日飯堂個咖喱辣到我成個口冒煙 不過好好食",
    "上个月 Block 9 那场小火灾,security team 反应很快,大家都安全疏散",
    "孩子的水壶不见了 请问失物招领在哪",
    # Said of yesterday, beside English words: a space there ends no clause.
    "听说昨天 Block 3 有人被困 lift,现在那部 lift 修好了吗?",
    "建议宿舍 A 栋加装一部电梯,住九楼每次搬东西爬楼梯都快断气",
    "能不能在 cafeteria 的菜牌上加 nut-free 标示?我孩子对花生严重过敏",
    "燃气灶打不着火了,一拧就咔咔响不出火,没有闻到气味",
]


@pytest.mark.parametrize("message", URGENT)
def test_present_danger_is_urgent(message: str) -> None:
    assert parse(message).urgency is Urgency.URGENT


@pytest.mark.parametrize("message", NORMAL)
def test_danger_word_that_is_no_danger(message: str) -> None:
    assert parse(message).urgency is Urgency.NORMAL
