"""Find the leftmost of many regex phrases fast, by indexing them on their first character.

One alternation of a thousand phrases costs Python's `re` about a microsecond at every position
of the text, because it cannot tell from a character which phrases may start there. Split by
first character, a position is tried only against the few phrases that can start with it, and
positions holding none of those characters are skipped inside `re`.

Phrases use a small part of the regex syntax at their start, which is all `_first_chars` reads:
literal characters, `(?:a|b)` groups (optionally `?` or `*`), `[abc]` classes and lookarounds.
Anything else there raises at import, so a new phrase cannot silently escape the index.
"""

import re
from collections.abc import Sequence


class PhraseIndex:
    def __init__(self, groups: Sequence[str]) -> None:
        """`groups[i]` is an alternation of phrases; a match reports the group it came from."""
        by_char: dict[str, dict[int, list[str]]] = {}
        for number, group in enumerate(groups):
            for phrase in _split_top(group):
                chars, empty = _first_chars(phrase)
                if empty:
                    raise ValueError(f"phrase can match nothing: {phrase!r}")
                for char in chars:
                    by_char.setdefault(char, {}).setdefault(number, []).append(phrase)
        self._by_char = {
            char: re.compile(
                "|".join(f"(?P<g{n}>{'|'.join(phrases)})" for n, phrases in sorted(table.items()))
            )
            for char, table in by_char.items()
        }
        self._first = re.compile("[" + "".join(map(re.escape, sorted(by_char))) + "]")

    def search(self, text: str, position: int = 0) -> tuple[int, re.Match[str]] | None:
        """The leftmost match at or after `position`, with the number of its group."""
        while found := self._first.search(text, position):
            start = found.start()
            match = self._by_char[text[start]].match(text, start)
            if match is not None:
                return int((match.lastgroup or "g0")[1:]), match
            position = start + 1
        return None


def _split_top(pattern: str) -> list[str]:
    """The alternatives of `pattern` at nesting depth 0."""
    parts, depth, start, index = [], 0, 0, 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = pattern.index("]", index + 1)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def _closing(pattern: str, opening: int) -> int:
    depth = 0
    index = opening
    while True:
        char = pattern[index]
        if char == "\\":
            index += 1
        elif char == "[":
            index = pattern.index("]", index + 1)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1


def _first_chars(pattern: str) -> tuple[set[str], bool]:
    """The characters a match of `pattern` can start with, and whether it can be empty."""
    chars: set[str] = set()
    index = 0
    while index < len(pattern):
        if pattern.startswith(("(?<=", "(?<!", "(?=", "(?!"), index):
            index = _closing(pattern, index) + 1
            continue
        if pattern.startswith("(?:", index):
            end = _closing(pattern, index)
            empty = False
            for branch in _split_top(pattern[index + 3 : end]):
                branch_chars, branch_empty = _first_chars(branch)
                chars |= branch_chars
                empty = empty or branch_empty
            index = end + 1
        elif pattern[index] == "[":
            end = pattern.index("]", index + 1)
            members = pattern[index + 1 : end]
            if members.startswith("^") or "-" in members or "\\" in members:
                raise ValueError(f"phrase starts with an open character class: {pattern!r}")
            chars |= set(members)
            empty = False
            index = end + 1
        elif pattern[index] in "\\().^$+*?{}|":
            raise ValueError(f"phrase starts with syntax the index cannot read: {pattern!r}")
        else:
            chars.add(pattern[index])
            empty = False
            index += 1
        if index < len(pattern) and pattern[index] == "{":
            raise ValueError(f"phrase starts with a counted repeat: {pattern!r}")
        if index < len(pattern) and pattern[index] in "?*":
            index += 1
            empty = True
        if not empty:
            return chars, False
    return chars, True
