"""`find_location` on halls nobody listed: the grammar reads a name from the shape of the text.

Every name here is invented; a campus names its halls freely, so none of them may be in the
vocabulary. Messages are canonical (NFKC, Simplified), as `parse` hands them over.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlp.location import find_location

# message, Location.text, building, floor, room
_HALLS_OPENING_THE_MESSAGE = [
    # 苑 and 园: a residence with a name of two
    ("清风苑停水了吗", "清风苑", "清风苑", None, None),
    ("桃李苑5号楼门禁坏了", "桃李苑5号楼", "桃李苑5号楼", None, None),
    ("静思苑的路灯不亮", "静思苑", "静思苑", None, None),
    ("听雨苑三楼厕所堵了", "听雨苑3楼厕所", "听雨苑", 3, None),
    ("紫荆园停电了", "紫荆园", "紫荆园", None, None),
    ("丁香园3舍没网", "丁香园3舍", "丁香园3舍", None, None),
    ("海棠园2栋电梯坏了", "海棠园2栋", "海棠园2栋", None, None),
    ("向阳苑3栋停水", "向阳苑3栋", "向阳苑3栋", None, None),
    # 斋 and 书院
    ("博文斋305开关坏了", "博文斋305", "博文斋", 3, "305"),
    ("笃行斋二楼的灯一直闪", "笃行斋2楼", "笃行斋", 2, None),
    ("求是斋没有热水", "求是斋", "求是斋", None, None),
    ("明理斋A座停电了", "明理斋A座", "明理斋A座", None, None),
    ("致知书院一楼大厅的吊扇响", "致知书院1楼大厅", "致知书院", 1, None),
    ("崇德书院412空调漏水", "崇德书院412", "崇德书院", 4, "412"),
    ("弘毅书院门口有积水", "弘毅书院门口", "弘毅书院", None, None),
    # 阁, 轩, 居, 庐, 坊
    ("听涛阁门口一股臭味", "听涛阁门口", "听涛阁", None, None),
    ("揽月阁四楼有老鼠", "揽月阁4楼", "揽月阁", 4, None),
    ("观澜轩停水", "观澜轩", "观澜轩", None, None),
    ("沁芳轩208门锁坏了", "沁芳轩208", "沁芳轩", 2, "208"),
    ("怡然居楼道灯不亮", "怡然居楼道", "怡然居", None, None),
    ("静心居3楼洗衣机坏了", "静心居3楼", "静心居", 3, None),
    ("清心庐的路灯坏了", "清心庐", "清心庐", None, None),
    ("翰墨坊的门关不上", "翰墨坊", "翰墨坊", None, None),
    # 堂 and 院 as a building's own head
    ("惟义堂漏水", "惟义堂", "惟义堂", None, None),
    ("思源堂201的投影仪不亮", "思源堂201", "思源堂", 2, "201"),
    ("知行院停电了", "知行院", "知行院", None, None),
    ("格致院3楼的插座没电", "格致院3楼", "格致院", 3, None),
    ("附属医院门诊楼的扶梯停了", "附属医院门诊楼", "附属医院门诊楼", None, None),
    # canteens, centres and listed heads with a name of their own
    ("荷风餐厅太贵", "荷风餐厅", "荷风餐厅", None, None),
    ("芳华餐厅二楼的空调不凉", "芳华餐厅2楼", "芳华餐厅", 2, None),
    ("桂香餐厅的饭里有头发", "桂香餐厅", "桂香餐厅", None, None),
    ("海洋科学中心有两台电脑坏了", "海洋科学中心", "海洋科学中心", None, None),
    ("逸夫图书馆的灯坏了", "逸夫图书馆", "逸夫图书馆", None, None),
    ("生命科学楼停电了", "生命科学楼", "生命科学楼", None, None),
    ("国际学生公寓A栋305门锁坏了", "国际学生公寓A栋305", "国际学生公寓A栋", 3, "305"),
]

_NAME_AFTER_AN_OPENING_WORD = [
    ("建议博文斋自习室装插座", "博文斋自习室"),
    ("请问清风苑明天停水吗", "清风苑"),
    ("希望致知书院能装空调", "致知书院"),
    ("今天听涛阁停电了", "听涛阁"),
    ("我们博文斋停水了", "博文斋"),
    ("昨天晚上求是斋又停电了", "求是斋"),
    ("感觉荷风餐厅越来越贵了", "荷风餐厅"),
    ("听说紫荆园要停水", "紫荆园"),
    ("应该是博文斋停电了", "博文斋"),
    ("报修博文斋305灯不亮", "博文斋305"),
    ("投诉芳华餐厅的阿姨态度差", "芳华餐厅"),
    ("早上逸夫图书馆的灯坏了", "逸夫图书馆"),
    # a clause opens after punctuation or a space too
    ("空调不制冷,博文斋305", "博文斋305"),
    ("停水了 清风苑", "清风苑"),
    ("灯坏了!惟义堂二楼", "惟义堂2楼"),
]

_NAME_INSIDE_A_SENTENCE = [
    ("我住在清风苑3栋502", "清风苑3栋502"),
    ("在惟义堂上课没有空调", "惟义堂"),
    ("去荷风餐厅吃饭吃出虫子", "荷风餐厅"),
    ("从致知书院出来摔了一跤", "致知书院"),
    ("宿舍在求是斋二楼", "求是斋2楼"),
    ("宿舍是博文斋305", "博文斋305"),
    ("博文斋的305没有热水", "博文斋305"),
    ("博文斋和求是斋都停电了", "博文斋"),
]

# after a name, the wing, floor and room written after it
_CHAINED = [
    ("博文斋B区三楼", "博文斋B区3楼", "博文斋B区", 3, None),
    ("求是斋二楼有机实验室", "求是斋2楼有机实验室", "求是斋", 2, None),
    ("致知书院412", "致知书院412", "致知书院", 4, "412"),
    ("清风苑 3栋 502 停水", "清风苑3栋502", "清风苑3栋", 5, "502"),
    ("听涛阁2单元301漏水", "听涛阁2单元301", "听涛阁2单元", 3, "301"),
]

_NUMBERED_GATES = [
    ("北二门坏了", "北2门"),
    ("东三门的闸机刷不开", "东3门"),
    ("南1门的栏杆坏了", "南1门"),
    ("西2号门的保安不在", "西2号门"),
    ("快递柜在北十门旁边", "北10门旁边"),
]

_NO_PLACE = [
    # schools, hospitals and yards
    "化学学院的老师讲课很好",
    "外国语学院今天开会",
    "学院的网络很慢",
    "院长信箱在哪",
    "院子里有很多落叶",
    "医院",
    "去医院看病",
    # a count, a pronoun or a verb before a building's head
    "修好的楼又坏了",
    "很多楼都停电了",
    "这栋楼没水",
    "整栋楼停电",
    "哪个楼有打印机",
    "三栋楼都停电了",
    "全楼停电了",
    "快递送错楼了",
    # everyday words that end in a hall's head
    "课堂上太吵了",
    "一堂课都没上完",
    "上完夜堂没车回去",
    "堂哥来学校找我",
    "隔壁邻居太吵",
    "空调居然又坏了",
    "小作坊的卫生不合格",
    "园丁把水管弄坏了",
    "校园卡丢了",
    "刷校园卡没反应",
    "轩然大波",
    # a kind of canteen or dorm, a time or a festival before it
    "新生宿舍分配结果什么时候出",
    "学生公寓停水了",
]


@pytest.mark.parametrize(
    ("message", "text", "building", "floor", "room"), _HALLS_OPENING_THE_MESSAGE
)
def test_hall_opening_the_message_is_read_with_what_follows(
    message: str, text: str, building: str | None, floor: int | None, room: str | None
) -> None:
    location = find_location(message)
    assert location is not None
    assert (location.text, location.building, location.floor, location.room) == (
        text,
        building,
        floor,
        room,
    )


@pytest.mark.parametrize(("message", "text"), _NAME_AFTER_AN_OPENING_WORD)
def test_name_starts_after_the_words_that_open_a_clause(message: str, text: str) -> None:
    location = find_location(message)
    assert location is not None
    assert location.text == text


@pytest.mark.parametrize(("message", "text"), _NAME_INSIDE_A_SENTENCE)
def test_hall_inside_a_sentence_is_read(message: str, text: str) -> None:
    location = find_location(message)
    assert location is not None
    assert location.text == text


@pytest.mark.parametrize(("message", "text", "building", "floor", "room"), _CHAINED)
def test_wing_floor_and_room_after_a_hall_are_kept(
    message: str, text: str, building: str | None, floor: int | None, room: str | None
) -> None:
    location = find_location(message)
    assert location is not None
    assert (location.text, location.building, location.floor, location.room) == (
        text,
        building,
        floor,
        room,
    )


@pytest.mark.parametrize(("message", "text"), _NUMBERED_GATES)
def test_numbered_gate_is_a_place_with_arabic_numerals(message: str, text: str) -> None:
    location = find_location(message)
    assert location is not None
    assert location.text == text


@pytest.mark.parametrize("message", _NO_PLACE)
def test_word_ending_in_a_head_is_no_place(message: str) -> None:
    found = find_location(message)
    assert found is None or found.vague, found


# Characters halls are named with; none is a function word, an action verb or one that makes
# the head part of another word (学院, 天堂, 安居, 作坊) or a listed place (礼堂).
_NAME_CHARS = "风明德博文致知崇荆丁香听涛惟义荷芳华桃李笃弘毅思源厚敏格静怡雅慧春晖秋松竹梅兰菊桂樱枫杏槐榕凌云望江沁星月海锦仁信恭宽"
_HEADS = ("苑", "斋", "书院", "阁", "轩", "居", "院", "堂", "坊", "庐", "餐厅", "楼", "馆")
_OPENINGS = ("", "请问", "建议", "今天", "听说", "我们", "昨天晚上", "空调坏了,", "我住在")
_ENDINGS = ("停水了吗", "305开关坏了", "二楼的灯坏了", "门口有垃圾", "的空调不制冷", "", " 没网")


@given(
    st.text(alphabet=_NAME_CHARS, min_size=2, max_size=4),
    st.sampled_from(_HEADS),
    st.sampled_from(_OPENINGS),
    st.sampled_from(_ENDINGS),
)
def test_any_invented_name_before_a_head_is_read_whole(
    name: str, head: str, opening: str, ending: str
) -> None:
    location = find_location(opening + name + head + ending)
    assert location is not None
    assert location.text.startswith(name + head)
