"""The tokens of a campus address: a numbered building, a named place, a code, a unit, a
floor, a room, a spot on a floor — what nlp.location.tokens cuts out of a message and
nlp.location.chains puts together."""

from dataclasses import dataclass
from enum import IntEnum


class TokenKind(IntEnum):
    PLACE = 0  # 3号楼, 图书馆, 西区
    PREFIX = 1  # 竹园: the area of the building written after it
    AFTER_PLACE = 2  # 食堂, 后门: part of a place only after one (东区食堂)
    DASH = 3  # 3-502, S2-1102, 12-3-301: a building and a room in one
    FLOOR = 4
    ROOM = 5
    SPOT = 6  # 楼梯口: where on a floor
    UNIT = 7  # 2单元: an entrance of a residential building


@dataclass(slots=True)
class Token:
    kind: TokenKind
    start: int
    end: int
    text: str  # normalized, Arabic numerals
    floor: int | None = None
    room: str | None = None
    spoken: bool = False  # a room read out in Chinese digits (五零二)
    side: str = ""  # 门口, 后门: where beside a canteen or a dorm (食堂门口)
    building: str = ""  # the building a code names: 3-502 → 3号楼, 12-3-301 → 12号楼3单元
    # A room inside some building (洗衣房, 值班室): a place only where no building is named.
    inside: bool = False
    # A school's class (初二3班, 大1班): the room it is taught in, in the building before it.
    school_class: bool = False
    # How the campus writes a building whose text is its name spelled out: 3# for 3号楼.
    written: str = ""
