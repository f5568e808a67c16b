"""A place named in Traditional characters: the bot files it in Simplified (`text`), and the
parser also says how the message wrote it (`written`), which `python -m nlp --jsonl` reports."""

import pytest

from nlp import parse
from nlp.__main__ import as_json


@pytest.mark.parametrize(
    ("message", "text", "written"),
    [
        ("七座二樓男廁爆咗水喉,啲水浸到出走廊", "7座2楼男厕", "7座2樓男廁"),
        ("飯堂啲叉燒飯又貴又細碟", "饭堂", "飯堂"),
        ("學餐二樓的便當越來越難吃", "学餐2楼", "學餐2樓"),
        ("W12三樓嘅茶水間好大陣煤氣味", "W12 3楼茶水间", "W12 3樓茶水間"),
    ],
)
def test_a_traditional_place_is_filed_simplified_and_reported_as_written(
    message: str, text: str, written: str
) -> None:
    location = parse(message).location
    assert location is not None
    assert (location.text, location.written) == (text, written)
    assert as_json(parse(message))["location"] == written


@pytest.mark.parametrize("message", ["3号楼502的水龙头坏了", "Blok C bilik 12 的aircon坏了"])
def test_a_place_written_in_simplified_or_latin_has_one_form(message: str) -> None:
    location = parse(message).location
    assert location is not None and location.written is None
    assert as_json(parse(message))["location"] == location.text
