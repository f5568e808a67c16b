"""Addresses written in English or Malay: "Building 6, room 315", "Block 5 level 3", "Hall 5".

The words are in nlp/location/data/english.toml. A building, its floor and the spot inside it
are kept as written ("Block B Level 5", "Level 3 pantry", "library 2F"): on the campuses that
write them so, that is what the staff look for.
"""

import re

from nlp.location.patterns import alternation
from nlp.location.tokens import is_room_number, room_floor
from nlp.location.vocabulary import (
    EN_BUILDINGS,
    EN_CHINESE_SPOTS,
    EN_FACILITIES,
    EN_FLOOR_WORDS,
    EN_KINDS,
    EN_NOT_CODES,
    EN_NUMBERED_FACILITIES,
    EN_NUMBERED_ROOMS,
    EN_ROOM_WORDS,
    EN_SPOTS,
    EN_YEAR_GROUPS,
)
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
    "wing",
]
# Macau's words for a building, a residence or a street, written before its name (Edifício
# Central, Rua da Escola).
_PORTUGUESE_HEADS = (
    "edifício",
    "edificio",
    "residência",
    "residencia",
    "colégio",
    "colegio",
    "rua",
    "avenida",
)
_ALL_WORDS += [*EN_FLOOR_WORDS, *EN_ROOM_WORDS, *EN_FACILITIES, *_NAMED_HEADS, *_PORTUGUESE_HEADS]
_ALL_WORDS += [*EN_SPOTS, *EN_KINDS, *EN_NUMBERED_ROOMS, *EN_NUMBERED_FACILITIES, *EN_YEAR_GROUPS]
_FIRSTS = "".join(sorted({char for word in _ALL_WORDS for char in (word[0], word[0].upper())}))


def _words(words: list[str] | tuple[str, ...]) -> str:
    # Longest first, so that "dormitory" is not read as "dorm" followed by "itory".
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# The class in front lets the scan skip every character that starts none of the words; a
# case-insensitive alternation alone is tried in full at each one.
# Tried only where an English word starts: inside one ("Blockade") no word of these begins.
_HINT = re.compile(rf"(?<![A-Za-z])(?=[{_FIRSTS}])(?i:{_words(_ALL_WORDS)})")
_BLOCK_WORDS = ("block", "blk", "blok", "wing", "tower")
_BUILDING_WORD = {word.lower(): building for building in EN_BUILDINGS for word in building.words}
_NO_ALNUM_AFTER = r"(?![0-9A-Za-z])"  # \b would see 嘅 or 的 after "208" as part of the word
_BUILDING = re.compile(
    # Not \b: Chinese characters are word characters to re, and "多谢Hall 6" names Hall 6.
    rf"(?i)(?<![A-Za-z0-9])({_words(list(_BUILDING_WORD))})\.?\s*(?:no\.?|#)?\s*([0-9]{{1,3}}|(?-i:[A-Z]))"
    + _NO_ALNUM_AFTER
    # "Hall 3 block 2": a block of a hall (or of a college, a tower) is one building.
    + rf"(?:\s+((?i:{_words(_BLOCK_WORDS)})\s*(?:[0-9]{{1,2}}|(?-i:[A-Z]))){_NO_ALNUM_AFTER})?"
    # "Block C 305", "Hall 3 #208": a room number written right after the building is its
    # room; "Block 9 09-12" is unit 12 on level 9, as Singapore numbers them.
    + r"(?:\s*,?\s*#?\s*([0-9]{3,4}|[0-9]{2}-[0-9]{2,3})(?![0-9-]))?"
)
_ROOM = re.compile(
    # Not "RM 150": in Malaysia that is a price in ringgit.
    rf"(?i)(?<![A-Za-z0-9])(?!(?-i:RM))(?:{_words(EN_ROOM_WORDS)})\.?\s*(?:no\.?|#)?\s*((?-i:[A-Z]{{0,3}})[0-9]{{3,4}})"
    + _NO_ALNUM_AFTER
)
# Singapore writes the level and the unit together: Blk 5 #03-12 is unit 12 on level 3.
_UNIT = re.compile(r"(?<![0-9A-Za-z])#([0-9]{2})-([0-9]{2,4})(?![0-9])")
# "2F Engineering Building", "5/F": the floor in the short forms written beside English names.
_CHINESE_FLOOR = re.compile(
    r"(?<![0-9A-Za-z/])(?:([0-9]{1,2})(?:/?F(?![A-Za-z])|楼)|G/F(?![A-Za-z]))()"
)
_FLOOR = re.compile(
    rf"(?i)(?<![A-Za-z0-9])(?:([0-9]{{1,2}})(?:st|nd|rd|th)\s+floor"
    # "on L4": Singapore's and Malaysia's short level, where a place is said to be.
    rf"|(?:(?:{_words(EN_FLOOR_WORDS)})\s*|(?<=(?:on|at|in) )L)([0-9]{{1,2}})"
    # The ground floor has no number; kept as written, as G/F is.
    r"|ground\s+floor)" + _NO_ALNUM_AFTER  # "level 4走廊": 走 is a word character to \b
)
# Right after a place, "L2" is its level too ("LT3 L2"), as Singapore and Malaysia shorten
# it; alone, L2 is as often a course or a size.
_LEVEL_AFTER = re.compile(
    rf"\s?,?\s?(?:(?i:{_words(EN_FLOOR_WORDS)})\s?|L)([0-9]{{1,2}}){_NO_ALNUM_AFTER}"
)
# "Blok C bilik 12", "Block C room 5": right after a building, a room word makes a short number
# a room; the word is kept with it, since a bare 12 reads as a count to staff.
_SHORT_ROOM_AFTER = re.compile(
    rf"(?i)\s*,?\s*((?:{_words(EN_ROOM_WORDS)})\.?\s*(?:no\.?|#)?\s*([1-9][0-9]?))(?![0-9A-Za-z.:/-])"
)
_NEAR = re.compile(r"(?i) (?:(?:near|beside|next to|outside|behind|opposite) (?:the )?)?")
# A room written right after a facility's name: "Engineering Building 302", "Lab 2 的".
_ROOM_AFTER = re.compile(r"\s*(?:的\s*)?((?-i:[A-Z]{0,2})[0-9]{3,4})(?![0-9])")

