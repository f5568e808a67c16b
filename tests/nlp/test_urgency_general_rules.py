"""Urgency rules, second round: chemicals, violence, things about to fall on people; and the
messages that name a hazard without reporting one now: past incidents asked about, mistaken
alarms, figures of speech, places that flood every time it rains.

Every row is read as written and in the caller's `analysis` form, like tests/nlp/test_urgency.py.
"""

import pytest

from nlp.labels import Urgency
from nlp.normalize import analysis, canonical
from nlp.urgency import assess_urgency

CHEMICAL = [
    ("实验室一瓶试剂炸了 满屋子刺鼻的味道", "试剂炸了"),
    ("化学实验室有个试剂瓶爆了 好几个同学眼睛疼", "试剂瓶爆了"),
    ("做实验的时候烧瓶突然爆了", "烧瓶突然爆了"),
    ("实验室的试剂瓶掉地上炸开了 味道很刺鼻 有同学开始咳嗽", "炸开"),
    ("实验室有股很刺鼻的气味 我们好几个人头晕", "刺鼻"),
    ("化学楼二楼有股很冲的味道 好几个人恶心想吐 人已经撤离了", "很冲的味"),
    ("化学楼302有刺鼻气味 我们已经撤离了 但好几个人还在头晕", "刺鼻"),
    ("实验楼有刺激性气味 好几个同学咳嗽 已经撤离了", "刺激性"),
    ("生化楼有股氨气味 熏得人流眼泪", "氨气味"),
    ("闻到氯气的味道 嗓子好难受", "氯气"),
    ("宿舍有人把84消毒液和洁厕灵混在一起了 呛得喘不上气", "84消毒液和洁厕灵"),
    ("保洁阿姨把洁厕灵跟84倒在一起 厕所里一股怪味 眼睛好辣", "洁厕灵跟84"),
    ("保洁把消毒液和洁厕剂倒一块了 整层楼都是味 好几个人头疼", "消毒液和洁厕剂"),
    ("实验台上的浓硫酸打翻了", "硫酸打翻了"),
    ("实验室药品洒了一地 有毒气体 大家已经撤离了", "药品洒了"),
    ("化学楼有毒气体泄漏", "有毒气体"),
]

VIOLENCE = [
    ("校门口有几个社会青年堵着学生要钱", "堵着学生要钱"),
    ("操场角落有几个高年级的在勒索新生", "勒索"),
    ("几个社会人员把我们宿舍的同学堵在厕所里要钱", "堵在"),
    ("宿舍楼下两个人吵着吵着动手了", "动手了"),
    ("有几个校外人员在宿舍楼下闹事 还动手打了宿管", "动手打"),
    ("食堂有人推人 还打了阿姨一巴掌", "推人"),
    ("食堂门口有个人在推搡阿姨", "推搡"),
    ("我室友被人打了 脸都肿了", "被人打了"),
    ("有个学生被几个人围着打", "围着打"),
    ("两个男生在走廊上扭打在一起", "扭打"),
    ("一个喝醉的男的在宿舍楼下大喊大叫 还在砸东西", "砸东西"),
    ("宿舍楼下有个男的喝醉了 一直骂人 还踹垃圾桶", "喝醉"),
    ("一个醉酒的人在宿舍门口乱砸东西", "乱砸东西"),
    ("有个人拿着剪刀在教学楼里乱挥", "拿着剪刀"),
    ("有人拿着酒瓶追着人打", "拿着酒瓶"),
    ("几个家长把宿管阿姨堵在办公室里不让出来", "把宿管阿姨堵在"),
    ("家长把辅导员堵在办公室里不让走", "把辅导员堵在"),
    ("有人把保安锁在值班室里了", "把保安锁在"),
    ("保安被几个人围住了 在推搡", "被几个人围住"),
]

