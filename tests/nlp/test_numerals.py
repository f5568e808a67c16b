"""Chinese numerals: positional numbers, digit-by-digit room numbers, ordinals left as names."""

import pytest

from nlp.location.numerals import arabize, chinese_to_int, read_number


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十三", 23),
        ("九十九", 99),
        ("一百", 100),
        ("一百零五", 105),
        ("三百一十五", 315),
        ("两", 2),
        ("零", 0),
    ],
)
def test_positional_numeral_has_its_value(numeral: str, value: int) -> None:
    assert chinese_to_int(numeral) == value


def test_text_that_is_not_a_numeral_is_refused() -> None:
    with pytest.raises(ValueError, match="not a Chinese numeral"):
        chinese_to_int("三楼")


@pytest.mark.parametrize(
    ("number", "digits"),
    [
        ("五零二", "502"),  # a room read digit by digit
        ("一一二", "112"),
        ("六一七", "617"),
        ("一二零三", "1203"),
        ("幺零八", "108"),  # 幺 is how 1 is read out in a number
        ("〇五", "05"),
        ("十二", "12"),  # a unit character makes it positional
        ("二十三", "23"),
        ("十", "10"),
        ("三", "3"),
        ("502", "502"),  # already Arabic
    ],
)
def test_number_is_read_the_way_it_was_said(number: str, digits: str) -> None:
    assert read_number(number) == digits


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        ("三号楼五零二", "3号楼502"),
        ("十二栋四零八", "12栋408"),
        ("二十三号楼一一二", "23号楼112"),
        ("四教302", "4教302"),
        ("一食堂二楼", "1食堂2楼"),
        ("第一食堂二楼", "第一食堂2楼"),  # 第一 names the canteen
        ("第三教学楼", "第三教学楼"),
        ("行政楼", "行政楼"),
    ],
)
def test_span_gets_arabic_numerals_except_in_ordinal_names(span: str, expected: str) -> None:
    assert arabize(span) == expected
