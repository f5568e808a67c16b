"""One way of reporting a danger, as data: its phrases, and what must be true around them."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Hazard:
    name: str
    phrases: tuple[str, ...]
    # Each regex must also match within `window` characters of the phrase.
    needs: tuple[str, ...] = ()
    window: int = 14
    # A message matching this is an everyday complaint that merely uses the words (smoking,
    # cooking), so the phrase does not count.
    unless: str = ""
    # A drill or a training can stage it (消防演练 里的浓烟), so those words cancel it.
    staged: bool = False
    # How far after the phrase a partner may stand, when not `window`: 0 when the partner must
    # come first, as the person who fell does ("小孩掉下去了"), unlike one nearly hit afterwards
    # ("柜门掉下来了 差点砸到人").
    after: int | None = None
    # The sender says, anywhere in the same sentence, that the sign this phrase stands for is
    # absent ("插座烧坏了 不过没冒烟也没味道"): the damage is done and cold.
    denied: str = ""
    # …unless the sentence also names a sign that is present ("没冒烟 但是摸着很烫").
    confirmed: str = ""
    # A sign that people mistake ("以为着火了", "焦味 其实是灰尘味"): a correction after it
    # ("原来是有人在烧烤") takes it back.
    mistakable: bool = False
    # Said of a place that floods every time it rains ("一下雨主干道就积水"), it is a standing
    # complaint about the place, not a flood now.
    recurring: bool = False
