"""Classes of error found on fresh text written by others: past and resolved incidents with a
later all-clear, worries about some future accident, everyday faults that share words with
dangers (all must stay normal); and "not a drill", people shut in lifts, things about to fall
on people, fires that "caught", smoke-filled rooms and English threats (all must be urgent).
The sentences are new, not the data entries' own examples."""

import pytest

from nlp.normalize import analysis, canonical
from nlp.urgency import urgency_reading

NORMAL = [
    # past and resolved, the all-clear after the hazard
    ("上学期宿舍水管爆过一次 现在一点问题都没有", "flooding"),
    ("上礼拜饭堂爆水喉 而家已经冇事喇", "flooding"),
    ("前天晚上电梯困了两个人 后来都被放出来了 今天照常运行", "lift_trapped"),
    ("the wiring in room 204 sparked last week, they replaced it, all good now", "sparks"),
    ("got smoke in the pantry yesterday, turned out someone burnt popcorn, all fine now", "smoke"),
    ("上个月配电箱冒烟了 电工修完以后现在一切正常", "smoke"),
    # a feared future accident
    ("宿舍门口那级台阶好滑 驚遲早有老人家跌親", "injury"),
    ("楼梯扶手松了 担心迟早会有人摔下去", "injury"),
    ("路灯坏了一个月 早晚会有人摔倒", "injury"),
    # everyday faults
    ("下完暴雨 足球场被淹了 今天体育课取消", "flooding"),
    ("书桌一条腿断了 现在拿砖头垫着 随时会倒", "falling_object"),
    ("北门栅栏破了个口子 村里的小孩天天从那里钻进来", "stranger_threat"),
    ("周三的安全教育讲座讲了宿舍火灾和触电急救", "electric_shock"),
]

URGENT = [
    ("烟感报警一直响 不是演习 二楼走廊真的有烟", "smoke"),
    ("it is not a drill!! smoke in the stairwell at block 2", "smoke"),
    ("警钟响咗 唔係演習 厨房有烟", "smoke"),
    ("三号楼货梯里关了个阿姨 按铃也没人应", "lift_trapped"),
    ("我同学被锁在电梯里半个小时了", "lift_trapped"),
    ("电梯卡在四楼 里面的人一直在拍门喊人", "lift_trapped"),
    ("超市门口的广告牌螺丝都掉了 在风里晃 下面好多人在排队", "falling_object"),
    ("外墙瓷砖刚掉下来差点砸到人 大门上面还有好几块松动的", "falling_object"),
    ("那面老墙裂了往外鼓 小学生每天从墙边走", "collapse"),
    ("楼道里的纸箱被烟头引着了", "fire"),
    ("宿舍整个房间都是烟 看不见人", "smoke"),
    ("someone is taking photos of girls in the changing room", "stranger_threat"),
    ("an uncle keeps following my roommate from the bus stop", "stranger_threat"),
    ("pls send security now, block 7 lobby", "violence"),
]


def _reading(text: str):
    return urgency_reading(analysis(canonical(text)))


@pytest.mark.parametrize(("text", "concept"), NORMAL)
def test_named_but_lowered(text: str, concept: str) -> None:
    """Normal, and the hazard is seen and lowered, so the learned model cannot raise it."""
    reading = _reading(text)
    assert not reading.urgent, reading
    assert concept in reading.concepts, reading
    assert len(reading.lowered) == len(reading.concepts), reading


@pytest.mark.parametrize(("text", "concept"), URGENT)
def test_urgent_now(text: str, concept: str) -> None:
    reading = _reading(text)
    assert reading.urgent, reading
    assert concept in reading.concepts, reading
