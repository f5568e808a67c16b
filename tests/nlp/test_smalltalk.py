"""Messages that report nothing are flagged, so the bot answers with help, not a ticket."""

import pytest

from nlp import parse
from nlp.classify.training_data import small_talk, training_examples

GREETINGS = [
    "你好",
    "在吗",
    "???",
    "123",
    "",
    "   ",
    "😀😀",
    "哈哈哈",
    "有人吗?",
    "hello",
    "您好,在吗",
]


@pytest.mark.parametrize("text", GREETINGS)
def test_greeting_is_small_talk(text: str) -> None:
    assert parse(text).is_small_talk


@pytest.mark.parametrize("text", ["灯坏了", "谢谢王师傅", "食堂太贵", "wifi连不上", "请问几点开门"])
def test_short_report_is_not_small_talk(text: str) -> None:
    assert not parse(text).is_small_talk


def test_no_training_report_is_taken_for_small_talk() -> None:
    flagged = [e.text for e in training_examples() if parse(e.text).is_small_talk]
    assert flagged == []


def test_every_small_talk_example_is_flagged() -> None:
    missed = [text for text in small_talk() if not parse(text).is_small_talk]
    assert missed == []
