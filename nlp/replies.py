"""How a message reads as a turn of a conversation, not only as a report of its own.

A reporter answering the bot types "确认", "不用了", "谢谢", "说错了,是五楼", "我在8栋312" or
"我报的修怎么还没人来" as often as a new report. `read_turn` says which of these a message is,
so the dialogue can act on it instead of filing it as a ticket. The words are data below;
the dialogue decides what each act means in its current state.
"""

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from nlp.classify.lexicon import OBJECTS, lexicon_features
from nlp.labels import Urgency
from nlp.location import english_spans, tokens
from nlp.models import Location, ParsedMessage
from nlp.normalize import analysis


class Act(StrEnum):
    CONFIRM = "confirm"  # 确认 / 提交 / 好的 / 没问题
    CANCEL = "cancel"  # 取消 / 不用了 / 算了
    THANKS = "thanks"  # 谢谢 / 辛苦了
    STATUS = "status"  # 我报的修怎么还没人来
    PLACE = "place"  # only a place: 我在8栋312, 不对,是四楼
    REPORT = "report"  # something a team could act on
    NOTHING = "nothing"  # 1, ???, 嗯: says nothing the dialogue can use


@dataclass(frozen=True)
class Turn:
    act: Act
    location: Location | None = None
    # 说错了/不对/改成: the place (or, in a report, the report) replaces one given before
    correction: bool = False
    # Names an object, a fault, a wish or a danger of its own: such a message is a report
    # even where the bot asked for a place.
    substantial: bool = False
    # Says something is wrong or wanted (a fault, a complaint, a wish, a danger), not only
    # what and where: "图书馆东侧那部电梯" answers "where?", "电梯困人了" does not.
    problem: bool = False
    # Opens as an answer to "where?" does ("就在…", "就是…", "在…") and says in no word that
    # anything is wrong: "就在那个图书馆后面,平时大家停自行车的那一片空地旁边的小路上" describes
    # the place at length, whatever things it names on the way.
    describes_place: bool = False
    every: bool = False  # 都确认 / 两个都提交: every report waiting, not only the latest
    about: str = ""  # 厕所那个也确认一下: words that pick one of the waiting reports
    # 刚才冒烟的那个是在物理楼3楼: the place of a report made before, not a report of its own.
    refers_back: bool = False
    # In a report that corrects another ("不是空调,是吊扇"), what is meant: 是吊扇.
    meant: str = ""


def _words(block: str) -> tuple[str, ...]:
    # Longest first, so that 确认提交 is taken whole before 确认; ties in a fixed order, since
    # the order words are taken out in decides what is left (a set's order is per process).
    return tuple(sorted(set(block.split()), key=lambda word: (-len(word), word)))


