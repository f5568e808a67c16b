"""The lexer that cuts the pieces of a campus address out of a message.

`tokens` finds the pieces — a numbered building, a named place, a code, a unit, a floor, a
room — and rewrites Chinese numerals inside them only; nlp.location.grammar puts the pieces
together. Their shapes are in nlp.location.shapes, the words in nlp/location/data/.
"""

import dataclasses
import re

from nlp.location.names import name_before, name_by_head
from nlp.location.numerals import arabize, read_number
from nlp.location.patterns import CONTENT_CHAR
from nlp.location.rooms import (
    glued,
    is_room_number,
    numbered_before,
    numbers_after_places,
    room_floor,
)
from nlp.location.shapes import FLOOR_OR_ROOM_AFTER, TOKEN
from nlp.location.token import Token, TokenKind
from nlp.location.vocabulary import INSIDE_HEADS, NOT_ROOM_PREFIXES

_CONTENT_CHAR = re.compile(CONTENT_CHAR)
_COUNTING_BEFORE = frozenset("这那哪每几整好多")
_CANTEENS = ("食堂", "餐厅", "饭堂")
_AT = ("喺",)
_NAMED_DORMS = ("舍", "宿", "斋")
_NOT_ROOMS = frozenset(NOT_ROOM_PREFIXES)

__all__ = ["Token", "TokenKind", "glued", "is_room_number", "room_floor", "tokens"]


def tokens(text: str) -> list[Token]:
    """The address tokens of `text`, in order and not overlapping."""
    found: list[Token] = []
    for match in TOKEN.finditer(text):
        after = found[-1].end if found else 0
        try:
            token = _token(match, text, after)
        except ValueError:
            continue  # 百楼, 十十栋: numerals that make no number name nothing
        if token:
            if token.kind == TokenKind.PLACE and token.text.endswith("室"):
                token = _with_room_letter(token, text)
            found.append(numbered_before(token, text, after))
    return numbers_after_places(found, text)


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
    if kind in ("letter", "area", "abbr", "block", "codeblock"):
        return Token(TokenKind.PLACE, start, end, token.upper().replace(" ", ""))
    if kind == "jiao":
        return Token(TokenKind.PLACE, start, end, "教" + read_number(match["jiao_n"]))
    if kind == "classroom":
        return Token(TokenKind.PLACE, start, end, _class_name(match), school_class=True)
    if kind == "code":
        # LT-12 and LT 2 are LT12 and LT2, as the door signs write them.
        code = token.upper().replace(" ", "-")
        if not code[-2].isdigit() and not code[-1].isdigit():
            return Token(TokenKind.PLACE, start, end, code)  # LT-A: a letter alone stays apart
        return Token(TokenKind.PLACE, start, end, code.replace("-", ""))
    if kind == "hall":
        if start - 2 < after:
            return None
        return Token(TokenKind.PLACE, start - 2, end, text[start - 2 : end])
    if kind == "canteen":
        # 二餐 is a name, as Taiwan writes it, like 二食堂 (read as 第二食堂).
        return Token(TokenKind.PLACE, start, end, token)
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
    if token.endswith("车间") and token[0] in _NUMERALS:
        # 二号车间, 三号实训车间: a school's numbered workshop is a place of its own.
        return Token(TokenKind.PLACE, start, end, token)
    return Token(TokenKind.SPOT, start, end, token)


_NUMERALS = frozenset("0123456789一二三四五六七八九十")
_BLOCKS = frozenset("栋幢座舍斋")
_CLASS_NUMBERS = frozenset("0123456789一二三四五六七八九十)）")
_STEMS = frozenset("甲乙丙丁戊己")
_CLASS_SPACES = re.compile(r"[\s()（）]")
# 高一七班 is class 7 of 高一: the grade's own numeral is not the class's.
_CLASS = re.compile(r"((?:[初高国][一二三123])?.*?)([0-9]+|[一二三四五六七八九十]+)班$")


def _with_room_letter(token: Token, text: str) -> Token:
    """电脑室B, 会议室A: one of a school's rooms of a kind, told apart by a capital letter."""
    letter, after = text[token.end : token.end + 1], text[token.end + 1 : token.end + 2]
    if not "A" <= letter <= "H" or (after.isascii() and after.isalnum()):
        return token
    return dataclasses.replace(token, end=token.end + 1, text=token.text + letter)


