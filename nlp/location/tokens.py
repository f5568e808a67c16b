"""The lexer that cuts the pieces of a campus address out of a message.

`tokens` finds the pieces — a numbered building, a named place, a code, a unit, a floor, a
room — and rewrites Chinese numerals inside them only; nlp.location.grammar puts the pieces
together. Their shapes are in nlp.location.shapes, the words in nlp/location/data/.
"""

import re
from dataclasses import dataclass
from enum import IntEnum

from nlp.location.names import name_before, name_by_head
from nlp.location.numerals import arabize, read_number
from nlp.location.patterns import CONTENT_CHAR
from nlp.location.shapes import FLOOR_OR_ROOM_AFTER, NOT_AN_AMOUNT, TOKEN
from nlp.location.vocabulary import INSIDE_HEADS, NOT_ROOM_PREFIXES

_CONTENT_CHAR = re.compile(CONTENT_CHAR)
_COUNTING_BEFORE = frozenset("这那哪每几整好多")
_EMERGENCY_NUMBERS = frozenset({"110", "112", "119", "120", "122"})
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_NOT_ROOMS = frozenset(NOT_ROOM_PREFIXES)


class TokenKind(IntEnum):
    PLACE = 0  # 3号楼, 图书馆, 西区
    PREFIX = 1  # 竹园: the area of the building written after it
    AFTER_PLACE = 2  # 食堂, 后门: part of a place only after one (东区食堂)
    DASH = 3  # 3-502, S2-1102, 12-3-301: a building and a room in one
    FLOOR = 4
    ROOM = 5
    SPOT = 6  # 楼梯口: where on a floor
    UNIT = 7  # 2单元: an entrance of a residential building


@dataclass(slots=True)
class Token:
    kind: TokenKind
    start: int
    end: int
    text: str  # normalized, Arabic numerals
    floor: int | None = None
    room: str | None = None
    spoken: bool = False  # a room read out in Chinese digits (五零二)
    side: str = ""  # 门口, 后门: where beside a canteen or a dorm (食堂门口)
    building: str = ""  # the building a code names: 3-502 → 3号楼, 12-3-301 → 12号楼3单元
    # A room inside some building (洗衣房, 值班室): a place only where no building is named.
    inside: bool = False
    # A school's class (初二3班, 大1班): the room it is taught in, in the building before it.
    school_class: bool = False


def tokens(text: str) -> list[Token]:
    """The address tokens of `text`, in order and not overlapping."""
    found: list[Token] = []
    for match in TOKEN.finditer(text):
        try:
            token = _token(match, text, found[-1].end if found else 0)
        except ValueError:
            continue  # 百楼, 十十栋: numerals that make no number name nothing
        if token:
            found.append(_numbered_before(token, text, found[-1].end if found else 0))
    return _numbers_after_places(found, text)


# 2号机房, 三号画室: one of a facility's rooms, numbered before it.
_NUMBER_BEFORE = re.compile(r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})号$")


def _numbered_before(token: Token, text: str, after: int) -> Token:
    """A room inside some building with its number before it is one room the school knows
    by that number: no longer one of many (机房) but the place itself (2号机房)."""
    if not token.inside or token.kind != TokenKind.PLACE:
        return token
    number = _NUMBER_BEFORE.search(text, max(after, token.start - 4), token.start)
    if number is None:
        return token
    digits = read_number(number.group(0)[:-1])
    return Token(TokenKind.PLACE, number.start(), token.end, f"{digits}号{token.text}")


