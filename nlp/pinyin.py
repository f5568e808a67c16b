"""The sound of each character as fuzzy pinyin input hears it: tones ignored, zh/ch/sh as z/c/s.

Read from pypinyin's table of characters; nlp.homophones matches slips by these keys.
"""

import importlib.util
import json
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Final


def _pinyin_path() -> Path | None:
    """pypinyin's table of characters as a file, read directly: importing pypinyin loads its
    phrase dictionary as well, ~0.3 s and ~50 MB in every process, which it does not need."""
    spec = importlib.util.find_spec("pypinyin")
    folder = next(iter(spec.submodule_search_locations or []), None) if spec else None
    path = Path(folder) / "pinyin_dict.json" if folder else None
    return path if path is not None and path.is_file() else None


PINYIN_TABLE: Final = _pinyin_path()


def _pinyin_table() -> Iterable[tuple[int, str]]:
    """(code point, readings with tone marks, commonest first) from pypinyin's data."""
    if PINYIN_TABLE is not None:
        raw: dict[str, str] = json.loads(PINYIN_TABLE.read_text(encoding="utf-8"))
        return ((int(code), value) for code, value in raw.items())
    from pypinyin.pinyin_dict import pinyin_dict  # another layout: the module has the table

    return pinyin_dict.items()


def _key(syllable: str) -> str:
    """A syllable without its tone, zh/ch/sh folded into z/c/s (ü stays apart, as v)."""
    plain = unicodedata.normalize("NFD", syllable).replace("u\u0308", "v")
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return plain[0] + plain[2:] if plain[:2] in ("zh", "ch", "sh") else plain


def keys_by_char() -> dict[str, tuple[str, ...]]:
    # A character is taken at its two commonest readings (露 lù, lòu): the rarer ones (差 cī,
    # 着 zhuó, 有 wěi) are not what an input method offers for the syllable, and with them
    # "好差", "插着", "有修" would sound like "好吃", "插座", "维修".
    readings = {chr(c): v.split(",")[:2] for c, v in _pinyin_table() if 0x4E00 <= c < 0xA000}
    keys = {s: _key(s) for s in {s for pair in readings.values() for s in pair}}
    return {c: tuple(dict.fromkeys(keys[s] for s in pair)) for c, pair in readings.items()}
