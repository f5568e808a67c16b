"""A threat from people is the guards' whatever thing it names; sparks where nothing electric
is named are a fire's, not the electricians'."""

import pytest

from nlp import Category, Urgency, parse


@pytest.mark.parametrize(
    "text",
    [
        "刚看到两个人翻围墙进来了 就在女生宿舍后面 拿手电筒往窗户里照",
        "有个陌生男人一直在女生宿舍楼下 拿手电筒照我们的窗户",
    ],
)
def test_a_threat_from_people_is_the_guards(text: str) -> None:
    parsed = parse(text)
    assert (parsed.urgency, parsed.category) == (Urgency.URGENT, Category.SECURITY)


def test_sparks_from_a_cigarette_in_a_bin_are_a_fire() -> None:
    parsed = parse("教室后面那个垃圾桶在冒烟 不知道谁扔的烟头 已经能看到火星子了")
    assert (parsed.urgency, parsed.category) == (Urgency.URGENT, Category.SECURITY)


def test_sparks_from_a_socket_are_still_the_electricians() -> None:
    parsed = parse("宿舍插座冒火花了 还有点冒烟")
    assert (parsed.urgency, parsed.category) == (Urgency.URGENT, Category.ELECTRIC)
