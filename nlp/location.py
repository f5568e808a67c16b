"""`find_location`: the place a message names, read by a small grammar over the text.

One regex cuts the text into address tokens (a numbered building, a named place, a floor, a
room, a spot on a floor); tokens written next to each other form a chain, read as
place* floor? room?. Among the chains the most specific one wins. Chinese numerals are
rewritten only inside the tokens, so "一直" or "三天" elsewhere in the message stay as they are.
"""

import re
from dataclasses import dataclass

from nlp.models import Location
from nlp.numerals import arabize, read_number
from nlp.places import (
    CONTENT_CHAR,
    COUNTABLE_HEADS,
    GENERIC_HEADS,
    NAME_AND_HEAD,
    NOT_A_NAME,
    PLACE_NAMES,
    SPOTS,
    alternation,
)

_C = CONTENT_CHAR
# 两 is left out on purpose: 两栋楼 counts buildings, it never numbers one.
_CN = "零〇一二三四五六七八九十百"
_CN_DIGIT = "零〇一二三四五六七八九幺"
# What follows a number that is an amount, a date or a time, not a room.
_UNITS = "年|月|日|点|分|秒|块|元|钱|毛|角|天|次|个|人|位|台|件|张|条|米|度|岁|斤|瓦|兆|多|余|延迟|小时|平|页|[wWkKmMgG%]"

_NAMED = alternation(PLACE_NAMES)
_GENERIC = "|".join(GENERIC_HEADS + NAME_AND_HEAD + ("湖边", "湖畔", "园", "苑"))
_ALTERNATIVES = (
    r"(?<![0-9])(?P<dash>(?P<dash_b>[0-9]{1,2})[-–—](?P<dash_r>[0-9]{3,4}))(?![0-9-])",
    rf"(?P<ordinal>第(?:[{_CN}]{{1,3}}|[0-9]{{1,2}})"
    r"(?:教学楼|实验楼|宿舍楼|宿舍|公寓|食堂|餐厅|饭堂|教|栋|幢|舍|斋))",
    rf"(?<![0-9A-Za-z周期拜])(?P<num>(?P<num_n>[0-9]{{1,3}}|[{_CN}]{{1,5}})"
    r"(?P<num_unit>号(?:楼|栋|宿舍楼|宿舍|公寓楼|公寓|教学楼|实验楼|食堂|餐厅|门|馆)"
    r"|#楼?|栋|幢|座|舍(?!五入)|斋|食堂|餐厅|饭堂|教(?![授育练师程材会导学室务])))",
    r"(?<![0-9A-Za-z])(?P<letter>[A-Za-z](?:栋|座|幢|楼))",
    r"(?P<area>[东西南北中]校区|[东西南北中新老A-Za-z]区)",
    # The head of a name nobody listed; the name before it is read back from the text.
    rf"(?<={_C})(?P<generic>{_GENERIC})",
    rf"(?P<named>[新老]?{_NAMED})",
    r"(?P<gate>[东西南北正后侧大]门)(?![禁锁把票子卫诊帘框窗])",
    rf"(?P<countable>{'|'.join(COUNTABLE_HEADS)})",
    r"(?P<basement>地下室|(?:地下|负)(?P<basement_n>[0-9一二三])[楼层])",
    rf"(?<![0-9])(?P<floor>第?(?P<floor_n>[0-9]{{1,2}}|[{_CN}]{{1,3}}) ?[楼层F])(?!以上|以下|高)",
    rf"(?<![0-9A-Za-z#.])(?P<room>[A-Za-z]?[0-9]{{3,4}})(?![0-9.:/-]|{_UNITS})"
    r"(?:室|号房|号|房间|房|寝室|宿舍|教室)?",
    rf"(?<![{_CN}])(?P<cnroom>[{_CN_DIGIT}]{{3,4}})(?![{_CN}楼层栋号])",
    rf"(?P<spot>{'|'.join(SPOTS)})",
)
# Every character a token can start with. Checked first, it lets the scan skip the other
# characters at the cost of one set lookup instead of trying every alternative.
_FIRST = "".join(
    sorted(
        set(
            "0123456789第#东西南北中新老正后侧大地负"
            + _CN
            + _CN_DIGIT
            + "".join(word[0] for word in PLACE_NAMES + COUNTABLE_HEADS + SPOTS)
            + "".join(word[0] for word in _GENERIC.split("|"))
        )
    )
)
_TOKEN = re.compile(rf"(?=[{_FIRST}A-Za-z])(?:{'|'.join(_ALTERNATIVES)})")
_NAME_BEFORE = re.compile(f"{_C}{{1,4}}$")
_CLAUSE_END = re.compile(r"[,.!?;。!?;\n]")
_PUNCT = r"\s,.!?;:()\[\]、。…~\"'“”"
# Where a bare number may start and still be a room: "401门锁坏", "住在502", "寝室(312)".
_ROOM_LEFT = re.compile(
    rf"(?:^|[{_PUNCT}]|在|住|是|到|喺|去|来|回|宿舍|寝室|房间|教室|办公室|会议室|实验室|机房|房号)$"
)
_CN_ROOM_LEFT = re.compile(r"(?:住|在|喺|宿舍|寝室|房间)$")
_FLOOR_LEFT = re.compile(rf"(?:^|[{_PUNCT}]|在|喺|住|是|宿舍楼|宿舍|寝室|公寓)$")
# A number after these is a value (单号, 电话, 延迟, 收费), not a room.
_VALUE_LEFT = re.compile(r"(?:号|码|#|价|费|迟|扣|收|交|付|花|共|约|第|¥|\$|打)$")
_EMERGENCY_NUMBERS = frozenset({"110", "112", "119", "120", "122"})
_COUNTING_BEFORE = frozenset("这那哪每几整好多")
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

