"""The features the classifier sees; one function, shared by training and serving.

Words from jieba carry meaning ("水龙头", "投诉"); character bigrams carry what segmentation
misses (typos, Cantonese, unseen compounds: "水笼头" still shares "龙头"). Digits are folded
to 0 so that room numbers do not become vocabulary. The hand-written vocabularies of
nlp/lexicon.py add one feature per team whose objects the message names, and one per intent
cue (proposing, asking, thanking, reporting a fault).
"""

import re

from nlp.lexicon import lexicon_features
from nlp.segment import words

_DIGITS = re.compile(r"\d")
_KEEP = re.compile(r"[\u4e00-\u9fffa-z0-9]")
_WORD_OK = re.compile(r"[\u4e00-\u9fffa-z]")


def fold_digits(analysis_text: str) -> str:
    return _DIGITS.sub("0", analysis_text)


def tokens(analysis_text: str) -> list[str]:
    """jieba's words of the digit-folded text; computed once per message and shared."""
    return words(fold_digits(analysis_text))


def features_of(analysis_text: str, folded_text: str, folded_words: list[str]) -> list[str]:
    out = [f"w:{w}" for w in folded_words if _WORD_OK.search(w)]
    out.extend(lexicon_features(analysis_text))
    chars = "".join(_KEEP.findall(folded_text))
    out.extend(f"c:{chars[i : i + 2]}" for i in range(len(chars) - 1))
    return out


def features(analysis_text: str) -> list[str]:
    """The analyzer that training hands to scikit-learn's vectorizer."""
    return features_of(analysis_text, fold_digits(analysis_text), tokens(analysis_text))
