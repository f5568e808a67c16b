"""The urgency rules as data: trigger terms and modifier terms, read from the TOML files in data/.

A form is a literal phrase with two shorthands, so that one line covers the ways a thing is
said without becoming a regex: `(a|b|)` is one of the alternatives (an empty one makes the group
optional), and `{name}` is one of the words of a named set in data/sets.toml. Forms expand into
plain strings, which one Aho-Corasick automaton finds all at once (nlp.urgency.scan).
"""

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).with_name("data")
# One careless group can multiply a form into millions of strings; fail at load instead.
MAX_EXPANSIONS = 5000


class Direction(StrEnum):
    LOWER = "lower"  # the danger is denied, feared, over, staged, a figure of speech
    RAISE = "raise"  # the danger is still there: cancels some lowering kinds
    TERMINATE = "terminate"  # ends a clause-long scope: 但是, 不过, 现在


class Scope(StrEnum):
    FORWARD = "forward"  # reaches the triggers after it: 没有 冒烟
    BACKWARD = "backward"  # reaches the triggers before it: 着火 的话
    BOTH = "both"
    SELF = "self"  # only the trigger it overlaps: 辣到冒烟


class Reach(StrEnum):
    CLAUSE = "clause"  # stops at punctuation, spaces and terminators
    SENTENCE = "sentence"  # stops at 。!?; and line breaks
    MESSAGE = "message"


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    urgent: bool


@dataclass(frozen=True, slots=True)
class Requirement:
    """Words that must stand near a trigger that is too common to mean danger alone."""

    terms: tuple[str, ...]
    before: int
    after: int
    # Not read past a terminator that opens another matter ("还有"): a thing the danger reaches
    # must be of the same matter, where a symptom listed after 还有 is still the same illness.
    same_matter: bool = False


@dataclass(frozen=True, slots=True)
class Trigger:
    id: str
    concept: str
    forms: tuple[str, ...]
    requires: tuple[Requirement, ...]
    examples: tuple[Example, ...]


@dataclass(frozen=True, slots=True)
class Modifier:
    id: str
    direction: Direction
    kind: str
    scope: Scope
    reach: Reach
    span: int  # the most characters between the modifier and a trigger it reaches
    applies_to: frozenset[str]  # concepts or trigger ids; empty: every trigger
    cancels: frozenset[str]  # lowering kinds a RAISE modifier takes back
    firm: bool  # a LOWER modifier that no RAISE takes back ("之后": the event is over)
    # It acts only beside a modifier of this kind: "伤得重吗" asks after an injury only when
    # the message has placed it in the past ("昨晚…的同学").
    with_kind: str
    forms: tuple[str, ...]
    examples: tuple[Example, ...]


@dataclass(frozen=True, slots=True)
class Pseudo:
    """A longer phrase that contains a term but is not one: 打火机, 漏电保护开关, 没想到."""

    id: str
    forms: tuple[str, ...]
    examples: tuple[Example, ...]


@dataclass(frozen=True, slots=True)
class Rules:
    triggers: tuple[Trigger, ...]
    trigger_pseudos: tuple[Pseudo, ...]  # block triggers and the words they require
    modifiers: tuple[Modifier, ...]
    modifier_pseudos: tuple[Pseudo, ...]  # block modifiers and terminators


def expand(form: str, sets: Mapping[str, tuple[str, ...]]) -> list[str]:
    """Every string `form` stands for, in order, without repeats."""
    found, end = _sequence(form, 0, sets)
    if end != len(form):
        raise ValueError(f"unbalanced ')' in form {form!r}")
    if len(found) > MAX_EXPANSIONS:
        raise ValueError(f"form {form!r} expands into {len(found)} strings")
    return list(dict.fromkeys(found))


def _sequence(form: str, index: int, sets: Mapping[str, tuple[str, ...]]) -> tuple[list[str], int]:
    """The strings of `form` from `index` up to the next top-level '|' or ')'."""
    found = [""]
    while index < len(form) and form[index] not in "|)":
        char = form[index]
        if char == "(":
            choices, index = _group(form, index + 1, sets)
        elif char == "{":
            close = form.index("}", index)
            name = form[index + 1 : close]
            if name not in sets:
                raise ValueError(f"unknown set {{{name}}} in form {form!r}")
            choices, index = list(sets[name]), close + 1
        else:
            choices, index = [char], index + 1
        found = [head + tail for head in found for tail in choices]
        if len(found) > MAX_EXPANSIONS:
            raise ValueError(f"form {form!r} expands into too many strings")
    return found, index


