"""`find_location`: the place a message names, read by a small grammar over address tokens.

nlp.location.tokens cuts the message into tokens (a numbered building, a named place, a unit,
a floor, a room, a spot on a floor). Tokens written next to each other form a chain, read as
place* unit? floor? room? spot?, or floor place (3楼阅览室, B1停车场). Among the chains the
most specific one wins: a room counts more than a floor, a floor more than nothing, and a
building or named place more than a bare number. A canteen or dorm with no name (食堂,
宿舍楼) is a place only with a side of it (食堂后门, 宿舍楼后面); a unit with no building
(2单元) only with a room.
"""

import re

from nlp.location.english import has_english, read_english
from nlp.location.tokens import Token, TokenKind, glued, is_room_number, tokens
from nlp.location.vocabulary import ALONE_HEADS, KINDS_OF_PLACE, ROOM_NAMES
from nlp.models import Location

# Which kind of token may follow which inside one chain. A prefix (竹园) needs a place after
# it; an after-place (食堂, 后门) needs a place or a prefix before it (西苑食堂); a unit (2单元)
# follows its building. A floor is followed by a place only where it opens the chain.
_FOLLOWS = {
    TokenKind.PLACE: {
        TokenKind.PLACE,
        TokenKind.AFTER_PLACE,
        TokenKind.UNIT,
        TokenKind.DASH,
        TokenKind.FLOOR,
        TokenKind.ROOM,
        TokenKind.SPOT,
    },
    TokenKind.PREFIX: {TokenKind.PLACE, TokenKind.AFTER_PLACE, TokenKind.DASH},
    TokenKind.AFTER_PLACE: {
        TokenKind.PLACE,
        TokenKind.UNIT,
        TokenKind.FLOOR,
        TokenKind.ROOM,
        TokenKind.SPOT,
    },
    TokenKind.UNIT: {TokenKind.FLOOR, TokenKind.ROOM, TokenKind.SPOT},
    TokenKind.DASH: set(),
    TokenKind.FLOOR: {TokenKind.ROOM, TokenKind.SPOT},
    TokenKind.ROOM: set(),
    TokenKind.SPOT: set(),
}
_GENERIC_KINDS = ("宿舍", "宿舍楼", "寝室", "公寓", "浴室", "超市")
_NAMING = (TokenKind.PLACE, TokenKind.PREFIX, TokenKind.AFTER_PLACE, TokenKind.UNIT)

_PUNCT = r"\s,.!?;:()\[\]、。…~\"'“”"
_CLAUSE_END = re.compile(r"[,.!?;。!?;\n]")
# Where a bare number may stand and still be a room: "401门锁坏", "住在502", "寝室号是402".
_ROOM_LEFT = re.compile(
    rf"(?:^|[{_PUNCT}]|在|住|是|到|喺|去|来|回"
    r"|(?:宿舍|寝室|房间|教室|课室|办公室|会议室|实验室|机房|门牌|房)号?[是为:]?)$"
)
_SPOKEN_ROOM_LEFT = re.compile(r"(?:住|在|喺|宿舍|寝室|房间)$")
# Where a floor with no building is still a place: "在三楼", "宿舍5楼" (not "爬十楼").
_FLOOR_LEFT = re.compile(rf"(?:^|[{_PUNCT}]|在|喺|住|是|到|成|为|宿舍楼|宿舍|寝室|公寓)$")
# A number after these is a value (学号是, 密码, 延迟, 收费, RM 150 in ringgit), not a room —
# unless the label is the room's own (寝室号, 门牌号).
_VALUE_LEFT = re.compile(
    r"(?<!寝室|房间|门牌|宿舍)(?<!房)(?:号|码|#|价|费|迟|扣|收|交|付|花|共|约|第|¥|\$|RM ?|打)[是为:]?$"
)


