"""ConText (Chapman et al. 2007; medspaCy) for urgency: a modifier lowers only the triggers
within its scope.

Each trigger a message holds is read once. A trigger that needs partner words (漏水 near a
socket) counts only where they stand close enough and are not themselves denied ("里面没人").
Then every LOWER modifier whose scope reaches it (negated, feared, over, staged, figurative…)
lowers it, unless a RAISE modifier that also reaches it takes that kind back: "昨天插座冒火花
现在还在冒" is historical, taken back by 还在. Scopes end where the modifier's reach ends (a
clause, a sentence, the message) and after `span` characters; a clause also ends at a
terminator such as 但是, so "没有冒烟,但是插座一直在冒火花" keeps its sparks.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from nlp.urgency.scan import Hit, Role, TermIndex, outermost, unblocked, uncovered
from nlp.urgency.terms import Direction, Modifier, Reach, Requirement, Rules, Scope, Trigger

CLAUSE_BREAKS = frozenset(" \t\n,，。.!！?？;；~～…、:：()（）[]【】「」\"'")
SENTENCE_BREAKS = frozenset("。.!！?？;；\n")
_BREAKS = {Reach.CLAUSE: CLAUSE_BREAKS, Reach.SENTENCE: SENTENCE_BREAKS}
# A partner word only says what is there when it is not itself denied or feared: "差点砸到人".
_PARTNER_DENIALS = frozenset({"negated", "hypothetical"})
# The terminators that open another matter of the message ("还有", "另外"): a trigger's partner
# words are not read across them.
_ANOTHER_MATTER = "another_matter"

Parts = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Mention:
    trigger: Trigger
    start: int
    end: int
    parts: Parts  # the trigger and the partner words it needed
    lowered_by: tuple[Modifier, ...]  # every modifier that lowers it, in reading order
    raised_by: tuple[Modifier, ...]  # the RAISE modifiers that took a lowering back


@dataclass(slots=True)
class _Context:
    """The terms around a message's triggers, sorted by role."""

    pseudos: list[Hit]
    companions: list[Hit]
    modifiers: list[Hit]
    blockers: list[Hit]  # modifier pseudos


