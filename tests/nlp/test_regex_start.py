"""StartIndexed finds exactly what a plain `re.search` finds, only sooner."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.regex_start import StartIndexed, first_chars
from nlp.timeexpr import _TIME


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        ("abc", {"a"}),
        ("(?:从|自从|自)?上周", {"从", "自", "上"}),
        ("[0-9]+点|半天", {"0-9", "半"}),
        (r"\d+号楼", {r"\d"}),
        ("(?<!不)坏了", {"坏"}),
        ("x*y", {"x", "y"}),
    ],
)
def test_first_characters_of_a_pattern(pattern: str, starts: set[str]) -> None:
    assert first_chars(pattern) == starts


@pytest.mark.parametrize("pattern", [".坏", r"\w+", "[^a]b", "a?", "(?:x|)"])
def test_patterns_without_a_finite_start_are_searched_plainly(pattern: str) -> None:
    assert first_chars(pattern) is None
    fast, plain = StartIndexed(pattern).search("xx坏ab"), re.search(pattern, "xx坏ab")
    assert (fast.span() if fast else None) == (plain.span() if plain else None)


_TIME_TEXT = st.text(
    alphabet=st.sampled_from("昨今晚上下周三点十8号从开始以来天了个月半的修灯坏 1２")
)


@settings(max_examples=400, deadline=None)
@given(_TIME_TEXT)
def test_time_search_matches_a_plain_search(text: str) -> None:
    plain = _TIME.pattern.search(text)
    fast = _TIME.search(text)
    assert (fast.span() if fast else None) == (plain.span() if plain else None)
