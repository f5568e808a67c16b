"""The chain grammar: address tokens written next to each other, read as one place.

nlp.location.tokens cuts the message into tokens (a numbered building, a named place, a unit,
a floor, a room, a spot on a floor). Tokens written next to each other form a chain, read as
place* unit? floor? room? part*, or floor place (3楼阅览室, B1停车场); a part is a spot or a
room of the building (教学楼大厅, 图书馆3楼自习室, 四座地下洗衣房), kept in the place's text.
Each chain is scored by how specific it is: a room counts more than a floor, a floor more than
nothing, and a building or named place more than a bare number. A canteen or dorm with no
name (食堂, 宿舍楼) is a place only with a side of it (食堂后门, 宿舍楼后面) — the canteen
alone, as sure as a bare floor; a unit with no building (2单元) only with a room.
"""

import re

from nlp.location.tokens import Token, TokenKind, glued, is_room_number
from nlp.location.vocabulary import (
    ALONE_HEADS,
    PART_LINKS_DROPPED,
    PART_LINKS_KEPT,
    PART_LINKS_SHARED,
    SIDES,
)
from nlp.models import Location

# Which kind of token may follow which inside one chain. A prefix (竹园) needs a place after
# it; an after-place (食堂, 后门) needs a place or a prefix before it (西苑食堂); a unit (2单元)
# follows its building. A floor is followed by a place only where it opens the chain, or by
# a part of the building (see _is_part, which also joins a part written after a 的 or 地下).
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
# Where a bare number may stand and still be a room: "401门锁坏", "住在502", "寝室号是402".
_ROOM_LEFT = re.compile(
    rf"(?:^|[{_PUNCT}]|在|住|是|到|喺|去|来|回"
    r"|(?:宿舍|寝室|房间|教室|课室|办公室|会议室|实验室|机房|门牌|房)号?[是为:]?)$"
)
_ROOM_RIGHT = re.compile("宿舍|寝室|房间|号房|室(?!友)")
_SPOKEN_ROOM_LEFT = re.compile(r"(?:住|在|喺|宿舍|寝室|房间)$")
_OURS_LEFT = re.compile(r"(?:我们|咱们|俺们|我哋|我們|我家)$")
_OURS_RIGHT = re.compile("的|嘅|里|裡|这|那|宿舍|寝室")
_YEAR = re.compile(r"(?:19|20)\d\d")  # 咱们2023的新生: a year, not a room
# Where a floor with no building is still a place: "在三楼", "宿舍5楼" (not "爬十楼").
_FLOOR_LEFT = re.compile(rf"(?:^|[{_PUNCT}]|在|喺|住|是|到|成|为|宿舍楼|宿舍|寝室|公寓)$")
# "搬行李上五楼": the floor gone up to is a place, but only where no other is named (not the
# 上 of 晚上, 马上).
_UP_TO = re.compile(r"(?<![晚早马楼路])上$")
# A number after these is a value (学号是, 密码, 延迟, 收费, RM 150 in ringgit), not a room —
# unless the label is the room's own (寝室号, 门牌号).
VALUE_LEFT = re.compile(
    r"(?<!寝室|房间|门牌|宿舍)(?<!房)(?:号|码|#|价|费|迟|扣|收|交|付|花|共|约|第|¥|\$|RM ?|打)[是为:]?$"
)
_KIND_BEFORE = re.compile("(?:宿舍|寝室|公寓)(?:号)?$")


def chains_in(found: list[Token], text: str) -> list[list[Token]]:
    """Group the tokens written next to each other (at most a space apart) that fit together."""
    chains: list[list[Token]] = []
    for token in found:
        if chains:
            chain = chains[-1]
            between = text[chain[-1].end : token.start]
            if (
                (between in ("", " ") and token.kind in _FOLLOWS[chain[-1].kind])
                or (between in ("", "的") and _on_floor(chain, token))
                # G/F 储物室, 3/F 茶水间: a floor written in Latin letters keeps a space.
                or (between == " " and chain[-1].text[-1:] == "F" and _on_floor(chain, token))
                # 九号楼的三楼: the floor of the building just named.
                or (
                    between in ("的", "嘅")
                    and chain[-1].kind == TokenKind.PLACE
                    and token.kind == TokenKind.FLOOR
                )
                or _is_part(chain, token, between)
            ):
                chain.append(token)
                continue
        chains.append([token])
    return chains


