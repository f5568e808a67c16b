"""The features the classifier sees; one function, shared by training and serving.

Words from jieba carry meaning ("水龙头", "投诉"). Where the dictionary knows no word, jieba
(without its HMM guesser) leaves single characters; character bigrams over those runs carry
what segmentation missed (typos, Cantonese, unseen compounds) without repeating, as pairs,
every word it did find. Digits are folded
to 0 so that room numbers do not become vocabulary. The hand-written vocabularies of
nlp/classify/lexicon.py add one feature per team whose objects the message names, and one per intent
cue (proposing, asking, thanking, reporting a fault).
"""

import re

from nlp.classify.lexicon import lexicon_features
from nlp.segment import words
from nlp.urgency import UrgencyReading, urgency_reading

_DIGITS = re.compile(r"\d")


def fold_digits(analysis_text: str) -> str:
    return _DIGITS.sub("0", analysis_text)


def tokens(analysis_text: str) -> list[str]:
    """jieba's words of the digit-folded text; computed once per message and shared."""
    return words(fold_digits(analysis_text))


def hazard_features(reading: UrgencyReading) -> list[str]:
    """The urgency rules' hazard concepts as features ("h:fire"), and each lowering of one
    ("l:fire:negated"), so the learned urgency model weighs what the rules saw, in context."""
    if not reading.concepts and not reading.lowered:
        return []  # most messages: no hazard at all
    return [f"h:{c}" for c in reading.concepts] + [f"l:{c}" for c in reading.lowered]


def features_of(folded_words: list[str], lexicon: list[str], hazards: list[str]) -> list[str]:
    """The features of one message from its words, its lexicon features and its hazard
    features (each computed once by the caller, who uses them too)."""
    # Words are their own feature names; the other kinds carry a prefix ("c:", "o:", "p:", "q:",
    # "h:", "l:") that jieba never leaves inside a word, since it splits ":" off on its own.
    out = [w for w in folded_words if not w.isspace()]
    out.extend(lexicon)
    out.extend(hazards)
    # Character pairs, in order, within each run of characters jieba left alone that mean
    # something: Chinese, a letter or a digit (compared as strings: a regex call per word
    # cost three times as much).
    previous = ""  # the word before, when it is such a character
    for word in folded_words:
        if len(word) == 1 and (
            "\u4e00" <= word <= "\u9fff" or "a" <= word <= "z" or "0" <= word <= "9"
        ):
            if previous:
                out.append(f"c:{previous}{word}")
            previous = word
        else:
            previous = ""
    return out


def features(analysis_text: str) -> list[str]:
    """The analyzer that training hands to scikit-learn's vectorizer."""
    return features_of(
        tokens(analysis_text),
        lexicon_features(analysis_text),
        hazard_features(urgency_reading(analysis_text)),
    )
