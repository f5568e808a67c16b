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
from nlp.reply_words import (
    CANCEL_WORDS,
    CONFIRM_WORDS,
    CORRECTION_WORDS,
    EVERY_WORDS,
    FILLER_WORDS,
    GREETING_WORDS,
    PLACE_FILLER_WORDS,
    POINTING_WORDS,
    THANKS_WORDS,
    URGING_WORDS,
)


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


# Asking for the job to be done soon, which says nothing of what is wrong: in an answer to
# "where?" ("是紫荆园11栋406,您看看能不能尽快安排") it is no wish of its own.
_HURRY = re.compile(
    r"(?:您|你|你们)?(?:看看|看一下|帮忙)?(?:能不能|可不可以|能否|可否|麻烦|请|帮忙)?"
    r"(?:尽快|赶紧|赶快|快点|早点|马上)(?:安排|处理|派人|派个人|来|过来|修|解决|弄|看看)?(?:一下)?(?:吗|呀|啊|吧)?"
)
# Who told the sender the place: "孩子跟我说是紫荆园11栋406".
_TOLD = re.compile(
    r"(?:孩子|小孩|儿子|女儿|他|她|同学|室友|舍友|老师|宿管)(?:跟我|和我|同我|告诉我)?(?:说|讲)(?:是|在)?"
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
    rest = _TOLD.sub("", _HURRY.sub("", _without_places(parsed.normalized)))
    # "改成" proposes nothing next to a place: it corrects it.
    features = lexicon_features(_without(rest, CORRECTION_WORDS))
    substantial = urgent or any(f.startswith(_SUBSTANTIAL_FEATURES) for f in features)
    fault = urgent or any(f.startswith(_PROBLEM_FEATURES) for f in features)
    problem = fault or _says_more(rest)
    describes_place = not fault and (
        _OPENS_AS_WHERE.match(parsed.normalized) is not None
        or _LANDMARK.search(parsed.normalized) is not None
    )
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


# A place told by what is beside it ("5楼 lah, near the lift there", "近住垃圾房"): the thing
# named is where, not what is wrong.
_LANDMARK = re.compile(
    r"旁边|附近|靠近|挨着|对面|隔壁|隔篱|近住|\b(?:near|next to|beside|opposite)\b", re.I
)
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
    # "是一食堂,我在窗口打饭的时候闻到的": an answer to where, opening with 是 or 在.
    r"|^(?:就)?(?:是|在|系|喺)(?!不|否|唔|咪)"
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
