"""Block codes written a space before the block's word, rooms numbered from 0 on the ground
floor, numbered workshops and canteens, lettered lecture theatres."""

import pytest

from nlp import parse

READ = [
    ("E21 大樓門口兩支街燈壞咗", "E21"),
    ("E5 地下嗰部飲水機出嚟啲熱水唔夠熱", "E5"),
    ("有個唔識嘅男人喺 E31 後門一直跟住啲女同學", "E31"),
    ("E11 化學實驗室個抽風櫃抽風好弱", "E11"),
    ("近 N2 巴士站嗰段行人路啲地磚鬆晒", "N2"),
    ("E6 升降機突然停咗,有個同學困咗喺入面", "E6"),
    ("E34-G015 課室個咪冇聲", "E34-G015"),
    ("三号实训车间那台数控车床主轴有异响", "三号实训车间"),
    ("中午在第二學餐吃了排骨便當", "第二学餐"),
    ("LT-A 個aircon由朝早開始就一直吹暖風", "LT-A"),
    ("B1自行车库的卷帘门卡住了", "B1自行车库"),
    ("Blok A 的 Makmal Komputer 2 aircon 完全不冷", "Blok A Makmal Komputer 2"),
    ("E21 地庫嘅水喉爆咗", "E21地库"),
    ("N2 後面嗰個垃圾站臭到頂唔順", "N2后面"),
    ("想問上個月S2實驗室火警嘅調查報告出咗未", "S2实验室"),
    ("初二忠的课室门锁坏了", "初二忠"),
    ("九号楼的三楼这边厕所水管爆了", "9号楼3楼厕所"),
    ("建議喺圖書館地下自修區加裝多幾個 Wi-Fi 發射器", "图书馆地下"),
]

# A code with nothing of a block after it names no place: an error code, a paper size.
NOT_PLACES = ["电梯显示E6 不动了", "A4 纸在哪里领", "打印机报错E3 卡纸", "LTE信号不好"]


@pytest.mark.parametrize(("message", "place"), READ)
def test_place_is_read(message: str, place: str) -> None:
    location = parse(message).location
    assert location is not None
    assert place in location.text


@pytest.mark.parametrize("message", NOT_PLACES)
def test_code_alone_is_no_place(message: str) -> None:
    assert parse(message).location is None
