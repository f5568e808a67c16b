"""The lexer that cuts the pieces of a campus address out of a message.

`tokens` finds the pieces — a numbered building, a named place, a unit, a floor, a room — and
rewrites Chinese numerals inside them only; nlp.location puts the pieces together. The words
themselves are in nlp.place_words; nlp.place_names reads the name written before a head.
"""

import re
from dataclasses import dataclass
from enum import IntEnum

from nlp.numerals import arabize, read_number
from nlp.place_names import name_before, name_by_head
from nlp.place_words import (
    AREA_HEADS,
    COUNTABLE_HEADS,
    GENERIC_HEADS,
    GUARDED_HEADS,
    HALL_HEADS,
    HEAD_GUARDS,
    MARKED_HEADS,
    NAME_AND_HEAD,
    NAME_CHAR,
    PLACE_NAMES,
    SIDES,
    SPOTS,
    alternation,
)

# 两 is left out on purpose: 两栋楼 counts buildings, it never numbers one.
_CN = "零〇一二三四五六七八九十百"
_CN_DIGIT = "零〇一二三四五六七八九幺"
# What follows a number that is an amount, a date or a time, not a room.
_UNITS = (
    "年|月|日|点|分|秒|块|元|钱|毛|角|天|次|个|人|位|台|件|张|条|米|度|岁|斤|瓦|兆|多|余|延迟|小时"
    "|平|页|%|(?i:ms|mb|gb|kb|kg|km|[wkmg])(?![a-z])"
)


def _guarded(head: str) -> str:
    """`head`, except where the characters around it make it part of another word (楼梯)."""
    not_after, not_before = HEAD_GUARDS.get(head, ("", ""))
    return (
        (f"(?<![{not_after}])" if not_after else "")
        + head
        + (f"(?![{not_before}])" if not_before else "")
    )


_BUILDING_HEADS = "|".join(map(_guarded, GENERIC_HEADS))
# A head with a building's head right after it ends no name: 国际交流中心公寓 is a flat.
_NAME_GOES_ON = f"(?!{_BUILDING_HEADS})"
_NAME_HEADS = HALL_HEADS + GUARDED_HEADS + AREA_HEADS
_GENERIC = "|".join(
    [_BUILDING_HEADS, *NAME_AND_HEAD, "湖边", "湖畔"]
    + [_guarded(head) + _NAME_GOES_ON for head in _NAME_HEADS]
)
# 中心食堂 is a listed canteen, not a centre called 中心 with 食堂 after it.
_MARKED = "|".join(head + "(?![食餐饭])" + _NAME_GOES_ON for head in MARKED_HEADS)
_HEAD_FIRSTS = "".join(
    sorted(
        {head[0] for head in (*GENERIC_HEADS, *NAME_AND_HEAD, *_NAME_HEADS, *MARKED_HEADS, "湖")}
    )
)
# A direction glued before a head is part of the name (南操场, 东食堂) — but not the 西 of
# 东西 (things), nor a direction after 以 (以南: south of).
_DIRECTION = "(?<![东西南北以])[东西南北]"
# 东门, 南大门, 东北门, 后门; not the 门 of an access gate, a ticket or a doorframe (大门禁).
# A lock is at its gate: 教学楼侧门锁坏了 happens at 教学楼侧门.
_GATE = "(?:[东西南北]{1,2}[正后侧大]?|[正后侧大])门(?![禁把票子卫诊帘框窗])"
# 北二门, 东3号门: a campus gate numbered within its side.
_NUMBERED_GATE = "[东西南北](?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})号?门(?![禁把票子卫诊帘框窗])"


def _starting(words: tuple[str, ...], pattern: str) -> str:
    """`pattern`, tried only where one of `words` (or a prefix such as 新 or 东) can begin.

    Most characters that can start some token start none of these words; a class check in
    front spares them the long alternation.
    """
    firsts = "".join(sorted({word[0] for word in words} | set("新老东西南北")))
    return f"(?=[{firsts}]){pattern}"


