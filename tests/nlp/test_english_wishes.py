"""A proposal written in English is a suggestion, as 建议 and 希望 are."""

import pytest

from nlp import Kind, parse

WISHES = [
    "Suggest putting recycling bins on each floor, right now everything goes into one bin",
    "Would love to see a halal counter in the main dining hall, 很多同学需要",
    "Suggest 在 MPH 门口设一个家长接送区,现在放学车都停在马路上,很乱",
    "hope the library can open longer during exams",
]


@pytest.mark.parametrize("message", WISHES)
def test_an_english_wish_is_a_suggestion(message: str) -> None:
    assert parse(message).kind is Kind.SUGGESTION
