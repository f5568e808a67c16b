"""Dangers from chemicals: a reagent that blew up or spilt, cleaners mixed into chlorine, fumes
that make people ill.

A smell alone is a complaint ("厕所消毒水味太重"); a pungent or chemical smell with someone's
eyes, head or breath affected is a present danger, even once they have left the room.
"""

from nlp.hazard_rule import Hazard

_LAB_VESSEL = (
    r"试剂瓶|试剂|药品|药剂|化学品|烧杯|烧瓶|锥形瓶|试管|反应釜|反应瓶|反应器|高压釜|灭菌锅|"
    r"气瓶|钢瓶"
)
_BLAST = r"炸了|爆了|炸开|爆开|炸裂|爆裂|炸掉|爆掉|爆炸|炸碎"
_CORROSIVE = (
    r"硫酸|盐酸|硝酸|浓酸|强酸|强碱|烧碱|氢氧化钠|氢氟酸|水银|化学品|化学试剂|试剂|药品|药剂|"
    r"有机溶剂"
)
# Chlorine bleach and an acid cleaner together give off chlorine.
_BLEACH = r"84(?:消毒液|消毒水|液)?|漂白(?:水|剂|液|粉)|消毒液|消毒水|次氯酸钠"
_ACID_CLEANER = r"洁厕(?:灵|剂|液|精)?|盐酸|草酸|除垢剂|厕所清洁剂"
_MIXED = r"[^ ,。!?]{0,8}?(?:和|跟|与|加|混|兑|倒|掺|\+)[^ ,。!?]{0,8}?"
# Pungent or chemical, not merely strong: "消毒水味太重 熏得人头疼" and "粉笔灰呛得直咳嗽" are
# complaints about a room.
_PUNGENT = (
    r"刺鼻|刺激性|(?:很|好|太|特别|超)冲的?(?:味|气味)|(?:化学|试剂|药品|药剂)的?(?:气味|味道|味|气体|烟)|"
    r"氯(?:气)?味|氨(?:气)?味|有毒|有害气体"
)
_SYMPTOM = (
    r"眼睛(?:都|好|很|有点|特别)?(?:疼|痛|辣|睁不开|刺痛|流泪|红了|难受)|流眼泪|眼泪直流|"
    r"头(?:都|好|很|有点|特别)?(?:晕|疼|痛)|发晕|恶心|想吐|呕吐|吐了|咳嗽|咳个不停|一直咳|"
    r"(?:嗓子|喉咙)(?:都|好|很|有点|特别)?(?:疼|痛|难受|辣|哑)|胸闷|胸口(?:闷|疼|痛)|喘不|"
    r"呼吸(?:困难|不畅|不了)|透不过气|憋气|窒息|晕倒"
)
_KITCHEN_OR_SMOKING = r"辣椒|花椒|芥末|洋葱|炒菜|做饭|油烟|烧烤|烤肉|火锅|抽烟|吸烟|香烟|二手烟"
# "84和洁厕灵能混用吗", "千万别混在一起": a question or a warning, not an accident.
_ONLY_ASKED_OR_WARNED = (
    r"(?:能|可以|可不可以|能不能|能否|会不会|是否)[^ ,。!?]{0,4}(?:混|一起|兑|加|掺)|"
    r"(?:不|别|禁止|严禁|切勿)[^ ,。!?]{0,4}(?:混|一起)"
)

CHEMICAL_HAZARDS: tuple[Hazard, ...] = (
    Hazard(
        "chemical_blast",
        (
            r"(?:" + _LAB_VESSEL + r")(?:瓶)?(?:突然|直接|好像|都)?(?:" + _BLAST + r")|"
            r"实验(?:室|楼|台|课)(?:里|上)?[^ ,。!?]{0,10}?(?:炸了|炸开|炸裂|爆开|爆裂|爆燃)",
        ),
    ),
    Hazard(
        "chemical_spill",
        (
            r"(?:" + _CORROSIVE + r")(?:瓶)?(?:被)?(?:打翻|打碎|洒|撒|泼|漏|倒|翻|溢)"
            r"(?:了|出|到|在|得|一)|"
            r"(?:打翻|打碎|碰倒|碰翻)(?:了)?(?:一)?(?:瓶|桶|罐)?(?:" + _CORROSIVE + ")",
        ),
    ),
    Hazard(
        "cleaners_mixed",
        (
            r"(?:" + _BLEACH + r")" + _MIXED + r"(?:" + _ACID_CLEANER + r")|"
            r"(?:" + _ACID_CLEANER + r")" + _MIXED + r"(?:" + _BLEACH + r")",
        ),
        needs=(r"味|呛|冒|泡|烟|晕|疼|痛|难受|咳|喘|辣|吐|熏|眼睛|氯气|毒气",),
        window=24,
        unless=_ONLY_ASKED_OR_WARNED,
    ),
    Hazard(
        "toxic_fumes",
        (_PUNGENT,),
        needs=(_SYMPTOM,),
        window=24,
        unless=_KITCHEN_OR_SMOKING,
        staged=True,
        mistakable=True,
    ),
    Hazard(
        "chlorine",
        (r"氯气|氨气|硫化氢|光气",),
        needs=(r"味|闻|呛|泄|漏|冒|眼|晕|咳|喘|疼|难受",),
        staged=True,
        mistakable=True,
    ),
)