CONFIRM_WORDS: Final = _words(
    """
    确认 确认提交 确定 提交 提交吧 确认无误 无误 对 对的 对滴 是的 是 没错 没问题 可以 好 好的 好滴 行 行的
    就这样 就这样吧 正确 嗯 嗯嗯 恩 ok okay yes yep 係 系 啱 冇问题 没问题的 可以的 麻烦提交 帮我提交
    """
)
CANCEL_WORDS: Final = _words(
    """
    取消 不用了 不用 算了 算了吧 不要了 不要 不提交 不报了 不修了 撤销 撤回 不需要了 不需要 唔使 唔要 不用麻烦了
    cancel 先不用 暂时不用 放弃
    """
)
THANKS_WORDS: Final = _words(
    """
    谢谢 谢谢你 谢谢您 谢谢啦 谢啦 谢了 多谢 感谢 感谢你 感谢您 辛苦了 辛苦 麻烦了 麻烦你了 收到 知道了 明白
    明白了 thanks thank you thx 唔该 唔该晒 多谢晒 好嘅
    """
)
# Words that make a yes or a no cover every waiting report.
EVERY_WORDS: Final = _words(
    """
    都 全部 全都 两个都 两个 两条 两条都 三个 几个 一起 统统 所有 都要 都帮我 全部都 一并 晒
    """
)
# Greetings: "你好" is no yes, though it holds 好.
GREETING_WORDS: Final = _words(
    """
    你好 您好 你们好 大家好 在吗 在么 在不在 有人吗 有人在吗 哈喽 哈啰 嗨 早上好 上午好 下午好 晚上好 hi hello hey
    """
)
# Particles and fillers that change nothing in a short reply.
FILLER_WORDS: Final = _words(
    """
    吧 了 啊 呀 哈 的 呢 哦 喔 噢 啦 嘛 呗 哇 喽 咯 哈哈 嘿嘿 那 那就 就 先 一下 吧吧 呀呀 啦啦 一下吧 了吧 你 您
    帮我 麻烦 请 是的 呃 额 嗯 唔 咗 㗎 喇 啰 la lah leh 哎呀 哎哟 哎 唉 诶 欸 啊呀 哎呦 oops
    """
)
# Urging, with nothing in it to act on: "快点啊!!", "赶紧的", "救命". While the bot waits for a
# place it is no place, and it is no new report.
URGING_WORDS: Final = _words(
    """
    快点 快点儿 快 快来 快来人 快点来 快点吧 快啲 快啲嚟 快啲啦 赶紧 赶快 赶紧的 赶紧来 尽快 马上 马上来 救命 救命啊
    急 急急急 很急 好急 着急 拜托 拜托了 求求了 求你了 hurry hurryup quick quickly asap please pls help
    """
)
# Words around a place that make a message say only "it is there" (我在, 地点是, 是…的).
PLACE_FILLER_WORDS: Final = _words(
    """
    我在 我是 我住在 我住 住在 住 在 是 的 俺在 俺是 俺们在 咱在 咱们在 人在 地点 地点是 位置 位置是 地址 地址是 具体 具体是 具体位置 就是 就在
    那边 这边 这里 那里 那儿 这儿 在这 位于 我们 我们在 我们是 宿舍是 寝室是 房间是 在的 这 那 喺 系 呢度 嗰度 𠮶度
    现在 我现在 而家 宜家 目前 刚刚 刚才 教室 课室 宿舍 寝室 房间 实验室 办公室 自习室 now
    哦 噢 喔 啊 哦哦 原来 你是问 是问 你问 问在哪 问在哪里 在哪 在哪里 在哪啊 哪里 地方 地方是 是在
    东边 西边 南边 北边 东面 西面 南面 北面 那边的 这边的 靠门 靠窗
    那间 这间 那一间 这一间 那个 这个 那栋 这栋 那座 这座 那层 这层 嗰间 呢间 嗰个 呢个 嗰座 那儿的 那里的
    """
)
# Words that make a place a correction of the one given before.
CORRECTION_WORDS: Final = _words(
    """
    说错了 说错 写错了 写错 打错了 打错 搞错了 搞错 弄错了 不对 不是 错了 应该是 改成 改为 改到 更正 更正一下
    记错了 记错 看错了 我记错了 我说错了 我搞错了 我打错了 讲错了 输错了 填错了 才对 才是 才对的 抱歉 不好意思啊
    纠正 纠正一下 其实是 是在 不好意思 sorry 讲错 讲错咗 唔系 唔啱
    """
)