# A room glued to its building is a room even before a word that makes a bare number an
# amount: 四座1102个窗, 9座908个灯掣, 主楼B区1105天花板. A date or a sum still is none, and
# after a place with no number of its own a count is a count (图书馆150个座位).
_ROOM_GLUED = re.compile(
    r" ?(?:[A-Z]{1,3})?[0-9]{3,4}(?![0-9:/-]|\.[0-9]| ?"
    + NOT_AN_AMOUNT
    + "(?:年|月|日|号|点|分|秒|块|元|钱|毛|人|次|米|度|岁"
    r"|斤|多|余|级|届|小时|%|平))"
)
_COUNTED = re.compile(r" ?(?:个|位|台|件|张|条|本|间|层)")
# The number of one of a facility's rooms: 琴房12号, 阶梯教室3那音箱. Without 号 the number
# must stand apart (阶梯教室3那…), so that 琴房2小时 stays a time.
_ROOM_OF_FACILITY = re.compile(
    r"[0-9]{1,2}(?:号(?![楼栋门馆线床])|(?=[那这的嘅个嗰\s,.!?;。,!?]|$))"
)


def _numbers_after_places(found: list[Token], text: str) -> list[Token]:
    """The numbers the shapes leave alone that are rooms by being glued to a place."""
    for index in range(len(found) - 1, -1, -1):
        place = found[index]
        if place.kind != TokenKind.PLACE:
            continue
        limit = found[index + 1].start if index + 1 < len(found) else len(text)
        if place.inside and (number := _ROOM_OF_FACILITY.match(text, place.end, limit)):
            place.text += number.group(0)
            place.end = number.end()
            continue
        room = _ROOM_GLUED.match(text, place.end, limit)
        if room and not any(c.isascii() for c in place.text):
            room = None if _COUNTED.match(text, room.end()) else room
        if room and is_room_number(written := room.group(0).strip()):
            at = room.end() - len(written)
            found.insert(
                index + 1,
                Token(TokenKind.ROOM, at, room.end(), written, room_floor(written), written),
            )
    return found


def glued(building: str, rest: str) -> str:
    """A place's text from its building and what follows: "Hall 2" and room 305 read
    "Hall 2 305", not "Hall 2305"."""
    if building[-1:].isdigit() and rest[:1].isdigit():
        return f"{building} {rest}"
    return building + rest


def room_floor(room: str) -> int | None:
    """The floor a room number implies: 502 → 5, 1203 → 12, A302 → 3, EB302 → 3."""
    return int(room.lstrip(_LETTERS)[:-2] or 0) or None


def is_room_number(room: str, *, alone: bool = False) -> bool:
    """A plausible room; one named without its building must also not be 110 or 120."""
    digits = room.lstrip(_LETTERS)
    if alone and digits in _EMERGENCY_NUMBERS:
        return False
    return digits[0] != "0" and digits[-2:] != "00"


def _token(match: re.Match[str], text: str, after: int) -> Token | None:
    kind, start, end = match.lastgroup, match.start(), match.end()
    token = match.group(0)
    if kind == "num":
        return _numbered(match, text, after)
    if kind == "named":
        # 逸夫图书馆, 物理实验楼: a listed place may carry a name of its own before it.
        start -= name_before(text, start, end, after, shortest=1, cautious=True)
        name = text[start:end]
        return Token(TokenKind.PLACE, start, end, name, inside=name.endswith(INSIDE_HEADS))
    if kind == "ordinal":
        # 第一食堂 and 第三教学楼 are names, kept as written; 第三座 is block 3, as 三座 is.
        if match["ordinal_unit"] in _BLOCKS:
            token = f"第{read_number(match['ordinal_n'])}{match['ordinal_unit']}"
        return Token(TokenKind.PLACE, start, end, token)
    if kind in ("letter", "area", "abbr"):
        return Token(TokenKind.PLACE, start, end, token.upper())
    if kind == "classroom":
        return Token(TokenKind.PLACE, start, end, _class_name(match), school_class=True)
    if kind == "code":
        return Token(TokenKind.PLACE, start, end, token.upper().replace("-", ""))
    if kind == "canteen":
        return Token(TokenKind.PLACE, start, end, arabize(token))  # 二餐 → 2餐
    if kind == "generic":
        return _named_by_head(token, text, start, end, after)
    if kind == "gate":
        # 东门 is a place; 后门 or 大门 only as the gate of one (行政楼后门).
        gate = TokenKind.PLACE if token[0] in "东西南北正" else TokenKind.AFTER_PLACE
        return Token(gate, start, end, arabize(token))
    if kind == "countable":
        return _countable(match, text, after)
    if kind == "unit":
        return Token(TokenKind.UNIT, start, end, read_number(match["unit_n"]) + "单元")
    if kind in ("dash", "triple", "levels"):
        return _code(match, kind)
    if kind == "floor":
        floor = int(read_number(match["floor_n"]))
        if not 0 < floor <= 60:
            return None
        # 4F and 3/F are kept as written: the signs say so, and so do senders and staff.
        unit = ("/F" if token.endswith("/F") else "F") if token.endswith("F") else "楼"
        return Token(TokenKind.FLOOR, start, end, f"{floor}{unit}", floor)
    if kind == "basement":
        return _basement(match)
    if kind == "room":
        return _room(match)
    if kind == "cnroom":
        room = read_number(token)
        return Token(TokenKind.ROOM, start, end, room, room_floor(room), room, spoken=True)
    return Token(TokenKind.SPOT, start, end, token)