FALLING = [
    ("外墙的瓷砖正往下掉 下面就是人行道", "往下掉"),
    ("三楼窗户玻璃碎了 碎玻璃正往下掉 楼下就是食堂门口", "往下掉"),
    ("体育馆屋檐的瓦片正往下掉 下面有人在排队", "往下掉"),
    ("图书馆门口上面的墙皮一直掉渣 经常有人经过", "掉渣"),
    ("走廊天花板的吊顶往下掉碎块 同学们还在下面走", "往下掉"),
    ("教学楼顶上的广告牌松动了 下面就是主干道", "松动"),
    ("教学楼外墙有块大理石板松动了 下面是学生进出的大门", "松动"),
    ("大风吹得广告牌摇摇晃晃 底下有很多学生经过", "摇摇晃晃"),
    ("大风把树枝吹断了 还挂在树上晃来晃去 下面有学生经过", "晃来晃去"),
    ("体育馆顶上的灯晃得厉害 下面同学在打球", "晃得厉害"),
    ("宿舍楼的空调外机架子锈断了 摇摇欲坠 下面是过道", "摇摇欲坠"),
    ("办公楼的外墙砖随时会掉下来 楼下是停车场和人行道", "随时会掉下来"),
]

# Still going on, or flooding now: the past word or the rain does not end the danger.
STILL_NOW = [
    ("前天插座冒火花 今天又冒了 还有焦味", "冒火花"),
    ("上周就漏电 现在又开始漏了", "漏电"),
    ("昨天开始电梯就困过人 现在里面又有人被困了", "被困"),
    ("宿舍一楼进水了 已经没过脚踝", "没过脚踝"),
    ("一下雨宿舍就进水 现在水已经没过脚踝了", "没过脚踝"),
    ("宿舍楼道进水了 水已经漫到脚踝", "漫到脚踝"),
    ("暴雨 现在地下车库已经进水了 水一直往里灌", "车库已经进水"),
    ("闻到焦味 原来是插座短路了", "焦味"),
]

PAST = [
    "前天插座冒火花那事后来查出原因了吗",
    "昨天有人被困在电梯里出不来，后来保安撬开的，那个锁修好了吗",
    "上周着火的那间宿舍现在能住了吗",
    "上周实验室试剂泄漏那次 后来处理结果出来了吗",
    "前天宿舍着火那事 后来查出原因没有",
    "昨天宿舍楼有人晕倒 后来怎么样了",
    "昨天食堂那个晕倒的阿姨后来没事吧",
    "上周食堂那批吃坏肚子的同学现在都好了吗",
    "之前宿舍漏电 后来换了线路 现在好了",
]

MISTAKEN = [
    "我还以为是煤气泄漏 原来是垃圾桶的味道",
    "以为着火了 原来是有人在烧烤",
    "闻到一股焦味 其实是灰尘味 没冒烟",
    "刚才闻到像煤气的味道 原来是厨房在煮东西",
    "还以为漏水了 原来是空调的冷凝水",
    "走廊烟雾报警器响了 以为着火了 其实是有人在吸烟",
    "看到一股烟 其实是水蒸气",
    "刚才以为有人晕倒了 其实是在睡觉",
    "我以为着火了 虚惊一场",
]

FIGURES = [
    "辣得我原地爆炸",
    "这家的新品好吃到原地爆炸",
    "被室友气炸了",
    "手机电量要爆炸了",
    "班级群消息爆炸 根本看不过来",
    "群里消息都炸了",
    "期末作业堆成山 我的头要炸了",
    "今天作业多到爆炸",
    "快递站今天人爆炸多",
    "今天的课表简直爆炸",
    "这次的活动火🔥爆了",
    "我的电脑中了勒索病毒 网络中心能帮忙吗",
]

RECURRING = [
    "一下雨主干道就积水，能没过脚踝",
    "每次下大雨 地下车库都被淹",
    "一到下雨天 图书馆门口就淹水",
    "下雨天宿舍门口总是积水很深 能不能修一下",
    "雨季的时候操场经常被淹 建议改一下排水",
    "雨天食堂门口老是积水 能没过鞋",
]

