"""English names of campus things and dangers are read into Mandarin in `analysis`, as whole
words; `canonical`, where places are read, keeps English as typed."""

import pytest

from nlp.classify.lexicon import lexicon_features
from nlp.normalize import analysis, canonical


def _analysed(text: str) -> str:
    return analysis(canonical(text))


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("the printer in the library is broken", "the 打印机 in the library is 坏了"),
        ("projector not working", "投影仪 坏了"),
        ("aircon spoilt", "空调 坏了"),
        ("air-con spoil already", "空调 坏了 already"),
        ("air con", "空调"),
        ("aircond", "空调"),
        ("A/C", "空调"),
        ("the lift is stuck", "the 电梯 is 卡住"),
        ("elevator", "电梯"),
        ("Wi-Fi", "无线网络"),
        ("wi fi", "无线网络"),
        ("wifi", "无线网络"),
        ("toilet cannot flush", "厕所 不能 冲水"),
        ("the socket near my bed", "the 插座 near my 床"),
        ("plug", "插头"),
        ("the lights and the lamp", "the 灯 and the 灯"),
        ("fan", "风扇"),
        ("heater", "暖气"),
        ("water heater", "热水器"),
        ("shower", "淋浴"),
        ("tap", "水龙头"),
        ("sink", "水池"),
        ("door lock", "门锁"),
        ("door", "门"),
        ("lock", "锁"),
        ("window", "窗户"),
        ("canteen", "食堂"),
        ("hawker centre", "食堂"),
        ("fire", "着火"),
        ("the bin is on fire", "the 垃圾桶 is 着火"),
        ("smoke", "冒烟"),
        ("gas leak", "燃气泄漏"),
        ("smell gas", "闻到燃气味"),
        ("leak", "漏水"),
        ("flooded", "水淹"),
        ("trapped", "被困"),
        ("stuck in the lift", "被困在电梯里"),
        ("fainted", "晕倒"),
        ("injured", "受伤"),
        ("bleeding", "流血"),
        ("can't", "不能"),
        ("can’t", "不能"),  # a curly apostrophe
        ("cant open", "打不开"),  # or none
        ("we cannot get out", "we 出不来"),
        ("宿舍lift坏了", "宿舍电梯坏了"),  # between Chinese characters
        ("the lift's door", "the 电梯's 门"),
    ],
)
def test_english_is_read_into_mandarin(typed: str, read: str) -> None:
    assert _analysed(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("fire extinguisher expired", "灭火器 expired"),  # not 着火 + extinguisher
        ("fire exit blocked", "安全出口 堵住"),
        ("fire drill", "消防演练"),
        ("smoke detector", "烟雾报警器"),
        ("no smoking", "禁止吸烟"),
        ("pipe burst", "爆管"),
        ("tap card at the gantry", "刷卡 at the 闸机"),  # a card, not a tap
        ("electric leak", "漏电"),  # not electric 漏水
        # Phrases kept as typed, which the urgency rules read in English.
        ("fire alarm ringing", "fire alarm ringing"),
        ("spark plug", "spark plug"),
        ("flooded with emails", "flooded with emails"),
    ],
)
def test_a_compound_is_read_as_one_thing(typed: str, read: str) -> None:
    assert _analysed(typed) == read


@pytest.mark.parametrize(
    "text",
    [
        "firewall",
        "fired",
        "lifting",
        "airlift",
        "spotlight",
        "lightning",
        "backdoor",
        "unlock",
        "tapestry",
        "sinking",
        "gasp",
        "smoked",
        "fanta",
        "locker",
        "windows",
    ],
)
def test_a_word_is_matched_whole(text: str) -> None:
    assert _analysed(text) == text


@pytest.mark.parametrize(
    ("typed", "place"),
    [
        ("Block C 305 lift spoilt", "block c 305"),
        ("LT3 projector not working", "lt3"),
        ("Level 3 toilet flooded", "level 3"),
        ("Room 1203 aircon cannot on", "room 1203"),
    ],
)
def test_places_in_english_stay_as_typed(typed: str, place: str) -> None:
    assert canonical(typed) == typed  # location reads this form
    assert _analysed(typed).startswith(place)


@pytest.mark.parametrize(
    ("typed", "feature"),
    [
        ("fire extinguisher expired", "o:security"),
        ("gas smell in the pantry", "o:security"),
        ("lift stuck", "o:elevator"),
        ("projector spoilt", "o:teaching"),
        ("printer jam", "o:other"),
        ("the aircon is leaking", "o:hvac"),
    ],
)
def test_english_reaches_the_lexicon(typed: str, feature: str) -> None:
    assert feature in lexicon_features(_analysed(typed))
