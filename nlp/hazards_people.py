"""Dangers to people: shut in a lift, fallen or hurt, under something about to fall, poisoned,
kept from the exits. Dangers from other people are in nlp.hazards_violence.

Objects are not people: "窗帘杆掉下来了" and "差点砸到人" report no one hurt, "砸到同学头上" does.
"""

from nlp.hazard_rule import Hazard

_LIFT = r"电梯|货梯|扶梯|升降梯"
_EXIT = (
    r"消防通道|消防楼梯|消防门|消防车道|消防出口|安全出口|安全通道|紧急出口|逃生通道|逃生出口|"
    r"逃生门|疏散通道|疏散楼梯|疏散门|防火门|走火通道|走火梯|走火门"
)
_NOBODY_HURT = (
    r"(?:没有?|无)人(?:受伤|伤亡)|人(?:都|也)?没事|没有?受伤|没伤到|现在没事|"
    r"(?:还好|幸好|好在|幸亏)(?:人)?(?:都|也)?没(?:事|砸到|伤到|碰到)|没(?:什么|啥)事|没有?大碍|无大碍"
)
PERSON = (
    r"人(?!行道|工|造)|我们|我|(?<!其)他们|(?<!其)他|她们|她|同学|学生|老师|老人|小孩|孩子|"
    r"小朋友|室友|舍友|阿姨|大爷|大妈|大叔|师傅|宝宝|女生|男生|男的|女的|妈|爸|朋友|保安|宿管|"
    r"工人|路人|行人|小哥|哥|姐|员"
)
# A person who can be hurt: not the owner of a thing ("我的手机") nor the one who broke it
# ("有人把门撞破了", "被人撞破"), nor one who only saw it ("我发现灯掉下来了").
_PATIENT = (
    r"(?<!被)(?:" + PERSON + r")(?![的把将给])"
    r"(?![^ ,。!?]{0,6}(?:发现|看到|看见|觉得|听到|回来|回到|进门|起床|起来))"
)
_BODY = (
    r"(?<![床枕插龙码镜车灯笔])头(?!发)|脸|额头|眼睛|鼻子|嘴|下巴|牙|"
    r"手(?![机柜表套续环提电])|胳膊|手臂|(?<![椅桌凳床架])(?<!椅子)(?<!桌子)(?<!凳子)腿|"
    r"脚(?![本踏手架垫])|膝盖|腰|背(?![包面景后])|脖子|肩膀|骨头|(?<![书发真牛羊猪果])皮(?![鞋包带箱革])|血"
)
# Phrases anchor on the word after a person ("同学被…砸到", "老人在电梯里") with this look-behind,
# because person words are common characters and an index on them would wake up everywhere.
_PEOPLE = (
    "人", "我", "们", "他", "她", "同学", "学生", "老师", "老人", "小孩", "孩子", "小朋友", "室友",
    "舍友", "阿姨", "大爷", "大妈", "大叔", "师傅", "宝宝", "女生", "男生", "男的", "女的", "妈",
    "爸", "朋友", "保安", "宿管",
)  # fmt: skip


def _after(words: tuple[str, ...], phrase: str) -> str:
    """`phrase` where it follows one of `words`; the look-ahead first lets most positions fail
    fast."""
    behind = "|".join(f"(?<={word})" for word in words)
    return f"(?={phrase})(?:{behind})(?:{phrase})"


