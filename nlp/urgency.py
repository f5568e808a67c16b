"""Is someone or something in danger right now? Hazard phrases (nlp.hazards) read in context.

A phrase counts unless the words around it say the danger is not present: negated ("没有冒烟"),
feared, supposed or mistaken ("万一着火", "怕有人摔倒", "会不会漏电", "以为着火了 原来是烧烤"),
heard of ("听说…"), staged ("消防演练"), already over ("火已经灭了", "上个月水管爆了之后",
"前天冒火花那事后来查出原因了吗"), what a place does every time it rains ("一下雨就积水"), or a
thank-you for an emergency handled in the past. Each guard reads only the clause around its
phrase, so "电线外皮破了 怕有人踩到" stays urgent: the fear is about the future, the bare wire is now.
A few hazards can also be denied anywhere in their sentence ("插座烧坏了 不过没冒烟也没味道"),
and a partner word counts only if it is itself there, not denied or only feared ("差点砸到人").
"""

import re
from dataclasses import dataclass

from nlp.hazards import FIGURES, HAZARDS, Hazard
from nlp.labels import Urgency
from nlp.phrase_index import PhraseIndex

_BOUNDARIES = frozenset(" \t\n,，。.!！?？;；~～…、:：()（）[]【】「」\"'")
_SENTENCE_ENDS = re.compile(r"[。.!！?？;；\n]")
_MAX_CLAUSE = 24
_AFTER = 20
_MAX_EVIDENCE = 16
_BLANK = "_"