_NOT_NAMES = "(?:The|A|An|Our|My|This|That|Every|Each|Which|What|No|Any|Your|Their|His|Her|Its)"
# North Canteen, International Food Court; but "The mailroom" is the mailroom.
_NAMED = r"(?:(?!(?:The|A|An|Our|My|This|That) )(?-i:[A-Z][a-z]+) ){0,2}"
# Not \b: in "Engineering Building的" or "在Hall 3" a Chinese character is a word character too.
_START, _END = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
_NUMBER_END = r"(?![A-Za-z0-9/楼层])"  # Food Court 2, but not the 2 of "2楼" or "2/F"
_AMOUNTS = r"(?:min|minute|hour|day|week|metre|meter|m\b|km|people|person|pax|times)"
# Every branch starts with a Latin letter: the class in front lets the scan skip each Chinese
# character in one check, where the case-insensitive alternation was tried in full at each
# (a fifth of what `parse` cost for a message with English in it).
_FACILITY = re.compile(
    rf"(?i)(?=[A-Za-z])(?:{_START}{_NAMED}(?:{_words(EN_FACILITIES)}){_END}"
    rf"(?:\s?(?:[0-9]{{1,2}}|(?-i:[A-Z][0-9]?)){_NUMBER_END})?"
    # "canteen stall 5": the numbered stall or gate of the facility just named.
    rf"(?:\s(?:{_words(EN_NUMBERED_FACILITIES)})\s?[0-9]{{1,2}}{_NUMBER_END})?"
    # Macau names a building, a residence or a street in Portuguese, the name after the word:
    # Edifício Central, Residência Norte, Rua da Escola.
    rf"|{_START}(?i:{_words(_PORTUGUESE_HEADS)})"
    rf" (?:(?-i:d[aeo]s?) )?(?-i:[A-Z][a-zà-ú]+)(?: (?:(?-i:d[aeo]s?) )?(?-i:[A-Z][a-zà-ú]+)){{0,3}}"
    # A named building (Engineering Building) or a block with a code (S2 block, E block).
    rf"|{_START}(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?i:{_words(_NAMED_HEADS)}){_END}"
    rf"(?:\s?(?-i:[A-Z]?[0-9]{{1,2}}){_NUMBER_END})?"
    rf"|{_START}(?-i:[A-Z]{{1,2}}[0-9]{{0,2}}) ?(?i:block){_END}"
    # "Gate 2": a gate or an entrance only with its number ("at the gate" is any gate).
    rf"|{_START}(?:{_words(EN_NUMBERED_FACILITIES)})\s?(?:[0-9]{{1,2}}|(?-i:[A-HJ-Z])){_NUMBER_END}"
    rf"(?!\s?{_AMOUNTS})"  # "lab 3 days late": a time, not Lab 3
    # "Y3 classroom", "Grade 4 classroom": a year group's classroom (not "a Grade 2 boy").
    # "Y5 Maple classroom": a year group's class named by a word of its own.
    rf"|{_START}(?-i:{_words(EN_YEAR_GROUPS)})\s?[0-9]{{1,2}}(?-i:[A-Z])?(?:\s(?-i:[A-Z][a-z]+))?"
    rf"\s(?:classroom|class room){_END}"
    # "Clementi gate": a gate named by a word of its own, as a campus names its gates.
    rf"|{_START}(?!{_NOT_NAMES} )(?-i:[A-Z][a-z]{{2,}}) (?i:gate|entrance){_END})"
)
# "lab 2.14" (level 2, room 14), "Room 3B", "Tutorial room 4-08" (level 4, room 08): a room
# whose number no bare number reads — not "room 10-15 minutes away".
_NUMBERED_ROOM = re.compile(
    # Not "RM2.50": a price in ringgit, as for _ROOM.
    rf"(?i){_START}(?!(?-i:RM))(?:{_words(EN_NUMBERED_ROOMS)})\s?"
    # "Room 3-07-12", "Hostel room 12-07", "Music room M-02": a level and a room, or a wing's
    # letter and its room.
    rf"(?:[0-9]{{1,2}}-[0-9]{{2}}-[0-9]{{2,3}}|[0-9]{{2}}-[0-9]{{2}}(?!\s?{_AMOUNTS})|(?-i:[A-Z]{{1,2}})-[0-9]{{2,3}}"
    rf"|[0-9]{{1,2}}\.[0-9]{{2,3}}|[0-9]{{1,2}}(?-i:[A-Z])|[0-9]-[0-9]{{2}}(?!\s?{_AMOUNTS})){_END}"
)
# Where a floor named alone is a place: opening the message or a clause, or after "at".
_FLOOR_ALONE_LEFT = re.compile(r"(?i)(?:^|[,.!?;:，。！？；：]\s*|\b(?:at|on|in)\s+(?:the\s+)?)$")
# "CYT 204": a building's code, then its room. The class first lets the scan skip to a capital.
_CODE_ROOM = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])([A-Z]{1,3}) ([0-9]{3,4})(?![0-9A-Za-z.])")
_LATIN = re.compile("[A-Za-z]")
# Where inside, written right after: "Block A lobby", "Level 3 pantry", "hostel厨房", also
# with whose it is between ("Block D 男生 tandas"); in "block 5 的 toilet" the toilet is
# what is broken.
# After 的 a spot is a room on the floor (level 4的pantry), but a toilet is as often the
# thing broken.
_ROOM_SPOTS = [spot for spot in EN_SPOTS if not spot.startswith("toilet")]
_SPOT_AFTER = re.compile(
    rf"\s?(?:(?:[男女]生?\s)?(?i:({_words(EN_SPOTS)})){_END}|({alternation(EN_CHINESE_SPOTS)})"
    rf"|的\s?(?i:({_words(_ROOM_SPOTS)})){_END})"
)
_OF = re.compile(r"\s?的\s?")
_KIND = re.compile(rf"(?i){_START}(?:{_words(EN_KINDS)}){_END}")