_INSIDE = r"里面|里头|里边|入面|里"
# People where a falling thing would land: "下面就是人行道", "楼下是门口", "同学们还在下面走".
_PEOPLE_BELOW = (
    r"(?:下面|底下|下方|下边|旁边)[^ ,。!?]{0,6}(?:" + PERSON + r")|人来人往|来来往往|"
    r"人行道(?![上的])|"
    r"行人|路人|(?:" + PERSON + r")[^ ,。!?]{0,4}(?:经过|走过|路过|进进出出)|"
    r"(?:下面|底下|下方|楼下|正下方|下边)(?:就|正好|刚好|直接)?是[^ ,。!?]{0,6}"
    r"(?:路|道|门|口|场|廊|人|学生|同学)|"
    r"(?:" + PERSON + r")[^ ,。!?]{0,3}在(?:下面|底下|下方|下边)"
)
# A lift that has stopped or failed; with a person inside, they may be stuck in it.
_LIFT_STUCK = r"卡|停|不动|坏|困|故障|掉|坠|没反应|没有反应"
_CANNOT_GET_OUT = (
    r"出不来|出不去|出不到|(?:打|拉|推)不开|开不了|开不到|救命|呼救|求救|拍门|敲门|砸门|喊人"
)
# What people do in a working lift ("有人在电梯里抽烟"): a nuisance, not a person stuck.
_PASSING_TIME = (
    r"(?![^ ,。!?]{0,2}(?:贴|抽烟|吸烟|吃|喝|吐|尿|乱|涂|画|刻|丢|扔|玩|打电话|聊天|吵))"
)

