"""Turn what people type into one form the rest of the parser can rely on.

Two forms come out of here:
- `canonical`: NFKC (full-width → half-width) and Traditional → Simplified with mainland
  vocabulary (網路 → 网络, 滑鼠 → 鼠标). Places are read from this form, so it keeps case and
  every character that could belong to an address.
- `analysis`: `canonical` with Cantonese function words and the romanized or English names
  of campus things and dangers rewritten into Mandarin (冇 → 没, 唔 → 不, kongtiao → 空调,
  wifi → 无线网络, on fire → 着火), and sound-alike slips of voice and pinyin input read back to
  the campus word (水龙偷 → 水龙头, nlp.homophones). Classifier and urgency rules read this form,
  so one vocabulary serves all the ways the same thing is written.
"""

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

import zhconv
import zhconv.zhconv as _zhconv_tables

from nlp.homophones import correct as correct_homophones
from nlp.synonyms import CANTONESE, DEGREE_BEFORE_DI, LATIN_TERMS, PINYIN_TERMS

# zhconv walks the text character by character in Python. Most messages are already
# Simplified, so it runs only on text holding a character that is Traditional-only; the
# "zh-cn" variant then also maps Taiwan and Hong Kong vocabulary (網路 → 网络).
_zhconv_tables.getdict("zh-hans")
_TRADITIONAL = frozenset(
    k for k, v in _zhconv_tables.zhcdicts["zh2Hans"].items() if len(k) == 1 and v != k
)
# The same test as a character class: re reads a class of the Basic Multilingual Plane from
# one compact bitmap, where the set hashed each character and probed a table of ~5,000. A
# class that also lists characters past U+FFFF is a list read one by one, so those few are
# left to the set, for the rare text that holds such a character at all.
_TRADITIONAL_BMP = re.compile(
    "[" + re.escape("".join(sorted(c for c in _TRADITIONAL if c <= "\uffff"))) + "]"
)
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_CONTROL = re.compile(
    r"[\ud800-\udfff\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]"
)
_SPACES = re.compile(r"\s+")
# A term is read with or without its marks: pinyin with or without the spaces between its
# syllables ("kong tiao", "kongtiao"), English with a space, a hyphen or nothing between its
# words ("air con", "air-con", "aircon") and with ', ’ or nothing ("can't", "can’t", "cant").
# A match with its marks squeezed out finds its term again; where an English and a pinyin term
# squeeze to one key, English wins.
_MARKS = " -'’"
_MARK = "[" + re.escape(_MARKS) + "]"
_SQUEEZE = re.compile(_MARK)
_LATIN_TERMS = {_SQUEEZE.sub("", k): v for k, v in PINYIN_TERMS.items()} | {
    _SQUEEZE.sub("", k): v for k, v in LATIN_TERMS.items()
}


