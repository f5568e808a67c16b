"""Regular expressions built from the data: word lists as tries, character classes, guards.

A long alternation of words is tried in full at every position; factored as a trie, a miss
costs one lookup. Classes of name characters are written as compact ranges.
"""

import re
from collections.abc import Iterable

from nlp.location.vocabulary import FUNCTION_CHARS, NAME_INNER_CHARS, Head

_Trie = dict[str, "_Trie"]


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, factored as a trie so that a miss costs one lookup."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie)


def _pattern(node: _Trie) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A word that ends here may also go on: the greedy optional part prefers the longer word.
    return f"(?:{body})?" if "" in node else body


def _ideographs_except(excluded_chars: Iterable[str]) -> str:
    """A regex class of CJK ideographs minus `excluded_chars`, as compact ranges."""
    excluded = sorted(set(map(ord, excluded_chars)))
    ranges: list[str] = []
    start = 0x4E00
    for code in [*excluded, 0x9FFF + 1]:
        if code > start:
            end = code - 1
            ranges.append(chr(start) if start == end else f"{chr(start)}-{chr(end)}")
        start = max(start, code + 1)
    return "[" + "".join(ranges) + "]"


# A character of a name's body: an ideograph that is no function word.
CONTENT_CHAR = _ideographs_except(FUNCTION_CHARS)
# A character a name may hold anywhere: 是 of 求是斋 too, where a content character leads.
NAME_CHAR = _ideographs_except(FUNCTION_CHARS - NAME_INNER_CHARS)


def guarded(head: Head) -> str:
    """`head`, except where the words around it make it part of another word (楼梯, 室友).

    The words it may not follow are checked once its first character has matched: an
    alternation of heads rejects a branch that opens with a literal in one comparison, where
    one that opens with a lookbehind is entered and the lookbehind run at every position the
    alternation is tried. Each lookbehind then takes in one more character, any but a line
    break (that first character itself), so that it reads the same characters as before."""
    behind = _not_after(head.not_after)
    after = _not_before(head.not_before)
    first, rest = re.escape(head.word[0]), re.escape(head.word[1:])
    return first + behind + rest + after


def not_glued_after(pattern: str, word: str) -> str:
    """`word`, not right after a match of `pattern` (one character wide), checked after the
    word's first character as `guarded` checks its lookbehinds."""
    return re.escape(word[0]) + f"(?<!{pattern}.)" + re.escape(word[1:])


def _not_after(words: tuple[str, ...]) -> str:
    """Negative lookbehinds for `words`, read from one character past their end: one class
    for the single characters, one each for longer words (a lookbehind has a fixed width)."""
    singles = "".join(word for word in words if len(word) == 1)
    parts = [f"(?<![{re.escape(singles)}].)"] if singles else []
    parts += [f"(?<!{re.escape(word)}.)" for word in words if len(word) > 1]
    return "".join(parts)


def _not_before(words: tuple[str, ...]) -> str:
    """Negative lookaheads for `words`: one class for the single characters, one trie else."""
    singles = "".join(word for word in words if len(word) == 1)
    longer = [word for word in words if len(word) > 1]
    parts = [f"(?![{re.escape(singles)}])"] if singles else []
    if longer:
        parts.append(f"(?!{alternation(longer)})")
    return "".join(parts)
