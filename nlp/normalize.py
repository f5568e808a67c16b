"""Turn what people type into one form the rest of the parser can rely on.

Two forms come out of here:
- `canonical`: NFKC (full-width → half-width) and Traditional → Simplified with mainland
  vocabulary (網路 → 网络, 滑鼠 → 鼠标). Places are read from this form, so it keeps case and
  every character that could belong to an address.
- `analysis`: `canonical` with Cantonese function words and the romanized or English names
  of campus things rewritten into Mandarin (冇 → 没, 唔 → 不, kongtiao → 空调, wifi → 无线网络).
  Classifier and urgency rules read this form, so one vocabulary serves all the ways the same
  thing is written.
"""

import re
import unicodedata

import zhconv
import zhconv.zhconv as _zhconv_tables

from nlp.synonyms import CANTONESE, LATIN_TERMS, PINYIN_TERMS

# zhconv walks the text character by character in Python. Most messages are already
# Simplified, so it runs only on text holding a character that is Traditional-only; the
# "zh-cn" variant then also maps Taiwan and Hong Kong vocabulary (網路 → 网络).
_zhconv_tables.getdict("zh-hans")
_TRADITIONAL = frozenset(
    k for k, v in _zhconv_tables.zhcdicts["zh2Hans"].items() if len(k) == 1 and v != k
)
_CONTROL = re.compile(
    r"[\ud800-\udfff\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\ufeff]"
)
_SPACES = re.compile(r"\s+")
# A pinyin term is its syllables with an optional space between them; the match with its
# spaces removed finds the term again. Longer terms are tried first.
_PINYIN = {key.replace(" ", ""): value for key, value in PINYIN_TERMS.items()}
_LATIN_WORDS = sorted(
    [(key, re.escape(key)) for key in LATIN_TERMS]
    + [(key, " ?".join(map(re.escape, key.split()))) for key in PINYIN_TERMS],
    key=lambda pair: len(pair[0]),
    reverse=True,
)
_LATIN = re.compile(r"(?<![a-z])(" + "|".join(regex for _, regex in _LATIN_WORDS) + r")(?![a-z])")
_CANTONESE_START = re.compile("[" + "".join(sorted({k[0] for k in CANTONESE})) + "]")
_ANY_LATIN = re.compile("[a-z]")
_CANTONESE = re.compile("|".join(sorted(map(re.escape, CANTONESE), key=len, reverse=True)))


def canonical(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    # isprintable() is false for every control, format and line-break character, so most
    # messages skip both passes.
    if not text.isprintable() or "  " in text:
        text = _SPACES.sub(" ", _CONTROL.sub("", text))
    text = text.strip()
    if _TRADITIONAL.isdisjoint(text):
        return text
    converted: str = zhconv.convert(text, "zh-cn")
    return converted


def analysis(canonical_text: str) -> str:
    text = canonical_text.lower()
    # An alternation of many words is tried at every position; most messages hold no
    # Cantonese and no Latin letters, and a character class rules that out in one pass.
    if _CANTONESE_START.search(text):
        text = _CANTONESE.sub(lambda m: CANTONESE[m.group(0)], text)
    if _ANY_LATIN.search(text):
        text = _LATIN.sub(_latin_term, text)
    return text


def _latin_term(match: re.Match[str]) -> str:
    written = match.group(0)
    return LATIN_TERMS.get(written) or _PINYIN[written.replace(" ", "")]
