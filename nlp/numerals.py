"""Chinese numerals → Arabic, applied only to the pieces of text the location grammar matched.

Two ways of reading coexist in addresses: a building or floor number is said positionally
(十二栋, 二十三号楼), a room number digit by digit (五零二, 一一二, 六一七). A run with a
unit character (十, 百, 千) is positional; a run without one is a digit string.
"""

import re

CHINESE_DIGITS = "零〇一二两三四五六七八九幺"
CHINESE_UNITS = "十百千"
_DIGIT_VALUE = {
    "零": 0, "〇": 0, "一": 1, "幺": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_UNIT_VALUE = {"十": 10, "百": 100, "千": 1000}
_CHINESE_RUN = re.compile(f"[{CHINESE_DIGITS}{CHINESE_UNITS}]+")


def chinese_to_int(numeral: str) -> int:
    """Positional value of a Chinese numeral: 十二 → 12, 二十三 → 23, 一百零五 → 105."""
    total = 0
    pending = 0
    for char in numeral:
        if char in _DIGIT_VALUE:
            pending = _DIGIT_VALUE[char]
        elif char in _UNIT_VALUE:
            # A leading unit has an implied one: 十二 is 12, not 2.
            total += (pending or 1) * _UNIT_VALUE[char]
            pending = 0
        else:
            raise ValueError(f"not a Chinese numeral: {numeral!r}")
    return total + pending


def read_number(number: str) -> str:
    """Arabic digits for a number written in either script; a digit string keeps its zeros."""
    if number.isascii():
        return number
    if any(char in _UNIT_VALUE for char in number):
        return str(chinese_to_int(number))
    return "".join(str(_DIGIT_VALUE[char]) for char in number)


def arabize(span: str) -> str:
    """Rewrite every Chinese numeral run in `span`, except an ordinal that names a place.

    第一食堂 is the canteen's name, so a run right after 第 stays as written.
    """

    def rewrite(match: re.Match[str]) -> str:
        start = match.start()
        if start and span[start - 1] == "第":
            return match.group(0)
        return read_number(match.group(0))

    return _CHINESE_RUN.sub(rewrite, span)
