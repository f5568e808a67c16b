"""`parse`: one message in, everything the bot needs to know about it out."""

import re
from functools import lru_cache

from nlp.classify.features import features_of, hazard_features, tokens
from nlp.classify.lexicon import lexicon_features
from nlp.classify.model import Classifiers, Prediction, load
from nlp.homophones import correct as correct_homophones
from nlp.labels import Category, Kind, Urgency
from nlp.loading import collector_paused
from nlp.location import find_location
from nlp.models import Location, ParsedMessage
from nlp.normalize import canonical, in_senders_script, rewritten
from nlp.smalltalk import is_small_talk
from nlp.timeexpr import find_time
from nlp.urgency import UrgencyReading, urgency_reading

# A report is a few sentences; past this it is a pasted document, and parsing all of it would
# let one message cost as much as thousands. The head carries what the sender wants.
MAX_CHARS = 2000
# The learned urgency model raises urgency on its own from this probability. It was chosen
# by cross-validation on nlp/data (`python -m nlp.classify.train --cv`): missing an emergency is the
# worst mistake, so the threshold sits low, where false alarms stay rare.
URGENT_PROBABILITY = 0.4
# Without any hazard the rules recognise, the model alone must be surer: a message with few
# words ("在18號樓215") sits near the model's prior, and a place is no emergency. On the held-out
# sets scored so far the rules see all but a few emergencies; between 0.4 and 0.6 the model
# alone raised eleven false alarms to one emergency the rules now see themselves.
URGENT_PROBABILITY_ALONE = 0.6
_MIN_WORDS_ALONE = 3
_MODEL_EVIDENCE = "整体描述像紧急情况"
_CJK = re.compile("[\u4e00-\u9fff]")
# The classifiers' labels as members: a dict lookup costs a fifth of calling the enum.
_KINDS = {kind.value: kind for kind in Kind}
_CATEGORIES = {category.value: category for category in Category}


@lru_cache(maxsize=1)
def _classifiers() -> Classifiers:
    with collector_paused():  # reading the weights builds tens of thousands of lists
        return load()


def parse(text: str) -> ParsedMessage:
    truncated = len(text) > MAX_CHARS
    canon = canonical(text[:MAX_CHARS])
    before_mending = rewritten(canon)
    analysed = correct_homophones(before_mending)
    # Places are read from the canonical form with its slips mended; where the analysis form
    # rewrote nothing (no Cantonese, no English, no capitals) that is the analysis form.
    mended = analysed if before_mending == canon else correct_homophones(canon)
    folded_words = tokens(analysed)
    lexicon = lexicon_features(analysed)
    reading = urgency_reading(analysed)
    predicted = _classifiers().predict(features_of(folded_words, lexicon, hazard_features(reading)))
    kind = predicted.kind
    location = find_location(mended)
    place = location.text.lower() if location else ""
    urgency, urgency_evidence = _urgency(reading, predicted.urgent, folded_words, place)
    kind_label = _kind(kind.label, kind.confidence, urgency, reading, lexicon, analysed)
    small_talk = is_small_talk(analysed, folded_words)
    category = _category(predicted.category, urgency, lexicon, reading, analysed)
    # Every value below is already typed and checked; validating it again costs ~5 µs.
    return ParsedMessage.trusted(
        original=text,
        normalized=canon,
        kind=Kind.INQUIRY if small_talk else kind_label,
        kind_confidence=kind.confidence,
        category=Category.OTHER if small_talk else category,
        category_confidence=predicted.category.confidence,
        category_evidence=() if small_talk else predicted.category.evidence,
        urgency=urgency,
        urgency_evidence=urgency_evidence,
        location=_as_written(location, text) if location is not None else None,
        time_text=find_time(canon),
        is_small_talk=small_talk,
        truncated=truncated,
    )


def _as_written(location: Location, original: str) -> Location:
    written = in_senders_script(location.text, original)
    if written == location.text:
        return location
    return location.model_copy(update={"written": written})


def _urgency(
    reading: UrgencyReading, probability: float, words: list[str], place: str
) -> tuple[Urgency, tuple[str, ...]]:
    """Either the rules or the learned model can raise urgency; a modifier lowers it only where
    its scope covers every hazard the message names ("没有冒烟" / "上周着过火现在没事了")."""
    if reading.urgent:
        return Urgency.URGENT, reading.evidence
    all_lowered = bool(reading.concepts) and len(reading.lowered) == len(reading.concepts)
    if not reading.concepts and (
        probability < URGENT_PROBABILITY_ALONE or _content_words(words, place) < _MIN_WORDS_ALONE
    ):
        return Urgency.NORMAL, ()
    if probability >= URGENT_PROBABILITY and not all_lowered:
        return Urgency.URGENT, (_MODEL_EVIDENCE,)
    return Urgency.NORMAL, ()