_BLOCKS = frozenset("栋幢座舍斋")
_CLASS_NUMBERS = frozenset("0123456789一二三四五六七八九十)）")
_CLASS_SPACES = re.compile(r"[\s()（）]")
_CLASS = re.compile(r"(.*?)([0-9]+|[一二三四五六七八九十]+)班$")


def _class_name(match: re.Match[str]) -> str:
    """The class as written, with its number in Arabic digits."""
    token = match.group(0)
    # The grade stays as written (初二, not 初2: "初23班" would read as class 23).
    if match["grade"] or not token.endswith("班") or token[-2] not in _CLASS_NUMBERS:
        return token  # 初三年级(办公室), 听障班, 小班
    if len(token) == 3:  # 小二班 is 小2班: a kindergarten's class, numbered as a school's
        return token[0] + read_number(token[1]) + "班"
    grade, number = _CLASS.match(_CLASS_SPACES.sub("", token)).groups()  # type: ignore[union-attr]
    if grade.endswith("年级"):  # 三年级二班 is 3年级2班: both are numbers
        grade = read_number(grade.removesuffix("年级")) + "年级"
    return f"{grade}{read_number(number)}班"


def _code(match: re.Match[str], kind: str) -> Token:
    """A building and a room in one code; a room that is no room keeps only the code's span."""
    start, end, written = match.start(), match.end(), match.group(0)
    if kind == "levels":
        # E3-06-12 is on level 6 of E3; the level is part of how the unit is numbered.
        level = match["levels_f"]
        room = f"{level}-{match['levels_r']}"
        building = match["levels_b"].rstrip("-#")
        return Token(
            TokenKind.DASH, start, end, written, int(level) or None, room, building=building
        )
    if kind == "triple":
        room, building = match["triple_r"], f"{match['triple_b']}号楼{match['triple_u']}单元"
    else:
        room, code = match["dash_r"], match["dash_b"].upper()
        building = code + "号楼" if code.isdigit() else code
    if not is_room_number(room):
        return Token(TokenKind.DASH, start, end, written)
    return Token(TokenKind.DASH, start, end, written, room_floor(room), room, building=building)


def _basement(match: re.Match[str]) -> Token:
    start, end = match.start(), match.end()
    if match["ground"]:
        return Token(TokenKind.FLOOR, start, end, match.group(0))
    if match["basement_lg"]:
        return Token(TokenKind.FLOOR, start, end, match.group(0), -int(match["basement_lg"]))
    if match["basement_b"]:
        return Token(TokenKind.FLOOR, start, end, match.group(0), -int(match["basement_b"]))
    level = match["basement_n"]
    below = -int(read_number(level)) if level else None
    return Token(TokenKind.FLOOR, start, end, arabize(match.group(0)), below)