# The same words in everyday complaints and questions.
EVERYDAY = [
    "消毒水味道太重了 整条走廊熏得人头疼",
    "三教的教室还是老式黑板 粉笔灰呛得前排同学直咳嗽",
    "厕所太臭了 熏得人恶心想吐",
    "新宿舍有甲醛味 能不能检测一下",
    "84和洁厕灵能混在一起用吗",
    "84消毒液和洁厕灵不能混用 建议贴个提示",
    "实验课需要用到盐酸 注意安全",
    "师傅拿着扳手修了半天也没修好",
    "铁架床一动就咯吱响,修了两次越修越响,师傅就是拿锤子敲了几下",
    "自己动手修好了 不用来了",
    "打了他好几个电话都没人接",
    "教室里很多人在打牌",
    "作业被打了零分",
    "排队的人太多了 推来推去的",
    "楼上天天砸东西 吵死了",
    "宿管不让我们出去 门都锁了",
    "我把钥匙锁在宿舍里了",
    "室友把我锁在门外了",
    "食堂的价格简直是抢钱",
    "头发一直往下掉",
    "楼下人行道上的地砖松动了 走路不小心会绊倒",
    "教室的灯管松动了 晚上会闪",
]

URGENT_ROWS = CHEMICAL + VIOLENCE + FALLING + STILL_NOW
NORMAL_ROWS = PAST + MISTAKEN + FIGURES + RECURRING + EVERYDAY


def _forms(text: str) -> list[str]:
    return [text, analysis(canonical(text))]


@pytest.mark.parametrize(("text", "evidence"), URGENT_ROWS)
def test_present_danger_is_urgent_with_its_phrase(text: str, evidence: str) -> None:
    for form in _forms(text):
        urgency, found = assess_urgency(form)
        assert urgency is Urgency.URGENT, form
        assert any(evidence in phrase or phrase in evidence for phrase in found), (form, found)


@pytest.mark.parametrize("text", NORMAL_ROWS)
def test_hazard_words_without_a_present_danger_are_normal(text: str) -> None:
    for form in _forms(text):
        assert assess_urgency(form) == (Urgency.NORMAL, ()), form


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        ("实验室有刺鼻的气味", Urgency.NORMAL),  # a smell alone is a complaint
        ("实验室有刺鼻的气味 好几个人头晕", Urgency.URGENT),  # people affected
        ("实验室有刺鼻的气味 好几个人头晕 已经撤离了", Urgency.URGENT),  # the room is not safe
    ],
)
def test_fumes_are_urgent_once_someone_is_affected(text: str, urgency: Urgency) -> None:
    assert assess_urgency(text)[0] is urgency


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        ("外墙瓷砖往下掉", Urgency.NORMAL),
        ("外墙瓷砖往下掉 下面就是人行道", Urgency.URGENT),
        ("墙皮一直掉渣", Urgency.NORMAL),
        ("墙皮一直掉渣 经常有人经过", Urgency.URGENT),
    ],
)
def test_loose_things_overhead_are_urgent_only_above_people(text: str, urgency: Urgency) -> None:
    assert assess_urgency(text)[0] is urgency


@pytest.mark.parametrize(
    ("text", "urgency"),
    [
        ("昨天插座冒火花", Urgency.NORMAL),
        ("昨天插座冒火花 现在还在冒", Urgency.URGENT),
        ("昨天插座冒火花 现在又开始了", Urgency.URGENT),
        ("昨天插座冒火花 到现在还没人修", Urgency.URGENT),
        ("我昨天报修了空调 现在宿舍着火了", Urgency.URGENT),  # the past word is another clause's
    ],
)
def test_a_past_word_makes_a_past_event_unless_it_is_still_going_on(
    text: str, urgency: Urgency
) -> None:
    assert assess_urgency(text)[0] is urgency
