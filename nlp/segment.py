"""Words as jieba cuts them (accurate mode, HMM off), with jieba's dictionary and the campus one.

jieba finds the words a sentence could hold by walking its 500k-entry prefix dict one character
at a time in Python; on a short message that walk and its route search were a third of all that
`parse` cost, and the dict held ~60 MB. Here the same dictionary (jieba's dict.txt, read as
jieba reads it, then nlp/dict/*.txt as `jieba.load_userdict` adds them) is compiled once into
an Aho-Corasick automaton, which finds every dictionary word in the sentence in one pass in C;
the route is then jieba's own maximum-probability route, the same sums in the same order, so the
words are jieba's to the last one (tests/nlp/test_segment.py compares them on every training
sentence). The compiled automaton is cached next to jieba's own cache, keyed by the contents of
the dictionaries, and is never a pickle: loading it runs no code.

The automaton holds the words of two characters and more written backwards: walking a block
backwards, it reports the words that start at each position from the last position to the
first, longest first, which is the order in which jieba computes its route, so that one pass
finds the words and the route. Most positions start no such word; their one-character words
are read from flat tables indexed by code point, without an object made per character.
"""

import hashlib
import logging
import math
import os
import re
import string
import tempfile
from array import array
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Final

import ahocorasick
import jieba

log = logging.getLogger(__name__)

_JIEBA_DICT: Final = Path(jieba.__file__).with_name(jieba.DEFAULT_DICT_NAME)
_CAMPUS_DICTS: Final = sorted(Path(__file__).with_name("dict").glob("*.txt"))
# A value packs a word's frequency and its length (at most 63 characters), so that one match
# tells where the word starts and how likely it is.
_LENGTH_BITS: Final = 6
_LENGTH_MASK: Final = (1 << _LENGTH_BITS) - 1
_FORMAT: Final = "5"  # bump when the packing or the keys below change
# No block holds it (see _BLOCK): a key that starts or ends with it never matches a text.
_NO_TEXT: Final = "\0"

# jieba's own expressions: what a block of words is, what separates blocks, what a letter is.
_BLOCK: Final = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP: Final = re.compile("(\r\n|\\s)")
_LATIN: Final = frozenset(string.ascii_letters + string.digits)
_USER_LINE: Final = re.compile("^(.+?)( [0-9]+)?( [a-z]+)?$")


def _frequencies() -> tuple[dict[str, int], int]:
    """Every word's frequency and their total, as jieba's `gen_pfdict` and `add_word` leave
    them: a word written twice keeps its last frequency, and the total counts both."""
    freq: dict[str, int] = {}
    total = 0
    with _JIEBA_DICT.open(encoding="utf-8") as lines:
        for line in lines:
            word, count = line.strip().split(" ")[:2]
            freq[word] = int(count)
            total += int(count)
    for path in _CAMPUS_DICTS:
        for line in path.read_text(encoding="utf-8").lstrip("\ufeff").splitlines():
            match = _USER_LINE.match(line.strip())
            if not match or match.group(2) is None:
                continue  # every campus entry carries its frequency; see tests/nlp/test_segment.py
            freq[match.group(1).strip()] = int(match.group(2))
            total += int(match.group(2))
    return freq, total


@cache  # the dictionaries are read once, for the automaton and for DICTIONARY_KEY
def _cache_path() -> Path:
    digest = hashlib.sha1(_FORMAT.encode())
    digest.update(ahocorasick.__name__.encode() + str(ahocorasick.unicode).encode())
    for path in (_JIEBA_DICT, *_CAMPUS_DICTS):
        digest.update(path.read_bytes())
    return Path(tempfile.gettempdir()) / f"houqin-words-{os.getuid()}-{digest.hexdigest()[:16]}"


def _key(word: str) -> str:
    """A word's key: backwards, or after _NO_TEXT for a word of one character, which the
    automaton then never reports and `_singles` reads back."""
    return _NO_TEXT + word if len(word) == 1 else word[::-1]


def _compile() -> tuple[ahocorasick.Automaton, int]:
    """Every word with a frequency (as jieba's DAG takes them), under its `_key`.

    pyahocorasick finds a node's child by reading its children one by one, in the order they
    were added, and the root has ~12,000: a character that no word ends with read them all,
    ~3 µs for each digit of "000号楼". So the letters, digits and symbols a block may hold come
    first, each as a key no text holds, and then the words in the order of `_layout`.
    """
    freq, total = _frequencies()
    values = {_key(w): count << _LENGTH_BITS | len(w) for w, count in freq.items() if count}
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for char in string.digits + string.ascii_letters + "+#&._%-":
        automaton.add_word(char + _NO_TEXT, 0)
    for key in _layout(values, freq):
        automaton.add_word(key, values[key])
    automaton.make_automaton()
    return automaton, total


def _layout(keys: Iterable[str], freq: dict[str, int]) -> list[str]:
    """The keys in the order that puts each node's common children first: by how often the
    messages the classifier learns from (nlp/data) hold each of their characters, then by how
    often jieba has seen it alone. A node's children are then read in about the order a
    message needs them, and the nodes a message visits lie close together in memory: ~30%
    less time in the automaton. (It changes no word; the cache keeps the order the data had
    when it was written.)"""
    from nlp.classify.training_data import training_examples  # only when compiling

    held = Counter(char for example in training_examples() for char in example.text.lower())
    chars = {char for key in keys for char in key}
    ranked = sorted(chars, key=lambda c: (c == _NO_TEXT, -held[c], -freq.get(c, 0), c))
    # Each character as its rank, so that comparing two keys compares their characters' ranks.
    as_rank = {ord(char): chr(rank) for rank, char in enumerate(ranked)}
    return sorted(keys, key=lambda key: key.translate(as_rank))


