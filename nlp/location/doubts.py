"""Places a message names that are not where the problem is, unless it names no other: the
clinic people went to, a moving school bus, a place that says whose someone is (附小的家长), a
place people fled or were sent to (撤到走廊). nlp.location.grammar lowers their scores."""

import re

from nlp.location.patterns import alternation
from nlp.location.tokens import Token
from nlp.location.vocabulary import DESTINATIONS, REFUGES, VEHICLES
from nlp.models import Location


def less_sure(read: tuple[int, Location] | None) -> tuple[int, Location] | None:
    """The clinic named alone is where people went for help: the place only where the
    message names no other (any other place, even one named in English, wins). A school bus
    alone moves: as sure as a bare floor, so that any building wins over it."""
    if read and read[1].text in REFUGES:
        return 0, read[1]
    if read and read[1].text in VEHICLES:
        return min(read[0], 1), read[1]
    return read


# 附小的家长, 三年级二班的学生: the place says who someone is, not where the problem is.
_PERSON_AFTER = re.compile(r"的?(?:家长|学生|同学|老师|孩子|小朋友|班主任)")


def whose(
    chain: list[Token], read: tuple[int, Location] | None, text: str
) -> tuple[int, Location] | None:
    """A place that only says whose someone is: where the message names no other place."""
    if read and _PERSON_AFTER.match(text, chain[-1].end):
        return 0, read[1]
    return read


_DESTINATION_BEFORE = re.compile(f"(?:{alternation(DESTINATIONS)})了?$")


def is_destination(chain: list[Token], text: str) -> bool:
    """学生先撤到走廊: where people went after it happened, not where it happened."""
    start = chain[0].start
    return _DESTINATION_BEFORE.search(text, max(0, start - 4), start) is not None


def sent_to(
    chain: list[Token], read: tuple[int, Location] | None, text: str
) -> tuple[int, Location] | None:
    """A place people were sent or fled to: the place only where the message names no other."""
    if read and is_destination(chain, text):
        return 0, read[1]
    return read