def find_location(text: str) -> Location | None:
    """The most specific place `text` (already canonical: NFKC, Simplified) names, or None."""
    found = tokens(text)
    best: tuple[int, Location] | None = None
    best_start = best_end = 0
    for chain in _chains(found, text):
        read = _read_chain(chain, text)
        # Strictly greater: among equally specific places the first one named wins.
        if read and (best is None or read[0] > best[0]):
            best, best_start, best_end = read, chain[0].start, chain[-1].end
    if best and best[1].room is None and best[1].building:
        best = (best[0], _with_later_room(best[1], found, best_end, text))
    if has_english(text):
        english = read_english(text)
        if english and best and _inside_english(best[1], english, best_start, text):
            building = english[1].building or english[1].text
            return Location(
                text=f"{building} {best[1].text}",
                building=english[1].building,
                floor=best[1].floor if best[1].floor is not None else english[1].floor,
                room=best[1].room or english[1].room,
            )
        if english and (best is None or english[0] > best[0]):
            return english[1]
    if best is None:
        return _kind_of_place(text)
    if best[1].building is None and best[1].room is None:
        return _with_kind_after(best[1], best_end, text)
    return best[1]


_KIND_OF_PLACE = re.compile("|".join(KINDS_OF_PLACE))
_KIND_AFTER = re.compile(
    "(?:"
    + "|".join(sorted(ROOM_NAMES, key=len, reverse=True))
    + ")?(?:"
    + "|".join(KINDS_OF_PLACE)
    + ")"
)
_KIND_BEFORE = re.compile("(?:宿舍|寝室|公寓)(?:号)?$")


