"""Sound-alike slips of voice and pinyin input are read back to the campus word, in `analysis`
and for the location reader; real words and phrases that sound like a campus word are left as
typed."""

import pytest

from nlp import parse
from nlp.homophones import correct
from nlp.normalize import analysis, canonical


def _analysed(text: str) -> str:
    return analysis(canonical(text))


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("洗手间的水龙偷关不紧", "洗手间的水龙头关不紧"),
        ("宿舍水笼头坏了一直流水", "宿舍水龙头坏了一直流水"),  # a misspelling facilities.txt lists
        ("寝室插坐冒火花了", "寝室插座冒火花了"),
        ("电悌坏了", "电梯坏了"),
        ("宿舍空掉不制冷", "宿舍空调不制冷"),  # 调 is read diào as well as tiáo
        ("下水到堵了 好臭", "下水道堵了 好臭"),  # the longer word, not 下水
        ("灯泡怀了,换了个新的还是不亮", "灯泡坏了,换了个新的还是不亮"),
        ("门锁又怀了", "门锁又坏了"),
        ("宿舍网落一直断断续续", "宿舍网络一直断断续续"),
        ("投影义不亮", "投影仪不亮"),
        ("马同冲不下去了", "马桶冲不下去了"),
        ("宿舍整层跳匝了", "宿舍整层跳闸了"),  # 匝 zā, 闸 zhá: z and zh taken as one
        ("插座露电了 手碰到麻了一下", "插座漏电了 手碰到麻了一下"),  # 露 lù and lòu
        ("着伙了着伙了快来人啊", "着火了着火了快来人啊"),
        ("那边帽烟了好大一股黑烟", "那边冒烟了好大一股黑烟"),
        ("然气泄漏了", "燃气泄漏了"),
        ("实堂的饭难吃", "食堂的饭难吃"),
        ("我被捆在点梯里了 快来人", "我被困在电梯里了 快来人"),  # four characters, two changed
        ("行政楼电悌门口的显示屏黑了", "行政楼电梯门口的显示屏黑了"),  # 电悌, not 楼电 (漏电)
        ("同学云倒了在地上 叫不醒", "同学晕倒了在地上 叫不醒"),
        ("有人爹倒了 头上留血", "有人跌倒了 头上流血"),
        ("话桶一直有啸叫", "话筒一直有啸叫"),
        ("暖汽片摸着一半热一半凉", "暖气片摸着一半热一半凉"),
        ("xishoujian的shuilongtou", "洗手间的水龙头"),  # after pinyin became Chinese
        ("我们宿社楼下的门禁坏了", "我们宿舍楼下的门禁坏了"),  # a place slips too
        (
            "图书管二楼的空调不制冷",
            "图书馆二楼的空调不制冷",
        ),  # 图书管: in jieba's dictionary, seen 3 times
        ("三号楼二零四的灯坏了", "三号楼二零四的灯坏了"),  # a room typed as meant, not 零食
    ],
)
def test_a_slip_is_read_as_the_campus_word(typed: str, read: str) -> None:
    assert _analysed(typed) == read


@pytest.mark.parametrize(
    "text",
    [
        "事实上设施很好",  # 事实 shì shí is no 设施 shè shī
        "我想找伙伴",  # 伙伴 runs across the edge of 找伙 (着火)
        "楼下水到处都是",  # 到处, not 下水道
        "菜里有盐吗",  # 有烟 is a phrase, no word to read a slip back to
        "手被门夹了 流血好多",  # 被门 reads fine as typed (北门)
        "11栋门口的电线",  # 门口 holds the 门 of 栋门 (东门)
        "3号楼电梯卡在5楼",  # 电梯 holds the 电 of 楼电 (漏电)
        "宿舍有好重的味",  # 宿舍 holds the 舍 of 舍有 (舍友)
        "那个红色的按钮是火警按钮吗",  # 是 is a function character (失火)
        "厕所的水龙头整个掉了",  # 的 is a function character (滴水)
        "空调全都不凉",  # 不凉 is what it says (不亮)
        "这学期的课一节都没录上",  # 上 anchors nothing (路上)
        "未算好大镬,得闲先来整",  # Cantonese 大镬, not 大火
        "她怀了宝宝",  # "X了" is read as a fault only after an object
        "电教室的老师态度好差",  # 差 cī is too rare a reading to sound like 吃
        "插线板上还插着好几个电器",  # nor 着 zhuó like 座
        "学校里有修自行车的地方吗",  # nor 有 wěi like 维
        "84消毒液和洁厕灵混在一起了",  # words to keep: 洁厕灵 is no 洁失灵
        "请问宿舍的床可以自己加装床帘吗",  # 床帘 is no 窗帘
        "舍堂熄灯时间太早",  # HK halls, not 食堂
        "一脚踩空掉进缝里",  # 踩空, not 空调
        "可以",  # a word (可疑)
        "失物招领在哪里",  # a campus word as typed
        "有时候洗着洗着突然变冰水",  # scores below the odds of a slip (洗澡)
        "救护车从哪个门进",  # (门禁)
    ],
)
def test_a_real_word_is_left_as_typed(text: str) -> None:
    assert _analysed(text) == text


def test_only_analysis_is_rewritten() -> None:
    assert canonical("洗手间的水龙偷关不紧") == "洗手间的水龙偷关不紧"


@pytest.mark.parametrize("text", ["", "水", "ab", "3号楼502", "电悌", "着伙了着伙了快来人啊"])
def test_a_rewrite_keeps_the_length(text: str) -> None:
    assert len(correct(text)) == len(text)


def test_the_place_is_read_through_a_slip_in_its_name() -> None:
    parsed = parse("那个我们宿社楼下的门禁刷不了 就是十二栋那个")
    assert parsed.location is not None and parsed.location.text == "12栋"
    parsed = parse("图书管三楼的灯坏了")
    assert parsed.location is not None and parsed.location.text == "图书馆3楼"
