"""Time expressions are found as written, and nothing that only looks like a number is."""

import pytest

from nlp.timeexpr import find_time

FOUND = [
    ("昨晚开始空调就不制冷了", "昨晚开始"),
    ("从上周开始宿舍就一直停水", "从上周开始"),
    ("今天早上8点报的修 到现在还没人来", "今天早上8点"),
    ("厕所堵了 已经三天了", "三天了"),
    ("上周三报修的门锁", "上周三"),
    ("修水管的师傅说下次来补 都半个月了", "半个月了"),
    ("周一报修的下水道", "周一"),
    ("晚上十点还过来帮我们修好了", "晚上十点"),
    ("刚才插座冒火花了", "刚才"),
    ("从中午到现在整栋楼都没网", "从中午到现在"),
    ("下午三点半要用多媒体教室", "下午三点半"),
    ("门禁11点关 我10点58到的", "11点"),
    ("宿舍热水没了两个多小时", "两个多小时"),
    ("冷气坏咗三日都冇人整", "三日"),
    ("琴日报咗修", "琴日"),
    ("半夜两三点还在打游戏", "半夜两三点"),
    ("漏了一周了 没人管", "一周了"),
    ("三天前就报修了", "三天前"),
    ("下周一有外宾来访", "下周一"),
    ("这两天一直有下水道的味道", "这两天"),
    ("5分钟就到了", "5分钟"),
    ("10月8号开始供暖吗", "10月8号开始"),
    ("这个星期天图书馆开门吗", "这个星期天"),
    ("the shower broke at 8:30 today", "8:30"),
]

NOT_FOUND = [
    "3号楼502的水龙头坏了",
    "五号楼三零一水龙头关不紧",
    "二十六号楼电梯卡在四楼和五楼之间",
    "一个寝室四个人就两个插座",
    "能不能快一点 有一点急",
    "延迟800 还收50块",
    "三年级的同学宿舍在哪",
    "3-502没水",
    "",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_time_expression_is_kept_as_written(text: str, expected: str) -> None:
    assert find_time(text) == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_numbers_that_are_not_times_give_none(text: str) -> None:
    assert find_time(text) is None
