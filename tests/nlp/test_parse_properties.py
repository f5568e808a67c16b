"""`parse` never raises, whatever `str` it is given, and says when it read only the head."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nlp import Category, Kind, ParsedMessage, Urgency, parse
from nlp.parser import MAX_CHARS

_ALPHABETS = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8")),
    st.text(
        alphabet=st.sampled_from(
            "水龙头坏了電梯冒煙着火🔥😭🥶\u0000\u200b\n\t #-号楼栋层室0123456789一二三十百"
        )
    ),
    st.text(alphabet=st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)),
    st.text(alphabet=st.characters(categories=["Cc", "Cf", "Zs", "Co"])),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ALPHABETS)
def test_parse_accepts_any_string(text: str) -> None:
    parsed = parse(text)
    assert isinstance(parsed, ParsedMessage)
    assert parsed.original == text
    assert parsed.kind in Kind
    assert parsed.category in Category
    assert parsed.urgency in Urgency
    assert 0.0 < parsed.kind_confidence <= 1.0
    assert 0.0 < parsed.category_confidence <= 1.0


def test_empty_message_is_small_talk() -> None:
    parsed = parse("")
    assert parsed.is_small_talk
    assert parsed.location is None


def test_very_long_message_is_parsed_on_its_head_and_says_so() -> None:
    text = "3号楼502的水龙头坏了,一直在滴水。" + "啊" * 20_000
    parsed = parse(text)
    assert parsed.truncated
    assert parsed.original == text
    assert parsed.kind is Kind.REPAIR
    assert parsed.category is Category.WATER
    assert parsed.location is not None and parsed.location.text.startswith("3号楼")


def test_a_message_at_the_limit_is_not_truncated() -> None:
    assert not parse("灯坏了" + "。" * (MAX_CHARS - 3)).truncated
