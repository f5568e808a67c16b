"""The first-character index finds exactly what one plain alternation would."""

import re

import pytest

from nlp.hazards import FIGURES, HAZARDS
from nlp.phrase_index import PhraseIndex
from tests.nlp.test_urgency import NORMAL, URGENT
from tests.nlp.test_urgency_general_rules import NORMAL_ROWS, URGENT_ROWS

GROUPS = ["|".join(h.phrases) for h in HAZARDS]
PLAIN = re.compile("|".join(f"(?P<g{i}>{group})" for i, group in enumerate(GROUPS)))
TEXTS = [text for text, _ in URGENT + URGENT_ROWS] + NORMAL + NORMAL_ROWS


@pytest.mark.parametrize("text", TEXTS)
def test_index_finds_the_same_leftmost_phrase_as_one_alternation(text: str) -> None:
    index = PhraseIndex(GROUPS)
    position = 0
    while expected := PLAIN.search(text, position):
        found = index.search(text, position)
        assert found is not None
        assert (found[0], found[1].span()) == (int(expected.lastgroup[1:]), expected.span())
        position = expected.start() + 1
    assert index.search(text, position) is None


def test_figures_are_indexable() -> None:
    assert PhraseIndex(["|".join(FIGURES)]).search("辣到冒烟") is not None


@pytest.mark.parametrize("phrase", ["[^a]b", ".b", "a{0,2}b", "(?:a)?", r"\db"])
def test_phrase_start_the_index_cannot_read_is_refused(phrase: str) -> None:
    with pytest.raises(ValueError):
        PhraseIndex([phrase])


def test_phrase_anchored_after_a_lookbehind_is_indexed_on_its_own_first_character() -> None:
    index = PhraseIndex(["(?=被砸)(?:(?<=人)|(?<=同学))被砸"])
    found = index.search("有个同学被砸了")
    assert found is not None and found[1].group() == "被砸"
    assert index.search("车被砸了") is None