# The team each danger is for (TAXONOMY's "covers"): a burst pipe is water's, someone shut in
# a lift the lift team's, a suspected food poisoning the canteen's; fire, smoke, gas, threats
# and injuries are security's. A danger with no team here (a thing about to fall) goes by the
# object it names.
_DANGER_TEAMS: dict[str, tuple[Category, ...]] = {
    "flooding": (Category.WATER,),
    "water_on_electrics": (Category.WATER, Category.ELECTRIC),
    "lift_trapped": (Category.ELEVATOR,),
    "food_poisoning": (Category.CANTEEN,),
    # Fumes that a stopped fume hood or exhaust fan leaves in a lab (TAXONOMY: hvac covers
    # exhaust fans in labs).
    "failed_extraction": (Category.HVAC,),
    "sparks": (Category.ELECTRIC,),
    "burnt_wiring": (Category.ELECTRIC,),
    "electric_shock": (Category.ELECTRIC,),
    "exposed_wire": (Category.ELECTRIC,),
    **{
        concept: (Category.SECURITY,)
        for concept in (
            "fire",
            "smoke",
            "burning_smell",
            "gas_leak",
            "fire_alarm",
            "chemical",
            "trapped",
            "injury",
            "medical",
            "stranger_threat",
            "violence",
            "exit_blocked",
            "self_harm",
            "missing_person",
        )
    },
}


_SMOKE = frozenset({"smoke", "burning_smell"})
# Teams that run a place or a service rather than mend or guard it.
_MANAGING = frozenset({Category.DORM, Category.OTHER})
_UNSURE_COMPLAINT = 0.6
_UNANSWERED_REPORT = re.compile(
    r"报(?:了|过|修了|修过|修)[^,.!?;。!?]{0,10}?(?:没人来|没有人来|没人修|没人管|没人理|还没修|没来修|没修|没动静)"
    # "空调坏一礼拜了…咋还没人管呢": still nobody, said of the broken thing itself.
    r"|(?:还|一直|咋还|怎么还)(?:是)?没(?:有)?人(?:来修|管|修)"
)
# The teams whose objects are mended, not run or served.
_MENDED = frozenset(
    {
        Category.WATER,
        Category.ELECTRIC,
        Category.HVAC,
        Category.NETWORK,
        Category.FURNITURE,
        Category.ELEVATOR,
        Category.TEACHING,
    }
)
_RUN_NOT_GUARDED = _MANAGING | {Category.CANTEEN, Category.CLEANING}
_FIRE_AND_GAS = frozenset({"fire", "smoke", "burning_smell", "gas_leak", "fire_alarm"})
_VEHICLE_BATTERY = re.compile("电动车|电瓶车|电瓶|电单车|摩托|机车|e-bike|ebike|scooter")
_WIRING = frozenset({"burnt_wiring", "exposed_wire", "electric_shock"})
_WATER_DANGERS = frozenset({"flooding", "water_on_electrics"})
# Where leaking water comes from, the likelier first: an air conditioner's drip, else a pipe.
_WATER_SOURCES = (Category.HVAC, Category.WATER)


# Dangers from people, which only the guards can end.
_GUARDED_DANGERS = frozenset({"stranger_threat", "violence", "missing_person", "self_harm"})


# Dangers to people where nothing need be broken: a stranger, a fight, an injury, someone
# unwell, a suspected food poisoning, a locked exit, someone at risk.
_PEOPLE_DANGERS = frozenset(
    {
        "stranger_threat",
        "violence",
        "injury",
        "medical",
        "food_poisoning",
        "exit_blocked",
        "self_harm",
        "missing_person",
    }
)


def _kind(
    label: str,
    confidence: float,
    urgency: Urgency,
    reading: UrgencyReading,
    lexicon: list[str],
    analysed: str,
) -> Kind:
    """TAXONOMY: a broken thing is a repair; else an unhappy report is a complaint. A danger to
    people that names no fault ("有个陌生人一直跟着女生") is not a repair however urgent."""
    kind = _KINDS[label]
    if (
        kind is Kind.REPAIR
        and urgency is Urgency.URGENT
        and (present := _present(reading))
        and _PEOPLE_DANGERS.issuperset(present)
        and "q:fault" not in lexicon
    ):
        return Kind.COMPLAINT
    # An angry report of a thing a trade mends, where the model hesitates, is that thing's
    # repair ("空调坏一礼拜了,咋还没人管呢"): TAXONOMY's first rule.
    # However sure the model is, anger at a report nobody came for ("报了三次了都没人来") is
    # still that thing's repair: it is still broken and someone must still go.
    if (
        kind is Kind.COMPLAINT
        and (confidence < _UNSURE_COMPLAINT or _UNANSWERED_REPORT.search(analysed))
        and "q:fault" in lexicon
        and not _MENDED.isdisjoint(_objects_in_order(lexicon))
    ):
        return Kind.REPAIR
    return kind


def _present(reading: UrgencyReading) -> set[str]:
    """The dangers not lowered by a modifier ("万一着火" is a worry, not a fire)."""
    lowered = {entry.partition(":")[0] for entry in reading.lowered}
    return set(reading.concepts) - lowered


def _objects_in_order(lexicon: list[str]) -> list[Category]:
    """The teams of the objects the message names, first named first."""
    return [_CATEGORIES[f[2:]] for f in lexicon if f.startswith("o:") and f[2:] in _CATEGORIES]


