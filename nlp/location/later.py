"""What a message says of its place a little away from it: the floor and the spot of a
building written later (梅园3舍是女生楼 … 三楼厕所门口), its room (文科楼三楼的会议室(312)),
and a room inside some building written before it (我们水房的饮水机坏了…七号楼二楼)."""

import re

from nlp.location.chains import VALUE_LEFT, spelled
from nlp.location.doubts import is_destination
from nlp.location.tokens import Token, TokenKind, glued, is_room_number
from nlp.location.vocabulary import OWN_ROOMS, REFUGES
from nlp.models import Location

CLAUSE_END = re.compile(r"[,.!?;。!?;\n]")


# A floor or a spot named a little later, with no other place between: "梅园3舍是女生楼 …
# 现在就站在三楼厕所门口", "在大一班 他讲厕所的门坏了". A floor only with a spot: "电梯卡在
# 四楼" says where the lift is. A part that is a room of its own (实验室, 教室) is not taken:
# in "在东区食堂吃了包子 我们实验室五个人都在拉肚子" the lab is no part of the canteen.
_LATER_PART_REACH = 40
# The last characters of the places that have floors and corridors: buildings, halls, classes.
HAS_FLOORS = frozenset("楼栋幢座舍斋馆班院堂阁居轩苑园教")


def bare_building(chain: list[Token]) -> bool:
    """A building named with nothing of it yet: 梅园3舍, not 二教女厕所, 书法室 nor 晾衣场."""
    if any(t.kind == TokenKind.SPOT or t.inside for t in chain):
        return False
    return chain[-1].kind == TokenKind.PLACE and chain[-1].text[-1] in HAS_FLOORS


def with_later_part(found: Location, after: list[list[Token]], text: str, end: int) -> Location:
    """The building's floor and spot, named a little later (and no other place before it)."""
    for chain in after:
        if chain[0].start - end > _LATER_PART_REACH:
            break
        if text[chain[0].start - 1 : chain[0].start] == "是" or is_destination(chain, text):
            continue  # "梅园3舍是女生楼": what the place is, not another place
        # A room inside some building (水房, 洗衣房) is a part as a spot is: "我是11栋宿管
        # 一楼水房的水管在渗水" is 11栋's water room on its first floor.
        if any(t.kind not in (TokenKind.FLOOR, TokenKind.SPOT) and not t.inside for t in chain):
            break
        floor = next((t for t in chain if t.kind == TokenKind.FLOOR), None)
        last = chain[-1]
        part = last.kind == TokenKind.SPOT or last.inside
        if not part or (floor is None and last.text in OWN_ROOMS):
            continue
        return Location(
            text=glued(found.text, spelled(chain, text)),
            building=found.building,
            floor=floor.floor if floor else None,
        )
    return found


def apposed(found: Location, between: str) -> bool:
    """二十栋四楼靠楼梯那间,408: a room set after a comma, as the last word on its floor —
    right after the place, or after a floor the room's number must then agree with."""
    head, _, tail = between.rstrip(" ").rpartition(",")
    return tail == "" and (head.strip() == "" or found.floor is not None)


# What a number read out in Chinese digits counts when it is no room: 二零二五年, 三零零块.
_COUNTED = frozenset("年届级元块个人次号岁分米")


def _spoken_room(between: str, token: Token, text: str) -> bool:
    return between.strip() in ("", "的", "嘅") and text[token.end : token.end + 1] not in _COUNTED


# The words a room's number is given after: "房间号是615", "我们寝室是四零七".
ROOM_LABELS = "房间号|房号|宿舍号|寝室号|门牌号|房间|宿舍|寝室"
# A room given its label right before it: "房间512", "我们寝室是四零七", "房号:615", "屋是512".
ROOM_LABEL_BEFORE = re.compile(rf"(?:{ROOM_LABELS}|房|屋)\s*(?:号码|号)?\s*(?:是|为|:)?\s*$")
# How far after its building a labelled room may be told, clauses and all: "6号楼啊,就东区
# 那栋,房间512".
LABELLED_ROOM_REACH = 30


def within_labelled_reach(between: str) -> bool:
    """Whether a labelled room told after `between` is still of the place before it."""
    return len(between) <= LABELLED_ROOM_REACH and "\n" not in between


# Or the kind of room right after it: "喺理學院大樓三樓,303實驗室".
ROOM_KIND_AFTER = re.compile("实验室|课室|教室|办公室|会议室|机房|琴房|画室|自习室|自修室")


def labelled_room(token: Token, text: str) -> bool:
    return (
        ROOM_LABEL_BEFORE.search(text, max(0, token.start - 8), token.start) is not None
        or ROOM_KIND_AFTER.match(text, token.end) is not None
    )


def with_later_room(found: Location, after: list[Token], end: int, text: str) -> Location:
    """Fill in a room named a little later in the same clause ("文科楼三楼的会议室(312)"), or
    with its label in a clause after ("西苑4栋嘛,我们寝室是四零七")."""
    for token in after:
        if token.start < end:
            continue
        between = text[end : token.start]
        if token.kind == TokenKind.PLACE and len(between) <= LABELLED_ROOM_REACH:
            break  # another place: a room after it is that place's
        labelled = token.kind == TokenKind.ROOM and labelled_room(token, text)
        near = not (
            len(between) > 15 or (CLAUSE_END.search(between) and not apposed(found, between))
        )
        if not near and not (labelled and within_labelled_reach(between)):
            break
        # A room read out in Chinese digits may be a count or a year ("二零二五年"), unless it
        # follows the building at once and counts nothing: "十五栋的四零二".
        if token.kind != TokenKind.ROOM or (
            token.spoken and not labelled and not _spoken_room(between, token, text)
        ):
            continue
        if not is_room_number(token.text, alone=True) or VALUE_LEFT.search(between):
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


def with_facility_before(
    found: Location, before: list[list[Token]], readings: list[tuple[int, Location] | None]
) -> Location:
    """我们水房的饮水机坏了…七号楼二楼: a room inside some building (水房, 洗衣房), named alone
    before the building, is that building's: both are where to go. Not the clinic people
    went to (医务室), which is no part of where it happened. Only a building or a floor has
    such rooms: 监控室…东门, 书法室的洗笔池 are no room of the gate or of the sink."""
    building = found.building or ""
    if found.floor is None and building[-1:] not in HAS_FLOORS:
        return found
    for chain, read in zip(before, readings, strict=True):
        if read is None or len(chain) != 1 or not chain[0].inside or read[1].text in REFUGES:
            continue
        if read[1].text in found.text:
            return found
        return Location(
            text=found.text + read[1].text,
            building=found.building,
            floor=found.floor,
            room=found.room,
        )
    return found
