"""Modifiers read in scope, ConText style: each lowers only the hazards it reaches, and says how.

A lowered message is normal, and `urgency_reading(...).lowered` names the concept with the kind
of the modifier that lowered it ("fire:negated"). A modifier outside its scope (past a clause
break or a terminator such as 但是, or of another kind than the words that take it back) leaves
the message urgent.
"""

import pytest

from nlp.labels import Urgency
from nlp.normalize import analysis, canonical
from nlp.urgency import UrgencyReading, assess_urgency, urgency_reading

LOWERED = [
    # negated
    ("插座没有冒烟 就是不通电", "smoke:negated"),
    ("不是漏电 是插座坏了", "electric_shock:negated"),
    ("没有人受伤 只是门坏了", "injury:negated"),
    ("没有冒烟 也没有焦味 就是插座不通电", "burning_smell:negated"),
    ("插座烧坏了 已经断电了 不冒烟也没有味道 明天来换就行", "burnt_wiring:negated"),
    ("no smoke, just the fan making noise", "smoke:negated"),
    ("冇人受伤 不过玻璃碎咗一地", "injury:negated"),
    # hypothetical: feared, supposed, asked about, a near miss
    ("万一着火怎么办", "fire:hypothetical"),
    ("如果着火了 应该往哪里跑", "fire:hypothetical"),
    ("担心电线老化会着火", "fire:hypothetical"),
    ("怕电梯突然掉下去 不敢坐", "lift_trapped:hypothetical"),
    ("要是有人晕倒了 怎么办", "medical:hypothetical"),
    ("电线乱拉很容易引起火灾", "fire:hypothetical"),
    ("会不会有火灾隐患", "fire:hypothetical"),
    ("着火了应该怎么逃生", "fire:hypothetical"),
    ("我刚才差点在楼梯上摔倒 台阶太滑了", "injury:hypothetical"),
    ("路灯不亮 晚上走路怕摔倒", "injury:hypothetical"),
    ("what if there is a fire in the lab", "fire:hypothetical"),
    # historical: over, recalled, asked after
    ("上周着过火现在没事了", "fire:historical"),
    ("昨天有人晕倒 现在已经没事了", "medical:historical"),
    ("上个月宿舍着火的事处理完了吗", "fire:historical"),
    ("去年食堂食物中毒以后 卫生好多了", "food_poisoning:historical"),
    ("之前有人跟踪女生 抓到了吗", "stranger_threat:historical"),
    ("电梯昨天困人了 今天修好了吗", "lift_trapped:historical"),
    ("上周宿舍楼下有人持刀的事 抓到人了吗", "violence:historical"),
    ("昨天操场有人打架 现在处理了吗", "violence:historical"),
    ("那天电梯困人 保安很快就到了 谢谢", "lift_trapped:historical"),
    # resolved
    ("插座不冒烟了 已经修好了", "smoke:resolved"),
    ("刚才楼道垃圾桶着火了 已经扑灭了", "fire:resolved"),
    ("水管爆了 我们已经把总阀关掉了 明天来修就行", "flooding:resolved"),
    # drill
    ("明天消防演练 会放烟雾", "smoke:drill"),
    ("电梯困人演练什么时候", "lift_trapped:drill"),
    ("消防演练的时候烟雾弹放得太多了 呛死了", "smoke:drill"),
    # figurative
    ("气得冒烟", "smoke:figurative"),
    ("这个菜辣到冒烟", "smoke:figurative"),
    ("辣得我嘴巴冒火", "fire:figurative"),
    ("热得我快晕倒了", "medical:figurative"),
    ("今天好累 快晕倒了", "medical:figurative"),
    ("班级群消息爆炸 根本看不过来", "fire:figurative"),
    # hearsay
    ("听说隔壁学校着火了", "fire:hearsay"),
    ("新闻说外校宿舍着火了", "fire:hearsay"),
    ("据说隔壁楼电梯困人了", "lift_trapped:hearsay"),
    ("听说食堂有人食物中毒 是真的吗", "food_poisoning:hearsay"),
    ("i heard got fire at block c yesterday, is it true", "fire:hearsay"),
    # mistaken
    ("以为着火了 原来是有人在烧纸", "fire:mistaken"),
    ("还以为着火了 其实是有人在做饭", "fire:mistaken"),
    ("我以为有人跟踪我 其实是同路的同学", "stranger_threat:mistaken"),
    # a place that floods each time it rains
    ("一下雨主干道就积水，能没过脚踝", "flooding:recurring"),
    ("每次下大雨 地下车库都被淹", "flooding:recurring"),
    # everyday smoke and smells
    ("楼下有人烧烤 烟好大", "smoke:everyday"),
    ("食堂炒菜的油烟太大", "smoke:everyday"),
    ("the canteen kitchen very smoky when cooking, need better ventilation", "smoke:everyday"),
]

