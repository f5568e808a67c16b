"""The learned urgency model beside the rules: it may raise urgency, but never on a place
alone, and never where a modifier lowers every hazard the message names."""

import pytest

from nlp import Urgency, parse
from nlp.parser import _urgency
from nlp.urgency import UrgencyReading


@pytest.mark.parametrize(
    "text", ["在18號樓215", "喺圖書館三樓", "8号楼418", "我住10号楼506", "图书馆东侧"]
)
def test_a_place_alone_is_never_urgent(text: str) -> None:
    assert parse(text).urgency is Urgency.NORMAL


@pytest.mark.parametrize(
    "text", ["上周着过火现在没事了", "明天消防演练", "万一着火怎么办", "没有冒烟，就是灯不亮"]
)
def test_a_lowered_hazard_stays_normal(text: str) -> None:
    assert parse(text).urgency is Urgency.NORMAL


def test_a_sure_model_raises_what_the_rules_did_not_see() -> None:
    nothing = UrgencyReading(False, (), (), ())
    words = ["好几个", "同学", "吃完", "午饭", "都", "吐了"]
    assert _urgency(nothing, 0.9, words, "")[0] is Urgency.URGENT
    assert _urgency(nothing, 0.1, words, "")[0] is Urgency.NORMAL


def test_the_model_cannot_raise_a_hazard_every_mention_of_which_is_lowered() -> None:
    lowered = UrgencyReading(False, (), ("fire",), ("fire:historical",))
    assert _urgency(lowered, 0.99, ["上周", "着火", "现在", "没事"], "")[0] is Urgency.NORMAL


def test_the_words_of_a_place_are_no_danger_the_model_alone_may_raise() -> None:
    nothing = UrgencyReading(False, (), (), ())
    words = ["学生", "餐厅", "0", "楼", "厨房", "后面"]
    assert _urgency(nothing, 0.9, words, "学生餐厅0楼厨房")[0] is Urgency.NORMAL
    assert parse("學生餐廳二樓廚房後面").urgency is Urgency.NORMAL
