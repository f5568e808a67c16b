"""`find_location`: one row per way a campus place is written, and the numbers that are not.

Messages here are already canonical (NFKC, Simplified), as `parse` hands them over.
"""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlp.location import find_location
from nlp.location.numerals import arabize
from nlp.normalize import canonical

# message, Location.text, building, floor, room
_PLACES = [
    # numbered buildings, with rooms and floors
    ("6号楼的水龙头一直在滴", "6号楼", "6号楼", None, None),
    ("9栋楼下的路灯灭了", "9栋", "9栋", None, None),
    ("16#楼3层男厕所没水", "16号楼3楼男厕所", "16号楼", 3, None),
    ("我住11#一楼", "11#1楼", "11号楼", 1, None),
    ("B栋1105热水器坏了", "B栋1105", "B栋", 11, "1105"),
    ("D座电梯不动了", "D座", "D座", None, None),
    ("A座3楼的灯一闪一闪", "A座3楼", "A座", 3, None),
    ("2-311的门锁坏了", "2-311", "2号楼", 3, "311"),
    ("东区7栋停水了", "东区7栋", "东区7栋", None, None),
    ("北区2号楼没网", "北区2号楼", "北区2号楼", None, None),
    ("梅园5舍二楼开水器坏了", "梅园5舍2楼", "梅园5舍", 2, None),
    ("桃李园3号楼门禁刷不开", "桃李园3号楼", "桃李园3号楼", None, None),
    ("7号楼 205 灯不亮", "7号楼205", "7号楼", 2, "205"),
    ("5号楼3楼305的窗户关不上", "5号楼3楼305", "5号楼", 3, "305"),
    ("A区3栋502的空调漏水", "A区3栋502", "A区3栋", 5, "502"),
    ("3号公寓楼停电了", "3号公寓楼", "3号公寓楼", None, None),
    ("C3栋502的门锁坏了", "C3栋502", "C3栋", 5, "502"),
    ("住在紫荆公寓5号楼 卫生间漏水", "紫荆公寓5号楼卫生间", "紫荆公寓5号楼", None, None),
    ("西苑食堂二楼的空调坏了", "西苑食堂2楼", "西苑食堂", 2, None),
    ("3号门的闸机刷不开", "3号门", "3号门", None, None),
    # Chinese numerals: positional buildings and floors, digit-by-digit rooms
    ("四号楼六零三的灯坏了", "4号楼603", "4号楼", 6, "603"),
    ("十二栋四零八没热水", "12栋408", "12栋", 4, "408"),
    ("二十三号楼一一二暖气不热", "23号楼112", "23号楼", 1, "112"),
    ("三十栋二楼厕所堵了", "30栋2楼厕所", "30栋", 2, None),
    ("插座坏了 在十四栋七楼楼梯间", "14栋7楼楼梯间", "14栋", 7, None),
    ("灯不亮 在九栋", "9栋", "9栋", None, None),
    ("空调不制冷 十八号楼幺零八", "18号楼108", "18号楼", 1, "108"),
    # canteens and teaching buildings written with a number
    ("三食堂二楼的餐盘没洗干净", "第三食堂2楼", "第三食堂", 2, None),
    ("第二食堂三楼的空调不凉", "第二食堂3楼", "第二食堂", 3, None),
    ("五教203的投影仪坏了", "5教203", "5教", 2, "203"),
    ("一教门口积水了", "1教门口", "1教", None, None),
    ("第三教学楼的电梯坏了", "第三教学楼", "第三教学楼", None, None),
    ("2号教学楼106的麦克风没声音", "2号教学楼106", "2号教学楼", 1, "106"),
    ("东区食堂的桌子很脏", "东区食堂", "东区食堂", None, None),
    # named places with floors, rooms, gates and areas
    ("图书馆四楼的插座没电", "图书馆4楼", "图书馆", 4, None),
    ("图书馆西门的台阶裂了", "图书馆西门", "图书馆西门", None, None),
    ("体育馆门口的路灯坏了", "体育馆门口", "体育馆", None, None),
    ("行政楼6楼会议室投影仪", "行政楼6楼会议室", "行政楼", 6, None),
    ("综合楼B203的门打不开", "综合楼B203", "综合楼", 2, "B203"),
    ("实验楼地下室有积水", "实验楼地下室", "实验楼", None, None),
    ("科技楼负一楼停车场灯坏了", "科技楼负1楼停车场", "科技楼", -1, None),
    ("学生活动中心二楼的门坏了", "学生活动中心2楼", "学生活动中心", 2, None),
    ("南校区图书馆三楼没网", "南校区图书馆3楼", "南校区图书馆", 3, None),
    ("老图书馆的屋顶漏雨", "老图书馆", "老图书馆", None, None),
    ("研究生公寓3号楼的电梯坏了", "研究生公寓3号楼", "研究生公寓3号楼", None, None),
    ("留学生公寓停水了", "留学生公寓", "留学生公寓", None, None),
    ("化学实验室的通风橱坏了", "化学实验室", "化学实验室", None, None),
    ("报告厅的音响有杂音", "报告厅", "报告厅", None, None),
    ("足球场的球门倒了", "足球场", "足球场", None, None),
    ("东区篮球场的篮筐坏了", "东区篮球场", "东区篮球场", None, None),
    ("停车场的栏杆抬不起来", "停车场", "停车场", None, None),
    ("自行车棚顶被风吹翻了", "自行车棚", "自行车棚", None, None),
    ("校医院门口有个大坑", "校医院门口", "校医院", None, None),
    ("南门的闸机刷不了卡", "南门", "南门", None, None),
    ("湖边的栏杆松了", "湖边", "湖边", None, None),
    ("语音室的耳机坏了", "语音室", "语音室", None, None),
    # names nobody listed, read from their head
    ("明德楼三楼的饮水机坏了", "明德楼3楼", "明德楼", 3, None),
    ("在田家炳楼201上课没有空调", "田家炳楼201", "田家炳楼", 2, "201"),
    ("银杏大道的路灯不亮", "银杏大道", "银杏大道", None, None),
    ("去未名湖边的路上有个坑", "未名湖边", "未名湖边", None, None),
    # a direction glued before a head is part of the name
    ("南操场的灯坏了", "南操场", "南操场", None, None),
    ("北操场跑道上有个坑", "北操场跑道", "北操场", None, None),
    ("东食堂的饭菜里有头发", "东食堂", "东食堂", None, None),
    ("北食堂二楼的空调不制冷", "北食堂2楼", "北食堂", 2, None),
    ("北篮球场的篮筐歪了", "北篮球场", "北篮球场", None, None),
    ("南校门的闸机刷不开", "南校门", "南校门", None, None),
    ("南大门的栏杆抬不起来", "南大门", "南大门", None, None),
    ("东教学楼301的投影仪坏了", "东教学楼301", "东教学楼", 3, "301"),
    ("去西体育馆的路上有个坑", "西体育馆", "西体育馆", None, None),
    ("西区操场的围栏倒了", "西区操场", "西区操场", None, None),
    # a name of any length, marked off by a preposition or standing alone
    ("刚才在工程训练中心一楼车间闻到焦味", "工程训练中心1楼", "工程训练中心", 1, None),
    ("lift out of order again 🙄 国际交流中心", "国际交流中心", "国际交流中心", None, None),
    ("断网了!!! 网络信息中心", "网络信息中心", "网络信息中心", None, None),
    ("空调一直滴水,生科院实验楼二楼", "生科院实验楼2楼", "生科院实验楼", 2, None),
    ("请问去行政服务中心怎么走", "行政服务中心", "行政服务中心", None, None),
    ("快递柜位于校园服务中心门口", "校园服务中心门口", "校园服务中心", None, None),
    ("从大学生创业中心出来摔了一跤", "大学生创业中心", "大学生创业中心", None, None),
    ("在逸夫图书馆三楼找不到插座", "逸夫图书馆3楼", "逸夫图书馆", 3, None),
    ("我在紫荆餐厅吃出了虫子", "紫荆餐厅", "紫荆餐厅", None, None),
    ("在学校国际交流中心开会没有空调", "国际交流中心", "国际交流中心", None, None),
    # residential units, and dorms and canteens qualified by who they are for
    ("教工宿舍3单元的楼道灯坏了", "教工宿舍3单元楼道", "教工宿舍3单元", None, None),
    ("5幢2单元301漏水了", "5幢2单元301", "5幢2单元", 3, "301"),
    ("家属区7栋2单元停电了", "家属区7栋2单元", "家属区7栋2单元", None, None),
    ("七幢二单元四零一没有热水", "7幢2单元401", "7幢2单元", 4, "401"),
    ("3号楼2单元502的下水道堵了", "3号楼2单元502", "3号楼2单元", 5, "502"),
    ("2单元301的门锁坏了", "2单元301", "2单元", 3, "301"),
    ("家属区3栋2号门的楼道灯不亮", "家属区3栋2号门楼道", "家属区3栋2号门", None, None),
    ("5幢1号门301漏水", "5幢1号门301", "5幢1号门", 3, "301"),
    ("家属院12栋的路灯不亮", "家属院12栋", "家属院12栋", None, None),
    ("研究生宿舍停水了", "研究生宿舍", "研究生宿舍", None, None),
    ("女生宿舍楼道里有陌生人", "女生宿舍楼道", "女生宿舍", None, None),
    ("教师餐厅的菜太贵了", "教师餐厅", "教师餐厅", None, None),
    ("清真餐厅的桌子没擦", "清真餐厅", "清真餐厅", None, None),
    ("学生餐厅的空调不凉", "学生餐厅", "学生餐厅", None, None),
    ("东区宿舍3号楼没网", "东区宿舍3号楼", "东区宿舍3号楼", None, None),
    # a bare canteen or dorm with a side of it; a gate stays with any place
    ("食堂后门的泔水桶漏了", "食堂后门", "食堂后门", None, None),
    ("食堂门口的地砖松了", "食堂门口", "食堂门口", None, None),
    ("宿舍楼后面的路灯不亮", "宿舍楼后面", "宿舍楼后面", None, None),
    ("超市门口有一大滩积水", "超市门口", "超市门口", None, None),
    ("餐厅旁边的垃圾桶满了", "餐厅旁边", "餐厅旁边", None, None),
    ("宿舍大门的门禁坏了", "宿舍大门", "宿舍大门", None, None),
    ("教学楼侧门锁坏了", "教学楼侧门", "教学楼侧门", None, None),
    ("图书馆后门的台阶裂了", "图书馆后门", "图书馆后门", None, None),
    ("东区食堂后门的下水道堵了", "东区食堂后门", "东区食堂后门", None, None),
    ("东区食堂门口有人摆摊", "东区食堂", "东区食堂", None, None),
    # a bare room or floor where it can only be a place
    ("308门锁坏了", "308", None, 3, "308"),
    ("我住在1206 空调不制冷", "1206", None, 12, "1206"),
    ("寝室号是415 灯坏了", "415", None, 4, "415"),
    ("教室(204)的投影仪不亮", "204", None, 2, "204"),
    ("我住五零六 门锁坏了", "506", None, 5, "506"),
    ("三楼楼梯口的灯坏了", "3楼楼梯口", None, 3, None),
    ("五楼的厕所堵了", "5楼", None, 5, None),
    # a room named a little after its building, in the same clause
    ("信息楼二楼的机房(215)空调漏水", "信息楼2楼机房215", "信息楼", 2, "215"),
    ("3号楼的502没有热水", "3号楼502", "3号楼", 5, "502"),
    # English
    ("Building 12, room 507: no hot water", "Building 12 507", "Building 12", 5, "507"),
    ("the light in dorm C room 210 is broken", "dorm C 210", "dorm C", 2, "210"),
    ("Room 1402 has no power", "Room 1402", None, 14, "1402"),
    # Cantonese and converted Traditional text
    ("我喺7栋302 冇热水", "7栋302", "7栋", 3, "302"),
    ("宿舍C座 电梯停咗喺五楼", "C座", "C座", None, None),
]