def _group(form: str, index: int, sets: Mapping[str, tuple[str, ...]]) -> tuple[list[str], int]:
    choices: list[str] = []
    while True:
        branch, index = _sequence(form, index, sets)
        choices += branch
        if index >= len(form):
            raise ValueError(f"unclosed '(' in form {form!r}")
        index += 1
        if form[index - 1] == ")":
            return choices, index


@cache
def load(data_dir: Path = DATA_DIR) -> Rules:
    sets = _sets(tomllib.loads((data_dir / "sets.toml").read_text(encoding="utf-8")))
    triggers: list[Trigger] = []
    trigger_pseudos: list[Pseudo] = []
    for path in sorted(data_dir.glob("triggers_*.toml")):
        table = tomllib.loads(path.read_text(encoding="utf-8"))
        triggers += (_trigger(entry, sets) for entry in table.get("trigger", []))
        trigger_pseudos += (_pseudo(entry, sets) for entry in table.get("pseudo", []))
    modifiers: list[Modifier] = []
    modifier_pseudos: list[Pseudo] = []
    for path in sorted(data_dir.glob("modifiers_*.toml")):
        table = tomllib.loads(path.read_text(encoding="utf-8"))
        modifiers += (_modifier(entry, sets) for entry in table.get("modifier", []))
        modifier_pseudos += (_pseudo(entry, sets) for entry in table.get("pseudo", []))
    entries: list[Trigger | Modifier | Pseudo] = [*triggers, *modifiers, *trigger_pseudos]
    _check_unique(e.id for e in entries + modifier_pseudos)
    return Rules(tuple(triggers), tuple(trigger_pseudos), tuple(modifiers), tuple(modifier_pseudos))


def _sets(table: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    sets: dict[str, tuple[str, ...]] = {}
    for name, words in table["sets"].items():  # a set may use the sets defined above it
        sets[name] = tuple(dict.fromkeys(s for word in words for s in expand(word, sets)))
    return sets


def _forms(entry: dict[str, Any], sets: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    forms = tuple(dict.fromkeys(s for form in entry["forms"] for s in expand(form, sets)))
    if not forms or "" in forms:
        raise ValueError(f"{entry['id']}: a form expands into the empty string")
    return forms


def _examples(entry: dict[str, Any]) -> tuple[Example, ...]:
    return tuple(Example(text, True) for text in entry.get("urgent", ())) + tuple(
        Example(text, False) for text in entry.get("normal", ())
    )


def _trigger(entry: dict[str, Any], sets: Mapping[str, tuple[str, ...]]) -> Trigger:
    requires = tuple(
        Requirement(
            tuple(dict.fromkeys(s for term in need["terms"] for s in expand(term, sets))),
            need.get("before", need.get("within", 14)),
            need.get("after", need.get("within", 14)),
            need.get("same_matter", False),
        )
        for need in entry.get("requires", ())
    )
    concept = entry.get("concept", entry["id"])
    return Trigger(entry["id"], concept, _forms(entry, sets), requires, _examples(entry))


def _modifier(entry: dict[str, Any], sets: Mapping[str, tuple[str, ...]]) -> Modifier:
    direction = Direction(entry.get("direction", "lower"))
    return Modifier(
        id=entry["id"],
        direction=direction,
        kind=entry.get("kind", direction.value),
        scope=Scope(entry.get("scope", "forward")),
        reach=Reach(entry.get("reach", "clause")),
        span=entry.get("span", 24),
        applies_to=frozenset(entry.get("applies_to", ())),
        cancels=frozenset(entry.get("cancels", ())),
        firm=entry.get("firm", False),
        with_kind=entry.get("with", ""),
        forms=_forms(entry, sets),
        examples=_examples(entry),
    )


def _pseudo(entry: dict[str, Any], sets: Mapping[str, tuple[str, ...]]) -> Pseudo:
    return Pseudo(entry["id"], _forms(entry, sets), _examples(entry))


def _check_unique(ids: Iterable[str]) -> None:
    seen: set[str] = set()
    for entry_id in ids:
        if entry_id in seen:
            raise ValueError(f"two entries are called {entry_id!r}")
        seen.add(entry_id)
