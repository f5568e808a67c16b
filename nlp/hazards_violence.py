"""Dangers from people: threats, fights, extortion, a weapon, someone followed or held in a room.

The same verbs name everyday things ("动手能力", "打了他好几个电话", "这价格是抢钱",
"勒索病毒", "楼上天天砸东西"), so each phrase carries its victim, its weapon or its anger.
"""

from nlp.hazard_rule import Hazard
from nlp.hazards_people import PERSON

_WEAPON = (
    r"刀|菜刀|砍刀|匕首|水果刀|刀子|棍|棍子|铁棍|木棍|棒|棒子|球棒|砖|砖头|凶器|武器|枪|弩|电棍|"
    r"甩棍"
)
# Tools that workers carry too ("师傅拿锤子敲了几下"): a weapon only when swung at people.
_TOOL = r"剪刀|锤子|铁锤|榔头|斧头|斧子|扳手|钢管|铁管|铁链|酒瓶|啤酒瓶|椅子|凳子|板凳|石头"
_MENACE = r"乱挥|挥舞|挥来挥去|追|砸人|打人|威胁|吓|砍|冲着|对着|要打|喊|骂|醉|疯"
_NEAR = r"[^ ,。!?]{0,4}?"
# 打 as a blow, not a game or a call: "围着打牌", "被打了零分".
_BEATING = r"打(?!牌|球|游戏|麻将|扑克|闹|电话|卡|饭|水|针)"
_BEATEN_END = r"(?=$|[ ,。!?~啊呀吗]|一顿|好几|几下|几拳|一拳|一巴掌)"
# Someone a fight or a threat is aimed at.
_VICTIM = r"我|他|她|人|同学|学生|阿姨|老师|保安|宿管|师傅|女生|男生|小孩|孩子|室友|舍友"
_YOUNG = r"人|学生|同学|小孩|孩子|女生|男生|新生|学弟|学妹|低年级"
_ATTACKER = r"人|他|她|他们|她们|几个人|一群人|男的|醉汉|别人|同学|室友|舍友|家长|社会青年"
_PERSON_HELD = PERSON + r"|辅导员|班主任|领导"
# Kept in, not shut out: "把我锁在门外" is no danger.
_HELD = r"(?:堵|锁|关|围|困|反锁|扣)(?:在|住|起来)(?![^ ,。!?]{0,6}外)"
# What a drunk or angry person does that makes them a danger, not a nuisance.
_RAMPAGE = r"砸|打人|打架|动手|打起来|闹事|闹|骂|吼|喊|撒野|拿着|追|踹|拍门|敲门|堵|推|拦|缠"
_ANGER = r"醉|酒|疯|闹事|骂人|打人|打架|拿着|威胁|失控|动手|害怕|好怕|很怕|情绪激动|发火"