_STRIP = re.compile(r"[\s,.!?;:()\[\]、。,!?;:…~\"'“”‘’()【】《》·\-—_*#@&%+=/\\|<>^`{}]+")
# A report the sender already made, and the wait for it: "我报的修怎么还没人来",
# "上次反映的空调到底什么时候修", "师傅什么时候能来". A question about an old report is
# answered with its state, never filed again.
_EARLIER_REPORT = re.compile(
    r"(?:报|报修|反映|反应|提交|投诉|登记|工单|单子|刚才|之前|上次|早上|昨天|前天|师傅|维修工|工人|人)"
)
_STILL_WAITING = re.compile(
    r"(?:怎么还|咋还|怎么都|还没|还不|还是没|一直没|到现在|什么时候|啥时候|几时|多久|多长时间|进度|怎么样了|"
    r"有人来吗|有人管吗|没人来|没人管|没人理|没动静|没回音|没消息|处理了吗|处理了没|修了吗|修了没|来了没|"
    r"几点来|能来吗|会来吗|到底)"
)
_LONGEST_QUESTION: Final = 40
_STRENGTH: Final = (Act.CANCEL, Act.CONFIRM, Act.THANKS, Act.NOTHING)
_ALL_CONTROL: Final = tuple(
    sorted(
        {
            *((w, Act.CONFIRM) for w in CONFIRM_WORDS),
            *((w, Act.CANCEL) for w in CANCEL_WORDS),
            *((w, Act.THANKS) for w in THANKS_WORDS),
            *((w, Act.NOTHING) for w in FILLER_WORDS),
            *((w, Act.NOTHING) for w in URGING_WORDS),
            *((w, Act.NOTHING) for w in EVERY_WORDS),
            *((w, Act.NOTHING) for w in GREETING_WORDS),
        },
        # A word in two lists (是的, 嗯: a yes and a filler) reads as the stronger act.
        key=lambda pair: (-len(pair[0]), _STRENGTH.index(pair[1]), pair[0]),
    )
)
_SUBSTANTIAL_FEATURES = ("o:", "q:fault", "q:suggest", "q:displeased", "q:thanks", "q:question")
_PROBLEM_FEATURES = ("q:fault", "q:suggest", "q:displeased")
_FAULT_FEATURES = ("o:", "q:fault")
# "厕所那个也确认一下": a yes that names which waiting report it means.
_PICKED = re.compile(
    r"^(?P<about>.{1,10}?)(?:那个|那条|那张|那一个|那一条|的那个|的)?也?要?(?P<verb>确认|提交|取消|不要)(?:一下|吧|了)*$"
)


def read_turn(parsed: ParsedMessage) -> Turn:
    """What `parsed` does as a reply in a conversation."""
    text = _STRIP.sub("", analysis(parsed.normalized))
    if not text:
        return Turn(Act.NOTHING)
    control = _control_act(text)
    if control is not None:
        return Turn(control, every=control is not Act.THANKS and _names_every(text))
    picked = _PICKED.match(text)
    if picked and not _names_every(picked["about"]):
        verb = Act.CONFIRM if picked["verb"] in ("确认", "提交") else Act.CANCEL
        return Turn(verb, about=picked["about"])
    urgent = parsed.urgency is Urgency.URGENT
    rest = _without_places(parsed.normalized)
    # "改成" proposes nothing next to a place: it corrects it.
    features = lexicon_features(_without(rest, CORRECTION_WORDS))
    substantial = urgent or any(f.startswith(_SUBSTANTIAL_FEATURES) for f in features)
    fault = urgent or any(f.startswith(_PROBLEM_FEATURES) for f in features)
    problem = fault or _says_more(rest)
    describes_place = not fault and _OPENS_AS_WHERE.match(parsed.normalized) is not None
    # A long message that names a fault of its own is a report even where it tells how long
    # the sender has waited ("跟宿管说过两次…一直没见有人来看…淋浴热水只有温的"): asking after
    # an earlier report takes a sentence, a report takes several.
    asks_after = _STILL_WAITING.search(text) and _EARLIER_REPORT.search(text)
    if not urgent and asks_after and not (substantial and len(text) > _LONGEST_QUESTION):
        # It may name the fault it waits for ("空调坏一礼拜了…咋还没人管"): with no report
        # of the sender's to answer about, that is the report.
        # "我报的修" names no fault of its own; a thing or a fault ("空调坏一礼拜了") does.
        names_fault = any(f.startswith(_FAULT_FEATURES) for f in features)
        return Turn(Act.STATUS, parsed.place, substantial=False, problem=names_fault)
    if parsed.place is not None and not substantial:
        leftover, correction = _strip_place_words(rest)
        if not leftover:
            return Turn(Act.PLACE, parsed.place, correction=correction)
        coded = _with_code(parsed.place, parsed.normalized, leftover)
        if coded is not None:
            return Turn(Act.PLACE, coded, correction=correction)
    refers_back = parsed.place is not None and _REFERS_BACK.search(parsed.normalized) is not None
    if substantial:
        corrects = _CORRECTS_REPORT.match(text) is not None
        return Turn(
            Act.REPORT,
            parsed.place,
            correction=corrects,
            substantial=True,
            problem=problem,
            describes_place=describes_place,
            refers_back=refers_back,
            meant=_after_taken_back(parsed.original) if corrects else "",
        )
    if parsed.is_small_talk or len(re.findall(r"[\u4e00-\u9fffa-z]", rest)) < 2:
        return Turn(Act.NOTHING, parsed.place)
    return Turn(Act.REPORT, parsed.place, refers_back=refers_back)


