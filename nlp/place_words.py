"""The words campus places are made of: heads, the names before them, and what is not a name.

A named place is a head (楼, 馆, 场, 中心 …) with a prefix that makes it one place on a campus:
行政楼, 体育馆, 篮球场. Heads a campus has many of and that name nothing alone (宿舍, 教室,
食堂, 厕所) are listed only with a qualifier (教工宿舍, 清真餐厅); otherwise they become a
place with a number, an area or a side (3号宿舍, 东区食堂, 食堂后门). nlp.places cuts these
words out of a message.
"""

import re
from collections.abc import Iterable


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Who a dormitory, flat or canteen is for: 教工宿舍, 留学生公寓, 学生餐厅.
_RESIDENTS = "教工 教师 教职工 研究生 留学生 博士生 博士后 硕士生 本科生 男生 女生 青年教师 专家"

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
    "厅": _words("多功能 报告 学术报告 音乐 演艺 会议 宴会 展览"),
    "堂": _words("礼 大礼 讲"),
    "场": _words("操 体育 田径 足球 篮球 排球 网球 羽毛球 停车 运动 广 训练 风雨操 滑冰"),
    "中心": _words("学生活动 大学生活动 活动 体育 会议 学生服务 文体 图文信息 游泳 健身 实验教学"),
    "公寓": _words(_RESIDENTS + " 博士"),
    "宿舍": _words(_RESIDENTS),
    "实验室": _words(
        """物理 化学 生物 计算机 电子 电工 机械 光学 力学 材料 医学 心理 语言 工程 软件 通信 测量
        地理 分析"""
    ),
    "室": _words("语音 医务 阅览 琴 舞蹈 画"),
    "食堂": _words(_RESIDENTS + " 学生 职工 员工 清真 回民 民族 风味 中心"),
    "餐厅": _words(_RESIDENTS + " 学生 职工 员工 清真 回民 民族 风味 中心 西 自助"),
    "院": _words("校医 家属"),
    "门": _words("校"),
    "池": _words("游泳"),
}
_OTHER_PLACES = _words(
    """湖边 湖畔 车棚 自行车棚 车库 快递站 菜鸟驿站 小树林
    家属区 生活区 教学区 办公区 住宅区 宿舍区"""
)

PLACE_NAMES: tuple[str, ...] = tuple(
    sorted(
        {prefix + head for head, prefixes in _NAMED_BY_HEAD.items() for prefix in prefixes}
        | set(_OTHER_PLACES)
    )
)

# Heads that make a place of a name nobody listed: 明德楼, 田家炳楼, 樱花大道. Canteens are
# not among them: "食堂" follows too many other words (建议食堂…, 今天食堂…).
GENERIC_HEADS = _words("大楼 楼 馆 公寓")
# Heads of a hall's own name (博文斋, 致知书院, 听涛阁): they end few other words, so like 楼
# they take a short name anywhere.
HALL_HEADS = _words("书院 斋 阁 庐")
# Heads that also end everyday words (学院, 邻居, 作坊, 上完夜堂, a boy named 子轩): a place
# only where the name before them is marked off — by a preposition or by opening the clause
# (惟义堂停电了).
GUARDED_HEADS = _words("院 堂 居 轩 坊")
# A garden or court: a residence with a name of two (紫荆园, 清风苑), the area of the
# building after it with a name of one (竹园3舍).
AREA_HEADS = _words("园 苑")
# Characters next to a head that make it part of another word: (not after, not before).
# 化学学院 is a school; 课堂, 邻居, 作坊, 茅庐 and 园丁 are no places; 院长 is a person; a
# parcel 送错楼 went to the wrong building.
HEAD_GUARDS: dict[str, tuple[str, str]] = {
    "楼": ("错跳全满同", "梯道层"),
    "大楼": ("错", "梯道层"),
    "院": ("学", "长子系士校线办"),
    "堂": ("课天满高令", "课哥姐弟妹兄"),
    "居": ("邻家起同民定蜗安独寡隐聚杂散移寄", "然住民委室多中于"),
    "轩": ("", "然"),
    "坊": ("作街", ""),
    "庐": ("茅", "山"),
    "阁": ("内", "下"),
    "斋": ("吃", "饭戒菜"),
    "园": ("", "丁艺林长"),
}
# Two-character heads precise enough to take any two-character name before them.
NAME_AND_HEAD = _words("大道 广场")
# Heads that name a place only when the whole name before them is plainly marked off: by a
# preposition (在工程训练中心) or by standing alone (…🙄 国际交流中心). Written anywhere else
# they are as often an office or a room as a place (网络中心的电话, 客厅).
MARKED_HEADS = _words("中心 厅")
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
# Words that, opening a long marked-off run, make it a description of a place rather than
# part of its name (在学校国际交流中心, 去自己宿舍). 学生 and 大学 are left out: 大学生创业中心
# is a name.
DESCRIPTION_OPENERS = tuple(
    sorted(
        (NOT_A_NAME - {"学生", "大学"})
        | set(_words("自己 别人 同学 朋友 室友 舍友 老师 本校 我校 咱校 家里 他们 大家"))
    )
)
# A run opening with these is an action, not a name: 在修体育馆 (in progress), 感谢后勤中心.
ACTION_OPENERS = (
    *"修装拆找等看想用扫吃排做送搬打查交办问清建跑踢玩洗拖以",
    *_words("感谢 谢谢 多谢 表扬 投诉 咨询 联系 麻烦 通知 报修 反映 举报 辛苦 致电 打电话"),
)
# Opening a message, these address the office (谢谢后勤服务中心): what follows is not where.
ADDRESSEE_OPENERS = _words("感谢 谢谢 多谢 表扬 辛苦 致电 打电话 联系")
# Words that open a clause before a name without being part of it: "请问清风苑明天停水吗",
# "建议博文斋自习室装插座", "昨天晚上求是斋停电". Any number of them may come in a row.
_REQUESTS = "投诉 咨询 通知 麻烦 报修 反映 举报 求助 紧急 救命 帮忙 关于 提醒 注意 您好 你好"
_TIMES = """周末 平时 平常 以前 之前 之后 以后 凌晨 半夜 深夜 早晨 傍晚 夜间 假期 寒假 暑假 期末
    开学 放假 去年 今年 本周 上周 下周 目前 这次 上次 星期天 星期日 礼拜天 周日 平日 白天"""
