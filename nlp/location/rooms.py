"""Room numbers: what makes a number a room, the floor it implies, and the rooms the shapes
leave to be read from what they are glued to (四座1102个窗, 琴房12号, 2号机房)."""

import re

from nlp.location.numerals import read_number
from nlp.location.shapes import NOT_AN_AMOUNT
from nlp.location.token import Token, TokenKind

_EMERGENCY_NUMBERS = frozenset({"110", "112", "119", "120", "122"})
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# 2号机房, 三号画室: one of a facility's rooms, numbered before it.
_NUMBER_BEFORE = re.compile(r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})号$")


def numbered_before(token: Token, text: str, after: int) -> Token:
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
    + "(?:年|月|日|号|点|分|秒|块|元|钱|毛|人|次|米|度(?![门窗灯厕冷嘅啲嗰])|岁"
    r"|斤|多|余|级|届|小时|%|平))"
)
_COUNTED = re.compile(r" ?(?:个|位|台|件|张|条|本|间|层)")
# The number of one of a facility's rooms: 琴房12号, 阶梯教室3那音箱. Without 号 the number
# must stand apart (阶梯教室3那…), so that 琴房2小时 stays a time.
_ROOM_OF_FACILITY = re.compile(
    r"[0-9]{1,2}(?:号(?![楼栋门馆线床])|(?=[那这的嘅个嗰\s,.!?;。,!?]|$))"
)


_CHINESE_NUMBERED = re.compile("[一二三四五六七八九十]+(?:舍|宿|斋)$")


def numbers_after_places(found: list[Token], text: str) -> list[Token]:
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
        # A named place's number may count (图书馆200个座位); a numbered building's is its room,
        # its number written in Chinese too (男二舍204個窗鉸).
        numbered = any(c.isascii() for c in place.text) or _CHINESE_NUMBERED.search(place.text)
        if room and not numbered:
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
    if digits[-2:] == "00":
        return False
    # G015, LG012: a room on a ground or lower floor is lettered by it and numbered from 0;
    # G08 and G12 too, with two digits.
    if room[:1] == "G" and len(room) == 3:
        return True
    return digits[0] != "0" or (len(digits) >= 3 and room[:1] in "GL" and room != digits)