# Directly before the phrase: "没有冒烟", "不是着火", "没闻到煤气味", "冇人受伤" (→ 没有人).
_NEGATED = re.compile(
    r"(?:(?<!有)没有?|沒|冇|(?<!是)不是|(?<!是)不系|唔系|并非|无|未有?|不再|不要|千万别|别再|禁止|严禁|"
    r"请勿|不准|不许|不得|不能)"
    r"(?:有|人|在|再|发生|出现|看到|看见|闻到|发现|什么|任何|啥|明显|的|了|是|被|真|再次|过|到|着|冒|出|漏|流|溅|渗|泡|淹|"
    r"碰|摸|踩|滴)*$"
)
# Anywhere earlier in the clause: a fear, a supposition, a near miss, hearsay, another school.
_SUPPOSED = re.compile(
    r"万一|如果|要是|假如|假设|一旦|倘若|若是|会不会|会不|容易|可能会|担心|(?<![可恐哪])怕(?!是)|"
    r"以免|免得|防止|预防|避免|以防|小心|差点|差一点|险些|听说|据说|听[^ ,。!?]{0,6}说|"
    r"隔壁学校|别的学校|其他学校|外校|新闻|建议|如何|怎样防|请问|(?<!可)以为|当成|当是"
)
# Right before the phrase: "会着火", "容易引起火灾", "可能导致漏电", "积水能没过脚踝".
# "就会冒火花", "每次都会漏电" describe what happens now, every time; they stay urgent.
_WOULD = re.compile(
    r"(?:(?<![就都总老还])会|(?<![就都总老还不可只也])能|易|防|可能)"
    r"(?:有人|被|再|发生|引起|导致|造成|引发|出现|产生)?$"
)
_STAGED = re.compile(r"演练|演习|模拟|培训|讲座|科普|宣传|逃生知识|逃生指南|应急预案")
# Right after the phrase: a condition or a risk, not an event.
_RISK_AFTER = re.compile(
    r"^(?:了)?(?:的话|的?隐患|的?风险|的?危险|的可能|(?:时|的时候)(?:要|应该|该|怎么|如何|往|可以)|"
    r"(?:应该|该|要)(?:怎么办|怎么做|找谁|打什么|打哪))"
)
_RESOLVED_AFTER = re.compile(
    r"(?:火|烟)(?:已经|已|也|都|很快|马上|及时)*(?:被)?(?:扑灭|灭了|熄灭|灭掉|熄了|散了)|"
    r"(?:已经|已|很快|马上|及时|都)(?:被)?(?:扑灭|熄灭|灭了|灭掉)|扑灭了|"
    r"(?:已经|已|都)(?:被|给)?(?:修好|处理好|处理完|处理过|修过|解决|恢复正常|没事|排除)|"
    r"看错了|搞错了|^了?[?？]不是"
)
# Anywhere after the phrase: the whole alarm was false ("还以为着火了 虚惊一场").
_FALSE_ALARM = re.compile(r"误报|虚惊一场|是误会|一场误会|假警报|乌龙")
# After a sign people mistake: what it really was ("焦味 其实是灰尘味", "原来是有人在烧烤"),
# unless the real cause is itself a danger ("原来是插座短路了").
_CORRECTED = re.compile(
    r"(?:原来|其实|结果|才发现|发现)(?:只|就|不过)?是"
    r"(?![^ ,。!?]{0,8}(?:漏|泄|没关|短路|电|插|线|火|焦|糊|冒|炸|烧(?!烤)))"
)
_CORRECTION_REACH = 40
# "上周宿舍漏电的事…": the phrase names a past incident, it does not report one.
_INCIDENT_AFTER = re.compile(r"^(?:了)?(?:的事|的事情|事件|那次|那件事|那事|那回)")
_LONG_AGO = re.compile(
    r"上周|上星期|上个星期|上个?礼拜|上个?月|上次|上回|上个?学期|去年|前年|之前|以前|那次|那天|"
    r"前几天|前阵子|前段时间|几天前|有一次|曾经|寒假|暑假|前天|前晚|昨天|昨晚|昨日|那事|那回"
)
# After the phrase, the story goes on to what happened next: "被困在电梯里，后来保安撬开的".
_TOLD_LATER = "后来"
# A question after an incident: "昨晚被车撞的同学现在怎么样了", "那事查出原因了吗".
_FOLLOW_UP = re.compile(
    r"怎么样了|结果(?:呢|怎么样|如何)|查(?:出|清|明)|原因(?:查|找)|(?:处理|解决|修)(?:好|完)?了吗|好了吗|"
    r"好些了吗|能住了吗|能用了吗|恢复|出院|(?:重|严重|要紧)吗|还好吗"
)
# Signs that the danger is still there. "现在能住了吗" asks whether it is over; it is not one.
_STILL = re.compile(
    r"现在(?!能|可以|怎么|怎样|如何|好了|修好|处理|恢复|正常|没事|还能|是否|有没有)|还在|一直|"
    r"又|仍|至今|依然|还是|再次|今天|刚才|刚刚|还有|越来越|开始|以来|"
    r"还没(?:人)?(?:修|来|处理|管|弄)|没人(?:管|修|来|处理)|救命|快来"
)
# "一下雨主干道就积水", "每次下大雨车库都被淹": a place that floods, not a flood now…
_RECURRING = re.compile(
    r"一(?:下雨|下大雨|下暴雨|到雨天|到下雨|到雨季|遇到?下雨|刮风|刮大风|涨水)|每(?:次|回|逢|到|年)|"
    r"下雨天|雨天|雨季|梅雨|经常|老是|总是|时常|动不动|隔三差五|常年"
)
# …unless the sentence says it is flooding now.
_NOW = re.compile(
    r"现在|正在|这会|此刻|目前|今天|今晚|今早|刚才|刚刚|还在|又(?!是)|"
    r"已经(?!好几|很多|很久|[一二两三四五六七八九十几]+(?:年|个月|学期|周|天))"
)
_AFTERWARDS = re.compile(r"^(?:了|过)?(?:之后|以后|后来|后)")
_HAS_HAPPENED = re.compile(r"^过(?!来|去)")  # "有人在这摔倒过": an experience, not an event
_PRAISE = re.compile(
    r"表扬|点赞|感谢|谢谢|多谢|给力|辛苦了|辛苦你们|(?:很|太|非常|好)(?:专业|负责|及时|靠谱|贴心)|"
    r"反应[^ ,。!?]{0,2}快|多亏|好评|👍"
)
_HANDLED = re.compile(
    r"到了|赶到|赶来|赶过来|扑灭|修好|处理好|处理得|救出|解决了|搞定|安抚|第一时间|打了120|"
    r"送(?:到|去)?医院"
)
# "我们被困的时候他一直…": the phrase names a moment being recalled.
_RECALLED_AFTER = re.compile(r"^(?:了)?(?:的时候|那时|那次|那会儿?)")
_BEFORE_NOW = re.compile(r"昨天|昨晚|前天|上周|上次|上个?月|之前|那天|那次|去年")
_CALL_FOR_HELP = re.compile(r"快来|救命|赶紧|马上来|尽快|快点|速来|急|!!|！！")
_HEARSAY = re.compile(r"是真的吗|真的假的|是不是真的|谣言")
# "没冒烟吧?" asks; it does not deny.
_ASKED = re.compile(r"[^ ,，。.!！?？]{0,4}?(?:吗|吧|么|[?？])")

