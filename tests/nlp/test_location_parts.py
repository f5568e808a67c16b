"""What a place keeps besides its building: a part of it, a room of a block or a facility, a
floor as the sign writes it, a class; and which of several places a message names wins.

Messages go through `canonical` first, as `parse` hands them over.
"""

import pytest

from nlp.location import find_location
from nlp.normalize import canonical
from tests.nlp.reading import place_text


@pytest.mark.parametrize(
    ("message", "place"),
    [
        # a part written after the building or its floor is kept with them
        ("体育馆二楼的男厕所水龙头关不紧", "体育馆2楼男厕所"),
        ("喺七座大堂等咗好耐 部升降机唔郁", "7座大堂"),
        ("报告厅后面的配电房一直嗡嗡响", "报告厅后面配电房"),
        ("北区食堂后厨的排风扇掉下来了", "北区食堂后厨"),
        ("宿舍楼道里又有人抽烟", "宿舍楼道"),
        # a room of a block, even before a word that makes a bare number a count
        ("八座1203個冷氣滴水", "8座1203"),
        ("我住五座 1105嘅門鎖壞咗", "5座1105"),
        # a room read out in Chinese digits right after its building's 的, not a year
        ("嗯就是那个 门锁坏掉了 在十二栋的三零六", "12栋306"),
        ("十二栋的二零二四年维修记录能查吗", "12栋"),
        # a room given its label in the clause after its building
        ("孩子住在北区7号楼,房间号是318,空调一直不制冷", "北区7号楼318"),
        ("综合楼A区305天花板漏水", "综合楼A区305"),
        ("三座啲升降機成日壞", "3座"),
        ("第二座冇熱水", "第2座"),
        # a room labelled 宿舍/寝室 a little after its building is a room of it
        ("我住在15号楼的423宿舍 空调不凉", "15号楼423"),
        ("梅园3舍的210寝室门锁坏了", "梅园3舍210"),
        ("老家属区7栋 那个302房间漏水", "老家属区7栋302"),
        # a building of a series: a character, a number, a kind
        ("研2楼的暖气不热", "研2楼"),
        ("住学6公寓502 热水器坏了", "学6公寓502"),
        ("上周学3公寓停电那次还没赔", "学3公寓"),
        # a floor in Chinese numerals is Arabic; 5F and 12/F are kept as written
        ("图书馆5F的饮水机没水", "图书馆5F"),
        ("B座 12/F 走廊好黑", "B座12/F走廊"),
        ("行政楼三楼会议室的投影仪坏了", "行政楼3楼会议室"),
        # the numbered rooms of a facility
        ("画室3号的灯管一闪一闪", "画室3号"),
        ("练琴房7号的钢琴走音了", "练琴房7号"),
        ("阶梯教室2的投影仪投不出来", "阶梯教室2"),
        # a school's classes and the rooms of a grade
        ("中二班的空调遥控器不见了", "中二班"),
        ("我孙女在小三班 她说厕所的灯坏了", "小三班厕所"),
        ("高一年级办公室的饮水机漏水", "高一年级办公室"),
        ("我是五零三寝室的", "503"),
        # the first specific place, and both of two places of one report
        ("二楼的灯全灭了 走到食堂那边才有电", "2楼"),
        ("上周3号楼停水那事还没解释", "3号楼"),
        ("从东区食堂到图书馆的路灯都坏了", "东区食堂到图书馆"),
        ("篮球场和网球场的灯都不亮", "篮球场和网球场"),
        ("竹园2舍是研究生楼 刚才二楼楼梯口有人摔倒了", "竹园2舍2楼楼梯口"),
    ],
)
def test_place_keeps_what_is_written_with_it(message: str, place: str) -> None:
    assert place_text(message) == place


@pytest.mark.parametrize(
    ("message", "place"),
    [
        # a count, a time or a word inside another word is no part of the place
        ("在琴房练了2小时", "琴房"),
        ("琴房3台钢琴都坏了", "琴房"),
        ("3号楼2023年就该修了", "3号楼"),
        ("图书馆150个座位都满了", "图书馆"),
        ("化学3楼厕所堵了", "3楼厕所"),
        ("食堂的饭太咸", "食堂"),
        ("21栋电梯卡在四楼和五楼之间了", "21栋"),
    ],
)
def test_what_is_no_part_of_the_place_is_left_out(message: str, place: str) -> None:
    assert place_text(message) == place


@pytest.mark.parametrize(
    "message",
    [
        "厨房用品在哪买",
        "看台湾的新闻",
        "爬了十楼的楼梯累死",
        "三座大山压着",
        "一座桥塌了",
        "3座位都坏了",
        "大学2楼",
        "周三栋楼停电",
        "我们班主任",
        "其中一班的同学",
        "三年级的数学题太难",
        "一共花了300个小时",
    ],
)
def test_near_misses_name_no_place(message: str) -> None:
    found = find_location(canonical(message))
    assert found is None or found.vague, found


@pytest.mark.parametrize(
    ("message", "place"),
    [
        # an English building right after Chinese words is still read
        ("多謝Hall 6嗰位水喉師傅", "Hall 6"),
        ("聽日Hall 2係咪有火警演習", "Hall 2"),
        # a Chinese floor right after it joins it
        ("Hall 2四樓沖涼房冇熱水", "Hall 2 4楼冲凉房"),
        ("Hall 10三樓走廊天花甩咗條電線", "Hall 10 3楼走廊"),
        # a Taiwan dormitory keeps its name as written; a grade and a class are numbers, and a
        # kindergarten's class (小二班) a name
        ("男三舍212窗戶關不起來", "男三舍212"),
        ("三年级二班有四张课桌桌面翘起来了", "3年级2班"),
        ("小二班玩具柜后面有蟑螂", "小二班"),
    ],
)
def test_english_buildings_dormitories_and_classes(message: str, place: str) -> None:
    assert place_text(message) == place


@pytest.mark.parametrize("message", ["the hallway is dark", "Hallo 你好", "谢谢hall里的阿姨"])
def test_words_that_only_look_like_an_english_building(message: str) -> None:
    assert place_text(message) is None
