"""啲 is "some"/"the" before a noun and "a bit" after a word of degree: read as Mandarin's 些 or
点 by what stands before it, so that 啲烟 (the smoke) is never 点烟 (lighting a cigarette)."""

import pytest

import nlp
from nlp.normalize import analysis, canonical


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("快啲嚟", "快点来"),
        ("有啲暈", "有点晕"),
        ("大啲聲", "大点声"),
        ("啲學生", "些学生"),
        ("啲煙由窗口湧出嚟", "些烟由窗口涌出来"),
    ],
)
def test_di_is_read_by_the_word_before_it(text: str, read: str) -> None:
    assert analysis(canonical(text)) == read


def test_smoke_pouring_out_of_a_kitchen_in_cantonese_is_a_fire() -> None:
    parsed = nlp.parse("飯堂廚房好似起咗火,啲煙由窗口湧晒出嚟,啲學生仲喺入面食緊飯")
    assert parsed.urgency is nlp.Urgency.URGENT
    assert parsed.category is nlp.Category.SECURITY