PEOPLE_HAZARDS: tuple[Hazard, ...] = (
    Hazard(
        "trapped",
        (
            r"被困(?![扰难惑])|困在|困住|困咗|困了在|关在电梯|锁在电梯|卡在电梯里|"
            r"(?:" + _LIFT + r")(?:突然|一下|直接|好像)?(?:往下|向下)?(?:下坠|坠落|急坠|掉下去|"
            r"往下掉|往下滑|溜车|冲顶|蹲底|失控|自由落体)|"
            r"(?:"
            + _LIFT
            + r")门?(?:没关|开着|还开着)[^ ,。!?]{0,5}(?:走|运行|上升|下降|往上|往下)",
        ),
        staged=True,
    ),
    Hazard(
        # A window sash "往下坠" too; a car that drops is a lift's.
        "lift_dropping",
        (r"下坠|急坠|坠落",),
        needs=(_LIFT,),
        window=20,
        staged=True,
    ),
    Hazard(
        # Shut in by someone or something: "电梯把人关在里面了", "有人被锁在电梯里".
        "shut_in_lift",
        (
            r"(?:被|把(?:" + PERSON + r"))(?:人)?(?:给)?(?:关|锁|反锁|困)(?:在|喺)?(?:了)?"
            r"(?:" + _LIFT + r")?(?:" + _INSIDE + r")",
        ),
        needs=(_LIFT,),
        window=20,
        staged=True,
    ),
    Hazard(
        # Someone inside a lift that has stopped, or that they cannot leave.
        "people_in_stuck_lift",
        (
            r"(?:" + _INSIDE + r")(?:还)?(?:困着|关着)|"
            r"(?:"
            + _INSIDE
            + r")(?:还)?有[^ ,。!?]{0,6}?(?:"
            + PERSON
            + r")(?!的)"
            + _PASSING_TIME
            + "|"
            + _after(
                (*_PEOPLE, "个", "被困", "关", "困", "锁"),  # "我们几个在里头"
                r"(?:还|都|一直)*在(?:" + _LIFT + r")?(?:" + _INSIDE + ")",
            )
            + _PASSING_TIME,
        ),
        needs=(_LIFT, _LIFT_STUCK + "|" + _CANNOT_GET_OUT),
        window=30,
        staged=True,
    ),
    Hazard(
        "call_from_stuck_lift",
        (r"出不来|出不去|出不到|救(?:救)?(?:我|我们)|按(?:了)?(?:警铃|紧急按钮|报警)|喊救命",),
        needs=(_LIFT, _LIFT_STUCK),
        window=30,
        staged=True,
    ),
    Hazard(
        # A lift door that will not open traps whoever is inside only when the car is stuck.
        "shut_stuck_lift",
        (r"门(?:打|拉|推)不开|门开不了|门开不到",),
        needs=(_LIFT, r"卡|停住|停在|困|掉|坠|中间|之间"),
        window=30,
        staged=True,
    ),
    Hazard(
        "fall_or_injury",
        (
            r"摔倒|摔伤|摔了一跤|摔了一下|摔下(?:来|去)|跌倒|跌伤|跌落|跌下|跌亲|"
            r"绊倒|滑倒|(?:从|自)[^ ,。!?]{1,8}(?:摔|跌)(?:了)?下(?:来|去)|坠楼|跳楼|"
            r"(?:摔|跌)(?:进|到)(?:了)?(?:坑|井|沟|河|湖)|"
            r"流血|出血|血流|流了好多血|血止不住|头破|割伤|砸伤|撞伤|咬伤|"
            r"(?:砸|压|撞|夹)(?:到|伤|倒|了|住)?(?:了)?(?:一个|个)?(?:人|头|同学|学生|行人|小孩|老人)|"
            r"(?:砸|压|掉|落)(?:到|中|在)(?:了)?(?:" + PERSON + r")的?(?:" + _BODY + r")上?|"
            r"(?:砸|压)(?:到|中|伤)(?:了)?(?:"
            + PERSON
            + r")(?=了|啦|[ ,。!?~]|$)|"
            + _after(_PEOPLE, r"被[^ ,。!?]{0,8}(?:砸|压)(?:到|中|伤|倒|住|了)")
            + "|"
            r"把(?:人|同学|学生|小孩|老人)(?:夹|压|砸|撞)(?:住|伤|倒|到)|被(?:狗|猫|蛇)咬|"
            r"(?:硫酸|盐酸|硝酸|强酸|强碱|浓酸|烧碱|化学品|试剂)[^ ,。!?]{0,3}(?:溅|泼|洒|烧)|"
            r"(?:人|学生|同学|老人)[^ ,。!?]{0,2}躺在地上|癫痫|羊癫疯|哮喘(?:发作|犯了)|犯病|"
            r"车祸|撞人了|(?:"
            + _LIFT
            + r")门?夹(?:到|伤|住)?(?:了)?(?:一个|个)?(?:人|手|腿|脚|小孩)|"
            r"塌陷|地陷|摇摇欲坠|随时(?:会|可能|都会|要)?(?:砸|掉|倒|塌|断|落)下?来?|烫伤|烧伤|骨折|扭伤|脱臼|"
            r"受伤(?!的)|受了伤|受咗伤|伤得|伤到|整亲|撞亲|"
            r"晕倒|晕低|昏倒|晕过去|昏过去|晕厥|昏迷|晕咗|晕了过去|不省人事|失去意识|没有?意识|没有?知觉|"
            r"叫不醒|抽搐|口吐白沫|呼吸困难|喘不上气|喘不过气|透不过气|透不到气|抖不到气|"
            r"呼吸不了|不能呼吸|没法呼吸|呼吸不到|没有?呼吸|窒息|噎住|心脏骤停|心梗|心脏病(?:发作|犯了)|休克|"
            r"中暑|躺在地上(?:不动|起不来)|"
            r"(?:打|拨|叫|call)(?:了|咗)?(?:个)?(?:120|救护车|白车)|救护车(?!道|通道)|"
            r"需要急救|在急救|抢救",
        ),
        unless=_NOBODY_HURT,
    ),
    Hazard(
        # A present danger of falling, like 摇摇欲坠, once people are beneath it.
        "about_to_fall_on_people",
        (
            _after(
                ("快", "快要", "就要", "马上要", "马上就要", "眼看要", "眼看就要"),
                r"(?:掉|砸|塌|倒(?!闭)|落)(?:下来|下去|了)",
            ),
        ),
        needs=(_PEOPLE_BELOW,),
        window=20,
    ),
    Hazard(
        # Something coming loose overhead: "瓷砖正往下掉", "墙皮一直掉渣", "广告牌松动了".
        "coming_loose_over_people",
        (
            r"(?:往下|向下)(?:掉|落|坠|砸)|掉渣|掉碎|掉块|掉下来一?块|掉石子|掉水泥|松动|"
            r"晃晃悠悠|晃来晃去|摇摇晃晃|摇来摇去|晃动|晃悠|晃得(?:厉害|很|好)|悬(?:在|着)(?:半空|上面|那)|"
            r"挂在(?:上面|半空|树上|那)|(?:吊|挂|悬)在半空|要掉不掉",
        ),
        needs=(_PEOPLE_BELOW,),
        window=20,
    ),
    Hazard(
        "collapse",
        (
            r"坍塌|倒塌|垮塌|塌方|山体滑坡|泥石流|"
            + _after(("冲",), "垮|塌")
            + "|"
            + _after(
                ("墙", "坡", "房顶", "屋顶", "天花板", "吊顶", "楼梯", "看台", "棚", "阳台"),
                r"(?:突然|整个|整块)?(?:塌|垮|倒)(?:了|下来)",
            ),
        ),
    ),
    Hazard(
        "hit_by_vehicle",
        (r"被(?:车|汽车|电动车|摩托车|自行车|校车)撞",),
        needs=(r"人|同学|学生|老师|老人|小孩|孩子|他|她|我",),
        window=6,
    ),
    Hazard(
        # 掉, 坠 and 倒 are said of things as often as of people; the person must come first.
        "person_fell",
        (
            r"(?:掉|摔|跌|坠)(?:进|下|到)(?:去|来)?了|(?:从|自)[^ ,。!?]{1,8}(?:掉|坠)(?:了)?下(?:来|去)|"
            r"掉(?:进|到)(?:了)?(?:坑|井|沟|河|湖)|倒地|倒在地上",
        ),
        needs=(_PATIENT,),
        window=10,
        after=0,
        unless=_NOBODY_HURT,
    ),
    Hazard(
        # Wounds that are also said of broken things: "头磕破了" but "手机屏幕摔破了".
        "wound",
        (r"摔破|摔断|磕破|撞破|划破|割破|蹭破|擦破|划伤|磕伤|擦伤|刮伤",),
        needs=(_BODY + "|" + _PATIENT,),
        window=6,
        unless=_NOBODY_HURT,
    ),
    Hazard(
        "food_poisoning",
        (
            r"食物中毒|(?<!电脑)(?<!手机)(?<!系统)(?<!游戏)(?<!软件)中毒(?!很深|太深)|"
            r"上吐下泻|又吐又拉|吐泻|集体(?:腹泻|呕吐|拉肚子)|过敏性休克|严重过敏|急性过敏",
        ),
    ),
    Hazard(
        "sick_after_eating",
        (r"呕吐|吐了|在吐|吐得|狂吐|一直吐|拉肚子|腹泻|肚子(?:疼|痛)|肚痛|发烧",),
        needs=(
            r"吃|食堂|外卖|餐|饭|菜",
            r"好几个|几个人|几个同学|全都|(?:我们|他们|大家|同学们|人)都|全部|好多人|很多人|"
            r"一群|整个|(?:全|一个)(?:宿舍|寝室)|送医|医院|急诊|120",
        ),
        window=40,
    ),
    Hazard(
        "severe_allergy",
        (r"过敏",),
        needs=(r"肿|喘|呼吸|休克|晕|送医|医院|急诊|120|救护车",),
        window=20,
    ),
    Hazard(
        "exit_blocked",
        (_EXIT,),
        needs=(
            r"(?:锁|封|焊)(?:上|住|了|着|死|咗|起来)|上锁|被锁|堵|堆|占|停满|停了|挡|关死|"
            r"(?:推|拉|打)不(?:开|动)|出不去|塞|阻|链",
        ),
        window=20,
    ),
)
