"""What lies below a place is not where the problem is; a block's 地下 and LG are its ground
floors; a Chinese part the English reading took stays with its block; Malaysia's classes are
a form and a name; an international school's pitches and studios are places."""

import pytest

from nlp import parse


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("空调外机在冒火花 啪啪地响 就在二楼教室窗户外面 下面是车棚", "2楼教室"),
        ("B座地下電錶房門口有條電線甩咗出嚟", "B座地下"),
        ("明德樓LG嘅機房水浸", "明德楼LG机房"),
        ("上個禮拜Block C天台水管爆咗", "Block C天台"),
        ("唉 上完早八回来想洗个澡,结果6栋211的热水器又没热水了", "6栋211"),
        ("哎呀忘说了,9号楼的,屋是512,麻烦快点整啊", "9号楼512"),
        ("5 Amanah 班的门把手松了,今天早上整个掉下来", "5 Amanah"),
        ("课室 5 Bestari 的 kipas 有一粒不会转", "5 Bestari"),
        ("The goal net on Pitch 2 is torn right through", "Pitch 2"),
        ("There's smoke coming out of the lighting rig in the Drama Studio", "Drama Studio"),
    ],
)
def test_the_place_is_read_whole(text: str, place: str) -> None:
    location = parse(text).location
    assert location is not None and location.text == place
