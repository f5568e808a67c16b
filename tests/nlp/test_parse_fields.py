"""`parse` end to end, one row per message: every field, Simplified, Traditional and Cantonese.

These are sentences written for the tests, not taken from any training or evaluation file.
"""

import pytest

from nlp import Category, Kind, Urgency, parse
from nlp.normalize import analysis, canonical

R, C, S, P, Q = Kind.REPAIR, Kind.COMPLAINT, Kind.SUGGESTION, Kind.PRAISE, Kind.INQUIRY
U, N = Urgency.URGENT, Urgency.NORMAL

ROWS = [
    # text, kind, category, urgency, location text (None: no place)
    ("3号楼502的水龙头坏了，一直在滴水", R, Category.WATER, N, "3号楼502"),
    ("十二栋四零八厕所马桶堵了，冲不下去", R, Category.WATER, N, "12栋408"),
    ("宿舍的灯管一闪一闪的", R, Category.ELECTRIC, N, None),
    ("8号楼305插座冒火花了，快来人！", R, Category.ELECTRIC, U, "8号楼305"),
    ("空调不制冷，吹出来都是热风", R, Category.HVAC, N, None),
    ("9栋317网口坏了，插上网线没反应", R, Category.NETWORK, N, "9栋317"),
    ("5栋402门锁坏了，钥匙拧不动", R, Category.FURNITURE, N, "5栋402"),
    ("二十六号楼电梯卡在四楼和五楼之间，里面有人！", R, Category.ELEVATOR, U, "26号楼"),
    ("三教205的投影仪不亮，马上要上课了", R, Category.TEACHING, N, "3教205"),
    ("二食堂的菜太咸了", C, Category.CANTEEN, N, "第二食堂"),
    ("楼下的垃圾桶满了好几天没人清", C, Category.CLEANING, N, None),
    ("五号楼三楼着火了，有浓烟！", None, Category.SECURITY, U, "5号楼3楼"),
    ("图书馆前面那条路有个大坑，下雨就积水", R, Category.GROUNDS, N, "图书馆前面"),
    ("隔壁寝室天天半夜打游戏大喊大叫", C, Category.DORM, N, None),
    ("建议图书馆延长开放时间", S, None, N, "图书馆"),
    ("谢谢王师傅，晚上十点还来帮我们修好了水管", P, None, N, None),
    ("请问周末食堂几点开门？", Q, Category.CANTEEN, N, "食堂"),
    # Traditional Chinese and Cantonese
    ("圖書館2樓的飲水機漏水，地板濕濕的", R, Category.WATER, N, "图书馆2楼"),
    ("冷氣壞咗三日都冇人嚟整，熱到瞓唔著", R, Category.HVAC, N, None),
    ("宿舍網路好慢，一直斷線", None, Category.NETWORK, N, None),
    ("救命，我困咗喺電梯入面，門打唔開", R, Category.ELEVATOR, U, None),
    # negation and worry: the danger is not present
    ("插座没有冒烟，就是插上没电", R, Category.ELECTRIC, N, None),
    ("路灯不亮很危险，女生晚上不敢走", None, Category.ELECTRIC, N, None),
    ("听说电线老化容易着火，是真的吗", Q, None, N, None),
]


@pytest.mark.parametrize(("text", "kind", "category", "urgency", "location"), ROWS)
def test_parse_reads_every_field(
    text: str, kind: Kind | None, category: Category | None, urgency: Urgency, location: str | None
) -> None:
    parsed = parse(text)
    if kind is not None:
        assert parsed.kind is kind
    if category is not None:
        assert parsed.category is category
    assert parsed.urgency is urgency
    place = parsed.location if parsed.location and not parsed.location.vague else None
    assert (place.text if place else None) == location
    assert not parsed.is_small_talk
    assert 0.0 < parsed.kind_confidence <= 1.0


def test_the_category_comes_with_the_words_that_decided_it() -> None:
    parsed = parse("3号楼502的水龙头坏了")
    assert "水龙头" in parsed.category_evidence


def test_urgency_says_what_made_it_urgent() -> None:
    parsed = parse("宿舍里有股烧焦的味道，插座在冒烟")
    assert parsed.urgency is Urgency.URGENT
    assert parsed.urgency_evidence


def test_time_is_kept_as_written() -> None:
    assert parse("从上周开始热水就不热了").time_text == "从上周开始"
    assert parse("昨晚十点宿舍停电了").time_text is not None
    assert parse("水龙头坏了").time_text is None


def test_the_original_text_is_kept_for_display() -> None:
    text = "圖書館２樓的飲水機漏水"
    parsed = parse(text)
    assert parsed.original == text
    assert parsed.normalized == "图书馆2楼的饮水机漏水"


@pytest.mark.parametrize(
    ("typed", "canonical_form"),
    [
        ("ＡＢＣ１２３", "ABC123"),  # full-width → half-width
        ("網路", "网络"),  # Traditional → Simplified, with mainland vocabulary
        ("一直在滴水", "一直在滴水"),  # numerals outside a place stay as written
        ("a\u200bb\u0000c", "abc"),  # control and zero-width characters go
    ],
)
def test_canonical_form(typed: str, canonical_form: str) -> None:
    assert canonical(typed) == canonical_form


@pytest.mark.parametrize(
    ("typed", "analysed"),
    [
        ("冇人嚟整", "没人来整"),  # Cantonese function words → Mandarin
        ("xishoujian的shuilongtou", "洗手间的水龙头"),  # pinyin names of campus things
        ("the wifi is down", "the 无线网络 is down"),  # English names of campus things
    ],
)
def test_analysis_form(typed: str, analysed: str) -> None:
    assert analysis(canonical(typed)) == analysed


@pytest.mark.parametrize(
    "text",
    ["有人在楼下烧东西，烟很大，都飘进楼道了", "有个陌生男的一直跟着女生走，手里拿着刀"],
)
def test_an_emergency_naming_no_object_goes_to_security(text: str) -> None:
    parsed = parse(text)
    assert parsed.urgency is Urgency.URGENT
    assert parsed.category is Category.SECURITY


def test_an_emergency_of_a_broken_object_goes_by_the_object() -> None:
    assert parse("8号楼305插座冒火花了").category is Category.ELECTRIC


@pytest.mark.parametrize(
    ("typed", "analysed"),
    [("wang luo duan le", "网络 断了"), ("kong tiao huai le", "空调 坏了")],
)
def test_pinyin_is_read_with_or_without_spaces(typed: str, analysed: str) -> None:
    assert analysis(canonical(typed)) == analysed