_FIGURES = PhraseIndex(["|".join(FIGURES)])
_PHRASES = PhraseIndex(["|".join(h.phrases) for h in HAZARDS])


@dataclass(frozen=True, slots=True)
class _Rule:
    hazard: Hazard
    needs: tuple[re.Pattern[str], ...]
    unless: re.Pattern[str] | None
    denied: re.Pattern[str] | None
    confirmed: re.Pattern[str] | None


def _optional(pattern: str) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern else None


_RULES = tuple(
    _Rule(
        h,
        tuple(re.compile(n) for n in h.needs),
        _optional(h.unless),
        _optional(h.denied),
        _optional(h.confirmed),
    )
    for h in HAZARDS
)


def assess_urgency(text: str) -> tuple[Urgency, tuple[str, ...]]:
    """URGENT with the phrases that show a present danger, or NORMAL with none."""
    if _HEARSAY.search(text):
        return Urgency.NORMAL, ()
    masked = _without_figures(text)
    evidence: list[str] = []
    position = refused_until = 0
    while found_phrase := _PHRASES.search(masked, position):
        number, match = found_phrase
        position = match.start() + 1
        if match.end() <= refused_until:
            continue  # "食物中毒" was refused, so "中毒" inside it is refused with it
        found = _present(_RULES[number], text, masked, match)
        if found is None:
            refused_until = max(refused_until, match.end())
            continue
        if found not in evidence:
            evidence.append(found)
        position = match.end()
    if not evidence:
        return Urgency.NORMAL, ()
    return Urgency.URGENT, tuple(evidence)


def _without_figures(text: str) -> str:
    """`text` with every figure of speech blanked out, each character kept in its place."""
    pieces: list[str] = []
    done = 0
    while found := _FIGURES.search(text, done):
        start, end = found[1].span()
        pieces += (text[done:start], _BLANK * (end - start))
        done = end
    return "".join(pieces) + text[done:] if pieces else text


def _present(rule: _Rule, text: str, masked: str, match: re.Match[str]) -> str | None:
    """The evidence if this phrase reports a danger here and now, else None."""
    start, end = match.span()
    clause_start = _clause_start(masked, start)
    clause = masked[clause_start:start]
    after = masked[end : end + _AFTER]
    if _NEGATED.search(clause) or _SUPPOSED.search(clause) or _WOULD.search(clause):
        return None
    if _RISK_AFTER.match(after) or _RESOLVED_AFTER.search(after) or _INCIDENT_AFTER.match(after):
        return None
    if _FALSE_ALARM.search(masked, end) or _corrected(rule, masked, end):
        return None
    if rule.hazard.staged and _STAGED.search(masked):
        return None
    if _HAS_HAPPENED.match(after) or _in_the_past(masked, clause_start, start, end, after):
        return None
    if rule.hazard.recurring and _recurring(masked, start):
        return None
    if _thanks_for_past(masked, start, after):
        return None
    if rule.unless is not None and rule.unless.search(text):
        return None
    if rule.denied is not None and _denied(rule, masked, start):
        return None
    spans = [(start, end)]
    window = rule.hazard.window
    reach = window if rule.hazard.after is None else rule.hazard.after
    for need in rule.needs:
        partner = _partner(need, masked, max(0, start - window), end + reach)
        if partner is None:
            return None
        spans.append(partner)
    return _evidence(text, spans)