_ALTERNATIVES = (
    r"(?<![0-9])(?P<dash>[0-9]{1,2}[-–—](?P<dash_r>[0-9]{3,4}))(?![0-9-])",
    rf"(?P<ordinal>第(?:[{_CN}]{{1,3}}|[0-9]{{1,2}})"
    r"(?:教学楼|实验楼|宿舍楼|宿舍|公寓|食堂|餐厅|饭堂|教|栋|幢|舍|斋))",
    rf"(?<![0-9A-Za-z周期拜避])(?P<num>(?P<num_n>[A-Za-z]?[0-9]{{1,3}}|[{_CN}]{{1,5}})"
    r"(?P<num_unit>号(?:楼|栋|宿舍楼|宿舍|公寓楼|公寓|教学楼|实验楼|食堂|餐厅|门|馆)"
    r"|#楼?|栋|幢|座|舍(?!五入)|斋|食堂|餐厅|饭堂|教(?![授育练师程材会导学室务])))",
    r"(?<![0-9A-Za-z])(?P<letter>[A-Za-z](?:栋|座|幢|楼))",
    rf"(?<![0-9])(?P<unit>(?P<unit_n>[0-9]{{1,2}}|[{_CN}]{{1,3}})单元)",
    r"(?P<area>[东西南北中]校区|[东西南北中新老A-Za-z]区)",
    # The head of a name nobody listed; the name before it is read back from the text.
    # The cheap class of heads' first characters is tried before the long class of name ones.
    rf"(?=[{_HEAD_FIRSTS}])(?<={NAME_CHAR})(?P<generic>{_GENERIC}|{_MARKED})",
    _starting(
        PLACE_NAMES,
        rf"(?P<named>(?:[新老]|{_DIRECTION})?{alternation(PLACE_NAMES)}(?:区(?!域))?)",
    ),
    rf"(?P<gate>{_NUMBERED_GATE}|{_GATE})",
    _starting(
        COUNTABLE_HEADS,
        rf"(?P<countable>(?P<direction>{_DIRECTION})?(?:{'|'.join(COUNTABLE_HEADS)})"
        rf"(?P<side>{_GATE}|{'|'.join(SIDES)})?)",
    ),
    r"(?P<basement>地下室|(?:地下|负)(?P<basement_n>[0-9一二三])[楼层])",
    rf"(?<![0-9])(?P<floor>第?(?P<floor_n>[0-9]{{1,2}}|[{_CN}]{{1,3}}) ?[楼层F])(?!以上|以下|高)",
    rf"(?<![0-9A-Za-z#.])(?P<room>[A-Za-z]?[0-9]{{3,4}})(?![0-9.:/-]| ?(?:{_UNITS}))"
    r"(?:室|号房|号|房间|房|寝室|宿舍|教室)?",
    rf"(?<![{_CN}])(?P<cnroom>[{_CN_DIGIT}]{{3,4}})(?![{_CN}楼层栋号])",
    rf"(?P<spot>{'|'.join(SPOTS)})",
)
# Every character a token can start with. Checked first, it lets the scan pass over any other
# character with one set lookup instead of trying every alternative there.
_FIRST = "".join(
    sorted(
        set(
            "0123456789第#东西南北中新老正后侧大地负"
            + _CN
            + _CN_DIGIT
            + "".join(word[0] for word in PLACE_NAMES + COUNTABLE_HEADS + SPOTS)
            + _HEAD_FIRSTS
        )
    )
)
_TOKEN = re.compile(rf"(?=[{_FIRST}A-Za-z])(?:{'|'.join(_ALTERNATIVES)})")
_COUNTING_BEFORE = frozenset("这那哪每几整好多")
_EMERGENCY_NUMBERS = frozenset({"110", "112", "119", "120", "122"})
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


class TokenKind(IntEnum):
    PLACE = 0  # 3号楼, 图书馆, 西区
    PREFIX = 1  # 竹园: the area of the building written after it
    AFTER_PLACE = 2  # 食堂, 后门: part of a place only after one (东区食堂)
    DASH = 3  # 3-502: a building and a room in one
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


def tokens(text: str) -> list[Token]:
    """The address tokens of `text`, in order and not overlapping."""
    found: list[Token] = []
    for match in _TOKEN.finditer(text):
        token = _token(match, text, found[-1].end if found else 0)
        if token:
            found.append(token)
    return found


def room_floor(room: str) -> int | None:
    """The floor a room number implies: 502 → 5, 1203 → 12, A302 → 3."""
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
        return _numbered(match, text)
    if kind == "named":
        # 逸夫图书馆, 物理实验楼: a listed place may carry a name of its own before it.
        start -= name_before(text, start, end, after, shortest=1, cautious=True)
        return Token(TokenKind.PLACE, start, end, text[start:end])
    if kind in ("ordinal", "letter", "area"):
        return Token(TokenKind.PLACE, start, end, token if kind == "ordinal" else token.upper())
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
    if kind == "dash":
        room = match["dash_r"]
        return Token(TokenKind.DASH, start, end, token, room_floor(room), room)
    if kind == "floor":
        floor = int(read_number(match["floor_n"]))
        return Token(TokenKind.FLOOR, start, end, f"{floor}楼", floor) if 0 < floor <= 60 else None
    if kind == "basement":
        level = match["basement_n"]
        below = -int(read_number(level)) if level else None
        return Token(TokenKind.FLOOR, start, end, arabize(token), below)
    if kind == "room":
        room = match["room"].upper()
        return Token(TokenKind.ROOM, start, match.end("room"), room, room_floor(room), room)
    if kind == "cnroom":
        room = read_number(token)
        return Token(TokenKind.ROOM, start, end, room, room_floor(room), room, spoken=True)
    return Token(TokenKind.SPOT, start, end, token)


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
    return Token(kind, start - size, end, text[start - size : end])


def _numbered(match: re.Match[str], text: str) -> Token | None:
    number, unit = match["num_n"], match["num_unit"]
    start, end = match.start(), match.end()
    if not number.isascii() and unit in ("座", "栋", "幢"):
        # 一座桥, 这一栋楼, 三栋楼都停电: a count of buildings, not a building's number.
        counted = text[end : end + 1] == "楼" and text[end + 1 : end + 2] not in "下上道梯里前后"
        if unit == "座" or counted or (start and text[start - 1] in _COUNTING_BEFORE):
            return None
    name = read_number(number).upper() + ("号楼" if unit[0] == "#" else unit)
    return Token(TokenKind.PLACE, start, end, name)
