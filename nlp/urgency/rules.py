"""What the parser asks of the urgency rules: is someone or something in danger right now, and
which words say so."""

from dataclasses import dataclass

from nlp.labels import Urgency
from nlp.urgency.context import CLAUSE_BREAKS, Mention, Reader
from nlp.urgency.terms import Direction, load

_MAX_EVIDENCE = 16


@dataclass(frozen=True, slots=True)
class UrgencyReading:
    urgent: bool  # some hazard is there and no modifier lowers it
    evidence: tuple[str, ...]  # the phrases of the hazards that make it urgent, in order
    # Every hazard concept named, lowered or not ("fire", "lift_trapped"): features that a
    # learned model can weigh beside the rules.
    concepts: tuple[str, ...]
    # "fire:negated": a concept every mention of which a modifier lowers, with its kind.
    lowered: tuple[str, ...]


_NOTHING = UrgencyReading(False, (), (), ())
_READER = Reader(load())
# Every value `concepts` and `lowered` can hold, so that a learned model can lay its features
# out once: "fire", …; "fire:negated", … for each concept and each kind of lowering.
CONCEPTS: tuple[str, ...] = tuple(sorted({t.concept for t in _READER.rules.triggers}))
LOWERINGS: tuple[str, ...] = tuple(
    sorted({m.kind for m in _READER.rules.modifiers if m.direction is Direction.LOWER})
)


def urgency_reading(text: str) -> UrgencyReading:
    """The hazards of `text` (the `nlp.normalize.analysis` form) read in their context."""
    mentions = _READER.mentions(text)
    if not mentions:
        return _NOTHING
    standing = [m for m in mentions if not m.lowered_by]
    urgent = {m.trigger.concept for m in standing}
    lowered: dict[str, str] = {}
    for mention in mentions:
        concept = mention.trigger.concept
        if mention.lowered_by and concept not in urgent:
            lowered.setdefault(concept, f"{concept}:{mention.lowered_by[0].kind}")
    return UrgencyReading(
        urgent=bool(standing),
        evidence=tuple(dict.fromkeys(_evidence(text, m) for m in standing)),
        concepts=tuple(dict.fromkeys(m.trigger.concept for m in mentions)),
        lowered=tuple(lowered.values()),
    )


def assess_urgency(text: str) -> tuple[Urgency, tuple[str, ...]]:
    """URGENT with the phrases that show a present danger, or NORMAL with none."""
    reading = urgency_reading(text)
    if not reading.urgent:
        return Urgency.NORMAL, ()
    return Urgency.URGENT, reading.evidence


def mentions(text: str) -> list[Mention]:
    """Each trigger that counts, with what lowers it: for the data's own examples and tests."""
    return _READER.mentions(text)


def _evidence(text: str, mention: Mention) -> str:
    """One readable phrase per run of parts that share a clause ("里面有个小孩"), runs joined by
    "…"; a single run of several parts reads on to the end of its clause."""
    runs: list[list[int]] = []
    for start, end in sorted(mention.parts):
        if runs and _joins(text, runs[-1], start, end):
            runs[-1][1] = max(runs[-1][1], end)
        else:
            runs.append([start, end])
    if len(runs) == 1 and len(mention.parts) > 1:
        low, high = runs[0]
        while high < len(text) and high - low < _MAX_EVIDENCE and text[high] not in CLAUSE_BREAKS:
            high += 1
        return text[low:high]
    return "…".join(text[low:high] for low, high in runs)


def _joins(text: str, run: list[int], start: int, end: int) -> bool:
    low, high = run
    return max(high, end) - low <= _MAX_EVIDENCE and CLAUSE_BREAKS.isdisjoint(text[high:start])