class Reader:
    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        # Triggers are searched first, alone: most messages hold none, and for them nothing
        # else is looked for.
        self._triggers = TermIndex(
            (s, Role.TRIGGER, i) for i, t in enumerate(rules.triggers) for s in t.forms
        )
        # Requirements are numbered across all triggers; a companion hit carries its number.
        self._requirements = [need for t in rules.triggers for need in t.requires]
        self._needs: list[tuple[int, ...]] = []
        for trigger in rules.triggers:
            first = sum(len(numbers) for numbers in self._needs)
            self._needs.append(tuple(range(first, first + len(trigger.requires))))
        # The triggers each modifier may modify (None: all), so that a message's modifiers
        # for absent triggers are dropped as they are found.
        self._reads = [
            None
            if not m.applies_to
            else frozenset(
                i
                for i, t in enumerate(rules.triggers)
                if t.id in m.applies_to or t.concept in m.applies_to
            )
            for m in rules.modifiers
        ]
        partners = [
            (s, Role.COMPANION, n) for n, need in enumerate(self._requirements) for s in need.terms
        ]
        self._context = TermIndex(
            [(s, Role.TRIGGER_PSEUDO, -1) for p in rules.trigger_pseudos for s in p.forms]
            + [(s, Role.MODIFIER, i) for i, m in enumerate(rules.modifiers) for s in m.forms]
            + [(s, Role.MODIFIER_PSEUDO, -1) for p in rules.modifier_pseudos for s in p.forms]
            + partners
        )
        # Half the messages with a trigger hold only triggers that need partner words, and
        # most lack them ("漏水" with no socket near): a small index of those words rules such
        # a message out before the modifiers are looked for.
        self._partners_only = TermIndex(partners)

    def mentions(self, text: str) -> list[Mention]:
        """Every trigger of `text` that counts, with the modifiers that lower it, if any."""
        found = self._triggers.spans(text)
        if not found:
            return []
        candidates = [Hit(start, end, role, i) for start, end, refs in found for role, i in refs]
        if not self._may_count(text, candidates):
            return []
        around = self._context_of(text, {h.entry for h in candidates})
        candidates = unblocked(candidates, around.pseudos)
        # A trigger that needs partner words claims the shorter triggers inside it only once
        # it has them: "被困在里面" needs a lift to be a lift's, and is still "困在里面".
        candidates = outermost(candidates, [h for h in candidates if not self._needs[h.entry]])
        if not candidates:
            return []
        companions = unblocked(around.companions, around.pseudos)
        modifiers = unblocked(around.modifiers, around.blockers)
        # A longer modifier claims a shorter one only where it reads every trigger ("现在没事"
        # holds 现在), not where it reads a few: "没有冒烟" denies a burnt socket's smoke and,
        # through its 没有, the smoke itself.
        modifiers = outermost(modifiers, [h for h in modifiers if self._reads[h.entry] is None])
        stops = [h for h in modifiers if self._modifier(h).direction is Direction.TERMINATE]
        # "水箱一直漏水,还有房间盏灯闪": a word past "还有" belongs to another matter.
        apart = [h for h in stops if self._modifier(h).kind == _ANOTHER_MATTER]
        free = uncovered(modifiers, candidates)
        parts: dict[Hit, Parts] = {}
        for hit in candidates:
            found_parts = self._partners(text, hit, companions, free, stops, apart)
            if found_parts is not None:
                parts[hit] = found_parts
        triggers = outermost(list(parts))
        # A trigger holds the modifiers inside it: "没有意识" is not denied by its 没有.
        modifiers = uncovered(modifiers, triggers)
        mentions = []
        for hit in sorted(triggers):
            trigger = self.rules.triggers[hit.entry]
            lowered, raised = self._lowering(text, hit, trigger, modifiers, stops)
            mentions.append(Mention(trigger, hit.start, hit.end, parts[hit], lowered, raised))
        return mentions

    def _may_count(self, text: str, candidates: Sequence[Hit]) -> bool:
        """Whether some candidate needs no partner words, or has all of them near it (before
        pseudos and denials are read, which can only take partners away)."""
        if any(not self._needs[h.entry] for h in candidates):
            return True
        wanted = {n for h in candidates for n in self._needs[h.entry]}
        words: dict[int, list[tuple[int, int]]] = {}
        for start, end, refs in self._partners_only.spans(text):
            for _, number in refs:
                if number in wanted:
                    words.setdefault(number, []).append((start, end))
        return any(
            all(
                any(_near(h, start, end, self._requirements[n]) for start, end in words.get(n, ()))
                for n in self._needs[h.entry]
            )
            for h in candidates
        )

    def _context_of(self, text: str, triggers: set[int]) -> _Context:
        """The pseudos, modifiers and partner words of `text` that bear on these triggers."""
        wanted = {n for i in triggers for n in self._needs[i]}
        around = _Context([], [], [], [])
        for start, end, refs in self._context.spans(text):
            for role, index in refs:
                if role is Role.MODIFIER:
                    reads = self._reads[index]
                    if reads is None or not reads.isdisjoint(triggers):
                        around.modifiers.append(Hit(start, end, role, index))
                elif role is Role.COMPANION:
                    if index in wanted:
                        around.companions.append(Hit(start, end, role, index))
                elif role is Role.TRIGGER_PSEUDO:
                    around.pseudos.append(Hit(start, end, role, index))
                else:
                    around.blockers.append(Hit(start, end, role, index))
        return around

    def _modifier(self, hit: Hit) -> Modifier:
        return self.rules.modifiers[hit.entry]

    def _partners(
        self,
        text: str,
        hit: Hit,
        companions: Sequence[Hit],
        modifiers: Sequence[Hit],
        stops: Sequence[Hit],
        apart: Sequence[Hit],
    ) -> Parts | None:
        parts = [(hit.start, hit.end)]
        for number in self._needs[hit.entry]:
            need = self._requirements[number]
            partner = next(
                (
                    c
                    for c in companions
                    if c.entry == number
                    and _near(hit, c.start, c.end, need)
                    and not (need.same_matter and apart and _between(apart, hit, c))
                    and not self._denied(text, c, modifiers, stops)
                ),
                None,
            )
            if partner is None:
                return None
            parts.append((partner.start, partner.end))
        return tuple(parts)

    def _denied(self, text: str, word: Hit, modifiers: Sequence[Hit], stops: Sequence[Hit]) -> bool:
        # A partner word holds the modifiers inside it, as a trigger does: the 差点 of
        # "差点砸到学生" says people are below, it denies nothing.
        return any(
            not (word.start <= hit.start and hit.end <= word.end)
            and (modifier := self._modifier(hit)).direction is Direction.LOWER
            and not modifier.applies_to
            and modifier.kind in _PARTNER_DENIALS
            and reaches(text, hit, modifier, word, stops)
            for hit in modifiers
        )

    def _lowering(
        self, text: str, hit: Hit, trigger: Trigger, modifiers: Sequence[Hit], stops: Sequence[Hit]
    ) -> tuple[tuple[Modifier, ...], tuple[Modifier, ...]]:
        lowering: list[Modifier] = []
        raising: list[Modifier] = []
        for m in modifiers:
            modifier = self._modifier(m)
            reads = self._reads[m.entry]
            if modifier.direction is Direction.TERMINATE or (
                reads is not None and hit.entry not in reads
            ):
                continue
            if modifier.with_kind and not self._beside(modifier, modifiers):
                continue
            if reaches(text, m, modifier, hit, stops):
                (lowering if modifier.direction is Direction.LOWER else raising).append(modifier)
        if not lowering:
            return (), ()
        cancelled = {kind for r in raising for kind in r.cancels}
        standing = tuple(m for m in lowering if m.firm or m.kind not in cancelled)
        taken_back = {m.kind for m in lowering if not m.firm and m.kind in cancelled}
        return standing, tuple(r for r in raising if r.cancels & taken_back)

    def _beside(self, modifier: Modifier, modifiers: Sequence[Hit]) -> bool:
        """Whether another entry's modifier of the kind `modifier` needs is in the message."""
        return any(
            (other := self._modifier(m)).kind == modifier.with_kind and other.id != modifier.id
            for m in modifiers
        )


