"""The location rules' data, read once from nlp/location/data/*.toml.

The lexer and the name reader are a small interpreter over these tables: heads.toml says which
words end a name and how the name before them is read, gazetteer.toml lists the places known
by name and the words beside them, words.toml the words around a name that are not part of
it, english.toml the English words of an address. Every table carries example sentences,
collected by `examples` for tests/nlp/test_location_data_examples.py.
"""

import tomllib
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).with_name("data")
# A listed name holding one of these would be rewritten by the numeral pass: 百花园 → 100花园.
_NUMERAL_CHARS = frozenset("零〇一二两三四五六七八九十百千幺")
_ARROW = " => "


class Reading(StrEnum):
    """How much of the text before a head is its name; heads.toml explains each."""

    GLUED = "glued"
    PAIR = "pair"
    HALL = "hall"
    GUARDED = "guarded"
    AREA = "area"
    MARKED = "marked"
    NUMBERED = "numbered"


@dataclass(frozen=True, slots=True)
class Head:
    word: str
    reads: Reading
    not_after: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    inside: bool = False  # the head of a room inside a building: 洗衣房, 值班室


@dataclass(frozen=True, slots=True)
class EnglishBuilding:
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Example:
    """A sentence a data entry must read as `place`, or as no place when `place` is None."""

    where: str  # file and entry, to say which entry an example failed for
    message: str
    place: str | None


@cache
def _table(name: str) -> dict[str, Any]:
    with (DATA / name).open("rb") as file:
        return tomllib.load(file)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _chars(text: str) -> frozenset[str]:
    return frozenset("".join(text.split()))


def _heads() -> tuple[Head, ...]:
    return tuple(
        Head(
            entry["head"],
            Reading(entry["reads"]),
            _words(entry.get("not_after", "")),
            _words(entry.get("not_before", "")),
            bool(entry.get("inside")),
        )
        for entry in _table("heads.toml")["head"]
    )


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """The listed names, and how some entries read theirs."""

    names: tuple[str, ...]
    guards: dict[str, str]  # a name → the characters that may not follow it
    not_glued: frozenset[str]  # names not read glued after a content character
    inside: tuple[str, ...]  # names of rooms inside some building (洗衣间)


def _place_names() -> Gazetteer:
    gazetteer = _table("gazetteer.toml")
    residents = _words(gazetteer["residents"]["words"])
    names: set[str] = set()
    guards: dict[str, str] = {}
    not_glued: set[str] = set()
    inside: set[str] = set()
    for entry in gazetteer["names"]:
        prefixes = _words(entry["words"]) + (residents if entry.get("residents") else ())
        listed = {prefix + entry.get("head", "") for prefix in prefixes}
        names.update(listed)
        if "not_before" in entry:
            guards.update(dict.fromkeys(listed, "".join(_words(entry["not_before"]))))
        if entry.get("not_glued"):
            not_glued.update(listed)
        if entry.get("inside"):
            inside.update(listed)
    numbered = sorted(name for name in names if _NUMERAL_CHARS.intersection(name))
    if numbered:
        raise ValueError(f"gazetteer.toml: a listed name holds a numeral: {numbered}")
    return Gazetteer(tuple(sorted(names)), guards, frozenset(not_glued), tuple(sorted(inside)))


HEADS = _heads()
BUILDING_HEADS = _words(_table("heads.toml")["building_heads"])
NUMBERED_ROOMS = _words(_table("heads.toml")["numbered_rooms"])
_LISTED = _place_names()
PLACE_NAMES, GUARDED_NAMES, NOT_GLUED_NAMES = _LISTED.names, _LISTED.guards, _LISTED.not_glued
# The heads and the listed names of rooms inside some building (洗衣房, 值班室, 洗衣间).
INSIDE_HEADS = tuple(head.word for head in HEADS if head.inside) + _LISTED.inside

_GAZETTEER = _table("gazetteer.toml")
COUNTABLE_HEADS = _words(_GAZETTEER["countable"]["heads"])
# Of those, the ones that name a place alone too ("饭堂的饭太贵"): a school's canteen.
ALONE_HEADS = frozenset(_words(_GAZETTEER["countable"]["alone"]))
SIDES = _words(_GAZETTEER["sides"]["words"])
# The parts of a building (words.toml) are spots too; a part is a room of its own (厨房, 实验室),
# a spot only a place on a floor (走廊, 厕所).
PARTS = frozenset(_words(_table("words.toml")["parts"]["words"]))
OWN_ROOMS = frozenset(_words(_table("words.toml")["parts"]["own_rooms"]))
SPOTS = tuple(sorted(PARTS | set(_words(_GAZETTEER["spots"]["words"])), key=len, reverse=True))
DIRECTIONS = "".join(_words(_GAZETTEER["prefixes"]["directions"]))
AGES = "".join(_words(_GAZETTEER["prefixes"]["ages"]))
NUMBERED_PREFIXES = "".join(_words(_GAZETTEER["numbered_prefixes"]["chars"]))
ABBREVIATIONS = "".join(_words(_GAZETTEER["abbreviations"]["chars"]))

