"""The name written before a head: 明德楼, 致知书院, 在工程训练中心, 逸夫图书馆.

A name is a run of content characters glued to its head. Where the run starts decides how
much of it is the name: after a preposition (在工程训练中心) or at the start of a clause
(清风苑停水了吗, 逸夫图书馆的灯坏了) all of it, less the words that open a clause (请问,
建议, 昨天); glued to a word before it, only a short run for the heads that allow one. How
each head takes its name is data (heads.toml, `reads`); the words are in words.toml.
"""

import re

from nlp.location.patterns import CONTENT_CHAR, NAME_CHAR, alternation
from nlp.location.vocabulary import (
    ACTION_OPENERS,
    ACTIONS_IN_NAMES,
    ADDRESSEE_OPENERS,
    CLAUSE_OPENERS,
    CLAUSE_VERBS,
    DESCRIPTION_OPENERS,
    FUNCTION_CHARS,
    HEADS,
    NAME_INNER_CHARS,
    NAMED_STAFF,
    NOT_A_NAME,
    NOT_AN_AREA,
    NOT_OPENING,
    PEOPLE,
    PLACE_PREPOSITIONS,
    STAFF,
    TIME_ENDS,
    WHOSE,
    Reading,
)

READING = {head.word: head.reads for head in HEADS}
# A run as long as the window may be longer still, so its start is unknown.
_WINDOW = 10
_NAME_BEFORE = re.compile(f"{NAME_CHAR}{{1,{_WINDOW}}}$")
_CONTENT_BEFORE = re.compile(f"{CONTENT_CHAR}{{1,4}}$")
# After a preposition up to 7 characters are a name; opening a clause, 6 after its openers.
_LONGEST_NAME = 7
_LONGEST_OPENING_NAME = 6
_OPENERS = re.compile(f"(?:{alternation(CLAUSE_OPENERS)})+")
_OPENER_FIRSTS = frozenset(word[0] for word in CLAUSE_OPENERS)
_OPENER_ENDS = frozenset(word[-1] for word in CLAUSE_OPENERS)
# A floor or a room right after a name: 国际交流中心3楼.
_NUMBER_AFTER = re.compile("[0-9]|[零〇一二三四五六七八九十百]{1,3}[楼层]")
_NOT_IN_NAMES = FUNCTION_CHARS - NAME_INNER_CHARS
_PEOPLE = re.compile(alternation(PEOPLE))
_ACTION_WORDS = tuple(word for word in ACTION_OPENERS if len(word) > 1)
_ACTION_FIRSTS = frozenset(word[0] for word in ACTION_OPENERS)
# The longest glued run a numbered head takes: 化学学院3楼, 外国语学院3楼, 工学院EB302.
_LONGEST_GLUED_SCHOOL = 4
# 今天接孩子发现幼儿园二楼: what is seen or passed is named after the verb, never with it.
_CLAUSE_VERB = re.compile(alternation(CLAUSE_VERBS))
_MARKING_TOKEN_ENDS = frozenset("区楼层")
# 网络中心的小王老师, 电教中心的值班老师: someone who works at the place.
_STAFF_AFTER = re.compile(
    f"的(?:{NAME_CHAR}{{0,3}}(?:{alternation(STAFF)})|{NAME_CHAR}{{1,3}}(?:{alternation(NAMED_STAFF)}))"
)


