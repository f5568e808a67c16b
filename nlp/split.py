"""One message, two problems: "宿舍空调坏了,还有楼道的灯也不亮" is work for two teams.

`split_reports` cuts a message into the reports it holds, so the dialogue can offer a ticket
for each. It splits only where it is sure: at a clause boundary, between clauses that name
objects of different teams, each with a fault or a complaint of its own. Anything less
certain stays one report — a ticket the team passes on costs less than a report cut in half.
"""

import re

from nlp.classify.lexicon import lexicon_features
from nlp.models import Location
from nlp.normalize import analysis
from nlp.parser import parse
from nlp.replies import Act, read_turn
from nlp.urgency import urgency_reading

# A space between Chinese words ends a clause; between English words it is only a space.
_CLAUSE = re.compile(
    r"[,.!?;。!?;\n]+|(?<![A-Za-z0-9])\s+|\s+(?![A-Za-z0-9])|\s+(?=and\s)|(?=还有|另外|而且|同时|顺便|对了|此外|再就是|以及|另一个|同埋|仲有|然后)"
)
_PROBLEM = ("q:fault", "q:displeased")
# Asking for someone to come says what the sender wants done, not that another thing is
# broken: in "冷气一直滴水,都滴到床上了,可以派人来看一下吗" the bed is where the water lands.
_REQUEST = re.compile(
    "麻烦派人|派人|派个人|来修|修一下|报修|维修|检修|尽快处理|处理一下|来看一下|来看看|过来看"
)


# A part of the thing just named, which names no thing of its own: "投影仪开不了机,指示灯一直闪".
_COMPONENT = re.compile("指示灯|电源灯|信号灯|显示屏|屏幕|按键|按钮|遥控器|电源线|插头|面板")


# What a thing just named shows, which names no other thing to mend: "投影仪打不开，一直显示无信号"
# is the projector's symptom ("网口也没信号" still names the port), "aircon spoil already,一直
# 滴水下来" the air conditioner's (a tap that drips is named: "水龙头一直滴水").
_SYMPTOMS = re.compile("没有信号|无信号|没信号|信号不好|滴水|漏水|渗水|流水|滴下来|漏下来")


def split_reports(canonical_text: str) -> list[str]:
    """The message as one text per problem, or `[canonical_text]` when it holds one."""
    groups: list[tuple[set[str], list[str], bool]] = []
    for clause in _CLAUSE.split(canonical_text):
        if not clause.strip():
            continue
        analysed = analysis(clause)
        features = lexicon_features(analysed)
        # Most clauses hold no symptom: their features are read once.
        unsymptomed = _SYMPTOMS.sub(" ", analysed)
        named = features if unsymptomed == analysed else lexicon_features(unsymptomed)
        objects = {f for f in named if f.startswith("o:")}
        if groups and _COMPONENT.search(analysed):
            objects = set()
        unasked = _REQUEST.sub(" ", analysed)
        said = features if unasked == analysed else lexicon_features(unasked)
        # A danger is a problem too, named with or without a fault word (有焦糊味).
        problem = any(f.startswith(_PROBLEM) for f in said) or bool(
            urgency_reading(analysed).concepts
        )
        # A clause naming no object yet ("化学楼305实验室里有焦糊味,") opens the report that
        # the next clause's object belongs to.
        if groups and (not objects or not groups[-1][0] or objects & groups[-1][0]):
            teams, clauses, had_problem = groups[-1]
            groups[-1] = (teams | objects, [*clauses, clause], had_problem or problem)
        else:
            groups.append((objects, [clause], problem))
    if len(groups) < 2 or not all(teams and problem for teams, _, problem in groups):
        return [canonical_text]
    return [",".join(clauses) for _, clauses, _ in groups]


# An answer to "where?" that goes on to another problem: "5号楼203,而且空调旁边那个插座刚才冒火花了",
# "8号楼。另外8号楼一楼大厅的灯也坏了好几盏". The place before the connective answers the question;
# what follows is a report of its own, never a part of the place.
_THEN = re.compile(
    # Read on the text as sent, so in Traditional characters too.
    r"[,.!?;。!?;，！？；、\s]*(?:[还還]有(?:个|個|一个|一個|件|一件)事(?:情|儿|兒)?[哈啊呀]?|而且|另外|[还還]有|[顺順]便|[对對]了|此外"
    r"|再就是|同埋|仲有|另一[个個])"
    r"[,.!?;。!?;，！？；、\s]*"
)


def place_then_report(text: str) -> tuple[str, Location, str] | None:
    """`(answer, its place, report)` where `text` opens with a place alone and goes on, after a
    connective, to a problem; else None."""
    found = _THEN.search(text)
    if found is None or found.start() == 0 or found.end() == len(text):
        return None
    head, tail = text[: found.start()], text[found.end() :]
    answer = read_turn(parse(head))
    if answer.act is not Act.PLACE or answer.location is None:
        return None
    turn = read_turn(parse(tail))
    if turn.act is not Act.REPORT or not (turn.substantial and turn.problem):
        return None
    return head, answer.location, tail
