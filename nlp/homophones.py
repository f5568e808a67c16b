"""Read sound-alike slips back to the campus words they stand for ("水龙偷" → "水龙头").

Voice input and pinyin input methods put down a character that sounds like the right one
("插坐", "露电", "着伙", "跳匝"), and the slip turns a word the classifier and the urgency rules
know into noise. A run of 2–4 characters is read as a slip of a campus word when it

- sounds like the word (nlp/classify/lexicon.py objects, places and fault phrases, nlp/dict/facilities.txt,
  the danger words of data/homophones.toml), tones ignored and z/zh, c/ch, s/sh taken as one, as
  fuzzy pinyin input does;
- keeps at least half of the word's characters (one of two): an input method gets most of a
  word right, and two wrong characters of two are more often another word than a slip; and of
  two characters neither the kept nor the changed one is a function character ("不凉" is not
  "不亮", "的水" not "滴水"), but for "X了" right after an object ("灯泡怀了" → 坏了);
- is not a word itself: no campus word, nothing in jieba's dictionary;
- is a unit of the text: no dictionary word runs across its edges ("找伙伴" holds 伙伴, "的水龙头"
  holds 水龙头, "宿舍有" holds 宿舍), and no campus word starts inside it and runs on;
- reads better rewritten: under jieba's unigram model the rewritten stretch must beat the typed
  one by `_SLIP_ODDS` ("手被门夹了" keeps 被门).

`analysis` reads the result, and so does the location reader (a slip in "宿社楼" hides a
place). A rewrite keeps the length of the text.
"""

import itertools
import json
import math
import operator
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Final

from nlp.classify.lexicon import CUES, OBJECTS, PLACES
from nlp.loading import cached_json
from nlp.pinyin import PINYIN_TABLE, keys_by_char
from nlp.segment import DICTIONARY_KEY, LOG_TOTAL, frequency

_DATA = Path(__file__).with_name("data") / "homophones.toml"
_FACILITIES = Path(__file__).with_name("dict") / "facilities.txt"
# The rewritten stretch must be this much likelier than the typed one (natural log, as the
# scores): 1 in 50 keeps every slip in nlp/data/ that a reader would correct ("灯泡怀了" scores
# 4.3) and drops stretches that are fine as typed ("哪个门进" 3.9, "洗着洗着" 3.7).
_SLIP_ODDS: Final = math.log(50)
_CONTEXT: Final = 2  # characters each side of a window that its score reads
# A homophone in the campus dictionary far rarer than another campus word is its misspelling,
# listed so that jieba cuts it as one word ("水笼头" 200 beside "水龙头" 2000).
_VARIANT_RATIO: Final = 5
# The same for a word of jieba's own dictionary: one seen a few times, beside a campus word
# seen thousands of times that sounds the same, is what input methods put down for it.
_RARE_RATIO: Final = 300
# A sound-alike is a character jieba has seen as a word this often: what input methods and
# speech recognisers put down (悌 58, 匝 198), not the rare characters of the same sound.
_COMMON: Final = 30
# Characters that carry no word of their own: a two-character window that keeps or brings in only
# one of them is a phrase of its own (see `_idle`).
_FUNCTION_CHARS: Final = frozenset(
    "不没了的地得有无上下里外大小好很太真在是过都也又还就才被把给让一个来去到说要会能可这那"
)
_ADVERBS: Final = frozenset("又也都全就还才")
_NUMERALS: Final = frozenset("零〇一二两三四五六七八九十百千")


Term = tuple[str, tuple[str, ...]]  # a campus word and the key of each of its characters


def _is_cjk_word(term: str) -> bool:
    return 2 <= len(term) <= 4 and all("\u4e00" <= c <= "\u9fff" for c in term)