def name_before(
    text: str, start: int, end: int, after: int, *, shortest: int, cautious: bool = False
) -> int:
    """The length of a name written before the head text[start:end] and plainly marked off.

    `after` is where the previous token ends; a name never reaches into it. Before a
    `cautious` head — a listed place (图书馆), whole alone, or a common noun (食堂) — a name
    that may open with a verb (清理食堂) is better left off.
    """
    last = text[start - 1] if start > after else ""
    if not "\u4e00" <= last <= "\u9fff" or last in _NOT_IN_NAMES:
        return 0  # the common case, decided without a search
    window = max(after, start - _WINDOW)
    found = _NAME_BEFORE.search(text, window, start)
    run = len(found.group(0)) if found else 0
    while run and text[start - run] in NOT_OPENING:
        run -= 1  # 这是博文斋: 是 and 有 open no name
    name_start = start - run
    before = text[name_start - 1] if name_start else ""
    # A verb of seeing (发现紫荆2号楼) or a place token (家属区老干部活动室) before the run
    # marks the name off as a preposition does.
    glued_to_place = _glued_to_place(text, name_start, after)
    if run == 0 or (name_start == window and _is_name_char(before) and not glued_to_place):
        return 0  # no name, or the run goes on past the window
    marked = before in PLACE_PREPOSITIONS or glued_to_place
    verb_end = _after_clause_verb(text, name_start, start)
    if verb_end is not None:
        name_start, run, marked = verb_end, start - verb_end, True
        if run == 0:
            return 0
    name = text[name_start:start]
    if _PEOPLE.search(name):
        return 0
    if before == "于" and not marked:
        if text[name_start - 2 : name_start - 1] not in ("位", "处"):
            return 0
    elif not marked:
        if before.isalnum() and not _only_openers_before(text, name_start):
            opened = _openers_into(text, name_start, start)
            if opened is None:
                return 0  # glued to the word before it
            name = text[opened:start]
        return _opening_name(name, text, start, end, shortest=shortest, cautious=cautious)
    if run > _LONGEST_NAME or _opens_with_action(name, cautious=cautious):
        return 0
    if name.startswith(DESCRIPTION_OPENERS):
        # 在学校国际交流中心: the school's centre is named 国际交流中心.
        run -= max(len(word) for word in DESCRIPTION_OPENERS if name.startswith(word))
    return run if run >= shortest else 0


def _after_clause_verb(text: str, name_start: int, start: int) -> int | None:
    """Where the last verb of seeing, hearing or passing in the run ends, if there is one."""
    ends = [found.end() for found in _CLAUSE_VERB.finditer(text, name_start, start)]
    return ends[-1] if ends else None


def _glued_to_place(text: str, name_start: int, after: int) -> bool:
    """Whether the run starts right where an area or a floor token ends (家属区|老干部活动室,
    3楼|老干部活动室): the token before it, not a word, marks the name off."""
    return 0 < after == name_start and text[after - 1] in _MARKING_TOKEN_ENDS


def _opening_name(
    name: str, text: str, start: int, end: int, *, shortest: int, cautious: bool
) -> int:
    """The name in a run that opens a clause: "请问清风苑…" → 清风, "谢谢后勤中心" → none."""
    if name.startswith(ADDRESSEE_OPENERS):
        return 0
    opener = _OPENERS.match(name) if name[0] in _OPENER_FIRSTS else None
    if opener:
        name = name[opener.end() :]
    if not name or len(name) > _LONGEST_OPENING_NAME or name in NOT_A_NAME:
        return 0
    if _opens_with_action(name, cautious=cautious):
        return 0  # 以学生为中心, 修体育馆
    if cautious and (name[-1] in TIME_ENDS or name in WHOSE):
        return 0  # 雨天食堂门口, 星期天图书馆: when, not which; 学院办公楼: whose
    if name[0] in NOT_OPENING:
        return 0  # 宿舍是博文斋: the name starts after 是
    reads = READING.get(text[start:end])
    marked_off = _ends_name(text, end) or _STAFF_AFTER.match(text, end)
    if len(name) < 3 and reads is Reading.MARKED and not marked_off:
        return 0  # 网络中心的电话 is an office; 信息中心3楼, "…,信息中心" and its staff: places
    # A head's name has two characters at least (a court's may have one: 竹园); a listed
    # place, whole alone, may carry a name of one (丁文院, 逸夫楼's 逸 in 逸图书馆).
    least = 1 if reads is Reading.AREA or (reads is None and shortest == 1) else 2
    return len(name) if len(name) >= max(shortest, least) else 0