def _trie(terms: Iterable[str]) -> str:
    """One regex of all terms, as a trie of their squeezed letters ("fire(?:[ -'’]?alarm)?").

    re tries the branches of an alternation one by one at each word: with ~300 terms side by
    side, a message with English cost more than all the rest of `analysis`. In the trie the
    branches of a node begin with different letters, an optional mark before a letter where some
    term has one there, so one branch at most goes on; a node that ends a term makes the rest
    optional, greedily, so that the longest term is read.
    """
    root: dict[str, Any] = {}
    for term in terms:
        node, mark = root, False
        for char in term:
            if char in _MARKS:
                mark = True
                continue
            node = node.setdefault(char, {"": False, "marked": False})
            node["marked"] |= mark
            mark = False
        node[""] = True

    def pattern(node: dict[str, Any]) -> str:
        letters = sorted(k for k in node if len(k) == 1)
        branches = [
            (_MARK + "?" if node[c]["marked"] else "") + re.escape(c) + pattern(node[c])
            for c in letters
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if node.get("") else body

    return pattern(root)


_LATIN = re.compile(r"(?<![a-z])(?:" + _trie([*LATIN_TERMS, *PINYIN_TERMS]) + r")(?![a-z])")
# Letters and what may stand between the words of a term: a run ends where Chinese begins.
_LATIN_RUN = re.compile(r"[a-z][a-z0-9 '’/\-]*")
_CANTONESE_START = re.compile("[" + "".join(sorted({k[0] for k in CANTONESE})) + "]")
_ANY_LATIN = re.compile("[a-z]")
_CANTONESE = re.compile("|".join(sorted(map(re.escape, CANTONESE), key=len, reverse=True)))


# The full-width marks of Chinese typing. NFKC maps each to its ASCII form, which is also the
# whole of its compatibility decomposition, so replacing them first leaves NFKC the same result
# to reach; in most messages it then finds the text already normal and returns it unread,
# where recomposing it cost five times as much.
_FULL_WIDTH_MARKS = tuple((mark, unicodedata.normalize("NFKC", mark)) for mark in "，？！：；（）")


def _holds_traditional(text: str) -> bool:
    """A character that is Traditional only: the class first, the set only for text that holds
    a character past U+FFFF at all."""
    return _TRADITIONAL_BMP.search(text) is not None or (
        _ASTRAL.search(text) is not None and not _TRADITIONAL.isdisjoint(text)
    )


def canonical(text: str) -> str:
    for mark, ascii_mark in _FULL_WIDTH_MARKS:
        text = text.replace(mark, ascii_mark)
    text = unicodedata.normalize("NFKC", text)
    # isprintable() is false for every control, format and line-break character, so most
    # messages skip both passes.
    if not text.isprintable() or "  " in text:
        text = _SPACES.sub(" ", _CONTROL.sub("", text))
    text = text.strip()
    if not _holds_traditional(text):
        return text
    converted: str = zhconv.convert(text, "zh-cn")
    return converted


# A character held down ("啊啊啊啊啊…", "!!!!!!") says no more after three: left long, one word
# repeated hundreds of times would outweigh everything else the message says.
_HELD_DOWN = re.compile(r"([^0-9a-z])\1{3,}")


def analysis(canonical_text: str) -> str:
    # Last, so that a slip in what pinyin or Cantonese became is read back as well.
    return correct_homophones(rewritten(canonical_text))


def rewritten(canonical_text: str) -> str:
    """The analysis form before its sound-alike slips are mended: lower case, a held-down
    character cut to three, Cantonese and English campus words in Mandarin."""
    text = canonical_text.lower()
    # A character held down is there four times at least: counting the distinct characters
    # rules that out for ~96% of messages in one pass, where the regex is tried at each one.
    if len(text) - len(set(text)) >= 3:
        text = _HELD_DOWN.sub(r"\1\1\1", text)
    # An alternation of many words is tried at every position; most messages hold no
    # Cantonese and no Latin letters, and a character class rules that out in one pass.
    if _CANTONESE_START.search(text):
        text = _CANTONESE.sub(_mandarin, text)
    if _ANY_LATIN.search(text):
        # Terms stand in runs of Latin text; tried at each Chinese character as well, the
        # regex cost as much as the rest of the message.
        text = _LATIN_RUN.sub(lambda run: _LATIN.sub(_latin_term, run.group(0)), text)
    return text


def _mandarin(match: re.Match[str]) -> str:
    word = match.group(0)
    if word == "啲" and match.start() and match.string[match.start() - 1] in DEGREE_BEFORE_DI:
        return "点"
    return CANTONESE[word]


def _latin_term(match: re.Match[str]) -> str:
    return _LATIN_TERMS[_SQUEEZE.sub("", match.group(0))]


def in_senders_script(simplified: str, original: str) -> str:
    """`simplified`, a piece read from the canonical form, in the characters the sender typed.

    A place is a name: 七座二樓 is shown to the reporter and to the team as written, not as
    7座2楼, since that is how the people of that school write and look for it. Each character
    the message wrote in Traditional replaces its Simplified form; a character the message
    never wrote (a numeral made Arabic) stays as it is.
    """
    if not _holds_traditional(original):
        return simplified
    written: dict[str, str] = {}
    for char in unicodedata.normalize("NFKC", original):
        if char in _TRADITIONAL:
            written.setdefault(_simplified_char(char), char)
    return "".join([written.get(char, char) for char in simplified])


@lru_cache(maxsize=4096)
def _simplified_char(char: str) -> str:
    converted: str = zhconv.convert(char, "zh-cn")
    return converted if len(converted) == 1 else char