def _class_name(match: re.Match[str]) -> str:
    """The class as written, with its number in Arabic digits."""
    token = match.group(0)
    # The grade stays as written (初二, not 初2: "初23班" would read as class 23), and a
    # kindergarten's class is a name (小二班).
    if token[-2] in _STEMS and token[-3] == "级":  # 三年级乙班 is 3年级乙班
        return read_number(token[: token.index("年")]) + token[token.index("年") :]
    if (
        match["grade"]
        or len(token) == 3
        or not token.endswith("班")
        or token[-2] not in _CLASS_NUMBERS
    ):
        # 初三年级(办公室), 小二班, 听障班, 小班, 5 Amanah; K1 班 is K1班.
        return token.replace(" ", "") if token.startswith("K") else token
    grade, number = _CLASS.match(_CLASS_SPACES.sub("", token)).groups()  # type: ignore[union-attr]
    # 初一(3)班 keeps its brackets, as schools write a class on its door and in their lists.
    bracketed = "(" in token or "（" in token
    if grade.endswith("年级"):  # 三年级二班 is 3年级2班: both are numbers
        grade = read_number(grade.removesuffix("年级")) + "年级"
    elif grade.endswith("年") and len(grade) == 2:  # 三年二班 is 3年2班
        grade = read_number(grade[0]) + "年"
    return f"{grade}({read_number(number)})班" if bracketed else f"{grade}{read_number(number)}班"


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
        if match["dash_a"]:
            building = match["dash_a"] + code
        else:
            building = code + "号楼" if code.isdigit() else code
    # S3-0807: in a code the floor may be written with two digits, the 8th floor's room 07.
    two_digit_floor = len(room) == 4 and room[0] == "0" and room[1] != "0" and room[2:] != "00"
    if not is_room_number(room) and not two_digit_floor:
        return Token(TokenKind.DASH, start, end, written)
    return Token(TokenKind.DASH, start, end, written, room_floor(room), room, building=building)


def _basement(match: re.Match[str]) -> Token:
    start, end = match.start(), match.end()
    if match["ground"] or match["ground_hk"] or match["ground_after"]:
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
    # What happens in a block: 九座困𨋢, 八座停电, 七座水浸.
    r"困|停电|停水|水浸|漏水|火警|冇水|冇电|"
    # Its shared kitchen, and when it happened there: 九座公共厨房, 八座上个月.
    r"厨房|公共|上个月|上星期|上礼拜|寻日|琴日|"
    r"洗衣|垃圾|停车|外面|对面|旁边|附近|出面|入面|对出|隔离|隔篱|"
    r"嗰|个|升降机|pantry|toilet|同|和|与|中间|之间|$|[,.!?;,。!?])",
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
        # After Cantonese 喺 (at) it is where someone is, never a count (喺二座搞到十一点).
        block = unit == "座" and (
            _BLOCK_AFTER.match(text, end) is not None or text[start - 1 : start] in _AT
        )
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
    # 男三舍 is 男3舍 as 三号楼 is 3号楼: every number of a building in Arabic digits. A
    # canteen's number is an ordinal, part of its name: 二食堂 is 第二食堂, as the labels
    # write 第一食堂 (and 二食堂 still reads inside it), while 二号饭堂 is numbered like a building.
    # A dormitory named for whom it houses, as Taiwan names them (男三舍, 女一宿), keeps its
    # numeral: people write 男三舍, not 男3舍; a mainland 七舍 is numbered like a building (7舍).
    named_dorm = unit in _NAMED_DORMS and match["num_who"] in ("男", "女", "研")
    canteen = unit.endswith(_CANTEENS) and unit[0] != "号"
    if (canteen or named_dorm) and not number.isascii() and number[0] not in "零〇":
        name = ("第" if canteen else "") + number + unit  # 第二食堂 itself is read as an ordinal
    else:
        name = read_number(number).upper() + ("号楼" if unit[0] == "#" else unit)
    # 紫荆2号楼, 在丁香5栋: an estate's or a residence's name glued before its numbered
    # building is part of it, where the name is marked off as a listed place's is.
    estate = 0 if who else name_before(text, start, end, after, shortest=2, cautious=True)
    named = text[start - estate : start] + who
    # 3#502 is kept as the campus's door signs and forms write it; 16#楼 names its 楼 anyway.
    written = named + read_number(number).upper() + "#" if unit == "#" else ""
    return Token(TokenKind.PLACE, start - estate, end, named + name, written=written)
