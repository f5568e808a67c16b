"""The shapes of the pieces of an address, as one regular expression built from the data.

Each named group is one kind of piece: a numbered building (3号楼, 男3舍), a code (S2-1102,
12-3-301, LT3), a listed place, the head of a name nobody listed, a gate, a canteen or dorm
with its side, a floor (3楼, 3F, 3/F, B1), a room (502, A102, EB302) or a spot on a floor.
nlp.location.tokens turns each match into a token.
"""

import re
from collections.abc import Iterable

from nlp.location.patterns import CONTENT_CHAR, NAME_CHAR, alternation, guarded, not_glued_after
from nlp.location.vocabulary import (
    ABBREVIATIONS,
    AGES,
    BUILDING_HEADS,
    CODE_PREFIXES,
    COUNTABLE_HEADS,
    DIRECTIONS,
    EN_NOT_CODES,
    GUARDED_NAMES,
    HEADS,
    NOT_GLUED_NAMES,
    NUMBERED_PREFIXES,
    NUMBERED_ROOMS,
    PLACE_NAMES,
    SCHOOL_CLASSES,
    SIDES,
    SPOTS,
    Reading,
)

# 两 is left out on purpose: 两栋楼 counts buildings, it never numbers one.
_CN = "零〇一二三四五六七八九十百"
_CN_DIGIT = "零〇一二三四五六七八九幺"
# 周3, 星期五, 礼拜一 are days; after 周 a number that is no weekday still names a building
# (上周12号楼).
_NOT_A_WEEKDAY = (
    r"(?!(?<=[周期拜])(?:[1-7]|[一二三四五六七日天])(?![0-9零〇一二三四五六七八九十百号]))"
)
# What follows a number that is an amount, a date or a time, not a room.
_UNITS = (
    # Cantonese 度 after a room is "there" (1208度門鎖壞咗), not degrees: a thing follows it.
    "年|月|日|点|分|秒|块|元|钱|毛|角|天|次|个|人|位|台|件|张|条|米|度(?![门窗灯厕冷嘅啲嗰])|岁|斤|瓦|兆|多|余|延迟|小时"
    "|平|页|%|(?i:ms|mb|gb|kb|kg|km|[wkmg])(?![a-z])"
)
# Things whose word starts with a unit's character: 208日光灯 is room 208's strip light, not
# the 208th day, and 302台灯 its lamp.
# 102多媒体讲台 is room 102's lectern, not "102-odd".
OBJECTS_AFTER_NUMBER = "日光灯|天花板|天台|天窗|天线|台灯|台阶|台面|人行道|次卧|米饭|多媒体"
NOT_AN_AMOUNT = f"(?!{OBJECTS_AFTER_NUMBER})"
# A floor or a room written right after a piece: 七座二楼, 九座1203室, 工学院EB302, and Hong
# Kong's lower ground and basement floors (十一座LG2, 九座B1).
FLOOR_OR_ROOM_AFTER = re.compile(
    rf" ?(?:(?:[A-Z]{{1,3}})?[0-9]{{3,4}}|[0-9]{{1,2}} ?(?:[楼层F]|/F)|[{_CN}]{{1,3}}[楼层]"
    r"|(?:LG|B)[1-5](?![0-9])|G/F)"
)

_BY_HEAD = {head.word: head for head in HEADS}
_BUILDING = "|".join(guarded(_BY_HEAD[word]) for word in BUILDING_HEADS)
# A head with a building's head right after it ends no name: 国际交流中心公寓 is a flat.
_NAME_GOES_ON = f"(?!{_BUILDING})"
_ROOMS_OF_SCHOOL = alternation(NUMBERED_ROOMS)
_ENDS_ONLY_A_NAME = (Reading.HALL, Reading.GUARDED, Reading.AREA, Reading.MARKED)


def _head(word: str) -> str:
    head = _BY_HEAD[word]
    if head.reads in _ENDS_ONLY_A_NAME:
        return guarded(head) + _NAME_GOES_ON
    if head.reads is Reading.NUMBERED:
        return guarded(head) + f"(?={FLOOR_OR_ROOM_AFTER.pattern}|{_ROOMS_OF_SCHOOL})"
    return guarded(head)