def _between(stops: Sequence[Hit], hit: Hit, other: Hit) -> bool:
    """Whether one of `stops` stands between the two words."""
    low, high = (hit.end, other.start) if hit.end <= other.start else (other.end, hit.start)
    return any(low <= stop.start and stop.end <= high for stop in stops)


def _near(hit: Hit, start: int, end: int, need: Requirement) -> bool:
    """Whether a partner word at start:end stands where `need` wants it from the trigger."""
    if end <= hit.start:
        return hit.start - end <= need.before
    if start >= hit.end:
        return start - hit.end <= need.after  # a negative `after`: it must come first
    return True


# "听说昨天 Block 3 有人被困 lift": a space beside English words only spaces them, it ends no
# clause. Only for when and from whom a danger is told: a denial stays within its Chinese words.
_TOLD_OF = frozenset({"historical", "hearsay"})
_LATIN_SPACE = re.compile(r"(?<=[0-9A-Za-z]) +| +(?=[0-9A-Za-z])")


def reaches(text: str, hit: Hit, modifier: Modifier, target: Hit, stops: Sequence[Hit]) -> bool:
    """Whether the modifier at `hit` has `target` in its scope."""
    if hit.start < target.end and target.start < hit.end:
        return True  # "没有意识", "辣到冒烟": the modifier holds the trigger
    if modifier.scope is Scope.SELF:
        return False
    if hit.end <= target.start:
        if modifier.scope is Scope.BACKWARD:
            return False
        low, high = hit.end, target.start
    else:
        if modifier.scope is Scope.FORWARD:
            return False
        low, high = target.end, hit.start
    if high - low > modifier.span:
        return False
    if modifier.reach is Reach.MESSAGE:
        return True
    between = text[low:high]
    if modifier.kind in _TOLD_OF and " " in between:
        between = _LATIN_SPACE.sub("", text[max(0, low - 1) : high + 1])
    if not _BREAKS[modifier.reach].isdisjoint(between):
        return False
    return modifier.reach is not Reach.CLAUSE or not any(
        low <= s.start and s.end <= high for s in stops
    )