_PART_LINK = re.compile(
    rf"\s?(?P<kept>{'|'.join(PART_LINKS_KEPT)})?(?:{'|'.join(PART_LINKS_DROPPED)})?"
)


def _is_part(chain: list[Token], part: Token, between: str) -> bool:
    """图书馆3楼自习室, 教学楼大厅, 四座地下洗衣房, 九座后面个垃圾站: a part of the building (or
    of the floor) just named — a spot, or a room inside some building."""
    last = chain[-1]
    link = _PART_LINK.fullmatch(between)
    if link is None:
        return False
    # Beside it (后面, 旁边, 地下) a named place is as good as a part: 九座后面个垃圾站, and
    # so is one beside a canteen or dorm the side of which is written with it (宿舍楼后面的
    # 垃圾站) or in its listed name (学校后面的垃圾站). A numbered building's named facility
    # is its own: 12号楼的澡堂.
    beside = bool(link["kept"]) or bool(last.side) or last.text.endswith(SIDES) or _numbered(last)
    named = part.kind == TokenKind.PLACE and beside and _named(part)
    # A class is a room of the building (幼儿园二楼大一班教室).
    room_of = part.kind == TokenKind.PLACE and (part.inside or part.school_class)
    # A named place on a floor of the building is on that floor: 实训楼三楼数控车间.
    on_floor = last.kind == TokenKind.FLOOR and part.kind == TokenKind.PLACE and _named(part)
    # A kind of room on a floor of the building just named is that building's: 女二舍4楼浴室.
    kind_on_floor = (
        last.kind == TokenKind.FLOOR
        and part.kind == TokenKind.AFTER_PLACE
        and not between
        and any(t.kind == TokenKind.PLACE for t in chain)
    )
    if not (part.kind == TokenKind.SPOT or room_of or named or on_floor or kind_on_floor):
        return False
    if last.kind not in (TokenKind.PLACE, TokenKind.AFTER_PLACE, TokenKind.UNIT, TokenKind.FLOOR):
        return False
    if between and last.kind == TokenKind.AFTER_PLACE and _building([last]) is None:
        # 宿舍楼的洗衣房 is one of many dorms' laundries: the laundry is the better place.
        return part.kind == TokenKind.SPOT
    # A bare floor takes its spot only glued to it (3楼厕所, 3楼公共厨房), as before.
    glued_on = not between or between in PART_LINKS_SHARED
    return glued_on or last.kind != TokenKind.FLOOR or any(t.kind in _NAMING for t in chain)


def _named(place: Token) -> bool:
    """A place known by a name (垃圾站, 图书馆), not by a number (5号楼)."""
    return "\u4e00" <= place.text[0] <= "\u9fff" and not any(c.isdigit() for c in place.text)


def _numbered(building: Token) -> bool:
    """A building known by its number (12号楼, 男3舍, 7座), not by a name."""
    return building.kind == TokenKind.PLACE and any(c.isdigit() for c in building.text)


def _on_floor(chain: list[Token], place: Token) -> bool:
    """3楼阅览室, 三楼的开水房, 宿舍六楼洗衣房: a named place after a floor of no building is
    the one on that floor; a numbered building is not (爬12楼 B栋 is B栋)."""
    if chain[-1].kind != TokenKind.FLOOR or place.kind != TokenKind.PLACE:
        return False
    named = "\u4e00" <= place.text[0] <= "\u9fff"
    return named and all(t.kind != TokenKind.PLACE for t in chain)


def read_chain(chain: list[Token], text: str) -> tuple[int, Location] | None:
    """The location a chain names, scored by how specific it is; None when it names none."""
    naming = [t for t in chain if t.kind in _NAMING]
    # The building is named by the tokens glued together at the chain's head; what follows
    # (a floor, a room, a part of it) is inside it.
    head = _head(chain, text)
    building = (_building(head) if head else None) or _building(naming)
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
    places = [t for t in head if t.kind == TokenKind.PLACE] or [
        t for t in chain if t.kind == TokenKind.PLACE
    ]
    inside = bool(places) and all(t.inside for t in places)
    score = 2 + (1 if floor else 0) + (4 if room else 0) - inside
    alone = len(head) == 1 and head[0].kind == TokenKind.AFTER_PLACE and not head[0].side
    if alone and not (floor or room):
        # 食堂 alone is the school's canteen, but no surer a place than a bare floor: in
        # "四楼那扇窗…正下面就是去食堂的路" the window is on the floor named first.
        score = min(score, 1)
    if floor and places and floor.start < places[0].start:
        return score, Location(
            text=floor.text + spelled(chain[chain.index(floor) + 1 :], text),
            building=building,
            floor=floor.floor,
            room=room.text if room else None,
        )
    # 竹园3舍洗衣房 is in the building 竹园3舍: a room given later (301) is one of that.
    outer = _building([t for t in head if not t.inside]) if not inside else None
    return score, Location(
        text=glued(
            _as_written(head, building), spelled(chain[len(head) :], text, after=head[-1].end)
        ),
        building=outer or building,
        floor=floor.floor if floor else room.floor if room else None,
        room=room.text if room else None,
        # 冲凉房, 洗衣房 of no building: one of many, the sender still has to say whose.
        vague=inside and not (floor or room),
    )


