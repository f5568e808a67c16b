"""`parse`: one message in, everything the bot needs to know about it out."""

from functools import lru_cache

from nlp.classifier import Classifiers, Prediction, load
from nlp.features import features_of, hazard_features, tokens
from nlp.labels import Category, Kind, Urgency
from nlp.lexicon import lexicon_features
from nlp.location import find_location
from nlp.models import ParsedMessage
from nlp.normalize import analysis, canonical
from nlp.smalltalk import is_small_talk
from nlp.timeexpr import find_time
from nlp.urgency import UrgencyReading, urgency_reading

# A report is a few sentences; past this it is a pasted document, and parsing all of it would
# let one message cost as much as thousands. The head carries what the sender wants.
MAX_CHARS = 2000
_SECURITY_OBJECT = f"o:{Category.SECURITY.value}"
# The learned urgency model raises urgency on its own from this probability. It was chosen
# by cross-validation on nlp/data (`python -m nlp.train --cv`): missing an emergency is the
# worst mistake, so the threshold sits low, where false alarms stay rare.
URGENT_PROBABILITY = 0.4
_MODEL_EVIDENCE = "整体描述像紧急情况"


@lru_cache(maxsize=1)
def _classifiers() -> Classifiers:
    return load()


def parse(text: str) -> ParsedMessage:
    truncated = len(text) > MAX_CHARS
    canon = canonical(text[:MAX_CHARS])
    analysed = analysis(canon)
    folded_words = tokens(analysed)
    lexicon = lexicon_features(analysed)
    reading = urgency_reading(analysed)
    predicted = _classifiers().predict(features_of(folded_words, lexicon, hazard_features(reading)))
    kind = predicted.kind
    urgency, urgency_evidence = _urgency(reading, predicted.urgent)
    small_talk = is_small_talk(analysed, folded_words)
    category = _category(predicted.category, urgency, lexicon)
    # Every value below is already typed and checked; validating it again costs ~5 µs.
    return ParsedMessage.model_construct(
        original=text,
        normalized=canon,
        kind=Kind.INQUIRY if small_talk else Kind(kind.label),
        kind_confidence=kind.confidence,
        category=Category.OTHER if small_talk else category,
        category_confidence=predicted.category.confidence,
        category_evidence=() if small_talk else predicted.category.evidence,
        urgency=urgency,
        urgency_evidence=urgency_evidence,
        location=find_location(canon),
        time_text=find_time(canon),
        is_small_talk=small_talk,
        truncated=truncated,
    )


def _urgency(reading: UrgencyReading, probability: float) -> tuple[Urgency, tuple[str, ...]]:
    """Either the rules or the learned model can raise urgency; a modifier lowers it only where
    its scope covers every hazard the message names ("没有冒烟" / "上周着过火现在没事了")."""
    if reading.urgent:
        return Urgency.URGENT, reading.evidence
    all_lowered = bool(reading.concepts) and len(reading.lowered) == len(reading.concepts)
    if probability >= URGENT_PROBABILITY and not all_lowered:
        return Urgency.URGENT, (_MODEL_EVIDENCE,)
    return Urgency.NORMAL, ()


def _category(predicted: Prediction, urgency: Urgency, lexicon: list[str]) -> Category:
    """TAXONOMY gives fire, smoke, gas, threats and injuries to security, while a broken object
    in danger (a sparking socket, a stuck lift) goes by what it is. So an emergency that names
    no object of another team is security's, whatever the words around it suggest."""
    if urgency is Urgency.URGENT and not any(
        f.startswith("o:") and f != _SECURITY_OBJECT for f in lexicon
    ):
        return Category.SECURITY
    return Category(predicted.label)


def warm_up() -> None:
    """Load the dictionary and weights now, so the first user does not wait for them."""
    parse("3号楼502的水龙头坏了")