_SEASONS = "冬至 中秋 国庆 元旦 春节 端午 除夕 元宵 新年 过年 雨天 晴天 冬天 夏天 春天 秋天"
_HEDGES = """突然 好像 似乎 据说 本来 原来 其实 果然 居然 竟然 终于 反正 真的 确实 特别 非常 实在
    简直 老是 偶尔 有时 常常 应该 估计 大概 肯定 记得 只有 路过 经过 又"""
_WHO = """我 我们 咱们 这个 那个 这里 那里 全校 同学们 宿管 阿姨 保安 师傅 领导 辅导员 本人
    各位 新生 老生 毕业生"""
CLAUSE_OPENERS = tuple(
    sorted(
        set(DESCRIPTION_OPENERS)
        | set(_words(" ".join((_REQUESTS, _TIMES, _SEASONS, _HEDGES, _WHO))))
    )
)

# Characters after which a name begins: 在, 到, 去 …; 于 only in 位于 and 处于 (not 由于).
PLACE_PREPOSITIONS = frozenset("在到去从往回进至住喺")

# Heads a campus has many of: a place once an area, a number or a side comes with them.
COUNTABLE_HEADS = _words("宿舍楼 宿舍 食堂 餐厅 饭堂 澡堂 浴室 超市")
# Where beside a building: they make a bare canteen or dorm a place (食堂门口, 宿舍楼后面).
SIDES = _words("门口 门前 后面 前面 旁边 对面 后边 前边 背后 侧面 后头")

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


FUNCTION_CHARS = frozenset(_FUNCTION_CHARS)


def is_content_char(char: str) -> bool:
    """Whether `char` may be part of a place's name: an ideograph that is no function word."""
    return "\u4e00" <= char <= "\u9fff" and char not in FUNCTION_CHARS


def _content_class(function_chars: str) -> str:
    """A regex class of CJK ideographs minus `function_chars`, as compact ranges."""
    excluded = sorted(set(map(ord, function_chars)))
    ranges: list[str] = []
    start = 0x4E00
    for code in [*excluded, 0x9FFF + 1]:
        if code > start:
            end = code - 1
            ranges.append(chr(start) if start == end else f"{chr(start)}-{chr(end)}")
        start = max(start, code + 1)
    return "[" + "".join(ranges) + "]"


CONTENT_CHAR = _content_class(_FUNCTION_CHARS)
# Function characters that also make names (求是斋, 有容斋, 和园, 向阳苑) where a content
# character comes before them.
NAME_INNER_CHARS = frozenset("是有和向")
NAME_CHAR = _content_class("".join(sorted(FUNCTION_CHARS - NAME_INNER_CHARS)))

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