_EN_HINT = re.compile(r"(?i)building|bldg|room|floor|dorm|block|hall")
_EN_BUILDING = re.compile(
    r"(?i)\b(?:building|bldg\.?|block|dorm(?:itory)?|hall)\s*(?:no\.?|#)?\s*([0-9]{1,3}|(?-i:[A-Z]))\b"
)
_EN_ROOM = re.compile(r"(?i)\b(?:room|rm\.?)\s*(?:no\.?|#)?\s*((?-i:[A-Z])?[0-9]{3,4})\b")
_EN_FLOOR = re.compile(r"(?i)\b(?:([0-9]{1,2})(?:st|nd|rd|th)\s+floor|floor\s*([0-9]{1,2}))\b")

_PLACE, _PREFIX, _AFTER_PLACE, _DASH, _FLOOR, _ROOM, _SPOT = range(7)
# Which kind of token may follow which inside one chain: place* floor? room? spot?.
# A prefix (竹园) needs a place after it; an after-place (食堂, 后门) needs one before it.
_FOLLOWS = {
    _PLACE: {_PLACE, _AFTER_PLACE, _DASH, _FLOOR, _ROOM, _SPOT},
    _PREFIX: {_PLACE, _DASH},
    _AFTER_PLACE: {_FLOOR, _ROOM, _SPOT},
    _DASH: set(),
    _FLOOR: {_ROOM, _SPOT},
    _ROOM: set(),
    _SPOT: set(),
}
_NAMING = (_PLACE, _PREFIX, _AFTER_PLACE)


@dataclass(slots=True)
class _Part:
    kind: int
    start: int
    end: int
    text: str
    floor: int | None = None
    room: str | None = None
    spoken: bool = False  # a room read out in Chinese digits


def find_location(text: str) -> Location | None:
    parts: list[_Part] = []
    for match in _TOKEN.finditer(text):
        part = _part(match, text, parts[-1].end if parts else 0)
        if part:
            parts.append(part)
    best: tuple[int, Location] | None = None
    best_end = 0
    for chain in _chains(parts, text):
        found = _read_chain(chain, text)
        # Strictly greater: among equally specific places the first named wins.
        if found and (best is None or found[0] > best[0]):
            best, best_end = found, chain[-1].end
    if best and best[1].room is None and best[1].building:
        best = (best[0], _with_later_room(best[1], parts, best_end, text))
    if _EN_HINT.search(text):
        english = _english(text)
        if english and (best is None or english[0] > best[0]):
            best = english
    return best[1] if best else None