def _room(match: re.Match[str]) -> Token | None:
    room = match["room"].upper()
    if room.rstrip("0123456789") in _NOT_ROOMS:
        return None  # RTX4090 is a graphics card
    return Token(TokenKind.ROOM, match.start(), match.end("room"), room, room_floor(room), room)


def _countable(match: re.Match[str], text: str, after: int) -> Token:
    """食堂 alone names no place; 东食堂, 紫荆餐厅 (after 在) do, and so does 食堂后门."""
    side = match["side"] or ""
    start, head_end = match.start(), match.end() - len(side)
    if match["direction"]:
        return Token(TokenKind.PLACE, start, match.end(), text[start:head_end], side=side)
    start -= name_before(text, start, head_end, after, shortest=2, cautious=True)
    kind = TokenKind.PLACE if start < match.start() else TokenKind.AFTER_PLACE
    return Token(kind, start, match.end(), text[start:head_end], side=side)


def _named_by_head(head: str, text: str, start: int, end: int, after: int) -> Token | None:
    """明德楼, 致知书院, 竹园: the name is read back from the text before the head."""
    size, whole = name_by_head(head, text, start, end, after)
    if size == 0:
        return None
    kind = TokenKind.PLACE if whole else TokenKind.PREFIX
    return Token(kind, start - size, end, text[start - size : end], inside=head in INSIDE_HEADS)


_BLOCK_AFTER = re.compile(
    r"\s*(?:部|嘅|的|啲|楼下|楼上|楼梯|后|後|门口|大堂|电梯|𨋢|䢂|lift|走廊|走火|天台|地下|男厕|女厕|厕所|洗手间|"
    r"洗衣|垃圾|停车|外面|对面|旁边|附近|出面|入面|对出|"
    r"嗰|个|升降机|pantry|toilet|$|[,.!?;,。!?])",
    re.IGNORECASE,
)


def _numbered(match: re.Match[str], text: str, after: int) -> Token | None:
    number, unit = match["num_n"], match["num_unit"]
    start, end = match.start(), match.end()
    if (
        not number.isascii()
        and unit in ("座", "栋", "幢")
        and not FLOOR_OR_ROOM_AFTER.match(text, end)
    ):
        # 一座桥, 这一栋楼, 三栋楼都停电: a count of buildings, not a building's number —
        # unless a floor or a room follows (七座二楼, 九座1203室).
        counted = text[end : end + 1] == "楼" and text[end + 1 : end + 2] not in "下上道梯里前后"
        # Hong Kong numbers its blocks 七座, 八座 and speaks of what is in them: 七座部lift,
        # 八座楼下, 四座嘅清洁姨姨 — a count is followed by what is counted (三座大山, 一座桥).
        block = unit == "座" and _BLOCK_AFTER.match(text, end) is not None
        if (
            (unit == "座" and not block)
            or counted
            or (start and text[start - 1] in _COUNTING_BEFORE)
        ):
            return None
    who = match["num_who"] or ""
    if unit == "楼" and start and _CONTENT_CHAR.match(text, start - 1):
        # 化学3楼 is a floor of the chemistry building, not a building 学3楼 of a series.
        floor = int(read_number(number)) if number.isdigit() or not number.isascii() else 0
        if 0 < floor <= 60:
            return Token(TokenKind.FLOOR, start + len(who), end, f"{floor}楼", floor)
        return None
    # 男三舍 is 男3舍 as 三号楼 is 3号楼: every number of a building in Arabic digits.
    name = read_number(number).upper() + ("号楼" if unit[0] == "#" else unit)
    # 紫荆2号楼, 在丁香5栋: an estate's or a residence's name glued before its numbered
    # building is part of it, where the name is marked off as a listed place's is.
    estate = 0 if who else name_before(text, start, end, after, shortest=2, cautious=True)
    return Token(TokenKind.PLACE, start - estate, end, text[start - estate : start] + who + name)
