"""Finds the line of a key or a value in a TOML text, for error messages.

tomllib reports positions only for syntax errors, so the routing file's semantic errors
(an unknown category, a duplicate team) are located by scanning the raw text. This reads the
plain layout the example file uses — `[table]`, `[[table]]`, `key = value`, arrays over several
lines; for anything fancier (inline tables, dotted keys) it falls back to the table's header,
or to no line at all.
"""

import re
from dataclasses import dataclass, field
from typing import Final

HEADER: Final = re.compile(r"\s*\[(\[?)\s*([^\[\]]+?)\s*\]\]?\s*")
ANY_KEY: Final = re.compile(r"""\s*(?:[\w-]+|"[^"]*"|'[^']*')\s*=""")


@dataclass
class _Block:
    name: str | None  # None for the lines before the first header
    start: int  # 1-based line of the header
    lines: list[tuple[int, str]] = field(default_factory=list)  # comments removed


class Lines:
    def __init__(self, text: str) -> None:
        self.blocks = [_Block(None, 1)]
        for number, raw in enumerate(text.splitlines(), start=1):
            code = _without_comment(raw)
            if header := HEADER.fullmatch(code):
                self.blocks.append(_Block(header[2].strip("\"'"), number))
            else:
                self.blocks[-1].lines.append((number, code))

    def find(self, table: str | None, index: int, key: str | None, value: object) -> int | None:
        """The line of `value` inside `key` of the index-th `table`; failing that, of `key`;
        failing that, of the table's header (None for the root, which has none)."""
        blocks = [block for block in self.blocks if block.name == table]
        if index >= len(blocks):
            return None
        block = blocks[index]
        fallback = block.start if table is not None else None
        if key is None:
            return fallback
        name = re.escape(key)
        key_pattern = re.compile(rf"""\s*(?:{name}|"{name}"|'{name}')\s*=""")
        rows = block.lines
        at = next((i for i, (_, code) in enumerate(rows) if key_pattern.match(code)), None)
        if at is None:
            return fallback
        if value is None:
            return rows[at][0]
        literal = _literal(value)
        for offset, (number, code) in enumerate(rows[at:]):
            if offset and ANY_KEY.match(code):  # the value's array has ended
                break
            if literal.search(code):
                return number
        return rows[at][0]


def _literal(value: object) -> re.Pattern[str]:
    if isinstance(value, str):
        return re.compile(rf"""(?:"{re.escape(value)}"|'{re.escape(value)}')""")
    if isinstance(value, bool):
        return re.compile(rf"\b{str(value).lower()}\b")
    return re.compile(rf"(?<![\w.+-]){re.escape(str(value))}(?![\w.])")


def _without_comment(line: str) -> str:
    quote: str | None = None
    escaped = False
    for position, char in enumerate(line):
        if quote is not None:
            if escaped:
                escaped = False
            elif char == "\\" and quote == '"':
                escaped = True
            elif char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "#":
            return line[:position]
    return line
