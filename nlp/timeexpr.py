"""The time expression of a message, kept as written: "昨晚", "从上周开始", "今天早上8点", "三天了".

It is shown to staff, never scored, so it only needs to find the words people use for when:
days relative to today, weekdays, parts of the day, clock times, dates and durations, and the
"从…开始" / "…以来" / "…前" around them. Chinese numerals are read as written.
"""

from nlp.regex_start import StartIndexed

_CN = "零〇一二两三四五六七八九十百几"
_NUMBER = rf"(?:\d+|[{_CN}]+|好几|好多|十几|几十)"

_DAY = (
    r"大前天|前天|昨天|昨日|昨晚|昨夜|昨儿|今天|今日|今早|今晚|今夜|今晨|今朝|明天|明早|明晚|后天|"
    r"琴日|寻日|尋日|听日|琴晚|寻晚|前晚|前几天|前两天|这两天|这几天|近几天|最近|近来|这阵子|前阵子|"
    r"前段时间|这段时间|刚才|刚刚|方才|头先|啱啱|上次|上回|这学期|本学期|上学期|下学期|去年|今年|前年|"
    r"寒假|暑假|周末|月底|月初|期末|期中"
)
_WEEK = (
    r"(?:上|下|这|本)(?:个)?(?:周|星期|礼拜)[一二三四五六日天1-7]?|"
    r"(?:周|星期|礼拜)[一二三四五六日天1-7]"
)
_MONTH = rf"(?:上|下|这|本)个?月|{_NUMBER}月{_NUMBER}[日号]"
_PART = (
    r"一大早|大清早|凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜里|夜晚|晚间|半夜|深夜|白天|"
    r"朝早|晏昼|夜晚"
)
# A clock time alone must look like one ("8点", "十点半"); after a part of the day any "十点" is.
_CLOCK = (
    rf"(?:\d{{1,2}}(?::\d{{2}}|点(?:钟|半|多|\d{{1,2}}分?)?)"
    rf"|[{_CN}]{{1,3}}点(?:钟|半|多|[{_CN}]{{1,3}}分?))"
)
_LOOSE_CLOCK = rf"(?:\d{{1,2}}|[{_CN}]{{1,3}})点(?:钟|半|多|(?:\d{{1,2}}|[{_CN}]{{1,3}})分?)?"
_POINT = rf"(?:{_DAY}|{_WEEK}|{_MONTH}|(?:{_PART})(?:的)?(?:{_LOOSE_CLOCK})?|{_CLOCK})"
_DURATION = (
    rf"(?:{_NUMBER}|半)(?:个)?多?(?:天|日|周|星期|礼拜|月|年(?!级)|小时|钟头|分钟|学期)多?半?"
)

_TIME = StartIndexed(
    rf"(?:从|自从|自)?(?:{_POINT})(?:的?(?:{_POINT}))*(?:开始|以来|起(?!来)|到现在|至今)?"
    rf"|(?:{_DURATION})(?:了|前|以前|之前|以来)?"
)


def find_time(text: str) -> str | None:
    """The first time expression in `text`, as written, or None."""
    found = _TIME.search(text)
    return found.group() if found else None
