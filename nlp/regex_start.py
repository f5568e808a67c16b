"""Search with a big regex faster, by first finding the characters a match can start with.

Python's `re` skips ahead by itself only when a pattern starts with a literal or a plain
character class; a pattern that opens with an optional group (`(?:从|自)?…`) is tried in full
at every position. `StartIndexed.search` jumps from one possible first character to the next
and tries the pattern only there. The set is read from the parsed pattern itself, so it
follows the pattern as it changes; a pattern whose first character cannot be listed (`.`,
`\\w`, a negated class) is searched plainly.
"""

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

# Character-class pieces for the categories a first character may come from; `\d` in a str
# pattern is every Unicode decimal digit, so it is kept as `\d`, not spelled out.
_CATEGORIES = {C.CATEGORY_DIGIT: "\\d"}


def first_chars(pattern: str) -> frozenset[str] | None:
    """Character-class pieces (escaped characters, ranges, `\\d`) that together hold every
    character a match of `pattern` can start with; None when that is not a finite set, or
    when the pattern can match the empty string."""
    chars, nullable = _first(list(_parser.parse(pattern)))
    return None if chars is None or nullable else frozenset(chars)


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """The first characters of a sequence of parsed items, and whether it can be empty."""
    found: set[str] = set()
    for op, av in items:
        chars, nullable = _first_of(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _first_of(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is C.LITERAL:
        return {re.escape(chr(av))}, False
    if op is C.IN:
        return _in(av), False
    if op is C.SUBPATTERN:
        return _first(list(av[-1]))
    if op is C.BRANCH:
        found: set[str] = set()
        nullable = False
        for branch in av[1]:
            chars, empty = _first(list(branch))
            if chars is None:
                return None, False
            found |= chars
            nullable = nullable or empty
        return found, nullable
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, body = av
        chars, empty = _first(list(body))
        return chars, empty or low == 0
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return set(), True  # zero-width: the next item decides
    return None, False  # ANY, NOT_LITERAL, CATEGORY, GROUPREF …: not a finite set


def _in(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(re.escape(chr(av)))
        elif op is C.RANGE:
            chars.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            chars.add(_CATEGORIES[av])
        else:
            return None
    return chars


class StartIndexed:
    """`search` like a compiled pattern's, trying the pattern only where a match can start."""

    def __init__(self, pattern: str) -> None:
        self.pattern = re.compile(pattern)
        starts = first_chars(pattern)
        self._starts = re.compile("[" + "".join(sorted(starts)) + "]") if starts else None

    def search(self, text: str) -> re.Match[str] | None:
        if self._starts is None:
            return self.pattern.search(text)
        match_at, next_start = self.pattern.match, self._starts.search
        position = 0
        while (start := next_start(text, position)) is not None:
            found = match_at(text, start.start())
            if found is not None:
                return found
            position = start.start() + 1
        return None