def _part(match: re.Match[str], text: str, after: int) -> _Part | None:
    kind, start, end = match.lastgroup, match.start(), match.end()
    token = match.group(0)
    if kind == "num":
        return _numbered(match, text)
    if kind in ("ordinal", "named", "letter"):
        return _Part(_PLACE, start, end, token.upper() if kind == "letter" else token)
    if kind == "area":
        return _Part(_PLACE, start, end, token.upper())
    if kind == "generic":
        return _named_by_head(token, text, start, end, after)
    if kind == "gate":
        return _Part(_PLACE if token[0] in "东西南北正" else _AFTER_PLACE, start, end, token)
    if kind == "countable":
        return _Part(_AFTER_PLACE, start, end, token)
    if kind == "dash":
        room = match["dash_r"]
        return _Part(_DASH, start, end, token, _room_floor(room), room)
    if kind == "floor":
        floor = int(read_number(match["floor_n"]))
        return _Part(_FLOOR, start, end, f"{floor}楼", floor) if 0 < floor <= 60 else None
    if kind == "basement":
        level = match["basement_n"]
        return _Part(_FLOOR, start, end, arabize(token), -int(read_number(level)) if level else None)
    if kind == "room":
        room = match["room"].upper()
        return _Part(_ROOM, start, match.end("room"), room, _room_floor(room), room)
    if kind == "cnroom":
        room = read_number(token)
        return _Part(_ROOM, start, end, room, _room_floor(room), room, spoken=True)
    return _Part(_SPOT, start, end, token)


def _named_by_head(head: str, text: str, start: int, end: int, after: int) -> _Part | None:
    """明德楼, 樱花大道, 竹园: the name is the run of content characters before the head."""
    found = _NAME_BEFORE.search(text, max(after, start - 4), start)
    run = len(found.group(0)) if found else 0
    if head in ("园", "苑"):
        # 竹园, 桃李园 — but in 反映竹园 only the last character belongs to the name. An
        # area like this is a place only with a building after it (竹园3舍).
        size = 2 if run == 2 else 1
        return _Part(_PREFIX, start - size, end, text[start - size : end])
    if head in NAME_AND_HEAD or head[0] == "湖":
        size = min(run, 2)
    elif run in (2, 3):
        # A building's name stands alone: in 报修明德楼 the run is a verb and a name.
        size = run
    else:
        return None
    name = text[start - size : end]
    if size == 0 or any(word in name for word in NOT_A_NAME):
        return None
    return _Part(_PLACE, start - size, end, name)


def _numbered(match: re.Match[str], text: str) -> _Part | None:
    number, unit = match["num_n"], match["num_unit"]
    start, end = match.start(), match.end()
    if not number.isascii() and unit in ("座", "栋", "幢"):
        # 一座桥, 这一栋楼, 三栋楼都停电: a count of buildings, not a building's number.
        counted = text[end : end + 1] == "楼" and text[end + 1 : end + 2] not in "下上道梯里前后"
        if unit == "座" or counted or (start and text[start - 1] in _COUNTING_BEFORE):
            return None
    return _Part(_PLACE, start, end, read_number(number) + ("号楼" if unit[0] == "#" else unit))


def _room_floor(room: str) -> int | None:
    return int(room.lstrip(_LETTERS)[:-2] or 0) or None


def _is_room_number(room: str, *, alone: bool = False) -> bool:
    """A plausible room; one named without its building must also not be 110 or 120."""
    digits = room.lstrip(_LETTERS)
    if alone and digits in _EMERGENCY_NUMBERS:
        return False
    return digits[0] != "0" and digits[-2:] != "00"


def _chains(parts: list[_Part], text: str) -> list[list[_Part]]:
    """Group the tokens written next to each other (at most a space apart) that fit together."""
    chains: list[list[_Part]] = []
    for part in parts:
        if chains:
            last = chains[-1][-1]
            if part.kind in _FOLLOWS[last.kind] and text[last.end : part.start] in ("", " "):
                chains[-1].append(part)
                continue
        chains.append([part])
    return chains


