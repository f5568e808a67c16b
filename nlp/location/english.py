"""Addresses written in English or Malay: "Building 6, room 315", "Block 5 level 3", "Hall 5".

The words are in nlp/location/data/english.toml, each building word with the Chinese label of
a numbered and a lettered building, so that 5座 reads the same written as "Block 5".
"""

import re

from nlp.location.tokens import glued, is_room_number, room_floor
from nlp.location.vocabulary import EN_BUILDINGS, EN_FACILITIES, EN_FLOOR_WORDS, EN_ROOM_WORDS
from nlp.models import Location

_ALL_WORDS = [word for building in EN_BUILDINGS for word in building.words]
_ALL_WORDS += [*EN_FLOOR_WORDS, *EN_ROOM_WORDS, *EN_FACILITIES, "building", "block"]
_FIRSTS = "".join(sorted({char for word in _ALL_WORDS for char in (word[0], word[0].upper())}))


def _words(words: list[str] | tuple[str, ...]) -> str:
    # Longest first, so that "dormitory" is not read as "dorm" followed by "itory".
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# The class in front lets the scan skip every character that starts none of the words; a
# case-insensitive alternation alone is tried in full at each one.
_HINT = re.compile(rf"(?=[{_FIRSTS}])(?i:{_words(_ALL_WORDS)})")
_BUILDING_WORD = {word.lower(): building for building in EN_BUILDINGS for word in building.words}
_BUILDING = re.compile(
    rf"(?i)\b({_words(list(_BUILDING_WORD))})\.?\s*(?:no\.?|#)?\s*([0-9]{{1,3}}|(?-i:[A-Z]))\b"
    # "Block C 305": a room number written right after the building is its room.
    r"(?:\s*,?\s*([0-9]{3,4})(?![0-9]))?"
)
_ROOM = re.compile(
    rf"(?i)\b(?:{_words(EN_ROOM_WORDS)})\.?\s*(?:no\.?|#)?\s*((?-i:[A-Z]{{0,3}})[0-9]{{3,4}})\b"
)
# Singapore writes the level and the unit together: Blk 5 #03-12 is unit 12 on level 3.
_UNIT = re.compile(r"(?<![0-9A-Za-z])#([0-9]{2})-([0-9]{2,4})(?![0-9])")
# "2F Engineering Building": the floor in the short form people write beside English names.
_CHINESE_FLOOR = re.compile(r"(?<![0-9A-Za-z])([0-9]{1,2})(?:F\b|楼)()")
_FLOOR = re.compile(
    rf"(?i)\b(?:([0-9]{{1,2}})(?:st|nd|rd|th)\s+floor|(?:{_words(EN_FLOOR_WORDS)})\s*([0-9]{{1,2}}))\b"
)


_FACILITY = re.compile(
    rf"(?i)\b(?:{_words(EN_FACILITIES)})\b(?:\s?[0-9]{{1,2}}\b)?"
    # A named building (Engineering Building) or a block with a code (S2 block, E block).
    r"|\b(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?i:building|block|hall|centre|center)\b"
    r"|\b(?-i:[A-Z]{1,2}[0-9]{0,2}) ?(?i:block)\b"
)


def has_english(text: str) -> bool:
    """Whether `text` holds a word of an English address; most messages hold none."""
    return _HINT.search(text) is not None


def read_english(text: str) -> tuple[int, Location] | None:
    """ "Building 6, room 315" → 6号楼315, scored as the Chinese grammar scores its chains."""
    building_match = _BUILDING.search(text)
    room_match = _ROOM.search(text)
    building = None
    if building_match:
        word, name = building_match.group(1), building_match.group(2)
        labels = _BUILDING_WORD[word.lower()]
        building = (labels.number if name.isdigit() else labels.letter).format(name)
    room = room_match.group(1).upper() if room_match else None
    if room is None and building_match and building_match.group(3):
        room = building_match.group(3)
    if room and not is_room_number(room):
        room = None
    unit = _UNIT.search(text) if room is None and "#" in text else None
    if unit:
        room = f"{unit.group(1)}-{unit.group(2)}"
    facility = _FACILITY.search(text) if not (building or room) else None
    if facility:
        building = facility.group(0)
    if not (building or room):
        return None
    floor_match = _FLOOR.search(text) or _CHINESE_FLOOR.search(text)
    floor = int(floor_match.group(1) or floor_match.group(2)) if floor_match else None
    if unit and floor is None:
        floor = int(unit.group(1)) or None
    if floor is None and room and not unit:
        floor = room_floor(room)
    rest = (f"{floor}楼" if floor and not room else "") + (room or "")
    label = glued(building, rest) if building else rest
    # A facility named in English is less sure than a building with a number: the Chinese
    # grammar's place wins where it found one.
    score = (4 if room else 0) + (1 if facility else 2 if building else 0) + (1 if floor else 0)
    return score, Location(text=label, building=building, floor=floor, room=room)
