"""The vocabulary of campus places, and the character classes the location grammar is built on.

A named place is a head (楼, 馆, 场, 中心 …) with a prefix that makes it one place on a campus:
行政楼, 体育馆, 篮球场. Heads a campus has many of and that name nothing alone (宿舍, 教室,
食堂, 厕所) are not here; they become a place only with a number or an area (3号宿舍, 东区食堂).
"""

from collections.abc import Iterable

# Prefixes that, put before a head, are the name of a well-known kind of campus place.
_NAMED_BY_HEAD: dict[str, tuple[str, ...]] = {
    "楼": (
        "行政", "实验", "教学", "综合", "办公", "科技", "科研", "科学", "图书", "信息", "文科",
        "理科", "工科", "理工", "人文", "电教", "实训", "研究生", "留学生", "主", "逸夫",
        "邵逸夫", "体育", "艺术", "音乐", "美术", "医学", "学术", "教工", "外语", "物理", "化学",
        "生物", "数学", "计算机", "电子", "机械", "土木", "建筑", "材料", "经管", "法学", "文学",
        "新闻", "传媒", "图文", "公共教学", "基础教学", "创新", "培训", "后勤", "工程", "学生活动",
    ),
    "大楼": ("行政", "教学", "综合", "办公", "科技", "科研", "实验", "图书"),
    "馆": (
        "图书", "体育", "游泳", "博物", "档案", "校史", "美术", "艺术", "科技", "展览", "文体",
        "健身", "篮球", "羽毛球", "乒乓球", "网球", "排球", "综合",
    ),
    "厅": ("多功能", "报告", "学术报告", "音乐", "演艺", "会议", "展览"),
    "堂": ("礼", "大礼", "讲"),
    "场": (
        "操", "体育", "田径", "足球", "篮球", "排球", "网球", "羽毛球", "停车", "运动", "广",
        "训练", "风雨操", "滑冰",
    ),
    "中心": (
        "学生活动", "大学生活动", "活动", "体育", "会议", "学生服务", "文体", "图文信息", "游泳",
        "健身", "实验教学",
    ),
    "公寓": ("研究生", "留学生", "博士生", "博士", "教师", "教工", "青年教师", "专家"),
    "实验室": (
        "物理", "化学", "生物", "计算机", "电子", "电工", "机械", "光学", "力学", "材料", "医学",
        "心理", "语言", "工程", "软件", "通信", "测量", "地理", "分析",
    ),
    "室": ("语音", "医务", "阅览", "琴", "舞蹈", "画"),
    "食堂": ("教工", "清真", "风味", "中心"),
    "餐厅": ("教工", "清真", "风味", "中心", "西"),
    "院": ("校医",),
    "门": ("校",),
    "池": ("游泳",),
}
_OTHER_PLACES = ("湖边", "湖畔", "车棚", "自行车棚", "车库", "快递站", "菜鸟驿站", "小树林")

PLACE_NAMES: tuple[str, ...] = tuple(
    sorted(
        {prefix + head for head, prefixes in _NAMED_BY_HEAD.items() for prefix in prefixes}
        | set(_OTHER_PLACES)
    )
)

# Heads that make a place of a name nobody listed: 明德楼, 田家炳楼, 樱花大道. Canteens are
# not among them: "食堂" follows too many other words (建议食堂…, 今天食堂…).
GENERIC_HEADS = ("大楼", "楼", "馆", "公寓")
# Two-character heads precise enough to take any two-character name before them.
NAME_AND_HEAD = ("大道", "广场")
# A generic head after these is a kind of building, not one building: 宿舍楼, 学校食堂.
# Nor after the words that most often open a sentence (今天楼里停电了, 建议…).
NOT_A_NAME = frozenset(
    "宿舍 寝室 公寓 住宿 学生 学校 大学 隔壁 对面 附近 旁边 周边 外面 里面 校外 校内 "
    "上下 高层 居民 教室 新的 旧的 这边 那边 今天 明天 昨天 前天 后天 每天 天天 今晚 昨晚 "
    "晚上 早上 上午 下午 中午 现在 最近 刚才 刚刚 建议 希望 请问 觉得 感觉 听说 发现 "
    "为什么 怎么 什么 因为 所以 如果 但是 可是 而且 已经 一直 总是 经常".split()
)
# Generic heads that name a place once an area or number comes before them: 东区食堂.
COUNTABLE_HEADS = ("宿舍楼", "食堂", "餐厅", "饭堂", "澡堂", "浴室", "超市")

# Spots inside a floor; they make a bare floor ("二楼楼梯口") a place worth reporting.
SPOTS = (
    "楼梯口", "楼梯间", "电梯口", "电梯间", "电梯厅", "走廊", "大厅", "楼道", "厕所", "卫生间",
    "洗手间", "开水房", "热水房", "洗衣房", "茶水间", "阳台",
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
    ends_here = "" in node
    branches = [_escape(char) + _pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    # Longer words first: the regex takes the first branch that matches, not the longest.
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends_here else body


def _escape(char: str) -> str:
    return "\\" + char if char in r"\.^$*+?{}[]|()-#" else char
