"""Find every term of a message in one pass, and settle which overlapping terms count.

An Aho-Corasick automaton (pyahocorasick) finds all of thousands of literal phrases in one walk
over the text, in C; a regex alternation of them would be tried at every position instead.
"""

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import NamedTuple

from nlp.automata import automaton


class Role(IntEnum):
    TRIGGER = 0
    TRIGGER_PSEUDO = 1
    COMPANION = 2  # a word some trigger requires near it
    MODIFIER = 3
    MODIFIER_PSEUDO = 4


# A message holds a few dozen hits, made anew for each message: a named tuple is made several
# times faster than a frozen dataclass.
class Hit(NamedTuple):
    start: int
    end: int
    role: Role
    entry: int  # which trigger or modifier; which requirement, for a companion


Refs = tuple[tuple[Role, int], ...]
# A form's length, what it is, and whether it starts with a Latin letter.
_Value = tuple[int, Refs, bool]


class TermIndex:
    def __init__(self, terms: Iterable[tuple[str, Role, int]]) -> None:
        refs: dict[str, list[tuple[Role, int]]] = {}
        for text, role, index in terms:
            entry = refs.setdefault(text, [])
            if (role, index) not in entry:
                entry.append((role, index))
        # The ~200,000 forms share ~3,000 values (the forms of one trigger, of one length):
        # each is kept once, ~30 MB less.
        shared: dict[_Value, _Value] = {}

        def value(text: str) -> _Value:
            made = (len(text), tuple(refs[text]), text[0] in _ASCII_LETTERS)
            return shared.setdefault(made, made)

        # The value of no form: a span of no term, which no caller reads anything from.
        self._automaton = automaton(refs, value, (2, (), False))
        self._empty = not refs

    def spans(self, text: str) -> list[tuple[int, int, Refs]]:
        """(start, end, what the phrase there is) for every phrase of `text`, overlaps and all.
        An English phrase counts only where a word starts: "fire" not in "campfire" (its end
        may run on: "vomit" reads "vomiting")."""
        if self._empty:
            return []
        return [
            (end + 1 - n, end + 1, refs)
            for end, (n, refs, latin) in self._automaton.iter(text)
            if not latin or end + 1 == n or text[end - n] not in _ASCII_LETTERS
        ]


_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def unblocked(hits: Sequence[Hit], pseudos: Sequence[Hit]) -> list[Hit]:
    """Hits that no other pseudo phrase at least as long overlaps: "打火机" takes "打火" with it,
    but "电梯门夹到" outlives the "被电梯" that takes "被电"."""
    if not pseudos:
        return list(hits)
    ordered = sorted(pseudos)
    starts = [p.start for p in ordered]
    longest = max(p.end - p.start for p in ordered)
    kept = []
    for hit in hits:
        # Only pseudos starting within `longest` before the hit can reach it.
        near = ordered[bisect_left(starts, hit.start - longest) : bisect_left(starts, hit.end)]
        if not any(
            p.end > hit.start
            and p.end - p.start >= hit.end - hit.start
            and (p.start, p.end) != (hit.start, hit.end)  # the same phrase is no pseudo of itself
            for p in near
        ):
            kept.append(hit)
    return kept


def outermost(hits: Sequence[Hit], claims: Sequence[Hit] | None = None) -> list[Hit]:
    """Hits, in reading order, not inside a longer one of `claims` (by default, of `hits`):
    "食物中毒" holds the "中毒" in it."""
    return _outside(hits, hits if claims is None else claims, strict=True)


def uncovered(hits: Sequence[Hit], cover: Sequence[Hit]) -> list[Hit]:
    """Hits, in reading order, not inside any of `cover`, even one of the same span: "没有意识"
    holds the "没有" that would otherwise deny it, and "漏电" as a trigger is not also a cause."""
    return _outside(hits, cover, strict=False)


def _outside(hits: Sequence[Hit], cover: Sequence[Hit], *, strict: bool) -> list[Hit]:
    # One sweep in reading order, so that a pasted page of "着火着火…" costs its length, not its
    # square: a cover that starts before a hit holds it when it ends at or after the hit's end;
    # one that starts with it, when it ends later (or, if not strict, at the same place).
    if not cover or (strict and len(hits) == 1 and cover is hits):
        return sorted(hits)
    covers = sorted(cover)
    kept: list[Hit] = []
    reach = -1  # the farthest end of the covers that start before the hit
    index = 0
    for hit in sorted(hits):
        while index < len(covers) and covers[index].start < hit.start:
            reach = max(reach, covers[index].end)
            index += 1
        if reach >= hit.end:
            continue
        level = index
        while level < len(covers) and covers[level].start == hit.start:
            end = covers[level].end
            if end > hit.end or (end == hit.end and not strict):
                break
            level += 1
        else:
            kept.append(hit)
    return kept
