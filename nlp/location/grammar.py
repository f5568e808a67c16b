"""`find_location`: the place a message names, read by a small grammar over address tokens.

nlp.location.chains reads the chains of tokens written together and scores each; the most
specific one wins, and among equally specific ones the first named. Around it this module
adds what the message says elsewhere of the same place: a second place joined with "and"
(操场和篮球场), a room or a floor's spot written a little later (文科楼三楼的会议室(312),
梅园3舍…三楼厕所), a building named in English. With no chain, a kind of place named alone
(宿舍, 厕所) is the place, too vague to send anyone to.
"""

import re

from nlp.location.chains import chains_in, read_chain, spelled
from nlp.location.doubts import doubted, owned_elsewhere
from nlp.location.english import has_english, level_after, read_english
from nlp.location.later import (
    CLAUSE_END,
    HAS_FLOORS,
    ROOM_LABELS,
    apposed,
    bare_building,
    labelled_room,
    with_facility_before,
    with_later_part,
    with_later_room,
    within_labelled_reach,
)
from nlp.location.numerals import read_number
from nlp.location.tokens import Token, TokenKind, glued, tokens
from nlp.location.vocabulary import KINDS_OF_PLACE, PLACE_NAMES, ROOM_NAMES, SIDES
from nlp.models import Location


def find_location(text: str) -> Location | None:
    """The most specific place `text` (already canonical: NFKC, Simplified) names, or None."""
    found = tokens(text)
    best: tuple[int, Location] | None = None
    best_start = best_end = 0
    chains = chains_in(found, text)
    readings = [doubted(chain, read_chain(chain, text), text) for chain in chains]
    at = 0
    for index, (chain, read) in enumerate(zip(chains, readings, strict=True)):
        # Strictly greater: among equally specific places the first one named wins, unless a
        # later one is that same place with more of it (附小…放学附小东门口).
        if read and (best is None or read[0] > best[0] or _more_of(read[1], chain, best[1])):
            best, best_start, best_end, at = read, chain[0].start, chain[-1].end, index
    if best and best[0] == 0 and owned_elsewhere(best[1], _KIND_OF_PLACE, text):
        best = None  # 孩子宿舍的床板断了…送医务室了: the dorm, vague as it is, not the clinic
    if best and best[0] == 0 and best[1].building is None and best[1].room is None:
        best = (0, _floor_of_kind(best[1], text))
    if best and best[1].building is None and best[1].room and at:
        best = (best[0], _in_building_before(best[1], chains, readings, at, text))
    if best:
        best, best_end = _with_place_beside(best, chains, readings, at, text)
    if best and best[1].room is None and best[1].building:
        best = (best[0], with_later_room(best[1], found, best_end, text))
    if best and best[1].building and best[1].floor is None and bare_building(chains[at]):
        best = (best[0], with_later_part(best[1], chains[at + 1 :], text, best_end))
    if best and best[1].building and best[1].floor is None and best[1].room is None:
        best = (best[0], level_after(best[1], best_end, text))
    if best and best[1].building and best[1].room is None:
        best = (best[0], with_facility_before(best[1], chains[:at], readings[:at]))
    if has_english(text):
        english = read_english(text)
        again = bool(english and best and _letter_again(best[1], english[2], best_start, best_end))
        if english and best and not again and _inside_english(best[1], english, best_start, text):
            building = english[1].building or english[1].text
            return Location(
                text=f"{building} {best[1].text}",
                building=english[1].building,
                floor=best[1].floor if best[1].floor is not None else english[1].floor,
                room=best[1].room or english[1].room,
            )
        # "6号楼 room 214": the English room word named the room of the building before it.
        if english and best and _room_of_building(best[1], english[1]):
            return _with_side_after(best[1], best_end, text)
        # "Block C天台": the English reading took the Chinese part already.
        took = bool(english and best and best[1].text in english[1].text)
        if english and (best is None or english[0] > best[0] or again or took):
            return _with_chinese_after_english(english, chains, found, text)
    if best is None:
        return _kind_of_place(text)
    if best[1].building is None and best[1].room is None:
        return _with_kind_after(best[1], best_end, text)
    return _with_side_after(best[1], best_end, text)


# A place after another is a part of it where it is a gate or ends in a listed name.
_KNOWN_END = re.compile(f"(?:门|{'|'.join(name for name in PLACE_NAMES if len(name) > 1)})$")


def _more_of(later: Location, chain: list[Token], first: Location) -> bool:
    """Whether `later` is the place `first` with a part of it after (附小东门, 家属区小广场),
    not a name read back from a run that only opens with it (幼儿园开转园证明)."""
    if len(chain) < 2 or chain[0].text != first.text or len(later.text) <= len(first.text):
        return False
    return all(t.kind != TokenKind.PLACE or _KNOWN_END.search(t.text) for t in chain[1:])


