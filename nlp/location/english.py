"""Addresses written in English or Malay: "Building 6, room 315", "Block 5 level 3", "Hall 5".

The words are in nlp/location/data/english.toml, each building word with the Chinese label of
a numbered and a lettered building, so that 5座 reads the same written as "Block 5".
"""

import re

from nlp.location.tokens import is_room_number, room_floor
from nlp.location.vocabulary import EN_BUILDINGS, EN_FACILITIES, EN_FLOOR_WORDS, EN_ROOM_WORDS
from nlp.models import Location

_ALL_WORDS = [word for building in EN_BUILDINGS for word in building.words]
# The words that end a building's English name: Engineering Building, Computer Lab 2.
_NAMED_HEADS = [
    "building",
    "block",
    "hall",
    "centre",
    "center",
    "dorm",
    "lab",
    "laboratory",
    "house",
    "tower",
]
_ALL_WORDS += [*EN_FLOOR_WORDS, *EN_ROOM_WORDS, *EN_FACILITIES, *_NAMED_HEADS]
_FIRSTS = "".join(sorted({char for word in _ALL_WORDS for char in (word[0], word[0].upper())}))


def _words(words: list[str] | tuple[str, ...]) -> str:
    # Longest first, so that "dormitory" is not read as "dorm" followed by "itory".
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# The class in front lets the scan skip every character that starts none of the words; a
# case-insensitive alternation alone is tried in full at each one.
_HINT = re.compile(rf"(?=[{_FIRSTS}])(?i:{_words(_ALL_WORDS)})")
_BUILDING_WORD = {word.lower(): building for building in EN_BUILDINGS for word in building.words}
_NO_ALNUM_AFTER = r"(?![0-9A-Za-z])"  # \b would see 嘅 or 的 after "208" as part of the word
_BUILDING = re.compile(
    rf"(?i)\b({_words(list(_BUILDING_WORD))})\.?\s*(?:no\.?|#)?\s*([0-9]{{1,3}}|(?-i:[A-Z]))"
    + _NO_ALNUM_AFTER
    # "Block C 305": a room number written right after the building is its room.
    + r"(?:\s*,?\s*([0-9]{3,4})(?![0-9]))?"
)
_ROOM = re.compile(
    rf"(?i)\b(?:{_words(EN_ROOM_WORDS)})\.?\s*(?:no\.?|#)?\s*((?-i:[A-Z]{{0,3}})[0-9]{{3,4}})"
    + _NO_ALNUM_AFTER
)
# Singapore writes the level and the unit together: Blk 5 #03-12 is unit 12 on level 3.
_UNIT = re.compile(r"(?<![0-9A-Za-z])#([0-9]{2})-([0-9]{2,4})(?![0-9])")
# "2F Engineering Building", "5/F": the floor in the short forms written beside English names.
_CHINESE_FLOOR = re.compile(r"(?<![0-9A-Za-z/])([0-9]{1,2})(?:/?F(?![A-Za-z])|楼)()")
_FLOOR = re.compile(
    rf"(?i)\b(?:([0-9]{{1,2}})(?:st|nd|rd|th)\s+floor|(?:{_words(EN_FLOOR_WORDS)})\s*([0-9]{{1,2}}))\b"
)
# A room written right after a facility's name: "Engineering Building 302", "Lab 2 的".
_ROOM_AFTER = re.compile(r"\s*(?:的\s*)?((?-i:[A-Z]{0,2})[0-9]{3,4})(?![0-9])")

_NAMED = r"(?:(?-i:[A-Z][a-z]+) ){0,2}"  # North Canteen, International Food Court
# Not \b: in "Engineering Building的" or "在Hall 3" a Chinese character is a word character too.
_START, _END = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
_NUMBER_END = r"(?![A-Za-z0-9/楼层])"  # Food Court 2, but not the 2 of "2楼" or "2/F"
_FACILITY = re.compile(
    rf"(?i){_START}{_NAMED}(?:{_words(EN_FACILITIES)}){_END}"
    rf"(?:\s?(?:[0-9]{{1,2}}|(?-i:[A-Z][0-9]?)){_NUMBER_END})?"
    # A named building (Engineering Building) or a block with a code (S2 block, E block).
    rf"|{_START}(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?i:{_words(_NAMED_HEADS)}){_END}"
    rf"(?:\s?(?-i:[A-Z]?[0-9]{{1,2}}){_NUMBER_END})?"
    rf"|{_START}(?-i:[A-Z]{{1,2}}[0-9]{{0,2}}) ?(?i:block){_END}"
)


def has_english(text: str) -> bool:
    """Whether `text` holds a word of an English address; most messages hold none."""
    return _HINT.search(text) is not None


def english_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes an English address or part of one (Block B, 5/F, room 208)."""
    if not has_english(text):
        return []
    found = (_BUILDING, _FACILITY, _ROOM, _UNIT, _FLOOR, _CHINESE_FLOOR)
    return sorted(m.span() for pattern in found for m in pattern.finditer(text))


def read_english(text: str) -> tuple[int, Location, int] | None:
    """ "Building 6, room 315" → Building 6 315, scored as the Chinese grammar scores its chains,
    with where the building's name ends (a Chinese floor or room may follow it)."""
    building_match = _BUILDING.search(text)
    facility = _FACILITY.search(text)
    if building_match and facility and facility.start() < building_match.start() < facility.end():
        building_match = None  # "International Dorm B1": the whole name, not "Dorm B"
    room_match = _ROOM.search(text)
    building = None
    end = 0
    if building_match:
        word, name = building_match.group(1), building_match.group(2)
        # Kept as written: on the campuses that write them, "Block B" is the building's
        # name, and what the staff look for.
        building, end = f"{word} {name}", building_match.end(2)
    elif facility:
        building, end = facility.group(0), facility.end()
    room = room_match.group(1).upper() if room_match else None
    if room is None and building_match and building_match.group(3):
        room = building_match.group(3)
    if room is None and building and not building_match:
        after = _ROOM_AFTER.match(text, end)
        room = after.group(1) if after else None
    if room and not is_room_number(room):
        room = None
    unit = _UNIT.search(text) if room is None and "#" in text else None
    if unit:
        room = f"{unit.group(1)}-{unit.group(2)}"
    if not (building or room):
        return None
    floor_match = _FLOOR.search(text) or _CHINESE_FLOOR.search(text)
    floor = int(floor_match.group(1) or floor_match.group(2)) if floor_match else None
    if unit and floor is None:
        floor = int(unit.group(1)) or None
    if floor is None and room and not unit:
        floor = room_floor(room)
    rest = (f"{floor}楼" if floor and not room else "") + (room or "")
    label = (f"{building} {rest}" if rest else building) if building else rest
    # A facility named in English is less sure than a building with a number: the Chinese
    # grammar's place wins where it found one.
    named = 2 if building_match else 1 if building else 0
    score = (4 if room else 0) + named + (1 if floor else 0)
    return score, Location(text=label, building=building, floor=floor, room=room), end