_OPENS_AS_WHERE = re.compile(
    r"^(?:嗯|哦|噢|呃|额)?[,\s]*(?:就是在|就在|就是|是在|在|位置在|地点在|位置是|地点是|大概在|应该在|就喺|喺)"
)


# A report that opens by taking back what was said ("啊不是投影仪,是空调"): it corrects the
# report waiting for a yes. Only at the start: "空调不是很冷" is a report of its own.
_CORRECTS_REPORT = re.compile(
    r"^(?:啊|哦|噢|呃|额|诶|哎|哎呀|等下|等等|等一下|稍等|sorry|不好意思|对不起)*(?:我|我们)?"
    r"(?:说错了|搞错了|弄错了|写错了|打错了|讲错了|记错了|不对|不是|更正|纠正|应该是|其实是|唔系|唔啱"
    r"|notthe|notthat|imean|actually|wrong)"
)


# "不是空调,是吊扇", "not the flush, is the door lock": what follows is what is meant.
_TAKEN_BACK = re.compile(
    r"(?:不是|唔系|唔係|not the|not that)[^,，。.!！?？]*[,，\s]*(?:而|it |it's )?(?:是|系|係|is )",
    re.I,
)
# "刚才冒烟的那个是在物理楼3楼": the report made before, and where it is — not a new one.
_REFERS_BACK = re.compile(
    r"(?:刚才|刚刚|之前|先前|上面)[^,.!?;。!?;]{0,10}(?:那个|那台|那部|那间|那里|那边)"
    r"[^,.!?;。!?;]{0,4}(?:是在|在)"
)


def _after_taken_back(text: str) -> str:
    found = _TAKEN_BACK.search(text)
    rest = text[found.end() :] if found else ""
    return rest if rest.strip() else text


# A room code the place reader did not take ("Block C, C-3-12"): letters and digits only.
_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9#.\-]*")


def _with_code(place: Location, normalized: str, leftover: str) -> Location | None:
    """The place with the code written beside it, when letters and digits are all that is left
    of a message that names a place: to a worker on campus the code is the room."""
    if len(leftover) > 12 or not leftover.isascii() or not leftover.isalnum():
        return None
    if place.text not in normalized:
        return None
    codes = _CODE.findall(normalized.replace(place.text, " ", 1))
    if re.sub(r"[^0-9a-z]", "", "".join(codes).lower()) != leftover:
        return None
    return place.model_copy(update={"text": " ".join((place.text, *codes))})


def _control_act(text: str) -> Act | None:
    """The act of a message made only of control words and fillers ("好的谢谢", "算了吧"):
    cancelling outweighs confirming, confirming outweighs thanks."""
    found: set[Act] = set()
    position = 0
    while position < len(text):
        for word, act in _ALL_CONTROL:
            if text.startswith(word, position):
                found.add(act)
                position += len(word)
                break
        else:
            return None
    for act in (Act.CANCEL, Act.CONFIRM, Act.THANKS):
        if act in found:
            return act
    return Act.NOTHING