@pytest.mark.parametrize(("message", "text", "building", "floor", "room"), _PLACES)
def test_place_is_read_with_arabic_numerals_and_its_parts(
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


@pytest.mark.parametrize(
    "message",
    [
        "一直在滴水 好烦",
        "空调E4 不制冷",
        "热水器显示E1",
        "一个月停了三次电",
        "一份青菜5块钱",
        "一个月收50块",
        "打游戏延迟800",
        "下载速度只有100M",
        "2023年就报修过了",
        "2023-11-05报的修",
        "晚上10点以后没热水",
        "已经3天了",
        "单号20231105037",
        "电话13812345678打不通",
        "我的学号是2021 想问下怎么报修",
        "有同学晕倒了 已经打120了",
        "我们有300多人",
        "宿舍没热水",
        "寝室门锁坏了",
        "教室的投影仪坏了",
        "楼道里很臭",
        "厕所堵了",
        "宿舍楼下的垃圾桶满了",
        "我们楼的电梯又坏了",
        "隔壁楼一直在施工",
        "今天楼里停电了",
        "每天爬楼太累了",
        "希望6层以上的宿舍楼都装电梯",
        "天天爬十楼",
        "三栋楼都停电了",
        "这一栋楼的人都没热水",
        "网络中心的电话打不通",
        "希望能有个自习室",
        "四舍五入都半个月了",
        "我在自己宿舍里",
        "谢谢后勤服务中心!",
        "以学生为中心",
        "第三单元的练习题答案在哪",
        "毕业生走了以后楼道里全是旧书",
    ],
)
def test_message_without_a_place_has_no_location(message: str) -> None:
    found = find_location(message)
    assert found is None or found.vague, found


@pytest.mark.parametrize(
    ("message", "text"),
    [
        # the building with a room beats a place named only in passing
        ("自习室的椅子坏了 在图书馆五楼", "图书馆5楼"),
        ("从图书馆回来发现8号楼305的门锁坏了", "8号楼305"),
        ("实验楼4楼物理实验室的灯不亮", "实验楼4楼物理实验室"),
        ("21栋电梯卡在四楼和五楼之间了", "21栋"),
        ("宿舍C座 电梯停在三楼", "C座"),
        # what is glued before a place is not its name unless it is marked off
        ("他们在修体育馆的屋顶", "体育馆"),
        ("去学校图书馆的路灯坏了", "图书馆"),
        ("在清理篮球场的时候发现灯坏了", "篮球场"),
        ("实验楼西侧楼梯的防火门被锁了", "实验楼西侧楼梯"),
        # two places of one report are both kept
        ("3号楼和5号楼之间的路灯坏了", "3号楼和5号楼"),
    ],
)
def test_most_specific_place_wins(message: str, text: str) -> None:
    location = find_location(message)
    assert location is not None
    assert location.text == text


def test_numerals_outside_the_place_are_left_alone() -> None:
    location = find_location("三天了 一直没人来修 三号楼五零二")
    assert location is not None
    assert location.text == "3号楼502"


# Pieces of addresses shuffled together, so that the grammar meets every odd neighbour.
_ADDRESS_LIKE = st.lists(
    st.sampled_from(
        [
            *"0123456789一二三四五六七八九十百零幺两第号楼栋座层室舍教东西区门-# ABab",
            *("图书馆", "食堂", "宿舍", "楼梯口", "在", "的", "坏了", "竹园", "明德楼", "地下室"),
            *("单元", "幢", "中心", "门口", "后门", "工程训练", "🙄", "操场", "餐厅", "位于"),
        ]
    ),
    max_size=20,
).map("".join)


_NUMBERED_NAME = re.compile(
    "[零〇一二三四五六七八九十百]+号?(?:食堂|餐厅|饭堂)|[小中大][一二三四五六]班"
    "|[二三四五六七八九]餐|[一二三四五六七八九十]馆|[男女研][一二三四五六七八九十]+[舍宿斋]"
)


@given(_ADDRESS_LIKE)
def test_any_text_gives_a_location_in_arabic_numerals_or_none(message: str) -> None:
    location = find_location(message)
    if location is not None:
        assert location.text
        # Chinese numerals survive only in names: an ordinal (第一食堂), a canteen (二食堂, 二餐),
        # a kindergarten's class (小二班), a numbered hall (工程四馆), a named dorm (研一舍).
        named = _NUMBERED_NAME.sub("", location.text)
        assert arabize(named) == named


@pytest.mark.parametrize(
    "text",
    [
        "食堂的饭太咸了",
        "建议食堂多开几个窗口",
        "周三食堂人太多了",
        "把东西忘在食堂了",
        "飯堂啲叉燒飯愈嚟愈貴",
    ],
)
def test_a_canteen_named_alone_is_a_place(text: str) -> None:
    # TAXONOMY: the location is the place the message names. A school's canteen named alone is
    # one; a dormitory named alone (宿舍没热水) is any of many and still asks which.
    found = find_location(canonical(text))
    assert found is not None and found.text in ("食堂", "饭堂")