_NUMBERED_AFTER = re.compile(
    rf"(?i)\s*,?\s*(?:{_words(EN_NUMBERED_ROOMS)})\s?([0-9]{{1,2}})(\.[0-9]{{2,3}}){_END}"
)


def _floor_alone(floor: re.Match[str], text: str) -> bool:
    """Whether an English floor is named as the place itself: "Level 1 的 pipe 爆了"."""
    if floor.re is not _FLOOR:
        return False  # 2楼 is the Chinese grammar's
    return _FLOOR_ALONE_LEFT.search(text[max(0, floor.start() - 12) : floor.start()]) is not None


def level_after(place: Location, end: int, text: str) -> Location:
    """化学楼 Level 4, LT3 L2: a level written the English way right after a place is its floor,
    kept as written."""
    level = _LEVEL_AFTER.match(text, end)
    if level is None or not 0 < int(level.group(1)) <= 60:
        return place
    written = " ".join(level.group(0).replace(",", " ").split())
    return Location(
        text=f"{place.text} {written}", building=place.building, floor=int(level.group(1))
    )


def has_english(text: str) -> bool:
    """Whether `text` holds a word of an English address; most messages hold none."""
    if _LATIN.search(text) is None:
        return False  # most messages: no English at all
    return _HINT.search(text) is not None or _code_room(text) is not None