def _load() -> tuple[ahocorasick.Automaton, int]:
    path = _cache_path()
    try:
        total = int(path.with_suffix(".total").read_text())
        return ahocorasick.load(str(path), bytes), total
    except (OSError, ValueError):
        pass
    automaton, total = _compile()
    try:  # written aside and renamed, so that a second process never reads half a file
        partial = path.with_suffix(f".{os.getpid()}.partial")
        automaton.save(str(partial))
        path.with_suffix(".total").write_text(str(total))
        os.replace(partial, path)
    except OSError as error:
        log.warning("could not cache the word automaton at %s: %s", path, error)
    return automaton, total


_AUTOMATON, _TOTAL = _load()
# What names the dictionaries' contents, for the tables built from word frequencies elsewhere.
DICTIONARY_KEY: Final = _cache_path().name
LOG_TOTAL: Final = math.log(_TOTAL)
# jieba scores a character that is no word as a word seen once: log(1) - log(total).
_UNKNOWN: Final = math.log(1) - LOG_TOTAL


def _singles() -> dict[str, float]:
    """Each word of one character and its score, log(frequency) - log(total) as jieba has it."""
    return {
        key[1:]: math.log(value >> _LENGTH_BITS) - LOG_TOTAL
        for key, value in _AUTOMATON.items(_NO_TEXT)
        if len(key) == 2
    }


# Every character a block may hold (see _BLOCK) is below this code point.
_BLOCK_CHARS_END: Final = 0x9FD6


def _by_code_point(scores: dict[str, float], missing: float) -> "array[float]":
    """`scores` as a flat table indexed by code point: a message reads ~15 of its entries, and
    in a dict of ~12,000 characters each read went to the table, the entry, the key and the
    value, wherever each lay in memory (the lookups were ~5% of all that `parse` cost)."""
    table = array("d", [missing]) * _BLOCK_CHARS_END
    for char, score in scores.items():
        table[ord(char)] = score
    return table


class _Scores(dict[int, float]):
    """For each value of the automaton met so far, its word's log(frequency) - log(total):
    the dictionary's words share ~5,000 distinct frequencies, and a message's words repeat
    the common ones."""

    def __missing__(self, value: int) -> float:
        score = self[value] = math.log(value >> _LENGTH_BITS) - LOG_TOTAL
        return score


_SINGLE: Final = _singles()
# A character's score as a word of its own, or as jieba scores a character that is no word.
_ALONE: Final = _by_code_point(_SINGLE, _UNKNOWN)
# The same where it competes with longer words: -inf for a character that is no word.
_OWN: Final = _by_code_point(_SINGLE, -math.inf)
_SCORE: Final = _Scores()


def frequency(word: str) -> int:
    """How often jieba's dictionary has seen `word` as a word; 0 when it is none."""
    value: int = _AUTOMATON.get(_key(word), 0) if word else 0
    return value >> _LENGTH_BITS


def _route(block: str) -> list[int]:
    """For each position, where the best word starting there ends (exclusive): jieba's `calc`
    over jieba's DAG, the same sums in the same order, with ties going to the longer word as in
    its `max` over tuples."""
    n = len(block)
    codes = list(map(ord, block))
    score = [0.0] * (n + 1)
    # Where no word starts, jieba's DAG has the character alone, known or not.
    ends = list(range(1, n + 1))
    known = n  # score[known:] is final
    for backwards_end, value in _AUTOMATON.iter(block[::-1]):
        start = n - 1 - backwards_end
        if start < known:  # the longest word starting here: the first one the automaton reports
            for at in range(known - 1, start, -1):
                score[at] = _ALONE[codes[at]] + score[at + 1]
            known = start
            # The character alone competes only if it is a word itself (-inf + a score is -inf).
            best = score[start] = _OWN[codes[start]] + score[start + 1]
        else:
            best = score[start]
        end = start + (value & _LENGTH_MASK)
        candidate = _SCORE[value] + score[end]
        if candidate > best or (candidate == best and end > ends[start]):
            score[start], ends[start] = candidate, end
    # Before the first word that starts anywhere each character stands alone; their scores
    # would be read by no word, so they are not summed.
    return ends


def _cut(block: str, out: list[str]) -> None:
    """Append the words of one block to `out`, as jieba's `__cut_DAG_NO_HMM` yields them."""
    ends = _route(block)
    at, n, letters = 0, len(block), ""
    while at < n:
        end = ends[at]
        word = block[at:end]
        if end == at + 1 and word in _LATIN:
            letters += word  # jieba joins single letters and digits back into one run
        else:
            if letters:
                out.append(letters)
                letters = ""
            out.append(word)
        at = end
    if letters:
        out.append(letters)


def words(text: str) -> list[str]:
    """`jieba.lcut(text, HMM=False)`, computed over the compiled dictionary.

    The HMM invents "words" from runs of unknown characters; the classifier's character
    bigrams already cover such runs, and without the guesses 5-fold accuracy on nlp/data/ is
    no worse (kind 0.909 vs 0.903, category 0.865 vs 0.855) while segmentation takes ~40%
    less time.
    """
    result: list[str] = []
    # Split on a capturing group, the pieces alternate: text between blocks, then a block.
    for number, piece in enumerate(_BLOCK.split(text)):
        if number % 2:
            _cut(piece, result)
            continue
        # Between blocks, jieba keeps each space (and each line break) as it stands and every
        # other character as a word of its own. Most pieces hold no space ("," "!"): every
        # space but " " is unprintable.
        if " " not in piece and piece.isprintable():
            result.extend(piece)
            continue
        for kind, part in enumerate(_SKIP.split(piece)):  # the pieces alternate again
            if kind % 2:
                result.append(part)
            else:
                result.extend(part)
    return result