_HEADS = "|".join(_head(word) for word in sorted(_BY_HEAD, key=len, reverse=True))
_HEAD_FIRSTS = "".join(sorted({word[0] for word in _BY_HEAD}))
# A direction glued before a head is part of the name (南操场, 东食堂) — but not the 西 of
# 东西 (things), nor a direction after 以 (以南: south of).
_DIRECTION = f"(?<![{DIRECTIONS}以])[{DIRECTIONS}]"
# 东门, 南大门, 东北门, 后门; not the 门 of an access gate, a ticket or a doorframe (大门禁).
# A lock is at its gate: 教学楼侧门锁坏了 happens at 教学楼侧门.
# 走后门 is pulling strings, not a gate.
_GATE = f"(?:[{DIRECTIONS}]{{1,2}}[正后侧大]?|(?<!走)[正后侧大])门(?![禁把票子卫诊帘框窗])"
# 北二门, 东3号门: a campus gate numbered within its side.
_NUMBERED_GATE = (
    f"[{DIRECTIONS}](?:[0-9]{{1,2}}|[一二三四五六七八九十]{{1,2}})号?门(?![禁把票子卫诊帘框窗])"
)


_NOT_BLOCK_CODES = sorted({*EN_NOT_CODES, "WIFI", "LED", "USB", "PPT", "CCTV", "APP", "IT", "AC"})