# Hazard words in words that name no hazard at all.
NO_HAZARD = [
    "热死了",
    "明天消防演练",
    "电脑中毒了",
    "打火机能带吗",
    "燃气灶打不着火",
    "电梯坏了 要爬楼",
    "电梯停了 里面没人",
    "消防通道的灯坏了",
    "灭火器过期了",
    "笑死我了",
    "跳楼价甩卖二手书",
    "手机摔了一下 屏幕裂了",
    "宿舍楼后面那根电线杆歪了 建议加固一下",
    "fire drill tomorrow at 10am",
    "the fire extinguisher expired",
]

STAYS_URGENT = [
    # a terminator or a clause break ends the scope
    "没有冒烟,但是插座一直在冒火花",
    "虽然没着火 但是一直在冒烟",
    "没有明火但插座一直冒火花",
    "我昨天报修了空调 现在宿舍着火了",
    "上周报修的插座现在冒烟了",
    # a past word taken back by one that says it goes on
    "昨天插座冒火花 现在还在冒",
    "上周就说过的电线裸露 到现在还没修",
    "之前修过 但是现在又漏电了",
    "从上周开始宿舍就一直有焦味",
    # a fear beside a present danger lowers only the feared one
    "楼道插座冒烟了 会不会着火啊 好怕",
    "电线掉在地上 外皮破了 怕有人踩到",
    "消防通道门被锁上了 万一着火怎么跑",
    # words that hold a modifier without being one
    "不知道为什么 插座突然冒烟了",
    "没办法 电梯卡住了 我们出不去",
    "插座一直不停冒火花",
    # a mistaken sign whose real cause is a danger too
    "闻到焦味 原来是插座短路了",
    # the supply is shut but the water still comes
    "水管爆了 已经把龙头关了 但是还在喷",
    "10号楼一楼男厕水管爆了 水已经流到走廊 快把总阀关了",
    # a figure of speech lowers only the word inside it
    "插座冒火花了 吓得我赶紧拔了插头",
    "急得我赶紧打了119",
]


def _reading(text: str) -> UrgencyReading:
    return urgency_reading(analysis(canonical(text)))


@pytest.mark.parametrize(("text", "lowered"), LOWERED)
def test_modifier_lowers_the_hazard_it_reaches(text: str, lowered: str) -> None:
    reading = _reading(text)
    assert not reading.urgent, (text, reading)
    assert lowered in reading.lowered, (text, reading)
    assert lowered.split(":")[0] in reading.concepts


@pytest.mark.parametrize("text", NO_HAZARD)
def test_words_that_only_look_like_a_hazard_name_none(text: str) -> None:
    reading = _reading(text)
    assert (reading.urgent, reading.concepts) == (False, ()), reading


@pytest.mark.parametrize("text", STAYS_URGENT)
def test_modifier_out_of_scope_leaves_the_danger_urgent(text: str) -> None:
    assert assess_urgency(analysis(canonical(text)))[0] is Urgency.URGENT, text