# What is left of "图书馆东侧那部电梯" or "椅子也是9号楼110的" once the place, the object and
# these words are gone is nothing: such a message names, it does not complain.
POINTING_WORDS: Final = _words(
    """
    也是 也 还是 那部 那个 这个 那台 这台 那间 这间 那条 这条 那张 这张 那只 那盏 这盏 那边的 东侧 西侧 南侧 北侧
    旁边 后面 前面 对面 附近 里面 外面 上面 下面 边上 门口 上 下 里 部 个 台 间 条 张 盏 嗰部 嗰个 𠮶部 𠮶个 呢个 呢部
    """
)
_OBJECT_WORDS: Final = tuple(
    sorted(
        {term for terms in OBJECTS.values() for term in terms}, key=lambda term: (-len(term), term)
    )
)


_NAMING_WORDS: Final = (*_OBJECT_WORDS, *POINTING_WORDS, *PLACE_FILLER_WORDS, *FILLER_WORDS)


def _without(text: str, words: tuple[str, ...]) -> str:
    """`text` with `words` taken out, read left to right, the longest word at each place
    first: "我在这边" is 我在 + 这边, whatever order the words are listed in."""
    vocabulary = frozenset(words)
    longest = max(map(len, words))
    kept, position = [], 0
    while position < len(text):
        for size in range(min(longest, len(text) - position), 0, -1):
            if text[position : position + size] in vocabulary:
                position += size
                break
        else:
            kept.append(text[position])
            position += 1
    return "".join(kept)


def _says_more(rest: str) -> bool:
    """Whether a message says something of its object beyond naming it ("菜太咸了")."""
    rest = _without(rest, _NAMING_WORDS)
    return len(re.findall(r"[\u4e00-\u9fffa-z]", rest)) >= 2


def _names_every(text: str) -> bool:
    return any(word in text for word in EVERY_WORDS)


# A label written before an address is part of naming it: "房间号是310" names, it reports
# nothing about the room.
_PLACE_LABEL = re.compile(
    r"(?:房间号|门牌号|宿舍号|寝室号|房号|楼号|房间|地址|位置|地点)\s*(?:是|为|在|:)?\s*$"
)


# What follows a room number and is part of it: 1203房, 302室, 5号.
_ROOM_SUFFIX = re.compile(r"室|号房|房间|房|号")


def _without_places(canonical_text: str) -> str:
    """The message in analysis form with every address, and its label, taken out."""
    spans = [(t.start, t.end) for t in tokens(canonical_text)] + english_spans(canonical_text)
    kept, last = [], 0
    for start, end in sorted(spans):
        if start >= last:
            kept.append(_PLACE_LABEL.sub("", canonical_text[last:start]))
        last = max(last, end)
        if suffix := _ROOM_SUFFIX.match(canonical_text, last):
            last = suffix.end()
    kept.append(canonical_text[last:])
    return _STRIP.sub("", analysis(" ".join(kept)))


_PLACE_ONLY_WORDS: Final = (*GREETING_WORDS, *PLACE_FILLER_WORDS, *FILLER_WORDS)


# Who is writing, said before where they are: "我是外语学院的李老师,现在在2号教学楼305".
# Hong Kong writes 係 (系 once converted): "我係講師,我喺教學樓B座205".
_SELF_INTRODUCTION = re.compile(
    r"我(?:是|系|係)[^,.!?;。!?;]{0,12}?(?:老师|同学|学生|家长|妈妈|爸爸|奶奶|爷爷|外婆|外公|阿姨|师傅|员工|宿管"
    r"|讲师|教授|助教|辅导员|班主任|职工|教工|保安|研究生|博士生|本科生|新生|留学生|班长|宿舍长|住户)"
)


def _strip_place_words(rest: str) -> tuple[str, bool]:
    corrected = _without(rest, CORRECTION_WORDS)
    introduced = _SELF_INTRODUCTION.sub("", corrected)
    return _without(introduced, _PLACE_ONLY_WORDS), corrected != rest