def english_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes an English address or part of one (Block B, 5/F, room 208)."""
    if not has_english(text):
        return []
    found = (_BUILDING, _FACILITY, _NUMBERED_ROOM, _CODE_ROOM, _ROOM, _UNIT, _FLOOR, _CHINESE_FLOOR)
    return sorted(m.span() for pattern in found for m in pattern.finditer(text))


def _names_block(facility: re.Match[str], block_start: int, text: str) -> bool:
    """Whether a facility is written right before a block, naming which of the block's it is."""
    between = text[facility.end() : block_start]
    return (
        facility.end() <= block_start
        and not between.strip()
        and facility.group(0).lower() != "hostel"
    )


_HOUSE_BEFORE = re.compile(
    rf"{_START}((?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?i:house|building|hall|wing|centre|center)) ?$"
)


# What may stand between a block and a room of its own named after it.
_INSIDE_BLOCK = re.compile(r" ?(?:的|'s|嘅) ?| ")


def _code_room(text: str) -> re.Match[str] | None:
    """The first "CYT 204" whose letters name no currency or product and whose room is one."""
    for found in _CODE_ROOM.finditer(text):
        if found.group(0).split()[0] not in EN_NOT_CODES and is_room_number(found.group(2)):
            return found
    return None


def _building(text: str) -> tuple[str, int, str | None, int] | None:
    """The building named, where its name ends, a room written with it, and how sure: 2 for a
    numbered building or a code, 1 for a facility named in English."""
    building_match = _BUILDING.search(text)
    numbered = _NUMBERED_ROOM.search(text)
    facility = numbered or _FACILITY.search(text)
    if numbered and not building_match:
        # "Maple House room 2.14", "Science Building Lab 3.05": the named house the room is in.
        house = _HOUSE_BEFORE.search(text, max(0, numbered.start() - 40), numbered.start())
        if house:
            return f"{house.group(1)} {numbered.group(0)}", numbered.end(), None, 2
    if building_match and facility and facility.start() < building_match.start() < facility.end():
        building_match = None  # "International Dorm B1": the whole name, not "Dorm B"
    if building_match:
        # Kept as written: on the campuses that write them, "Block B" is the building's
        # name, and what the staff look for.
        word, name, block = building_match.group(1, 2, 3)
        written = f"{word} {name}" + (f" {' '.join(block.split())}" if block else "")
        if facility and _names_block(facility, building_match.start(), text):
            # "asrama puteri Blok B", "makmal sains Blok A": which of the block's it is, as
            # Malaysian schools name it; "at hostel Block E" is only where Block E stands.
            written = f"{facility.group(0)} {written}"
        end = building_match.end(3) if block else building_match.end(2)
        inside = _FACILITY.search(text, end)
        if (
            inside
            and not building_match.group(4)
            and _INSIDE_BLOCK.fullmatch(text, end, inside.start())
        ):
            # "Blok A 的 Makmal Komputer 2": the block's own room, named after it.
            return f"{written} {inside.group(0)}", inside.end(), None, 2
        return written, end, building_match.group(4), 2
    code = _code_room(text)
    if code:
        return code.group(0).split()[0], code.end(1), code.group(2), 2
    if facility:
        room = _ROOM_AFTER.match(text, facility.end())
        # "walkway near Clementi gate", "Boarding house West wing": where in the other
        # facility, or the wing of the house; both are where staff go.
        near = _NEAR.match(text, facility.end()) if room is None else None
        beside = _FACILITY.match(text, near.end()) if near else None
        if near and beside and beside.group(0).strip():
            return f"{facility.group(0)}{near.group(0)}{beside.group(0)}", beside.end(), None, 1
        # "去MRT的walkway": the way to the station, a facility of the one named first.
        of = _OF.match(text, facility.end())
        part = _FACILITY.match(text, of.end()) if of and room is None else None
        if part:
            return f"{facility.group(0)} {part.group(0)}", part.end(), None, 1
        return facility.group(0), facility.end(), room.group(1) if room else None, 1
    return None


