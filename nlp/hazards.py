"""The ways people describe a present danger, as data: concept → regex phrases.

Each phrase is a general way Chinese speakers (Mandarin and written Cantonese, before and after
nlp.normalize.analysis rewrites 咗 → 了, 唔 → 不, 冇 → 没有) report a hazard. A phrase that is
too common on its own to mean danger ("进水", "打火", "过敏") names the words that must stand
near it (`needs`) before it counts. Guards against negation, worry and figures of speech are in
nlp.urgency; this module only says what danger sounds like.
"""

from nlp.hazard_rule import Hazard
from nlp.hazards_chemical import CHEMICAL_HAZARDS
from nlp.hazards_people import PEOPLE_HAZARDS
from nlp.hazards_things import THING_HAZARDS
from nlp.hazards_violence import VIOLENCE_HAZARDS

__all__ = ["FIGURES", "HAZARDS", "Hazard"]

# Where phrases of two hazards match at the same place, the earlier hazard is read.
HAZARDS: tuple[Hazard, ...] = THING_HAZARDS + CHEMICAL_HAZARDS + PEOPLE_HAZARDS + VIOLENCE_HAZARDS

# Set phrases and figures of speech that contain a hazard word but report none. They are blanked
# out before the hazards are read, keeping every other character where it was.
FIGURES: tuple[str, ...] = (
    # "辣到冒烟", "热得要晕倒", "挤到窒息": exaggeration after an adjective of discomfort.
    r"(?:辣|热|晒|渴|干|气|忙|累|急|馋|挤|闷|焗|臭|吵|冻|饿|困|烦|咸|贵|难吃|难受|烫嘴|冷|笑|感动)"
    r"(?:到|得)(?:我)?(?:要|快|快要|都要|差点)?(?:冒烟|冒火|喷火|起火|着火|爆炸|炸了|窒息|晕倒|"
    r"晕过去|昏过去|中暑|吐血|流血|喘不过气|透不过气|透不到气|抖不到气|喘不上气|不能呼吸|"
    r"呼吸困难|休克|心梗)",
    r"(?:嗓子|喉咙|嘴巴|嘴)(?:都|要|快)*冒(?:烟|火)",
    r"(?:心里|心头|眼里|眼睛|肚子|一肚子)(?:都|在)?(?:冒火|冒烟|着火|起火)|火冒三丈|怒火",
    r"快要?(?:中暑|热晕|窒息)|我(?:都)?快要?(?:晕倒|晕过去|昏过去)",
    r"打火机|打不着火|点不着火|打着火|着火点|擦出了?火花|(?:思想|灵感|智慧)的?火花",
    r"大火(?:收汁|爆炒|翻炒|煮|炒|烧开)|开大火|小火(?:慢|炖|煮)",
    r"信息爆炸|知识爆炸|人口爆炸|爆炸头|爆炸性|爆炸(?:式|般)|燃烧(?:卡路里|脂肪|青春|自己|激情)",
    r"(?:电脑|手机|系统|软件|游戏|网游|u盘)中毒|中毒(?:很深|太深)",
    r"烟雾报警|烟感|火灾(?:自动)?报警|漏电(?:保护|开关|断路器|保)|防漏电",
    r"急救(?:箱|包|知识|培训|课|演练|常识|药)",
    r"喷水池|喷水壶",
    r"跳楼价|跳楼大甩卖|打交道",
    r"冻(?:得|到)?(?:手)?(?:发)?麻|(?:坐|蹲|压|跪|腿|脚)(?:得|到)?(?:发)?麻|麻辣|麻酱|麻烦",
    r"流血流汗",
    # "辣得我原地爆炸", "群消息爆炸", "电量要爆炸", "多到爆炸", "气炸了": a lot of something.
    r"原地爆炸|气炸|炸毛|(?:消息|信息|电量|流量|内存|脑子|脑袋|(?<![插龙码灯])头|群|评论|私信|"
    r"邮箱|订单|人气|销量|朋友圈|作业|任务|压力|肚子|胃|心态|心情)(?:都|要|快|快要|直接|已经|简直)*"
    r"(?:爆炸|炸了|炸裂)|(?:多|满|卡|慢|爽|好吃|好看|好玩|火|香|甜|帅|美)(?:到|得)(?:要|快要?|直接)?"
    r"(?:爆炸|炸裂)|爆炸(?=多|好|贵|便宜|香|甜|火|满|难)",
    # "简直爆炸", "都要爆炸了": hyperbole, unless a tank, boiler or battery is about to blow.
    r"(?<![罐炉瓶池锅器])(?:简直|直接|真的|都要|要|快要|快)爆炸",
    r"勒索(?:病毒|软件)",
)
