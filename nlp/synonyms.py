"""Other ways of writing the same campus words, rewritten into plain Mandarin.

Students write Cantonese, type pinyin when their input method is off, and use English for
equipment. These tables are general vocabularies of those habits (function words of written
Cantonese; the pinyin and English names of facilities), not phrases of particular messages.
"""

import tomllib
from pathlib import Path

# Written Cantonese → Mandarin. Longer keys win over their prefixes (唔该 before 唔).
# 快啲, 有啲, 多啲: after these 啲 means "a bit", Mandarin's 点 (read in the canonical form, which
# is Simplified already).
DEGREE_BEFORE_DI = frozenset("快慢大细小多少早迟晏近远高低平贵好耐轻重静一有差啲")

CANTONESE: dict[str, str] = {
    "唔该": "麻烦",
    # 唔好意思 is 不好意思 (sorry), not 不要 + 意思.
    "唔好意思": "不好意思",
    "唔好": "不要",
    "冇人": "没人",
    "冇": "没有",
    "咗": "了",
    "唔": "不",
    "嚟": "来",
    "喺": "在",
    "嘅": "的",
    # 啲 is "some" or "the" before a noun (啲烟, 啲学生); after a word of degree it is 点 (see
    # DEGREE_BEFORE_DI), so that 啲烟 is no 点烟 (lighting a cigarette).
    "啲": "些",
    "嘢": "东西",
    "佢哋": "他们",
    "佢": "他",
    "咁": "这么",
    "瞓": "睡",
    "搞咩": "搞什么",
    "做咩": "为什么",
    "咩": "什么",
    "乜嘢": "什么",
    "边度": "哪里",
    "点解": "为什么",
    "几时": "什么时候",
    "成日": "总是",
    "而家": "现在",
    "今日": "今天",
    "琴日": "昨天",
    "寻日": "昨天",
    "听日": "明天",
    "晕低": "晕倒",
    "冷气": "空调",
    "饭堂": "食堂",
    "课室": "教室",
    "𨋢": "电梯",
    "䢂": "电梯",  # what zhconv makes of 𨋢 in a message it converts from Traditional
    "嗰": "那",
    "𠮶": "那",  # zhconv's form of 嗰
    "升降机": "电梯",
    "打机": "打游戏",
    "整返": "修好",
    "跟住": "跟着",
    "细路": "小孩",
    "揾": "找",
    # 郁 is "move" (郁唔到, 就郁); Mandarin writes it in 郁闷, 浓郁, which these never hold.
    "郁唔到": "动不了",
    "唔郁": "不动",
    "就郁": "就动",
    # 仲 is "still" or "also" (仲有, 仲未, 仲喺度); Mandarin writes it only in words like 仲裁.
    "仲裁": "仲裁",
    "仲": "还",
    "睇": "看",
    # An air conditioner that is not 冻 is not cold: Mandarin's 冻 is frozen, not cold.
    "唔冻": "不冷",
    "唔够冻": "不够冷",
    "坏坏": "坏了",
}

# Pinyin without tones, syllables separated by spaces: it matches written together
# ("kongtiao") or apart ("kong tiao"), as people type it when their input method is off.
PINYIN_TERMS: dict[str, str] = {
    "kong tiao": "空调",
    "dian ti": "电梯",
    "shui long tou": "水龙头",
    "xi shou jian": "洗手间",
    "wei sheng jian": "卫生间",
    "ce suo": "厕所",
    "ma tong": "马桶",
    "re shui": "热水",
    "shui guan": "水管",
    "lin yu": "淋浴",
    "deng guan": "灯管",
    "deng": "灯",
    "cha zuo": "插座",
    "kai guan": "开关",
    "ting dian": "停电",
    "ting shui": "停水",
    "tiao zha": "跳闸",
    "wang luo": "网络",
    "xiao yuan wang": "校园网",
    "wang kou": "网口",
    "duan wang": "断网",
    "xin hao": "信号",
    "men suo": "门锁",
    "chuang hu": "窗户",
    "chuang": "床",
    "yi gui": "衣柜",
    "zhuo zi": "桌子",
    "yi zi": "椅子",
    "tou ying yi": "投影仪",
    "shi tang": "食堂",
    "su she": "宿舍",
    "su guan": "宿管",
    "qin shi": "寝室",
    "la ji": "垃圾",
    "huai": "坏",
    "huai le": "坏了",
    "lou shui": "漏水",
    "du sai": "堵塞",
    "du le": "堵了",
    "duan le": "断了",
    "lian bu shang": "连不上",
    "zhao huo": "着火",
    "mao yan": "冒烟",
    "bao xiu": "报修",
    "wei xiu": "维修",
    "qing wen": "请问",
    "ji dian": "几点",
    "kai men": "开门",
    "guan men": "关门",
}


# English, from data/english.toml (its head says how keys are matched). The file groups the
# words by team; one word has one reading, so a key may stand in only one group.
def _english() -> dict[str, str]:
    with (Path(__file__).with_name("data") / "english.toml").open("rb") as f:
        groups: dict[str, dict[str, str]] = tomllib.load(f)
    terms: dict[str, str] = {}
    for group in groups.values():
        for key, value in group.items():
            if key in terms:
                raise ValueError(f"english.toml: {key!r} stands in two groups")
            terms[key] = value
    return terms


LATIN_TERMS: dict[str, str] = _english()
