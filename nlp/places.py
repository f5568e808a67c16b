"""The words of a campus address, and the lexer that cuts them out of a message.

A named place is a head (楼, 馆, 场, 中心 …) with a prefix that makes it one place on a campus:
行政楼, 体育馆, 篮球场. Heads a campus has many of and that name nothing alone (宿舍, 教室,
食堂, 厕所) are not here; they become a place only with a number or an area (3号宿舍, 东区食堂).
`tokens` finds the pieces — a numbered building, a named place, a floor, a room — and
rewrites Chinese numerals inside them only; nlp.location puts the pieces together.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from nlp.numerals import arabize, read_number


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Prefixes that, put before a head, are the name of a well-known kind of campus place.
_NAMED_BY_HEAD: dict[str, tuple[str, ...]] = {
    "楼": _words(
        """行政 实验 教学 综合 办公 科技 科研 科学 图书 信息 文科 理科 工科 理工 人文 电教 实训
        研究生 留学生 主 逸夫 邵逸夫 体育 艺术 音乐 美术 医学 学术 教工 外语 物理 化学 生物 数学
        计算机 电子 机械 土木 建筑 材料 经管 法学 文学 新闻 传媒 图文 公共教学 基础教学 创新 培训
        后勤 工程 学生活动"""
    ),
    "大楼": _words("行政 教学 综合 办公 科技 科研 实验 图书"),
    "馆": _words(
        """图书 体育 游泳 博物 档案 校史 美术 艺术 科技 展览 文体 健身 篮球 羽毛球 乒乓球 网球
        排球 综合"""
    ),
    "厅": _words("多功能 报告 学术报告 音乐 演艺 会议 展览"),
    "堂": _words("礼 大礼 讲"),
    "场": _words("操 体育 田径 足球 篮球 排球 网球 羽毛球 停车 运动 广 训练 风雨操 滑冰"),
    "中心": _words("学生活动 大学生活动 活动 体育 会议 学生服务 文体 图文信息 游泳 健身 实验教学"),
    "公寓": _words("研究生 留学生 博士生 博士 教师 教工 青年教师 专家"),
    "实验室": _words(
        """物理 化学 生物 计算机 电子 电工 机械 光学 力学 材料 医学 心理 语言 工程 软件 通信 测量
        地理 分析"""
    ),
    "室": _words("语音 医务 阅览 琴 舞蹈 画"),
    "食堂": _words("教工 清真 风味 中心"),
    "餐厅": _words("教工 清真 风味 中心 西"),
    "院": _words("校医"),
    "门": _words("校"),
    "池": _words("游泳"),
}
_OTHER_PLACES = _words("湖边 湖畔 车棚 自行车棚 车库 快递站 菜鸟驿站 小树林")

PLACE_NAMES: tuple[str, ...] = tuple(
    sorted(
        {prefix + head for head, prefixes in _NAMED_BY_HEAD.items() for prefix in prefixes}
        | set(_OTHER_PLACES)
    )
)

# Heads that make a place of a name nobody listed: 明德楼, 田家炳楼, 樱花大道. Canteens are
# not among them: "食堂" follows too many other words (建议食堂…, 今天食堂…).
GENERIC_HEADS = _words("大楼 楼 馆 公寓")
# Two-character heads precise enough to take any two-character name before them.
NAME_AND_HEAD = _words("大道 广场")
# A generic head after these is a kind of building, not one building (宿舍楼, 隔壁楼), nor
# after the words that most often open a sentence (今天楼里停电了).
NOT_A_NAME = frozenset(
    _words(
        """宿舍 寝室 公寓 住宿 学生 学校 大学 隔壁 对面 附近 旁边 周边 外面 里面 校外 校内 上下
        高层 居民 教室 这边 那边 前面 后面 上面 下面 其他 其它 所有 全部 另外 很多 好多 许多
        今天 明天 昨天 前天 后天 每天 天天 今晚 昨晚 晚上 早上 上午 下午 中午 现在 最近 刚才 刚刚
        建议 希望 请问 觉得 感觉 听说 发现 为什么 怎么 什么 因为 所以 如果 但是 可是 而且 已经
        一直 总是 经常"""
    )
)
# Heads a campus has many of: a place once an area or a number comes before them (东区食堂).
COUNTABLE_HEADS = _words("宿舍楼 食堂 餐厅 饭堂 澡堂 浴室 超市")

# Spots inside a floor; they make a bare floor ("二楼楼梯口") a place worth reporting.
SPOTS = _words(
    """楼梯口 楼梯间 电梯口 电梯间 电梯厅 走廊 大厅 楼道 厕所 卫生间 洗手间 开水房 热水房 洗衣房
    茶水间 阳台"""
)

# Characters that cannot be part of a place's name: pronouns, particles, verbs of motion,
# numerals and measure words. A name is looked for only where one of these (or punctuation)
# ends the text before it, so "建议教学楼" does not read as a place called 议教学楼.
_FUNCTION_CHARS = (
    "我你您他她它们咱这那哪每各某个些的地得了着过在到去从于往向对给把被让叫和跟与及或也都"
    "就还又很太最更再才已将要会能可想说是有没不无吗呢吧啊呀哦嘛啦么喺咗嘅啲唔冇係住"
    "零〇一二两三四五六七八九十百千幺几栋座层间号里上下内外边楼爬进出回离搬盖拆封"
)


def _content_class() -> str:
    """A regex class of CJK ideographs minus the function characters, as compact ranges."""
    excluded = sorted(set(map(ord, _FUNCTION_CHARS)))
    ranges: list[str] = []
    start = 0x4E00
    for code in [*excluded, 0x9FFF + 1]:
        if code > start:
            end = code - 1
            ranges.append(chr(start) if start == end else f"{chr(start)}-{chr(end)}")
        start = max(start, code + 1)
    return "[" + "".join(ranges) + "]"


CONTENT_CHAR = _content_class()

_Trie = dict[str, "_Trie"]


def alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, factored as a trie so that a miss costs one lookup."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _pattern(trie)


def _pattern(node: _Trie) -> str:
    branches = [re.escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A word that ends here may also go on: the greedy optional part prefers the longer word.
    return f"(?:{body})?" if "" in node else body


# 两 is left out on purpose: 两栋楼 counts buildings, it never numbers one.
_CN = "零〇一二三四五六七八九十百"
_CN_DIGIT = "零〇一二三四五六七八九幺"
# What follows a number that is an amount, a date or a time, not a room.
_UNITS = (
    "年|月|日|点|分|秒|块|元|钱|毛|角|天|次|个|人|位|台|件|张|条|米|度|岁|斤|瓦|兆|多|余|延迟|小时"
    "|平|页|%|(?i:ms|mb|gb|kb|kg|km|[wkmg])(?![a-z])"
)
_C = CONTENT_CHAR
_GENERIC = "|".join(GENERIC_HEADS + NAME_AND_HEAD + ("湖边", "湖畔", "园", "苑"))
_ALTERNATIVES = (
    r"(?<![0-9])(?P<dash>[0-9]{1,2}[-–—](?P<dash_r>[0-9]{3,4}))(?![0-9-])",
    rf"(?P<ordinal>第(?:[{_CN}]{{1,3}}|[0-9]{{1,2}})"
    r"(?:教学楼|实验楼|宿舍楼|宿舍|公寓|食堂|餐厅|饭堂|教|栋|幢|舍|斋))",
    rf"(?<![0-9A-Za-z周期拜避])(?P<num>(?P<num_n>[A-Za-z]?[0-9]{{1,3}}|[{_CN}]{{1,5}})"
    r"(?P<num_unit>号(?:楼|栋|宿舍楼|宿舍|公寓楼|公寓|教学楼|实验楼|食堂|餐厅|门|馆)"
    r"|#楼?|栋|幢|座|舍(?!五入)|斋|食堂|餐厅|饭堂|教(?![授育练师程材会导学室务])))",
    r"(?<![0-9A-Za-z])(?P<letter>[A-Za-z](?:栋|座|幢|楼))",
    r"(?P<area>[东西南北中]校区|[东西南北中新老A-Za-z]区)",
    # The head of a name nobody listed; the name before it is read back from the text.
    rf"(?<={_C})(?P<generic>{_GENERIC})",
    rf"(?P<named>[新老]?{alternation(PLACE_NAMES)})",
    r"(?P<gate>[东西南北正后侧大]门)(?![禁锁把票子卫诊帘框窗])",
    rf"(?P<countable>{'|'.join(COUNTABLE_HEADS)})",
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
            + "".join(word[0] for word in _GENERIC.split("|"))
        )
    )
)
_TOKEN = re.compile(rf"(?=[{_FIRST}A-Za-z])(?:{'|'.join(_ALTERNATIVES)})")
_NAME_BEFORE = re.compile(f"{_C}{{1,4}}$")
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


@dataclass(slots=True)
class Token:
    kind: TokenKind
    start: int
    end: int
    text: str  # normalized, Arabic numerals
    floor: int | None = None
    room: str | None = None
    spoken: bool = False  # a room read out in Chinese digits (五零二)


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
    if kind in ("ordinal", "named", "letter", "area"):
        return Token(
            TokenKind.PLACE, start, end, token.upper() if kind in ("letter", "area") else token
        )
    if kind == "generic":
        return _named_by_head(token, text, start, end, after)
    if kind == "gate":
        # 东门 is a place; 后门 or 大门 only as the gate of one (行政楼后门).
        gate = TokenKind.PLACE if token[0] in "东西南北正" else TokenKind.AFTER_PLACE
        return Token(gate, start, end, token)
    if kind == "countable":
        return Token(TokenKind.AFTER_PLACE, start, end, token)
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


def _named_by_head(head: str, text: str, start: int, end: int, after: int) -> Token | None:
    """明德楼, 樱花大道, 竹园: the name is the run of content characters before the head."""
    found = _NAME_BEFORE.search(text, max(after, start - 4), start)
    run = len(found.group(0)) if found else 0
    if head in ("园", "苑"):
        # 竹园, 桃李园 — but in 反映竹园 only the last character belongs to the name. An
        # area like this is a place only with a building after it (竹园3舍).
        size = 2 if run == 2 else 1
        return Token(TokenKind.PREFIX, start - size, end, text[start - size : end])
    if head in NAME_AND_HEAD or head[0] == "湖":
        size = min(run, 2)
    elif run in (2, 3):
        # A building's name stands alone: in 报修明德楼 the run is a verb and a name.
        size = run
    else:
        return None
    name = text[start - size : start]
    if size == 0 or any(word in name for word in NOT_A_NAME):
        return None
    return Token(TokenKind.PLACE, start - size, end, name + head)


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