def read_english(text: str) -> tuple[int, Location, int] | None:
    """ "Building 6, room 315" → Building 6 315, scored as the Chinese grammar scores its chains,
    with where the building's name ends (a Chinese floor or room may follow it). Floors and
    the spots inside are kept as written: "Block B Level 5", "Level 3 pantry"."""
    named = _building(text)
    building, end, room, sure = named if named else (None, 0, None, 0)
    room_match = _ROOM.search(text)
    if room_match:
        room = room_match.group(1).upper()
    levelled = room is not None and "-" in room  # Block 9 09-12
    if room and not levelled and not is_room_number(room):
        room = None
    unit = _UNIT.search(text) if room is None and "#" in text else None
    if unit:
        room = f"{unit.group(1)}-{unit.group(2)}"
    floor_match = _FLOOR.search(text) or _CHINESE_FLOOR.search(text)
    if floor_match is None and building:
        floor_match = _LEVEL_AFTER.match(text, end)
    digits = (floor_match.group(1) or floor_match.group(2)) if floor_match else None
    floor = int(digits) if digits else None
    if levelled and room:
        floor = int(room.split("-")[0]) or None
    numbered = _NUMBERED_AFTER.match(text, end) if building and room is None else None
    if numbered:
        # "Block A Room 3.12": the level and the room of the building just named.
        level, room = numbered.group(1), numbered.group(1) + numbered.group(2)
        floor = int(level) or None
    short_room = _SHORT_ROOM_AFTER.match(text, end) if building and room is None else None
    if short_room:
        room = short_room.group(2)
    spot = None
    if room is None and (building or floor_match):
        # The spot follows the floor where the floor follows the building ("Block B Level 5
        # pantry"), else the building ("Block A lobby").
        after = floor_match.end() if floor_match and floor_match.start() >= end else end
        spot = _SPOT_AFTER.match(text, after)
    if not (building or room or spot) and floor_match and _floor_alone(floor_match, text):
        # "Level 1 的 pipe 爆了": the floor of the building the sender is in.
        return 1, Location(text=" ".join(floor_match.group(0).split()), floor=floor), 0
    if not (building or room or spot):
        kind = _KIND.search(text)
        return (0, Location(text=kind.group(0), vague=True), kind.end()) if kind else None
    if unit and floor is None:
        floor = int(unit.group(1)) or None
    if floor is None and room and not (unit or levelled):
        floor = room_floor(room)
    written_floor = " ".join(floor_match.group(0).split()) if floor_match and not room else ""
    # With no building, the room is named as written ("Room 1208"): the word is how the
    # sender's campus names it, and a bare number reads as a count to staff.
    room_label = room
    if room and building is None and room_match and not unit:
        room_label = f"{room_match.group(0).split()[0].rstrip('.:#')} {room}"
    if short_room:
        room_label = " ".join(short_room.group(1).split())
    label = " ".join(part for part in (building, written_floor, room_label) if part)
    if spot:
        english = spot.group(1) or spot.group(3)
        label += " " + english if english else spot.group(0)  # 厨房 as written
    # A facility named in English is less sure than a building with a number: the Chinese
    # grammar's place wins where it found one.
    score = (4 if room else 0) + (sure or (1 if spot else 0)) + (1 if floor else 0)
    return score, Location(text=label, building=building, floor=floor, room=room), end
