"""`find_location` on places named by a facility noun: 澡堂, 配电房, 书法室, 荷花池, 金工车间.

A campus names its rooms and grounds by what is done there. Listed ones are in the gazetteer;
others are read by the shape of their head (…房 …室 …店 …站 …池 …场 …车间), with guards so
that everyday words (房间, 室友, 电池, 网站, 现场) are not taken. Messages go through
`canonical` first, as `parse` hands them over, so some are written in Traditional characters.
"""

import pytest

from nlp.location import find_location
from nlp.normalize import canonical

# message, Location.text, building, floor
_FACILITY_ALONE = [
    ("澡堂没有热水", "澡堂", "澡堂", None),
    ("去澡堂洗澡的路上很黑", "澡堂", "澡堂", None),
    ("配电房冒烟了", "配电房", "配电房", None),
    ("配电室跳闸了", "配电室", "配电室", None),
    ("书法室的空调不制冷", "书法室", "书法室", None),
    ("文印店的打印机卡纸", "文印店", "文印店", None),
    ("荷花池里有死鱼", "荷花池", "荷花池", None),
    ("金工车间的行车有异响", "金工车间", "金工车间", None),
    ("膳堂今日冇饭食", "膳堂", "膳堂", None),
    ("溫習室冷氣好凍", "温习室", "温习室", None),
    ("实训楼停电了", "实训楼", "实训楼", None),
    ("快递站排队排到门口", "快递站", "快递站", None),
    ("医务室没有人值班", "医务室", "医务室", None),
    ("报告厅的麦克风没声音", "报告厅", "报告厅", None),
    ("开水房的开水器坏了", "开水房", "开水房", None),
    ("锅炉房在冒黑烟", "锅炉房", "锅炉房", None),
    ("琴房的钢琴走音了", "琴房", "琴房", None),
    ("游泳馆的更衣柜坏了", "游泳馆", "游泳馆", None),
    ("篮球场的灯晚上不亮", "篮球场", "篮球场", None),
    ("泳池的水很脏", "泳池", "泳池", None),
    ("球场的灯坏了", "球场", "球场", None),
    ("小卖部的冰柜不制冷", "小卖部", "小卖部", None),
    ("草坪上全是垃圾", "草坪", "草坪", None),
    ("天台的门被锁了", "天台", "天台", None),
    ("凉亭的柱子裂了", "凉亭", "凉亭", None),
    ("卫生所没开门", "卫生所", "卫生所", None),
    ("系館漏水", "系馆", "系馆", None),
    ("食阁的桌子很脏", "食阁", "食阁", None),
    ("小贩中心好多苍蝇", "小贩中心", "小贩中心", None),
    ("便利商店的冰箱坏了", "便利商店", "便利商店", None),
    ("地下车库有积水", "地下车库", "地下车库", None),
    # with a floor before or after it
    ("二楼书法室的灯不亮", "2楼书法室", "书法室", 2),
    ("三楼的开水房漏水", "3楼开水房", "开水房", 3),
    ("宿舍六楼洗衣房洗衣机坏了", "6楼洗衣房", "洗衣房", 6),
    ("B1停车场漏水", "B1停车场", "停车场", -1),
    ("实训楼三楼漏水", "实训楼3楼", "实训楼", 3),
    ("系館三樓廁所漏水", "系馆3楼厕所", "系馆", 3),
]

# Names nobody listed, read from the head they end in.
_BY_SHAPE = [
    ("篆刻室的灯坏了", "篆刻室"),
    ("在陶艺室上课没有空调", "陶艺室"),
    ("木工房的电锯漏电", "木工房"),
    ("西区木工房漏水", "西区木工房"),
    ("图文快印店关门了", "图文快印店"),
    ("去眼镜维修店的路上有个坑", "眼镜维修店"),
    ("邮政代办站关门了", "邮政代办站"),
    ("妈妈驿站的门坏了", "妈妈驿站"),
    ("锦鲤池有死鱼", "锦鲤池"),
    ("在数控加工车间闻到焦味", "数控加工车间"),
    ("射箭场的靶子倒了", "射箭场"),
    ("晾衣场的绳子断了", "晾衣场"),
    ("报刊亭被风吹倒了", "报刊亭"),
    ("停机坪旁边的灯坏了", "停机坪旁边"),
    ("攀岩馆的垫子破了", "攀岩馆"),
    ("研究生工作室的空调遥控器丢了", "研究生工作室"),
    ("樱花广场积水了", "樱花广场"),
]