def _letter_again(chinese: Location, english_end: int, start: int, end: int) -> bool:
    """ "Blok A楼下": the block's own letter read again, with 楼, as a building A楼 is that block."""
    building = chinese.building or ""
    return chinese.room is None and building.endswith("楼") and start < english_end < end


def _room_of_building(chinese: Location, english: Location) -> bool:
    return bool(
        chinese.building
        and english.building is None
        and english.room
        and chinese.room == english.room
    )


_SIDE_AFTER = re.compile("|".join(sorted(SIDES, key=len, reverse=True)))


def _with_side_after(place: Location, end: int, text: str) -> Location:
    """图书馆后面, 实验楼北侧: beside a building is where staff go, not inside it."""
    if place.room is not None or place.floor is not None:
        return place
    side = _SIDE_AFTER.match(text, end)
    if side is None or place.text.endswith(side.group(0)):
        return place
    return Location(text=place.text + side.group(0), building=place.building, vague=place.vague)


_KIND_OF_PLACE = re.compile("|".join(KINDS_OF_PLACE))
_KIND_AFTER = re.compile(
    "(?:"
    + "|".join(sorted(ROOM_NAMES, key=len, reverse=True))
    + ")?(?:"
    + "|".join(KINDS_OF_PLACE)
    + ")"
)


# What names one room of a kind: a subject (科学教室, 解剖实验室), a number (3号画室, 3A课室)
# or a kindergarten's year (K2课室).
_ROOM_NAME = re.compile(
    "(?:[0-9]{1,2}号|[0-9][A-Z]|K[1-3]|"
    + "|".join(sorted(ROOM_NAMES, key=len, reverse=True))
    + ")$"
)


def _kind_of_place(text: str) -> Location | None:
    """宿舍, 教室 named alone: the place the sender named, too vague to send anyone to; with
    a name of its own before it (科学教室, 语文办公室) it is one room."""
    found = _KIND_OF_PLACE.search(text)
    if found is None:
        return None
    named = _ROOM_NAME.search(text, max(0, found.start() - 4), found.start())
    if named:
        return Location(text=named.group(0) + found.group(0))
    return Location(text=found.group(0), vague=True)


def _floor_of_kind(floor: Location, text: str) -> Location:
    """孩子宿舍的床板断了…师傅爬上六楼换好了: the floor gone up to is the dorm's."""
    kind = _KIND_OF_PLACE.search(text)
    if kind is None or floor.floor is None:
        return floor
    return Location(text=kind.group(0) + floor.text, floor=floor.floor, vague=True)


def _with_kind_after(floor: Location, end: int, text: str) -> Location:
    """3楼自修室: the kind of room on the floor belongs to the place."""
    found = _KIND_AFTER.match(text, end)
    if found is None:
        return floor
    return Location(text=floor.text + found.group(0), floor=floor.floor)


def _inside_english(
    chinese: Location, english: tuple[int, Location, int], start: int, text: str
) -> bool:
    """A floor, a room or a room's name in Chinese inside a building named in English:
    "Science Building 2楼配电房", "Hall 6 五樓廁所", "Engineering Building的电梯卡在5楼"."""
    named = english[1]
    if named.building is None or named.room or chinese.text in named.text:
        return False
    if chinese.building is None and chinese.room is None and chinese.floor == named.floor:
        return False  # "library 2F": the floor the English name keeps as written
    if text[english[2] : start].strip() in ("", "的"):
        return True  # written right after the English name
    if chinese.building and chinese.building.upper() == named.building.split()[-1].upper():
        return True  # "Block D, level 3, D-3-12": the code of a unit in that very block
    return chinese.building is None and named.floor is None


# Or told as the sender's own: "7栋,我们是515", "7栋的,我们宿舍是515", "5号楼 我住302".
_ROOM_LABELLED = re.compile(
    rf"\s*的?\s*[,;]?\s*(?:(?:我们|我|俺们|俺|咱们|咱)\s*(?:的\s*)?)?"
    rf"(?:(?:{ROOM_LABELS})\s*(?:是|为|:)?|(?<=们|我|俺|咱)(?:是|住|住在|在|系|喺))\s*"
)


