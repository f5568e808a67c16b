"""Chinese numerals → Arabic, applied only to the pieces of text the location grammar matched.

Two ways of reading coexist in addresses: a building or floor number is said positionally
(十二栋, 二十三号楼), a room number digit by digit (五零二, 一一二, 六一七). A run with a
unit character (十, 百, 千) is positional; a run without one is a digit string, whose
leading zeros are kept. cn2an reads both ("normal" and "direct" modes); a place holds few
distinct numbers, so each reading is cached: cn2an's own checks cost ~25 µs a call.
"""

import re
from functools import lru_cache

import cn2an  # type: ignore[import-untyped]

CHINESE_DIGITS = "零〇一二两三四五六七八九幺"
CHINESE_UNITS = "十百千"
_CHINESE_RUN = re.compile(f"[{CHINESE_DIGITS}{CHINESE_UNITS}]+")
_NUMERAL = frozenset(CHINESE_DIGITS + CHINESE_UNITS)


@lru_cache(maxsize=1024)
def chinese_to_int(numeral: str) -> int:
    """Positional value of a Chinese numeral: 十二 → 12, 二十三 → 23, 一百零五 → 105."""
    # cn2an also reads Arabic digits, 万, 点 and 负; an address number is none of those.
    if not numeral or not _NUMERAL.issuperset(numeral):
        raise ValueError(f"not a Chinese numeral: {numeral!r}")
    try:
        value = cn2an.cn2an(numeral, "normal")
    except (ValueError, KeyError, IndexError) as error:
        # cn2an refuses a malformed numeral (十十五) with any of these.
        raise ValueError(f"not a Chinese numeral: {numeral!r}") from error
    return int(value)


@lru_cache(maxsize=1024)
def read_number(number: str) -> str:
    """Arabic digits for a number written in either script; a digit string keeps its zeros.

    ValueError for a run of numerals that is no number (十百, 百百)."""
    if number.isascii():
        return number
    if any(char in CHINESE_UNITS for char in number):
        return str(chinese_to_int(number))
    digits: str = cn2an.cn2an(number, "direct")
    return digits


def arabize(span: str) -> str:
    """Rewrite every Chinese numeral run in `span`, except an ordinal that names a place.

    第一食堂 is the canteen's name, so a run right after 第 stays as written.
    """

    def rewrite(match: re.Match[str]) -> str:
        start = match.start()
        if start and span[start - 1] == "第":
            return match.group(0)
        try:
            return read_number(match.group(0))
        except ValueError:
            return match.group(0)  # 十十 is no number: left as written

    return _CHINESE_RUN.sub(rewrite, span)