def name_by_head(head: str, text: str, start: int, end: int, after: int) -> tuple[int, bool]:
    """How many characters before `head` name it, and whether the name is a whole place.

    (0, False) is no place: 修好的楼, 学生公寓. A name that is not whole is the area of the
    building written after it (竹园 in 竹园3舍).
    """
    reads = READING[head]
    if reads is Reading.AREA:
        return _area_name(text, start, end, after)
    marked = name_before(text, start, end, after, shortest=2)
    if marked:
        return marked, True
    if reads in (Reading.MARKED, Reading.GUARDED):
        return 0, False
    found = _CONTENT_BEFORE.search(text, max(after, start - 4), start)
    run = len(found.group(0)) if found else 0
    if reads is Reading.PAIR:
        size = min(run, 2)
    elif run in (2, 3) or (reads is Reading.NUMBERED and 0 < run <= _LONGEST_GLUED_SCHOOL):
        # A building's name stands alone: in 报修明德楼 the run is a verb and a name.
        size = run
    else:
        return 0, False
    name = text[start - size : start]
    if size == 0 or any(word in name for word in NOT_A_NAME) or _OPENERS.match(name):
        return 0, False
    return size, True


def _area_name(text: str, start: int, end: int, after: int) -> tuple[int, bool]:
    """紫荆园 and 清风苑 are residences; in 反映竹园3舍 only 竹园 is the area's name."""
    size = name_before(text, start, end, after, shortest=1)
    whole = size > 0
    if not whole:
        found = _CONTENT_BEFORE.search(text, max(after, start - 4), start)
        run = len(found.group(0)) if found else 0
        whole = run == 2 and text[start - 2 : start] not in NOT_A_NAME
        size = 2 if whole else min(run, 1)
    if size == 0 or any(text[start - k : end] in NOT_AN_AREA for k in range(1, min(size, 2) + 1)):
        return 0, False  # 刷校园卡, 去幼儿园
    return size, whole


def _opens_with_action(name: str, *, cautious: bool) -> bool:
    """在修体育馆, 感谢后勤中心: an action, not a name; but 清风苑 and 建业楼 are names."""
    if name[0] not in _ACTION_FIRSTS or not name.startswith(ACTION_OPENERS):
        return False
    return cautious or name[0] not in ACTIONS_IN_NAMES or name.startswith(_ACTION_WORDS)


def _ends_name(text: str, end: int) -> bool:
    """Whether the clause ends at `end`, or a floor or a room follows."""
    return end == len(text) or not text[end].isalnum() or bool(_NUMBER_AFTER.match(text, end))


def _only_openers_before(text: str, name_start: int) -> bool:
    """Whether the clause opens with words such as 昨天晚上 or 我们 right up to `name_start`."""
    if text[name_start - 1] not in _OPENER_ENDS:
        return False  # the common case: 我的宿舍, 去了图书馆
    clause_start = name_start
    while clause_start and text[clause_start - 1].isalnum():
        clause_start -= 1
        if name_start - clause_start > _WINDOW:
            return False
    return bool(_OPENERS.fullmatch(text, clause_start, name_start))


def _openers_into(text: str, name_start: int, start: int) -> int | None:
    """Where a name starts after the openers of its clause that reach into the run: in
    "上周汽修实训车间着火" 上 is no name character, yet 上周 opens the clause, and the name
    is 汽修实训车间."""
    clause_start = name_start - 1
    while clause_start and text[clause_start - 1].isalnum():
        clause_start -= 1
        if name_start - clause_start > _WINDOW:
            return None
    opened = _OPENERS.match(text, clause_start, start)
    # A name of one character left after them is the rest of a word: 每天放学校门口.
    return opened.end() if opened and name_start < opened.end() < start - 1 else None


def _is_name_char(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff" and char not in _NOT_IN_NAMES
