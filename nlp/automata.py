"""Aho-Corasick automata of phrases, laid out for the characters messages hold.

pyahocorasick finds a node's child by reading its children one by one, in the order they were
added. Every character of a message that no phrase it stands in goes on is looked up among the
children of the root, which are the phrases' first characters: hundreds, in the order the
phrase lists first used them, and a character that starts no phrase (half of a message's) read
them all. Here the root's children come in the order of how often the messages the classifier
learns from (nlp/data) hold each character, and the commonest characters that start no phrase
stand among them too, as keys no message holds, so that such a character is found and left
early: an eighth less time reading a message's hazards and lexicon features. It changes no
match.
"""

from collections import Counter
from collections.abc import Callable, Collection
from functools import cache
from pathlib import Path
from typing import Any

import ahocorasick

from nlp.classify.training_data import DATA_DIR, training_examples
from nlp.loading import cached_json

# No message holds it (normalisation drops control characters): a key ending with it never
# matches, and its value, handed back only if one did, must mean nothing to the caller.
_NO_TEXT = "\0"
# The commonest characters that get a place at the root whether or not a phrase starts with
# them: past ~200, each place more costs the rarer characters after it more than it saves.
_COMMON = 200


@cache
def _ranks() -> dict[str, int]:
    """Each character of nlp/data's messages (lower case, as they are analysed) by how many
    times they hold it, the commonest first; kept on disk keyed by the data."""
    paths = sorted(DATA_DIR.rglob("*.psv"))

    def build() -> list[str]:
        held = Counter(char for example in training_examples() for char in example.text.lower())
        return sorted(held, key=lambda char: (-held[char], char))

    ranked: list[str] = cached_json(
        "char-ranks", [Path(__file__).read_bytes(), *(p.read_bytes() for p in paths)], build
    )
    return {char: rank for rank, char in enumerate(ranked)}


def automaton(
    texts: Collection[str], value: Callable[[str], Any], nothing: Any
) -> ahocorasick.Automaton:
    """An automaton of `texts`, each with its `value(text)`, laid out as the module says;
    `nothing` is the value of the keys that only reserve a character's place at the root.
    (The values are made as they are added: a list of them all, made and dropped while
    loading, left the heap a few megabytes larger.)"""
    ranks = _ranks()
    # Each character as its rank, so that comparing two characters so written compares their
    # ranks (those of no rank come after all, by code point).
    as_rank = _as_rank()
    common = sorted(ranks, key=ranks.__getitem__)[:_COMMON]
    firsts = {text[0] for text in texts}.union(common)
    found = ahocorasick.Automaton()
    for char in sorted(firsts, key=lambda char: char.translate(as_rank)):
        found.add_word(char + _NO_TEXT, nothing)
    for text in texts:
        found.add_word(text, value(text))
    if texts:
        found.make_automaton()
    return found


class _AsRank(dict[int, str]):
    """A translation table: a ranked character to its rank, any other past all of them."""

    def __init__(self, ranks: dict[str, int]) -> None:
        super().__init__((ord(char), chr(rank)) for char, rank in ranks.items())
        self._past = chr(len(ranks))

    def __missing__(self, code: int) -> str:
        return self._past + chr(code)


@cache
def _as_rank() -> _AsRank:
    return _AsRank(_ranks())
