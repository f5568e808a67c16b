"""Places a message names that are not where the problem is, unless it names no other: the
clinic people went to, a moving school bus, a place that says whose someone is (附小的家长), a
place people fled or were sent to (撤到走廊). nlp.location.grammar lowers their scores."""

import re

from nlp.location.patterns import alternation
from nlp.location.tokens import Token
from nlp.location.vocabulary import DESTINATIONS, REFUGES, STAFF, VEHICLES
from nlp.models import Location

# 附小的家长, 三年级二班的学生, 高一(3)班李想的妈妈, 三年级二班小宇妈妈: the place says who
# someone is, not where the problem is.
_PERSON_AFTER = re.compile(
    r"的?(?:家长|学生|同学|老师|孩子|小朋友|班主任)"
    # A child's name, then whose parent the sender is.
    r"|的?[\u4e00-\u9fff]{2,3}?的?(?:妈妈|爸爸|家长|奶奶|爷爷|外婆|外公|姥姥|姥爷|监护人)"
)
# 感谢保卫处的张师傅帮我找回了丢在操场的钱包: an office with its staff says who helped, and
# the place it happened is elsewhere, with or without 的 (保卫处王师傅). A building's staff
# (3号楼的阿姨) work where it happened.
_OFFICE_STAFF_AFTER = re.compile(f"(?<=处)的?.{{0,2}}?(?:{alternation(STAFF)})")
_DESTINATION_BEFORE = re.compile(f"(?:{alternation(DESTINATIONS)})了?$")
# "不是3号楼,是5号楼", "不是南区7栋 是北区7栋": the place taken back is not where it is.
_DENIED_BEFORE = re.compile(r"(?:不是|并非|并不是|唔系|唔係|而不是|not) ?$")
# "就在二楼教室窗户外面 下面是车棚": what lies below or beside where it is, told to show the
# danger, not where it is.
_WHAT_LIES_BEFORE = re.compile(
    r"(?:下面|底下|下方|下边|楼下|对面|旁边)(?:就|正好|刚好)?(?:是|系|係) ?$"
)


def doubted(
    chain: list[Token], read: tuple[int, Location] | None, text: str
) -> tuple[int, Location] | None:
    """`read`, as sure as it is where the problem is. The clinic people went to for help, a
    place that only says whose someone is, a place people fled or were sent to, a place taken
    back ("不是3号楼"): the place only
    where the message names no other (any other place, even one named in English, wins). A
    school bus alone moves: as sure as a bare floor, so that any building wins over it."""
    if read is None:
        return None
    score, place = read
    if (
        place.text in REFUGES
        or _PERSON_AFTER.match(text, chain[-1].end)
        or _OFFICE_STAFF_AFTER.match(text, chain[-1].end)
        or is_destination(chain, text)
        or _DENIED_BEFORE.search(text, max(0, chain[0].start - 5), chain[0].start) is not None
        or _WHAT_LIES_BEFORE.search(text, max(0, chain[0].start - 6), chain[0].start) is not None
    ):
        return 0, place
    if place.text in VEHICLES:
        return min(score, 1), place
    return read


def is_destination(chain: list[Token], text: str) -> bool:
    """学生先撤到走廊: where people went after it happened, not where it happened."""
    start = chain[0].start
    return _DESTINATION_BEFORE.search(text, max(0, start - 4), start) is not None


def owned_elsewhere(place: Location, kinds: re.Pattern[str], text: str) -> bool:
    """孩子宿舍的床板断了…已经送医务室了: beside the clinic, a kind of place whose thing broke
    (宿舍的床板) or where something happened (滑梯那边有个孩子摔下来) is where it happened. Not one whose people went there (宿舍的同学都去了校医院,
    我们宿舍三个人): the clinic is where those are."""
    kind = kinds.search(text)
    if place.text not in REFUGES or kind is None or kind.group(0) in place.text:
        return False
    owned = _OWNED_OR_AT.match(text, kind.end()) is not None
    return owned and not _PERSON_AFTER.match(text, kind.end())


# 宿舍的床板 is the dorm's own thing; 滑梯那边, 沙池里 say where on it something happened.
_OWNED_OR_AT = re.compile("的|那边|这边|旁边|下面|上面|里面|里(?!的)")
