"""A gas smell is security's (TAXONOMY), whatever the room holds and whatever the sender dares
not switch on."""

import pytest

import nlp


@pytest.mark.parametrize(
    "text",
    [
        "男二舍三樓浴室熱水器那邊有很濃的瓦斯味,我們先把窗戶打開了,拜託快點派人來",
        "一进单元门就闻到一股很冲的煤气味,越往三楼越浓,我们不敢开灯也不敢打火,请赶紧派人来",
    ],
)
def test_a_gas_smell_is_urgent_and_security_s(text: str) -> None:
    parsed = nlp.parse(text)
    assert (parsed.urgency, parsed.category) == (nlp.Urgency.URGENT, nlp.Category.SECURITY)


def test_a_smoking_switch_cabinet_is_the_electricians() -> None:
    parsed = nlp.parse("实训楼二号车间那台配电柜在冒烟 一股塑料烧糊的味儿 师傅快来")
    assert (parsed.urgency, parsed.category) == (nlp.Urgency.URGENT, nlp.Category.ELECTRIC)