def _read_chain(chain: list[_Part], text: str) -> tuple[int, Location] | None:
    """The location a chain names, scored by how specific it is; None when it names none."""
    places = [p for p in chain if p.kind in _NAMING]
    if places and (places[0].kind == _AFTER_PLACE or places[-1].kind == _PREFIX):
        places = []
    floor = next((p for p in chain if p.kind == _FLOOR), None)
    room = next((p for p in chain if p.kind in (_ROOM, _DASH)), None)
    if room and not _is_room_number(room.text if room.kind == _ROOM else room.room or ""):
        room = None
    if room and room.kind == _DASH:
        # 3-502: building 3, room 502, written the way the sender wrote it.
        prefix = "".join(p.text for p in places)
        building = prefix + room.text.split("-")[0] + "号楼"
        return 6, Location(text=prefix + room.text, building=building, floor=room.floor, room=room.room)
    if not places:
        return _read_bare(chain, floor, room, text)
    building = "".join(p.text for p in places)
    label = building + (floor.text if floor else "") + (room.text if room else "")
    floor_number = floor.floor if floor else room.floor if room else None
    score = 2 + (1 if floor else 0) + (4 if room else 0)
    return score, Location(
        text=label, building=building, floor=floor_number, room=room.text if room else None
    )


def _read_bare(
    chain: list[_Part], floor: _Part | None, room: _Part | None, text: str
) -> tuple[int, Location] | None:
    """A floor or a room with no building: kept only where it cannot be a count or a price."""
    first = floor or room
    if first is None:
        return None
    before = text[max(0, first.start - 3) : first.start]
    if floor and room:
        return 5, Location(text=floor.text + room.text, floor=floor.floor, room=room.text)
    if floor:
        spot = next((p for p in chain if p.kind == _SPOT), None)
        if spot is None and not _FLOOR_LEFT.search(before):
            return None
        return 1, Location(text=floor.text + (spot.text if spot else ""), floor=floor.floor)
    assert room is not None
    if not _is_room_number(room.text, alone=True):
        return None
    if not (_CN_ROOM_LEFT if room.spoken else _ROOM_LEFT).search(before):
        return None
    return 3, Location(text=room.text, floor=room.floor, room=room.text)


def _with_later_room(found: Location, parts: list[_Part], after: int, text: str) -> Location:
    """Fill in a room named a little later in the same clause: "文科楼三楼的会议室(312)"."""
    for part in parts:
        if part.start < after:
            continue
        between = text[after : part.start]
        if len(between) > 15 or _CLAUSE_END.search(between):
            break
        if part.kind != _ROOM or part.spoken:
            continue
        if not _is_room_number(part.text, alone=True) or _VALUE_LEFT.search(between):
            break
        if found.floor is not None and part.floor != found.floor:
            break
        return Location(
            text=found.text + part.text, building=found.building, floor=part.floor, room=part.text
        )
    return found


def _english(text: str) -> tuple[int, Location] | None:
    """"Building 6, room 315" → 6号楼315."""
    building_match = _EN_BUILDING.search(text)
    room_match = _EN_ROOM.search(text)
    if not (building_match or room_match):
        return None
    building = None
    if building_match:
        name = building_match.group(1)
        building = name + ("号楼" if name.isdigit() else "栋")
    room = room_match.group(1).upper() if room_match else None
    if room and not _is_room_number(room):
        room = None
    floor_match = _EN_FLOOR.search(text)
    floor = int(floor_match.group(1) or floor_match.group(2)) if floor_match else None
    if floor is None and room:
        floor = _room_floor(room)
    if not (building or room):
        return None
    label = (building or "") + (f"{floor}楼" if floor and not room else "") + (room or "")
    score = (4 if room else 0) + (2 if building else 0) + (1 if floor else 0)
    return score, Location(text=label, building=building, floor=floor, room=room)