def _campus_words() -> tuple[set[str], set[str], dict[str, int], frozenset[str]]:
    """(targets, known words, campus dictionary frequencies, words to keep).

    Targets, the words a slip is read back to, are objects, places, fault phrases and dangers
    that are words (in jieba's dictionary, or of three characters and more): a phrase such as
    "有烟", "没水" is not, since "有盐", "没睡" are what people write. Known words, never taken
    for a slip, are every lexicon term and the words to keep of the data file.
    """
    facilities: dict[str, int] = {}
    for line in _FACILITIES.read_text(encoding="utf-8").splitlines():
        if parts := line.split():
            facilities[parts[0]] = int(parts[1])
    with _DATA.open("rb") as f:
        data = tomllib.load(f)
    keep = frozenset[str](data["keep"])
    objects = [t for group in (*OBJECTS.values(), *PLACES.values()) for t in group]
    faults = [*CUES["fault"], *CUES["resolved"]]
    named = (*objects, *faults, *facilities, *data["hazards"], *data["places"])
    words = {t for t in named if _is_cjk_word(t)}
    targets = {t for t in words if frequency(t) or len(t) >= 3}
    known = {t for group in CUES.values() for t in group} | set(objects) | words | keep
    return targets, known, facilities, keep


def _kept(name: str, sources: Iterable[bytes], build: Callable[[], Any]) -> Any:
    """`build()` as JSON, kept on disk keyed by the code that builds it, pypinyin's table and
    `sources`: the two tables below took ~0.3 s of every start to build."""
    if PINYIN_TABLE is None:  # the table is a module's: no file to key the copy by
        return json.loads(json.dumps(build()))
    code = [Path(__file__).read_bytes(), Path(__file__).with_name("pinyin.py").read_bytes()]
    return cached_json(name, [*code, PINYIN_TABLE.read_bytes(), *sources], build)


_KEYS: Final[dict[str, tuple[str, ...]]] = {
    char: tuple(keys) for char, keys in _kept("pinyin-keys", [], keys_by_char).items()
}
_TARGETS, _KNOWN, _CAMPUS_FREQ, _KEEP = _campus_words()
_OBJECTS: Final = frozenset(t for group in OBJECTS.values() for t in group)


def _variants() -> frozenset[str]:
    """Campus dictionary words that sound like a far commoner campus word: its misspellings,
    which are read as that word and are no target of their own."""
    by_sound: dict[tuple[str, ...], list[str]] = {}
    for word in _TARGETS:
        by_sound.setdefault(tuple(_KEYS[c][0] for c in word), []).append(word)
    found = set()
    for word, freq in _CAMPUS_FREQ.items():
        if not _is_cjk_word(word):
            continue
        for sound in itertools.product(*(_KEYS[c] for c in word)):
            for other in by_sound.get(sound, ()):
                kept = sum(a == b for a, b in zip(word, other, strict=True))
                commoner = freq * _VARIANT_RATIO <= _CAMPUS_FREQ.get(other, frequency(other))
                if other != word and kept * 2 >= len(word) and commoner:
                    found.add(word)
    return frozenset(found)


_VARIANTS: Final = _variants()
_TARGETS -= _VARIANTS


def _idle(window: str, word: str) -> bool:
    """A two-character window that keeps or brings in only a function character: "不凉", "录上",
    "大镬", "的水", "是火" are phrases of their own far more often than slips of "不亮", "路上",
    "大火", "滴水", "失火". "X了" is kept for `_weakly_anchored` to read in its context."""
    kept, changed = (window[1], window[0]) if window[1] == word[1] else (window[0], window[1])
    return changed in _FUNCTION_CHARS or (kept in _FUNCTION_CHARS and kept != "了")