# What names one room of a kind: a subject (科学教室, 解剖实验室) or a number (3号画室, 3A课室).
_ROOM_NAME = re.compile(
    "(?:[0-9]{1,2}号|[0-9][A-Z]|" + "|".join(sorted(ROOM_NAMES, key=len, reverse=True)) + ")$"
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
    return chinese.building is None and named.floor is None


def _chains(found: list[Token], text: str) -> list[list[Token]]:
    """Group the tokens written next to each other (at most a space apart) that fit together."""
    chains: list[list[Token]] = []
    for token in found:
        if chains:
            chain = chains[-1]
            between = text[chain[-1].end : token.start]
            if between in ("", " ") and token.kind in _FOLLOWS[chain[-1].kind]:
                chain.append(token)
                continue
            if between in ("", "的") and _on_floor(chain, token):
                chain.append(token)
                continue
        chains.append([token])
    return chains


def _on_floor(chain: list[Token], place: Token) -> bool:
    """3楼阅览室, 三楼的开水房, 宿舍六楼洗衣房: a named place after a floor of no building is
    the one on that floor; a numbered building is not (爬12楼 B栋 is B栋)."""
    if chain[-1].kind != TokenKind.FLOOR or place.kind != TokenKind.PLACE:
        return False
    named = "\u4e00" <= place.text[0] <= "\u9fff"
    return named and all(t.kind != TokenKind.PLACE for t in chain)


def _read_chain(chain: list[Token], text: str) -> tuple[int, Location] | None:
    """The location a chain names, scored by how specific it is; None when it names none."""
    naming = [t for t in chain if t.kind in _NAMING]
    building = _building(naming)
    dash = next((t for t in chain if t.kind == TokenKind.DASH), None)
    if dash and dash.room:
        # 3-502 is building 3, room 502; the text keeps the way the sender wrote it.
        area = building or ""
        return 6, Location(
            text=area + dash.text,
            building=(area + dash.building) or None,
            floor=dash.floor,
            room=dash.room,
        )
    floor = next((t for t in chain if t.kind == TokenKind.FLOOR), None)
    room = next((t for t in chain if t.kind == TokenKind.ROOM and is_room_number(t.text)), None)
    unit = next((t for t in chain if t.kind == TokenKind.UNIT), None)
    if building is None and unit and room:
        # 2单元301: a unit of the building the sender lives in, named with a room.
        building = unit.text
    if building is None:
        return _read_bare(chain, floor, room, text)
    # A room inside some building (洗衣房) gives way to any building the message names.
    places = [t for t in chain if t.kind == TokenKind.PLACE]
    inside = bool(places) and all(t.inside for t in places)
    score = 2 + (1 if floor else 0) + (4 if room else 0) - inside
    if floor and places and floor.start < places[0].start:
        return score, Location(
            text=floor.text + building + (room.text if room else ""),
            building=building,
            floor=floor.floor,
            room=room.text if room else None,
        )
    # 竹园3舍洗衣房 is in the building 竹园3舍: a room given later (301) is one of that.
    outer = _building([t for t in naming if not t.inside]) if not inside else None
    return score, Location(
        text=glued(building, (floor.text if floor else "") + (room.text if room else "")),
        building=outer or building,
        floor=floor.floor if floor else room.floor if room else None,
        room=room.text if room else None,
    )


def _building(places: list[Token]) -> str | None:
    """The name the naming tokens of a chain spell, or None when they name no place."""
    if not places or places[-1].kind == TokenKind.PREFIX:
        return None
    first = places[0]
    if first.kind == TokenKind.AFTER_PLACE:
        # 食堂 or 宿舍楼 alone is any of many; 食堂后门, 宿舍楼后面 is one place, and in
        # 宿舍3号楼 the place is the building after it.
        if first.side:
            return first.text + first.side
        if first.text in ALONE_HEADS and len(places) == 1:
            return first.text
        rest = _building(places[1:])
        # 学生公寓B区 is how the sender names it; in 宿舍3号楼 宿舍 only says what 3号楼 is.
        if rest and first.text not in _GENERIC_KINDS:
            return first.text + rest
        return rest
    if first.kind == TokenKind.UNIT:
        return None  # a unit of which building?
    # The gate of a place is part of it (东区食堂后门); its front (体育馆门口) adds nothing.
    return "".join(t.text + (t.side if t.side.endswith("门") else "") for t in places)


def _read_bare(
    chain: list[Token], floor: Token | None, room: Token | None, text: str
) -> tuple[int, Location] | None:
    """A floor or a room with no building: kept only where it cannot be a count or a price."""
    if floor and room:
        return 5, Location(text=floor.text + room.text, floor=floor.floor, room=room.text)
    # 宿舍5楼: the kind of building the floor is in is how the sender named it.
    kind = chain[0].text if chain[0].kind == TokenKind.AFTER_PLACE and floor else ""
    if floor and kind:
        return 1, Location(text=kind + floor.text, floor=floor.floor, vague=True)
    if floor:
        spot = next((t for t in chain if t.kind == TokenKind.SPOT), None)
        if spot is None and not _FLOOR_LEFT.search(text, max(0, floor.start - 3), floor.start):
            return None
        return 1, Location(text=floor.text + (spot.text if spot else ""), floor=floor.floor)
    if room is None or not is_room_number(room.text, alone=True):
        return None
    left = _SPOKEN_ROOM_LEFT if room.spoken else _ROOM_LEFT
    if not left.search(text, max(0, room.start - 6), room.start):
        return None
    if _VALUE_LEFT.search(text, max(0, room.start - 4), room.start):
        return None
    # 宿舍412: a room of one of many dorms; which one, the sender still has to say.
    vague = _KIND_BEFORE.search(text, max(0, room.start - 4), room.start) is not None
    return 3, Location(text=room.text, floor=room.floor, room=room.text, vague=vague)


def _with_later_room(found: Location, after: list[Token], end: int, text: str) -> Location:
    """Fill in a room named a little later in the same clause: "文科楼三楼的会议室(312)"."""
    for token in after:
        if token.start < end:
            continue
        between = text[end : token.start]
        if len(between) > 15 or _CLAUSE_END.search(between):
            break
        if token.kind != TokenKind.ROOM or token.spoken:
            continue
        if not is_room_number(token.text, alone=True) or _VALUE_LEFT.search(between):
            break
        if found.floor is not None and token.floor != found.floor:
            break
        return Location(
            text=glued(found.text, token.text),
            building=found.building,
            floor=token.floor,
            room=token.text,
        )
    return found