VIOLENCE_HAZARDS: tuple[Hazard, ...] = (
    Hazard(
        "threat",
        (
            r"跟踪|尾随|(?:一直|一路|偷偷|悄悄|总是|老是|默默)跟(?:着|住)|跟了[^ ,。!?]{0,3}一路|"
            r"(?:拿|拎|揸|带|持|举|挥|提|握|抄|抡)(?:着|住|了|起)?(?:一把|把|根|一根|个|一个)?"
            r"(?:" + _WEAPON + r")(?!叉|架|柜|片)|"
            r"持刀|挥刀|动刀|砍人|捅人|打人|殴打|打架|斗殴|打起来了|打了起来|打成一团|扭打|互殴|"
            r"群殴|围殴|打群架|打交(?!道)|抢劫|抢包|抢手机|持械|"
            r"偷窥|偷拍|露阴|暴露狂|性骚扰|猥亵|非礼|袭击|醉汉|发酒疯|撒酒疯|耍酒疯|威胁|恐吓|"
            r"动手动脚|耍流氓|骚扰(?:女生|女同学|学生|我)|破门|撬门|撬锁|扒窗|爬窗|"
            r"可疑的?(?:人|男|女|男子|人员)|"
            r"陌生(?:人|男子|男人|男的)[^ ,。!?]{0,10}(?:徘徊|敲门|拍门|砸门|闯|跟|敲车窗|撬)|"
            r"(?:砸|撬)(?:车窗|车门|车锁)|拉扯|"
            r"(?:一直|强行|硬)(?:拉|拽|拖)(?:着|住)?(?:一个|个)?(?:" + PERSON + r")",
        ),
    ),
    Hazard(
        "armed_with_tool",
        (rf"(?:拿|拎|举|挥|握|抄|抡|提)(?:着|起|了)?(?:一把|把|根|一根|个|一个)?(?:{_TOOL})",),
        needs=(_MENACE,),
        window=16,
    ),
    Hazard(
        "followed",
        # Followed in the street, or into a building behind someone with a card.
        (r"跟着(?:我|女生|女同学|她|她们|我们|学生)|跟着(?:混|溜)?进(?:门禁|宿舍|楼|来|去)?",),
        needs=(r"男的|男人|男子|陌生|可疑|不认识|怪人|大叔|有人|有个",),
        window=15,
    ),
    Hazard(
        # Blows and shoves happening now: "动手了", "推了我一把", "打了阿姨一巴掌", "被人打了".
        "blows",
        (
            r"动手了|动起手|动了手|动手打|推人|推搡",
            rf"推了(?:一个|个|几个)?(?:{_VICTIM})(?:们)?一?(?:把|下)",
            rf"打了(?:一个|个|几个)?(?:{_VICTIM})(?:们)?{_NEAR}一?(?:巴掌|拳|耳光|顿|脚)",
            rf"扇(?:了)?{_NEAR}(?:巴掌|耳光)|(?<![想要敢])(?:揍|踹|踢)(?:了)?(?:{_VICTIM})",
            rf"掐(?:着|住)?{_NEAR}脖子|(?:围|按|摁|追|堵)着(?:{_VICTIM})?(?:们)?{_BEATING}",
            rf"被(?:{_ATTACKER})?(?:揍|殴打|围殴|暴打|群殴|打伤)|被(?:{_ATTACKER})(?:扇|踹|踢)(?!出)",
            rf"被(?:{_ATTACKER})打(?:伤|得|成)|被(?:{_ATTACKER})?打了{_BEATEN_END}|被打(?:伤|得|成)",
        ),
    ),
    Hazard(
        # Money or a phone taken by force or fear: "堵着学生要钱", "收保护费", "勒索".
        "extortion",
        (
            r"勒索|收保护费|要保护费|交保护费|不给(?:钱)?就(?:打|揍|弄)",
            rf"(?:堵|拦)(?:着|住|了)?{_NEAR}(?:{_YOUNG}){_NEAR}(?:要|抢|收|借|讹)(?:钱|手机|东西|保护费)",
            r"抢(?:了)?(?:我|他|她|同学|学生|人)(?:们)?(?:的)?(?:钱|手机|包|东西)",
        ),
    ),
    Hazard(
        # A drunk person is a danger once they turn on people or things.
        "drunk_rampage",
        (r"喝醉|醉酒|喝多了|酒鬼|酒疯",),
        needs=(_RAMPAGE,),
        window=16,
    ),
    Hazard(
        # Smashing things is noise unless someone is out of control ("楼上天天砸东西" is noise).
        "smashing",
        (r"砸(?:东西|桌子|椅子|门|窗|玻璃|车)|打砸|摔东西|乱砸",),
        needs=(_ANGER,),
        window=16,
    ),
    Hazard(
        # Someone held in a room by others: "把宿管阿姨堵在办公室里", "老师被家长围住了".
        "held_in_room",
        (
            rf"把[^ ,。!?]{{0,8}}?(?:{_PERSON_HELD})(?:们)?(?:给)?{_HELD}",
            rf"被(?:{_ATTACKER}){_NEAR}{_HELD}",
        ),
    ),
)