def _clause_start(text: str, start: int) -> int:
    limit = max(0, start - _MAX_CLAUSE)
    for index in range(start - 1, limit - 1, -1):
        if text[index] in _BOUNDARIES:
            return index + 1
    return limit


def _in_the_past(masked: str, clause_start: int, start: int, end: int, after: str) -> bool:
    """ "上个月水管爆了之后…", "上次有同学受伤…", "有人被困，后来保安撬开的", "昨晚被撞的同学
    …伤得重吗": a past event, unless it is still going on."""
    recalled = (
        _LONG_AGO.search(masked, clause_start, start)
        or _TOLD_LATER in masked[end:]
        or (_LONG_AGO.search(masked, 0, start) and _FOLLOW_UP.search(masked))
    )
    if not recalled:
        return False
    return bool(_AFTERWARDS.match(after)) or not _STILL.search(masked, clause_start)


def _corrected(rule: _Rule, masked: str, end: int) -> bool:
    """ "闻到焦味 其实是灰尘味": the sign was taken for something it was not."""
    return rule.hazard.mistakable and bool(_CORRECTED.search(masked, end, end + _CORRECTION_REACH))


def _recurring(masked: str, start: int) -> bool:
    """ "一下雨主干道就积水": what happens to the place each time, with no sign of it now."""
    low, high = _sentence(masked, start)
    return bool(_RECURRING.search(masked, low, start)) and not _NOW.search(masked, low, high)


def _thanks_for_past(masked: str, start: int, after: str) -> bool:
    """ "昨天被困电梯 保安5分钟就到了 很专业": praise for an emergency already handled."""
    return (
        bool(_BEFORE_NOW.search(masked, 0, start) or _PRAISE.search(masked, 0, start))
        and bool(_PRAISE.search(masked))
        and bool(_HANDLED.search(masked, start) or _RECALLED_AFTER.match(after))
        and not _CALL_FOR_HELP.search(masked)
    )


def _denied(rule: _Rule, masked: str, start: int) -> bool:
    """ "插座烧坏了 不过没冒烟也没味道": the sentence says the sign of danger is absent."""
    assert rule.denied is not None
    low, high = _sentence(masked, start)
    sentence = masked[low:high]  # with its closing mark, which may be a question mark
    if rule.confirmed is not None and rule.confirmed.search(sentence):
        return False
    return any(not _ASKED.match(sentence, d.end()) for d in rule.denied.finditer(sentence))


def _sentence(masked: str, start: int) -> tuple[int, int]:
    """Where the sentence around `start` begins and ends, its closing mark included."""
    ends = [m.start() for m in _SENTENCE_ENDS.finditer(masked)]
    low = max((e + 1 for e in ends if e < start), default=0)
    high = min((e + 1 for e in ends if e >= start), default=len(masked))
    return low, high


def _partner(need: re.Pattern[str], masked: str, low: int, high: int) -> tuple[int, int] | None:
    """The first partner that is there: not denied ("没人"), not only feared ("差点砸到人")."""
    for found in need.finditer(masked, low, high):
        clause_start = _clause_start(masked, found.start())
        if not (
            _NEGATED.search(masked, clause_start, found.start())
            or _SUPPOSED.search(masked, clause_start, found.start())
        ):
            return found.span()
    return None


def _evidence(text: str, spans: list[tuple[int, int]]) -> str:
    """One readable phrase: the clause the parts share, or the parts joined when apart."""
    spans.sort()
    low, high = spans[0][0], max(e for _, e in spans)
    if len(spans) == 1:
        return text[low:high]
    if high - low <= _MAX_EVIDENCE and _BOUNDARIES.isdisjoint(text[low:high]):
        while high < len(text) and high - low < _MAX_EVIDENCE and text[high] not in _BOUNDARIES:
            high += 1
        return text[low:high]
    return "…".join(text[s:e] for s, e in spans)