def _slip_pairs() -> dict[str, list[tuple[str, int]]]:
    """Two adjacent characters of a slip → the targets it may be of, with the pair's offset.

    A slip keeps half of its word, so one of its changed characters stands next to a kept one:
    the index holds, for each two adjacent characters of a target, the pairs in which one of
    them is replaced by a common sound-alike (~50,000 pairs).
    """
    by_key: dict[str, list[str]] = {}
    for char, keys in _KEYS.items():
        if frequency(char) >= _COMMON:
            for k in keys:
                by_key.setdefault(k, []).append(char)
    found: dict[str, list[tuple[str, int]]] = {}
    for word in sorted(_TARGETS, key=lambda w: (-len(w), w)):
        # A word sounds as its characters' commonest readings ("空调" kong diào, so "空掉" is
        # found); the second ones (堵 zhě, 毒 dài) would make "着了", "有带" "堵了", "有毒".
        term = word, tuple(_KEYS[c][0] for c in word)
        for p in range(len(word) - 1):
            a, b = word[p], word[p + 1]
            pairs = {a + c for c in by_key.get(term[1][p + 1], ())}
            pairs |= {c + b for c in by_key.get(term[1][p], ())}
            # A pair that is a word is read as the word ("可以", not a slip of "可疑"): a slip of
            # two characters would be that word, and a longer one would hold it.
            for pair in pairs - {a + b}:
                if not frequency(pair) and not (len(word) == 2 and _idle(pair, word)):
                    found.setdefault(pair, []).append((word, p))
    return found  # words went in longest first, so each list is in order


def _slip_table() -> dict[str, Any]:
    """`_slip_pairs` with each word as its number in a list of the words: read back, the
    table then makes no string for each of its ~60,000 entries."""
    words = sorted(_TARGETS)
    number = {w: i for i, w in enumerate(words)}
    pairs = {pair: [x for w, p in v for x in (number[w], p)] for pair, v in _slip_pairs().items()}
    return {"words": words, "pairs": pairs}


def _as_terms(table: dict[str, Any]) -> dict[str, tuple[tuple[Term, int], ...]]:
    """The pairs of `_slip_table` with each word as its Term; equal lists share one tuple."""
    terms = [(w, tuple(_KEYS[c][0] for c in w)) for w in table["words"]]
    shared: dict[tuple[tuple[Term, int], ...], tuple[tuple[Term, int], ...]] = {}
    found = {}
    for pair, flat in table["pairs"].items():
        slips = tuple(zip(map(terms.__getitem__, flat[::2]), flat[1::2], strict=True))
        found[pair] = shared.setdefault(slips, slips)
    return found


# Keyed by the targets (the lexicon, the facilities, the data file) and the word frequencies.
_TARGETS_KEY: Final = json.dumps(sorted(_TARGETS), ensure_ascii=False).encode()
_SLIPS: Final = _as_terms(_kept("slip-pairs", [_TARGETS_KEY, DICTIONARY_KEY.encode()], _slip_table))
# The same pairs as a set, for the test every message goes through: a set probes one table
# where a dict probes two, and the pairs of a message are ~15 probes into ~50,000 entries.
_SLIP_PAIRS: Final = frozenset(_SLIPS)


def _sounds_like(window: str, term: Term) -> bool:
    """Whether `window`, not the word itself, sounds like it and keeps half its characters."""
    word, keys = term
    changed = [p for p, (a, b) in enumerate(zip(window, word, strict=True)) if a != b]
    return 0 < len(changed) <= len(word) // 2 and all(
        keys[p] in _KEYS.get(window[p], ()) for p in changed
    )


def _crosses_a_word(text: str, start: int, end: int) -> bool:
    """Whether a dictionary word or a word to keep runs across an edge of text[start:end]."""
    for a in range(max(0, start - 3), end):
        for b in range(a + 2, min(len(text), a + 4) + 1):
            if (a < start < b or a < end < b) and (frequency(text[a:b]) or text[a:b] in _KEEP):
                return True
    return False


def _starts_a_word(text: str, start: int, end: int) -> bool:
    """Whether a slip of another campus word starts inside text[start:end] and runs on: in
    "楼电悌" the 电 belongs to "电悌" (电梯), not to "楼电" (漏电). (A word as typed that runs on
    is a word across the edge.)"""
    for i in range(start + 1, min(len(text) - 1, end + 3)):  # a word starts ≤ 3 before its pair
        for term, offset in _SLIPS.get(text[i : i + 2], ()):
            j = i - offset
            size = len(term[0])
            if start < j < end < j + size <= len(text) and _sounds_like(text[j : j + size], term):
                return True
    return False