_WORDS = _table("words.toml")
FUNCTION_CHARS = _chars(_WORDS["function_chars"]["chars"])
NAME_INNER_CHARS = _chars(_WORDS["name_inner_chars"]["chars"])
NOT_OPENING = _chars(_WORDS["name_inner_chars"]["not_opening"])
PLACE_PREPOSITIONS = _chars(_WORDS["prepositions"]["chars"])
NOT_A_NAME = frozenset(_words(_WORDS["not_a_name"]["words"]))
PEOPLE = _words(_WORDS["people"]["words"])
DESCRIPTION_OPENERS = tuple(
    sorted(
        (NOT_A_NAME - set(_words(_WORDS["description_openers"]["keep_from_not_a_name"])))
        | set(_words(_WORDS["description_openers"]["words"]))
    )
)
ACTION_OPENERS = _words(_WORDS["action_openers"]["words"])
ACTIONS_IN_NAMES = _chars(_WORDS["action_openers"]["also_names"])
ADDRESSEE_OPENERS = _words(_WORDS["addressee_openers"]["words"])
CLAUSE_VERBS = _words(_WORDS["clause_verbs"]["words"])
REFUGES = frozenset(_words(_WORDS["refuges"]["words"]))
VEHICLES = frozenset(_words(_WORDS["vehicles"]["words"]))
STAFF = _words(_WORDS["staff"]["words"])
NAMED_STAFF = _words(_WORDS["staff"]["named"])
DESTINATIONS = _words(_WORDS["destinations"]["words"])
_OPENER_GROUPS = ("requests", "times", "seasons", "hedges", "who", "links")
CLAUSE_OPENERS = tuple(
    sorted(
        set(DESCRIPTION_OPENERS)
        | {word for group in _OPENER_GROUPS for word in _words(_WORDS["clause_openers"][group])}
    )
)
TIME_ENDS = _chars(_WORDS["time_ends"]["chars"])
WHOSE = frozenset(_words(_WORDS["whose"]["words"]))
NOT_AN_AREA = frozenset(_words(_WORDS["not_an_area"]["words"]))
ROOM_NAMES = frozenset(_words(_WORDS["kinds_of_place"]["names"]))
SCHOOL_CLASSES = _words(_WORDS["school_classes"]["words"])
PART_LINKS_SHARED = _words(_WORDS["part_links"]["shared"])
PART_LINKS_KEPT = _words(_WORDS["part_links"]["kept"]) + PART_LINKS_SHARED
PART_LINKS_DROPPED = _words(_WORDS["part_links"]["dropped"])
KINDS_OF_PLACE = tuple(
    sorted(
        _words(_WORDS["kinds_of_place"]["words"])
        + _words(_GAZETTEER["vague_spots"]["words"])
        + _words(_GAZETTEER["gates"]["alone"]),
        key=len,
        reverse=True,
    )
)

_ENGLISH = _table("english.toml")
EN_BUILDINGS = tuple(EnglishBuilding(_words(entry["words"])) for entry in _ENGLISH["building"])
EN_FLOOR_WORDS = _words(_ENGLISH["floor"]["words"])
EN_ROOM_WORDS = _words(_ENGLISH["room"]["words"])
CODE_PREFIXES = _words(_ENGLISH["codes"]["prefixes"])
NOT_ROOM_PREFIXES = _words(_ENGLISH["not_rooms"]["prefixes"])
EN_FACILITIES: tuple[str, ...] = tuple(_ENGLISH["facilities"]["words"])
EN_SPOTS: tuple[str, ...] = tuple(_ENGLISH["spots"]["words"])
EN_CHINESE_SPOTS = _words(_ENGLISH["spots"]["chinese"]) + SPOTS
EN_NOT_CODES = frozenset(_words(_ENGLISH["building_codes"]["not_codes"])) | set(NOT_ROOM_PREFIXES)
EN_NUMBERED_ROOMS = _words(_ENGLISH["numbered_rooms"]["words"])
EN_KINDS = _words(_ENGLISH["kinds"]["words"])
EN_NUMBERED_FACILITIES = _words(_ENGLISH["numbered_facilities"]["words"])
EN_YEAR_GROUPS = _words(_ENGLISH["year_groups"]["words"])


def data_entries() -> list[str]:
    """The name of every data entry (file and entry), each of which must carry examples."""
    return [where for where, _ in _entries()]


def examples() -> list[Example]:
    """Every example sentence of every data entry, each with the entry it belongs to."""
    found: list[Example] = []
    for where, entry in _entries():
        for line in entry.get("places", ()):
            message, _, place = line.partition(_ARROW)
            if not place:
                raise ValueError(f"{where}: {line!r} has no '{_ARROW.strip()}'")
            found.append(Example(where, message, place))
        found.extend(Example(where, line, None) for line in entry.get("no_places", ()))
    return found


def _entries() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for name in sorted(path.name for path in DATA.glob("*.toml")):
        for key, value in _table(name).items():
            entries = value if isinstance(value, list) else [value]
            for index, entry in enumerate(entries):
                if not isinstance(entry, dict):
                    continue  # a setting of the whole file, such as building_heads
                label = entry.get("head") or (f"{key}[{index}]" if isinstance(value, list) else key)
                found.append((f"{name}: {label}", entry))
    return found