def _content_words(words: list[str], place: str) -> int:
    """Words that say something to the model: Chinese (what analysis made of English campus
    words too), not digits (folded to 0), not single characters. English the model never
    learned leaves it near its prior, which the balanced urgency head puts close to 0.5."""
    # The words that name the place say nothing of a danger: "学生餐厅二楼厨房后面" is where.
    return sum(
        1 for w in words if len(w) > 1 and "0" not in w and _CJK.search(w) and w not in place
    )


def _category(
    predicted: Prediction,
    urgency: Urgency,
    lexicon: list[str],
    reading: UrgencyReading,
    analysed: str,
) -> Category:
    """An emergency goes to the team its danger is for, unless the classifier's team is one
    of those or names the object in danger (a sparking socket is electric's, a burning smell
    from the wiring too). An emergency that names neither a danger with a team nor an object
    of another team is security's."""
    chosen = _CATEGORIES[predicted.label]
    if urgency is not Urgency.URGENT:
        return chosen
    # The learned model alone found it urgent: no danger the rules know names a team, so the
    # classifier's team, which read the whole message, stands ("排风坏了 好几个同学头晕" is the
    # ventilation's, "吃完午餐个个肚痛" the canteen's).
    if not reading.concepts and chosen is not Category.OTHER:
        return chosen
    # A battery smoking on an e-bike is a fire to put out, not wiring to mend (a charging pile's
    # sparking cable stays the electricians').
    fire_or_gas = not _FIRE_AND_GAS.isdisjoint(reading.concepts)
    if (
        fire_or_gas
        and not _WIRING.intersection(reading.concepts)
        and _VEHICLE_BATTERY.search(analysed) is not None
    ):
        return Category.SECURITY
    # A threat to people is the guards' whatever it names: the window an intruder shines a
    # torch through is no carpenter's job.
    present = _present(reading)
    if present and _GUARDED_DANGERS.issuperset(present):
        return Category.SECURITY
    # Sparks where nothing electric is named are a fire's (a cigarette's 火星子 in a bin).
    electric = (
        f"o:{Category.ELECTRIC.value}" in lexicon or f"p:{Category.ELECTRIC.value}" in lexicon
    )
    fire_sparks = fire_or_gas and not electric
    teams = [
        team
        for concept in reading.concepts
        if not (concept == "sparks" and fire_sparks)
        for team in _DANGER_TEAMS.get(concept, ())
    ]
    # The dangers' own trades, security being every danger's team of last resort.
    specific = [team for team in teams if team is not Category.SECURITY]
    # A gas smell is security's (TAXONOMY) whatever the room holds: the heater of a shower
    # room, the lights the sender dares not switch on.
    if "gas_leak" in reading.concepts and not specific and "gas_leak" in present:
        return Category.SECURITY
    in_order = _objects_in_order(lexicon)
    objects = {team.value for team in in_order}
    smoke = bool(_SMOKE.intersection(reading.concepts))
    if chosen is Category.SECURITY:
        # Security is every danger's team of last resort; a danger that names its own team
        # (people shut in a lift, a burst pipe) is sent where it can be ended. Smoke or a
        # burning smell from wiring is the electricians' (TAXONOMY).
        if specific:
            return specific[0]
        if electric and smoke:
            return Category.ELECTRIC
        # A thing about to fall or give way (a window frame, a railing) is the team's that
        # fixes that thing: the danger itself names no team.
        named = [c for c in in_order if c is not Category.SECURITY]
        present = present or set(reading.concepts)
        if named and present and not any(c in _DANGER_TEAMS for c in present):
            return named[0]
    # Water running onto equipment is stopped where it comes from: a pipe is water's (the
    # instruments it drips on are not), an air conditioner the air-conditioning team's.
    if _WATER_DANGERS.intersection(reading.concepts) and chosen not in _WATER_SOURCES:
        source = next((c for c in _WATER_SOURCES if c.value in objects), None)
        if source is not None:
            return source
    # A team that manages a place (a dormitory's laundry room) ends no danger in it: sparks or
    # water on a plug there are the trade's whose danger it is.
    if chosen in _MANAGING and specific:
        return specific[0]
    # Nor do the cooks or the cleaners put out a fire or stop a gas leak where they work (油锅
    # 起火 in a canteen's kitchen is security's, as TAXONOMY says of fire, smoke and gas).
    if chosen in _RUN_NOT_GUARDED and not specific and fire_or_gas:
        return Category.SECURITY
    # Smoke from a switch room is the electricians' (TAXONOMY: burning smell from wiring).
    if chosen is Category.ELECTRIC and smoke and f"p:{Category.ELECTRIC.value}" in lexicon:
        return chosen
    if chosen in teams or (chosen.value in objects and chosen is not Category.OTHER):
        return chosen
    if teams:
        return teams[0]
    if not objects - {Category.SECURITY.value}:
        return Category.SECURITY
    return chosen


def warm_up() -> None:
    """Load the dictionary and weights now, so the first user does not wait for them."""
    parse("3号楼502的水龙头坏了")