def _after_object(text: str, start: int) -> bool:
    """Whether the text before `start` ends with the name of a campus object ("灯泡", "门锁又")."""
    head = text[max(0, start - 5) : start]
    if head[-1:] in _ADVERBS:
        head = head[:-1]
    return any(head[-n:] in _OBJECTS for n in range(1, min(4, len(head)) + 1))


def _weakly_anchored(text: str, start: int, window: str, word: str) -> bool:
    """A two-character window that keeps only "了" is read as a fault only right after the
    thing it happened to ("灯泡怀了" → 坏了): there the slot holds a change of state, and
    faults are the changes people report; elsewhere "怀了" is what it says."""
    return len(word) == 2 and window[1] == word[1] == "了" and not _after_object(text, start)


def _log_prob(text: str) -> float:
    """The best segmentation's log-probability under jieba's word frequencies, scored as jieba
    scores a route (an unknown character counts once)."""
    best = [0.0] * (len(text) + 1)
    for i in range(len(text) - 1, -1, -1):
        score = -math.inf
        for j in range(i + 1, min(len(text), i + 4) + 1):
            if freq := frequency(text[i:j]) or (1 if j == i + 1 else 0):
                score = max(score, math.log(freq) - LOG_TOTAL + best[j])
        best[i] = score
    return best[0]


def _a_word_itself(window: str, word: str) -> bool:
    """A word of jieba's dictionary is no slip, unless the campus word it sounds like is
    `_RARE_RATIO` times commoner: "图书管" (3) is a slip of "图书馆" (1,551), not a word in use."""
    seen = frequency(window)
    return bool(seen) and seen * _RARE_RATIO > frequency(word)


# Cantonese names a boy or a pupil with 仔 after a word (男仔, 中一仔): there it starts no
# slip ("中一仔热到晕" is no 制热).
_SUFFIX = "仔"


def _is_slip(text: str, start: int, word: str) -> bool:
    end = start + len(word)
    window = text[start:end]
    if start and window[0] == _SUFFIX != word[0]:
        return False
    if window in _VARIANTS:  # a misspelling that the campus dictionary knows
        return not _crosses_a_word(text, start, end)
    if _NUMERALS.intersection(a for a, b in zip(window, word, strict=True) if a != b):
        return False  # "二零四" is a room, typed as meant, not "二零食"
    if window in _KNOWN or _a_word_itself(window, word) or _crosses_a_word(text, start, end):
        return False
    if _weakly_anchored(text, start, window, word) or _starts_a_word(text, start, end):
        return False
    low, high = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    rewritten = text[low:start] + word + text[end:high]
    return _log_prob(rewritten) - _log_prob(text[low:high]) >= _SLIP_ODDS


def correct(text: str) -> str:
    """`text` with each sound-alike slip of a campus word replaced by the word."""
    slips = _SLIPS
    # Every two adjacent characters looked up at once, in C: all that most messages cost here,
    # since most hold no pair of a slip (~7% of nlp/data/ do); English alone costs nothing.
    if text.isascii() or _SLIP_PAIRS.isdisjoint(map(operator.add, text, text[1:])):
        return text
    starts = []  # where the pairs of slips stand, found in C as well
    for pair in _SLIP_PAIRS.intersection(map(operator.add, text, text[1:])):
        at = text.find(pair)
        while at >= 0:
            starts.append(at)
            at = text.find(pair, at + 1)
    chars: list[str] | None = None
    done = 0  # the end of the last rewrite: no window overlaps a rewritten one
    for i in sorted(starts):
        for term, offset in slips[text[i : i + 2]]:
            word, start = term[0], i - offset
            end = start + len(word)
            if start < done or end > len(text) or not _sounds_like(text[start:end], term):
                continue
            if _is_slip(text, start, word):
                chars = chars or list(text)
                chars[start:end] = word
                done = end
                break
    return text if chars is None else "".join(chars)
