"""`urgency_reading`: what the rules found, for the parser and for a learned model beside them."""

import pytest

from nlp.labels import Urgency
from nlp.normalize import analysis, canonical
from nlp.urgency import CONCEPTS, LOWERINGS, UrgencyReading, assess_urgency, urgency_reading


def _reading(text: str) -> UrgencyReading:
    return urgency_reading(analysis(canonical(text)))


def test_a_message_without_hazards_reads_empty() -> None:
    assert _reading("3号楼502的水龙头坏了") == UrgencyReading(False, (), (), ())


def test_an_urgent_message_names_its_concepts_and_evidence() -> None:
    reading = _reading("宿舍着火了 楼道全是烟")
    assert reading.urgent
    assert reading.concepts == ("fire", "smoke")
    assert reading.evidence == ("着火", "全是烟")
    assert reading.lowered == ()


def test_a_lowered_concept_is_still_named() -> None:
    reading = _reading("插座没有冒烟 就是不通电")
    assert not reading.urgent
    assert reading.concepts == ("smoke",)
    assert reading.lowered == ("smoke:negated",)
    assert reading.evidence == ()


def test_a_concept_is_lowered_only_when_every_mention_is() -> None:
    reading = _reading("刚才没冒烟 现在插座冒烟了")
    assert reading.urgent
    assert "smoke" in reading.concepts
    assert reading.lowered == ()


def test_lowered_and_standing_concepts_are_told_apart() -> None:
    reading = _reading("楼道插座冒烟了 会不会着火啊")
    assert reading.urgent
    assert reading.concepts == ("smoke", "fire")
    assert reading.lowered == ("fire:hypothetical",)
    assert reading.evidence == ("冒烟",)


@pytest.mark.parametrize(
    "text",
    ["宿舍着火了", "插座没有冒烟", "上周着过火现在没事了", "电梯卡住了 里面有人", "热死了", ""],
)
def test_assess_urgency_agrees_with_the_reading(text: str) -> None:
    reading = _reading(text)
    urgency, evidence = assess_urgency(analysis(canonical(text)))
    assert (urgency is Urgency.URGENT) is reading.urgent
    assert evidence == (reading.evidence if reading.urgent else ())


def test_the_feature_vocabulary_holds_every_value_a_reading_gives() -> None:
    samples = [
        "插座没有冒烟",
        "万一着火怎么办",
        "电梯困人 快来",
        "辣到冒烟",
        "上周着过火现在没事了",
    ]
    for text in samples:
        reading = _reading(text)
        assert set(reading.concepts) <= set(CONCEPTS)
        for item in reading.lowered:
            concept, kind = item.split(":")
            assert concept in CONCEPTS and kind in LOWERINGS
    assert {"fire", "lift_trapped", "food_poisoning", "exit_blocked"} <= set(CONCEPTS)
    assert {"negated", "hypothetical", "historical", "figurative", "drill"} <= set(LOWERINGS)


@pytest.mark.parametrize("text", ["着" * 3000, "火" * 2000, "没有" * 1000 + "冒烟", "a" * 5000])
def test_long_odd_input_is_read_without_error(text: str) -> None:
    reading = urgency_reading(text)
    assert isinstance(reading.urgent, bool)