def _in_building_before(
    room: Location,
    chains: list[list[Token]],
    readings: list[tuple[int, Location] | None],
    at: int,
    text: str,
) -> Location:
    """住在15号楼的423宿舍: a room of no building, a little after a building of no room in the
    same clause, is a room of that building; so is one given its label in the next clause
    (住在南区12号楼,房间号是615)."""
    before = readings[at - 1]
    if before is None or before[1].building is None or before[1].room is not None:
        return _in_building_told_before(room, chains, readings, at, text)
    between = text[chains[at - 1][-1].end : chains[at][0].start]
    labelled = _ROOM_LABELLED.fullmatch(between) is not None
    if not labelled and (
        len(between) > 6 or (CLAUSE_END.search(between) and not apposed(before[1], between))
    ):
        return _in_building_told_before(room, chains, readings, at, text)
    return _room_of(before[1], room)


def _in_building_told_before(
    room: Location,
    chains: list[list[Token]],
    readings: list[tuple[int, Location] | None],
    at: int,
    text: str,
) -> Location:
    """ "6号楼啊,就东区那栋,房间512": a room given its label, a clause or two after the last
    building named before it (past the area that building stands in)."""
    start = chains[at][0].start
    if not labelled_room(chains[at][0], text):
        return room
    for chain, read in zip(chains[at - 1 :: -1], readings[at - 1 :: -1], strict=True):
        if not within_labelled_reach(text[chain[-1].end : start]):
            return room
        if read is None or read[1].room is not None:
            return room
        if (read[1].building or "")[-1:] in HAS_FLOORS:
            return _room_of(read[1], room)
    return room


def _room_of(building: Location, room: Location) -> Location:
    return Location(
        text=glued(building.text, room.text),
        building=building.building,
        floor=room.floor,
        room=room.room,
    )


def _with_chinese_after_english(
    english: tuple[int, Location, int], chains: list[list[Token]], found: list[Token], text: str
) -> Location:
    """hostel厨房, Block C 走廊, Hall 2四樓, Hall 10三樓走廊: a floor or a part written in Chinese
    right after a building named in English. The grammar leaves such a floor alone (after a
    digit a floor may be a count), so it is read here."""
    named, end = english[1], english[2]
    if named.building is None or named.room or named.floor is not None:
        return named
    floor = _CHINESE_FLOOR_AFTER.match(text, end)
    number = int(read_number(floor.group(1))) if floor else 0
    if floor and 0 < number <= 60:
        spot = next((t for t in found if t.start == floor.end() and t.kind == TokenKind.SPOT), None)
        written = f"{number}楼" + (spot.text if spot else "")
        return Location(text=f"{named.text} {written}", building=named.building, floor=number)
    for chain in chains:
        if chain[0].start < end:
            continue
        # Its gate too: "Hall 3大门", "Boarding house 大门".
        parts = all(t.kind in (TokenKind.SPOT, TokenKind.AFTER_PLACE) for t in chain)
        if not parts or text[end : chain[0].start].strip() not in ("", "的"):
            break
        part = spelled(chain, text)
        if named.text.endswith(part):
            break  # the English reader kept it already (hostel厨房)
        return Location(text=f"{named.text} {part}", building=named.building)
    return named


_CHINESE_FLOOR_AFTER = re.compile(
    r"\s?的?([零〇一二三四五六七八九十两0-9]{1,3})[楼层](?![下上梯道])"
)


# Two places of one report: 操场和篮球场, 从新校区到老校区, 3号楼和5号楼之间.
_AND = re.compile(r"\s?(?:和|与|跟|及|或|、|到|还有|同埋|同|至)\s?")
# A way told by where it leads: 南门进来往体育馆去那条道, 篮球场旁边往南门去的小路. Both ends
# are how staff find the path; the way is kept as "往".
_TOWARDS = re.compile(r"\s?(?:进来|出来|进去|出去|过来|过去|)(?:一直|)(?:往|向|朝|通往)\s?")


def _with_place_beside(
    best: tuple[int, Location],
    chains: list[list[Token]],
    readings: list[tuple[int, Location] | None],
    at: int,
    text: str,
) -> tuple[tuple[int, Location], int]:
    """The place, and a place of the same kind written right after it with an "and" or a
    "to" between: both are where the sender means, and both are kept in the text."""
    end = chains[at][-1].end
    if at + 1 == len(chains) or best[1].building is None or best[1].room:
        return best, end
    other, read = chains[at + 1], readings[at + 1]
    link = _AND.fullmatch(text, end, other[0].start)
    towards = None if link else _TOWARDS.fullmatch(text, end, other[0].start)
    if (link or towards) is None or read is None or read[1].building is None or read[1].vague:
        return best, end
    place = best[1]
    joined = Location(
        text=place.text + (link.group(0).strip() if link else "往") + read[1].text,
        building=place.building,
        floor=place.floor,
        room=place.room,
    )
    return (best[0], joined), other[-1].end