def spelled(tail: list[Token], text: str, after: int | None = None) -> str:
    """What follows a building in a chain, as the place's text spells it: its floor, room and
    parts in the order written, with the position words between them (四座地下洗衣房)."""
    written = ""
    for token in tail:
        if after is not None:
            link = _PART_LINK.fullmatch(text, after, token.start)
            written += (link["kept"] or "") if link else ""
        after = token.end
        if token.kind == TokenKind.ROOM and not is_room_number(token.text):
            continue
        written += token.text + (token.side if token.side.endswith("门") else "")
    return written


def _as_written(head: list[Token], building: str) -> str:
    """The building as the sender wrote it where its name was spelled out (3# for 3号楼)."""
    for token in head:
        if token.written:
            building = building.replace(token.text, token.written)
    return building


def _head(chain: list[Token], text: str) -> list[Token]:
    """The naming tokens glued together at the start of a chain (none where a floor opens it)."""
    size = 0
    while size < len(chain) and chain[size].kind in _NAMING:
        if size and text[chain[size - 1].end : chain[size].start] not in ("", " "):
            break
        size += 1
    return chain[:size]


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
    # 宿舍5楼, 宿舍走廊: the kind of building the floor is in is how the sender named it.
    kind = chain[0].text if chain[0].kind == TokenKind.AFTER_PLACE else ""
    if floor and room:
        return 5, Location(text=kind + floor.text + room.text, floor=floor.floor, room=room.text)
    if kind and room and is_room_number(room.text, alone=True):
        # 宿舍楼307: a room of one of the dorms, which one the sender still has to say.
        return 3, Location(text=kind + room.text, floor=room.floor, room=room.text, vague=True)
    spot = next((t for t in chain if t.kind == TokenKind.SPOT), None)
    if kind and (floor or spot):
        return 1, Location(
            text=kind + spelled(chain[1:], text, after=chain[0].end),
            floor=floor.floor if floor else None,
            vague=True,
        )
    if floor:
        if spot is None and not _FLOOR_LEFT.search(text, max(0, floor.start - 3), floor.start):
            if _UP_TO.search(text, max(0, floor.start - 2), floor.start):
                return 0, Location(text=floor.text, floor=floor.floor)
            return None
        return 1, Location(text=floor.text + (spot.text if spot else ""), floor=floor.floor)
    if room is None or not is_room_number(room.text, alone=True):
        return None
    # 三零二宿舍, 502寝室: labelled a room after it, a number is one wherever it stands.
    labelled = _ROOM_RIGHT.match(text, room.end) is not None
    left = _SPOKEN_ROOM_LEFT if room.spoken else _ROOM_LEFT
    sure, vague_by_label = 3, False
    if not left.search(text, max(0, room.start - 6), room.start):
        if not labelled:
            if not _is_ours(room, text):
                return None
            sure = 0  # ours alone, the surest of nothing: any place named beside it wins
        vague_by_label = True  # of some building the sender still has to name
    if VALUE_LEFT.search(text, max(0, room.start - 4), room.start):
        return None
    # 宿舍412: a room of one of many dorms; which one, the sender still has to say.
    vague = (
        vague_by_label or _KIND_BEFORE.search(text, max(0, room.start - 4), room.start) is not None
    )
    return sure, Location(text=room.text, floor=room.floor, room=room.text, vague=vague)


def _is_ours(room: Token, text: str) -> bool:
    """我们315的网口: a room that is ours, followed by what in it is broken (not 我们300人)."""
    return (
        _OURS_LEFT.search(text, max(0, room.start - 2), room.start) is not None
        and _OURS_RIGHT.match(text, room.end) is not None
        and _YEAR.fullmatch(room.text) is None
    )