def _longest_first(words: tuple[str, ...]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_DIGITS = "0123456789"
_LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _firsts(words: tuple[str, ...]) -> str:
    return "".join(word[0] for word in words)


def _listed_names() -> str:
    """The listed names, those an entry guards first: 管院, but not the 管院 of 主管院长; and
    工学院, but not the 理学院 of 管理学院 (a name not read glued after a content character)."""

    def guard(name: str) -> str:
        chars = GUARDED_NAMES.get(name)
        # Checked after the name's first character, as `guarded` checks a head's.
        written = (
            not_glued_after(CONTENT_CHAR, name) if name in NOT_GLUED_NAMES else re.escape(name)
        )
        return written + (f"(?![{re.escape(chars)}])" if chars else "")

    special = set(GUARDED_NAMES) | NOT_GLUED_NAMES
    guarded = "|".join(guard(name) for name in sorted(special, key=lambda name: -len(name)))
    rest = alternation(name for name in PLACE_NAMES if name not in special)
    return f"(?:{guarded}|{rest})" if guarded else rest


# 二餐, 三餐: Taiwan numbers its canteens so. Not a count of meals (一日三餐, 吃三餐, 三餐不定,
# 食堂三餐的价格); 一餐 is too often one meal (一餐多少钱) to be a canteen.
_NUMBERED_CANTEEN = (
    r"(?<![日天顿每吃几整好多这那哪第常晚堂厅校0-9一二三四五六七八九十])"
    r"(?P<canteen>[二三四五六七八九2-9]餐)"
    r"(?![饭费食具桌巾盒点补都不也就要正按吃制标后前])"
)


# Whose class it is: 我家孩子大二班的, 我女儿中一班.
_AFTER_A_CHILD = "|".join(
    f"(?<={who})" for who in ("孩子", "儿子", "女儿", "宝宝", "孙子", "孙女", "娃")
)


# A class thanked for its teacher (谢谢小二班的刘老师) is the class the sender's child is in.
_THANKED = "(?<=谢谢)|(?<=感谢)|(?<=多谢)"
# What Hong Kong names on its ground floor (地下) or lower ground (LG) right after it.
_ON_GROUND = "嗰|𠮶|部|𨋢|䢂|lift|[男女]?厕|[男女]?洗手间|大堂|走廊|自修|自习|洗衣房|阅览|课室|饭堂|食堂|大厅"


# Each shape with the characters it can start with (see _scanner).
_SHAPES = (
    # 12-3-301: building 12, entrance 3, room 301, as residential addresses are written.
    (
        _DIGITS,
        r"(?<![0-9A-Za-z-])(?P<triple>(?P<triple_b>[0-9]{1,2})-(?P<triple_u>[0-9]{1,2})"
        r"-(?P<triple_r>[0-9]{3,4}))(?![0-9-])",
    ),
    # E3-06-12, #03-12 and A-3-12: (block,) level, unit, as Singapore and Malaysia number rooms.
    (
        _LATIN[:26] + "#",
        r"(?<![0-9A-Za-z-])(?P<levels>(?P<levels_b>[A-Z]{1,4}[0-9]{0,2}-|#)(?P<levels_f>[0-9]{1,2})"
        r"-(?P<levels_r>[0-9]{2,3}[A-Z]?))(?![0-9A-Za-z-])",
    ),
    # 3-502, S2-1102, C-204: a building and a room in one; in 教5-301 the character standing
    # for its building is part of the code (教5 is 教学楼5).
    (
        _DIGITS + _LATIN + ABBREVIATIONS,
        rf"(?<![0-9A-Za-z-])(?P<dash>(?:(?<!{CONTENT_CHAR})(?P<dash_a>[{ABBREVIATIONS}])(?=[0-9]))?"
        r"(?P<dash_b>[A-Z]{1,3}[0-9]{0,2}|[a-z][0-9]{0,2}|[0-9]{1,2})"
        r"[-–—](?P<dash_r>[A-Z]?[0-9]{3,4}))(?![0-9-])",
    ),
    (
        _firsts(CODE_PREFIXES).upper() + _firsts(CODE_PREFIXES).lower(),
        # Lecture theatres lettered as well as numbered: LT-A, LT B.
        # Lecture theatre 4's halves are LT4A and LT4B.
        rf"(?<![A-Za-z0-9])(?P<code>(?i:{'|'.join(CODE_PREFIXES)})(?:[- ]?[0-9]{{1,2}}(?-i:[A-D])?|[- ][A-H]))"
        r"(?![A-Za-z0-9])",
    ),
    # 文A204: one character standing for its building, before a lettered room.
    (
        ABBREVIATIONS,
        rf"(?<!{CONTENT_CHAR})(?P<abbr>[{ABBREVIATIONS}])(?=[A-Z][0-9]{{3,4}}(?![0-9]))",
    ),
    (
        "第",
        rf"(?P<ordinal>第(?P<ordinal_n>[{_CN}]{{1,3}}|[0-9]{{1,2}})"
        r"(?P<ordinal_unit>教学楼|实验楼|宿舍楼|宿舍|公寓|食堂|餐厅|饭堂|学餐|教|栋|幢|座|舍|斋))",
    ),
    (
        NUMBERED_PREFIXES + _DIGITS + _LATIN + _CN,
        rf"(?<![0-9A-Za-z避]){_NOT_A_WEEKDAY}(?P<num>(?P<num_who>[{NUMBERED_PREFIXES}])?"
        rf"(?P<num_n>[A-Za-z]?[0-9]{{1,3}}|[{_CN}]{{1,5}})"
        r"(?P<num_unit>号(?:楼|栋|宿舍楼|宿舍|公寓楼|公寓|教学楼|实验楼|食堂|餐厅|饭堂|门|馆|书院|舍堂|厂房)"
        r"|#楼?|栋|幢|座(?!位|椅|垫|谈|机)|舍(?!五入)|斋|食堂|餐厅|饭堂|公寓|教(?![授育练师程材会导学室务])"
        # 学11楼 is a building of a series; 3楼 with no series before it is a floor. Taiwan
        # shortens a dorm to 宿 after whom it houses (女二宿); alone 三宿 is three nights.
        r"|(?(num_who)(?:楼(?![梯道层])|宿(?![舍费]))|(?!))))",
    ),
    (_LATIN, r"(?<![0-9A-Za-z])(?P<letter>[A-Za-z] ?(?:栋|座|幢|楼|公寓楼?))"),
    # 教3, 教四: the teaching building of that number, where its floor or room follows (教3二楼,
    # 教四的203, 教1 305) — not the 教 of 教一下 or 请教三个问题.
    (
        "教",
        rf"(?<!{CONTENT_CHAR})(?P<jiao>教(?P<jiao_n>[0-9]{{1,2}}(?![0-9])|[一二三四五六七八九十]{{1,3}}))(?!号)"
        rf"(?=(?:{FLOOR_OR_ROOM_AFTER.pattern})|的?[0-9]{{3,4}}(?![0-9]))",
    ),
    # E21, N8, W12: Hong Kong and Singapore campuses letter their blocks by side or series;
    # such a code is a block only where a block's words follow it (E21大樓, S3 1108房, E6二樓,
    # N2嗰间, N8后楼梯, S2洗衣房), never alone, where it is as often a model or a paper size.
    (
        _LATIN[:26],
        # B1 and LG1 are basement levels (B1停车场), read as floors below.
        r"(?<![0-9A-Za-z#-])(?!B[1-5](?![0-9])|LG)(?P<block>[A-Z]{1,2}[0-9]{1,2})(?![0-9A-Za-z-])"
        # Cantonese counts what is in a block with 条, 部, 间 right after it (E6条水喉爆咗).
        # A space may stand between (E21 大樓, E5 地下, E31 後門, E11 化學實驗室): where a
        # block's word follows, the code is its name.
        rf"(?= ?(?:{FLOOR_OR_ROOM_AFTER.pattern}|大楼|宿舍|[嗰𠮶条间]|部(?![门分])|那[栋座间]|[{DIRECTIONS}侧]?楼梯"
        rf"|地下|地库|地下室|实验室|课室|教室|办公室|会议室|机房|{'|'.join(SIDES)}|升降机|电梯|[𨋢䢂]|lift|{_GATE}|{NAME_CHAR}{{0,3}}?(?:{_listed_names()}|{_HEADS})))",
    ),
    # CYM 三楼, CYT 2楼: Hong Kong names a block by its code of letters, with its floor after
    # it — not a currency, a product or a word of equipment (ATM 二楼, WIFI 三楼).
    (
        _LATIN[:26],
        rf"(?<![0-9A-Za-z#-])(?!(?:{'|'.join(_NOT_BLOCK_CODES)})(?![A-Z]))(?P<codeblock>[A-Z]{{2,4}})"
        rf"(?![0-9A-Za-z-])(?= ?(?:[0-9]{{1,2}} ?(?:[楼层]|/F)|[{_CN}]{{1,3}}[楼层]|G/F))",
    ),
    # 初二3班, 高一(2)班, 三年级5班: a school's class is the room it is taught in.
    (
        "初高国小中大K" + _DIGITS + _CN + _firsts(SCHOOL_CLASSES),
        # Taiwan writes a grade's class without 级: 三年二班, 6年3班.
        rf"(?<![0-9{_CN}])(?P<classroom>(?:[初高][一二三123]|(?:[0-9]|[{_CN}]{{1,2}})年级"
        r"|[1-6一二三四五六]年(?=[0-9一二三四五六七八九十]{1,2}班)"
        # A primary school's grade alone before its class in brackets: 一(3)班, 四（2）班.
        r"|[一二三四五六1-6](?=[(（][0-9一二三四五六七八九十]{1,2}[)）]班))"
        # Taiwan and Hong Kong letter a grade's classes by the heavenly stems: 三年級乙班.
        r"\s?[(（]?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|(?<=级)[甲乙丙丁戊己])[)）]?班"
        # A kindergarten's classes: 小二班, 中一班, 大3班 (在大一班, but not 最大一班), also
        # after the kindergarten (幼儿园大二班); unnumbered (小班) only there or before its
        # room (中班教室), not the 小班 of 小班教学 nor the 大班 of 大班长.
        rf"|(?:(?<!{CONTENT_CHAR})|(?<=园)|{_AFTER_A_CHILD}|{_THANKED})(?<!最)[小中大]"
        r"(?:[一二三四五六123456]班|班(?=教室|的教室|门口)|(?<=园[小中大])班)"
        # Hong Kong's secondary forms are lettered: 中三乙班, 中二C班 (and 中四A课室); Taiwan
        # names a grade's classes by virtues: 高二仁班, 国一忠班.
        # Lettered so, a class is one wherever it stands (帮中二甲班搬书台), unless it is the
        # 中 of 高中, 初中 or 期中.
        r"|(?<![高初期])中[一二三四五六1-6][甲乙丙丁戊A-E](?:班|(?=课室|教室))"
        # Hong Kong's and international schools' classes by grade and letter, where the
        # classroom is said with them: 6B 课室, 课室 5B, 3C classroom.
        # The class itself is said so too, in Chinese or English: 4A班, 3E class.
        r"|(?<![0-9A-Za-z])[1-6][A-F](?![0-9A-Za-z])(?= ?(?:课室|教室|班房|classroom|class room|class(?![a-z])))"
        r"|(?<![0-9A-Za-z#])[1-6][A-F] ?班(?!主任|长|干部|委|服|费|会|级)"
        r"|(?:(?<=[课教]室)|(?<=[课教]室 ))[1-6][A-F](?![0-9A-Za-z])"
        # Malaysia's classes are a form and a name: 5 Amanah 班, 课室 5 Bestari.
        r"|(?<![0-9A-Za-z])[1-6] [A-Z][a-z]{3,}(?![A-Za-z])(?= ?(?:班|课室|教室|class))"
        r"|(?:(?<=[课教]室)|(?<=[课教]室 ))[1-6] [A-Z][a-z]{3,}(?![A-Za-z])"
        rf"|(?<!{CONTENT_CHAR})[高初国][一二三][忠孝仁爱信义和平礼智勇诚真善美](?:班|(?=的?(?:课室|教室)))"
        # A kindergarten's years: K1 班, K2B班.
        r"|(?<![0-9A-Za-z])K[1-3][A-F]? ?班"
        # Classes named by who they teach: 听障班, 培智班.
        rf"|(?<!{CONTENT_CHAR})(?:{_longest_first(SCHOOL_CLASSES)})班"
        # A grade's own rooms: 初三年级办公室, 一年级教室 (the room is a part after it).
        rf"|(?<!{CONTENT_CHAR})(?P<grade>(?:[初高][一二三123](?:年级)?|(?:[0-9]|[{_CN}]{{1,2}})年级))"
        r"(?=办公室|教室))",
    ),
    (_DIGITS + _CN, rf"(?<![0-9])(?P<unit>(?P<unit_n>[0-9]{{1,2}}|[{_CN}]{{1,3}})单元)"),
    (
        DIRECTIONS + "中" + AGES + _LATIN,
        rf"(?P<area>[{DIRECTIONS}中{AGES}]校区|[{DIRECTIONS}中{AGES}A-Za-z]区)",
    ),
    ("二三四五六七八九23456789", _NUMBERED_CANTEEN),
    # 工程四館, 理學二館, 综合一馆: Taiwan numbers the halls of one name; the name is the two
    # characters before the numeral.
    (
        "一二三四五六七八九十",
        rf"(?<={CONTENT_CHAR}{CONTENT_CHAR})(?P<hall>[一二三四五六七八九十]馆)",
    ),
    # The head of a name nobody listed; the name before it is read back from the text.
    (_HEAD_FIRSTS, rf"(?<={NAME_CHAR})(?P<generic>{_HEADS})"),
    (
        _firsts(PLACE_NAMES) + AGES + DIRECTIONS,
        # 琴房楼 is the building of the 琴房, named by the head after it (楼下 is below it).
        # 理学院大楼 is the building of the 理学院, as its floors after it say (理学院大楼三楼).
        rf"(?P<named>(?:[{AGES}]|{_DIRECTION})?{_listed_names()}(?:区(?!域))?(?:大楼|大厦)?)"
        r"(?!楼(?![下上梯道顶层里前后外边]))",
    ),
    (DIRECTIONS + "正后侧大", rf"(?P<gate>{_NUMBERED_GATE}|{_GATE})"),
    # 老食堂 is one canteen; 老宿舍楼 are all the old dorms.
    (
        _firsts(COUNTABLE_HEADS) + DIRECTIONS + AGES,
        rf"(?P<countable>(?P<direction>{_DIRECTION}|[{AGES}](?!宿舍|学生公寓))?"
        # 宿舍楼道 is the corridor of a dorm, not a dorm building and a 道.
        rf"(?:{_longest_first(COUNTABLE_HEADS)})(?!(?<=楼)[道梯])(?P<side>{_GATE}|{'|'.join(SIDES)})?)",
    ),
    # Hong Kong's lower ground floors are written LG1, LG2, and kept so.
    (
        "地负BLG",
        # 地下室B1: the basement and its level are one floor.
        r"(?P<basement>(?:地下室 ?)?(?<![0-9A-Za-z])B(?P<basement_b>[1-5])"
        r"(?:层|(?![0-9A-Za-z栋座幢区号#楼-]))"
        # 地库 is the basement (often its car park), as 地下室 is.
        r"|地下室|地库|(?:地下|负)(?P<basement_n>[0-9一二三])[楼层]"
        r"|(?<![0-9A-Za-z])LG(?P<basement_lg>[1-5])(?![0-9A-Za-z])"
        # Hong Kong's ground floor: G/F, G层 (kept so; the floor above it is 1/F), and 地下
        # before what is on it (地下男厕); LG alone only so (LG嗰部𨋢), LG is a brand too.
        r"|(?<![0-9A-Za-z])(?P<ground>G(?:/F|层))(?![0-9A-Za-z])"
        rf"|(?P<ground_hk>地下|(?<![0-9A-Za-z])LG)(?= ?(?:{_ON_GROUND}))(?!地下室)"
        # Right after a block, 地下 and LG are its ground floors: B座地下电表房, 明德楼LG嘅机房.
        r"|(?<=[座栋楼幢馆])(?P<ground_after>地下(?![室水道铁停])|LG(?![0-9A-Za-z])))",
    ),
    (
        "第" + _DIGITS + _CN,
        rf"(?P<floor>第?(?P<floor_n>(?<![0-9])[0-9]{{1,2}}|[{_CN}]{{1,3}}) ?(?:[楼层F]|/F))"
        r"(?!以上|以下|高(?![一二三123][(（0-9一二三四五六七八九十]))",  # 四楼高 is a height; 四楼高二5班 a class
    ),
    # A room after N# is that building's (3#405); after # alone it is a ticket or an order.
    # A number with a letter before it is a code, never an amount: R402个projector.
    (
        _DIGITS + _LATIN,
        # G12: a ground floor's room, numbered with two digits as British and Hong Kong
        # campuses number them; not Grade 10 ("G10 classroom", "G11 students").
        # A number read off a label (张纸写住2019, 上面印着2023) is a date or a code on it.
        rf"(?<![0-9A-Za-z.])(?<!写住)(?<!写着)(?<!写的)(?<!印着)(?<!标着)(?<!日期)"
        rf"(?:(?<=[0-9]#)|(?<!#))(?P<room>(?:[A-Z]{{2,3}}|[A-Za-z])[0-9]{{3,4}}"
        rf"(?![0-9:/-]|\.[0-9])|G[0-9]{{2}}(?![0-9:/.-]| ?(?:classroom|class|student|kid|pupil|boy|girl|teacher|parent))|[0-9]{{3,4}}(?![0-9:/-]|\.[0-9]| ?{NOT_AN_AMOUNT}(?:{_UNITS})))"
        r"(?:室|号房|号|房间|房|寝室|宿舍|教室)?",
    ),
    (_CN_DIGIT, rf"(?<![{_CN}])(?P<cnroom>[{_CN_DIGIT}]{{3,4}})(?![{_CN}楼层栋号])"),
    # A spot, or a counter of a canteen or an office: 3号窗口; a training building's
    # numbered workshop (实训楼二车间), kept as written.
    # Not the 自习区 of 自习区域 (an area of study).
    (
        _firsts(SPOTS) + _DIGITS + "一二三四五六七八九十",
        rf"(?P<spot>{'|'.join(SPOTS)}|[0-9]{{1,2}}号(?:窗口|档口)"
        # 三号实训车间: a workshop of a training centre, numbered before its kind.
        r"|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})号?(?:实训|实习|金工|钳工|数控|焊接|机加工|汽修)?车间)"
        r"(?!(?<=区)域)",
    ),
)


def _class(chars: Iterable[str]) -> str:
    return "[" + re.escape("".join(sorted(set(chars)))) + "]"


def _scanner(shapes: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """One regex of all the shapes, each tried only where its first character can stand.

    An alternation is tried branch by branch, and a branch that opens with a lookbehind or a
    long alternation costs more to refuse than one class check. So each shape is put behind
    a check of the characters it can start with, and the whole behind a check of all of
    them: most positions start no shape, and most of the rest only a few. The order of the
    shapes is kept, so where two could match at one position the earlier one wins.
    """
    everything = "".join(firsts for firsts, _ in shapes)
    branches = "|".join(f"(?={_class(firsts)}){pattern}" for firsts, pattern in shapes)
    return re.compile(f"(?={_class(everything)})(?:{branches})")


TOKEN = _scanner(_SHAPES)