# Directions, ages and areas glued before a listed place, and the side after it (旁边, 门口:
# where the thing is), are kept.
_AROUND_A_PLACE = [
    ("东区澡堂门口积水", "东区澡堂门口"),
    ("西澡堂没有热水", "西澡堂"),
    ("北区篮球场的篮板裂了", "北区篮球场"),
    ("新图书馆三楼没网", "新图书馆3楼"),
    ("老食堂的门坏了", "老食堂"),
    ("老图书馆的屋顶漏雨", "老图书馆"),
    ("体育馆对面的路灯坏了", "体育馆对面"),
    ("图书馆旁边的垃圾桶满了", "图书馆旁边"),
    ("小卖部门口有积水", "小卖部门口"),
    ("南校区游泳馆漏水", "南校区游泳馆"),
    ("学生公寓门口的路灯不亮", "学生公寓门口"),
    ("东区学生公寓停电了", "东区学生公寓"),
]

# A room inside a building gives way to the building, and is kept as the building's room
# where it is written before or after it; the building stays the building.
_ROOM_OF_A_BUILDING = [
    ("洗衣房的洗衣机又卡门了 桂园2舍", "桂园2舍洗衣房", "桂园2舍"),
    ("竹园3舍洗衣房就一台烘干机", "竹园3舍洗衣房", "竹园3舍"),
    ("体育馆更衣室的淋浴不出水", "体育馆更衣室", "体育馆"),
    ("图书馆研讨室的大屏幕连不上", "图书馆研讨室", "图书馆"),
    ("开水房没热水 在8号楼", "8号楼开水房", "8号楼"),
    ("医务室没人 我在3号楼", "3号楼", "3号楼"),
]

_NO_PLACE = [
    "我的电脑坏了",
    "开门的时候门把掉了",
    "部分同学没有收到通知",
    "大部分宿舍都停水了",
    "中心思想是什么",
    "厕所门坏了",
    "房间好冷",
    "宿舍房间好冷",
    "我房间的灯坏了",
    "宿管查房太频繁",
    "要求换房",
    "室友半夜打游戏",
    "室内太冷了",
    "希望能有个自习室",
    "可唔可以喺自修室加多几部冷气",
    "办公室电话打不通",
    "请问几点开门",
    "这个部门怎么联系",
    "网站打不开",
    "官方网站登不上",
    "地铁出站口人太多",
    "同学站在门口等",
    "充电池鼓包了",
    "洗手池堵了",
    "小便池旁边有人吐了",
    "市场价格太高",
    "考试现场太吵",
    "场地不够用",
    "比赛场面很乱",
    "课室冷气坏咗",
    "隔篱房日日半夜唱K",
    "学生公寓停水了",
    "宿舍楼下的垃圾桶满了",
    "建议给老宿舍楼都装上空调",
    "看台湾的新闻",
    "店员态度不好",
    "密室逃脱好玩",
]


@pytest.mark.parametrize(("message", "text", "building", "floor"), _FACILITY_ALONE)
def test_facility_named_alone_is_a_place(
    message: str, text: str, building: str, floor: int | None
) -> None:
    location = find_location(canonical(message))
    assert location is not None
    assert (location.text, location.building, location.floor) == (text, building, floor)


@pytest.mark.parametrize(("message", "text"), _BY_SHAPE)
def test_unlisted_facility_is_read_from_its_head(message: str, text: str) -> None:
    location = find_location(canonical(message))
    assert location is not None
    assert location.text == text


@pytest.mark.parametrize(("message", "text"), _AROUND_A_PLACE)
def test_direction_area_and_side_are_kept(message: str, text: str) -> None:
    location = find_location(canonical(message))
    assert location is not None
    assert location.text == text


@pytest.mark.parametrize(("message", "text", "building"), _ROOM_OF_A_BUILDING)
def test_room_inside_a_building_gives_way_to_the_building(
    message: str, text: str, building: str
) -> None:
    location = find_location(canonical(message))
    assert location is not None
    assert (location.text, location.building) == (text, building)


@pytest.mark.parametrize("message", _NO_PLACE)
def test_everyday_word_ending_in_a_facility_head_is_no_place(message: str) -> None:
    found = find_location(canonical(message))
    assert found is None or found.vague, found
