"""Hand-written vocabularies the classifier gets as extra features.

The learned weights know the words of the training sentences; these lists carry what the
taxonomy says in general — which objects belong to which team, and the phrases by which people
propose, ask, thank or report a fault — so that a message using a word the training data
never saw still lands well. They become features (`o:water`, `p:canteen`, `q:suggest`), and the classifier
learns how far to trust each one. Terms are written space-separated, several to a line.
"""

from typing import Final

import ahocorasick

from nlp.automata import automaton
from nlp.labels import Category

# Objects and conditions by the team that must act (TAXONOMY.md, "covers").
OBJECTS: Final[dict[Category, tuple[str, ...]]] = {
    Category.WATER: tuple(
        """
        水龙头 龙头 水管 水管子 下水道 下水 地漏 马桶 蹲坑 蹲便 便池 小便池 冲水 冲不下去 水箱 洗手池 洗手台
        水池 洗菜池 淋浴 花洒 喷头 热水 冷水 热水器 开水器 饮水机 直饮水 饮水 供水 停水 没水 水压 漏水 渗水
        滴水 积水 水表 阀门 总阀 反水 返水 堵了 堵住 堵塞 疏通 洗澡 水费 热水卡 厕所堵 厕所塞 厕所冲不 水槽
        """.split()
    ),
    Category.ELECTRIC: tuple(
        """
        灯 灯管 灯泡 路灯 楼道灯 感应灯 声控灯 照明 插座 插线板 排插 插头 开关 跳闸 停电 断电 没电 来电 电闸
        空开 电线 线路 配电箱 配电柜 配电房 配电室 电箱 电表 电费 漏电 触电 火花 风扇 吊扇 电扇 功率 电压 充电
        插苏 电掣 掣 拖板 火牛 灯座 灯具 日光灯 吸顶灯 光管 电源线 电源插
        烘手机 干手机 电箱
        """.split()
    ),
    Category.HVAC: tuple(
        """
        空调 冷气 暖气 暖气片 供暖 采暖 制冷 制热 外机 内机 通风 新风 排风扇 排气扇 通风橱 遥控器 空调费 排风 排风机 抽风机 风机盘管
        好冷 太冷 好冻 好热 太热 闷热 冷飕飕
        """.split()
    ),
    Category.NETWORK: tuple(
        """
        网络 校园网 无线网络 网速 网口 网线 断网 没网 上网 路由器 交换机 信号 光猫 宽带 电话 座机 刷卡机 读卡器
        网费 账号 密码 连不上 接入点 vpn 无线 上不去 断线 掉线 上不了网 连不上网 宿网 计中 网不通
        """.split()
    ),
    Category.FURNITURE: tuple(
        """
        门锁 锁 钥匙 门把手 把手 合页 门框 窗 窗户 纱窗 窗帘 玻璃 床 床板 上铺 床梯 护栏 桌子 书桌 课桌 抽屉
        椅子 凳子 衣柜 柜子 柜门 书架 架子 晾衣架 镜子 房门 寝室门 宿舍门 卫生间门 厕所门 防盗门 木门 门框 门板
        门坏 门关不上 门打不开 门锁不上 推拉门 储物柜 课桌椅 折叠桌 桌腿 椅腿 窗户把手 窗把手 防盗网 铁窗
        """.split()
    ),
    Category.ELEVATOR: tuple(
        """
        电梯 货梯 扶梯 轿厢 电梯门 困在电梯 䢂 𨋢 升降机 升降梯
        """.split()
    ),
    Category.TEACHING: tuple(
        """
        投影 投影仪 投影机 幕布 屏幕 电子屏 白板 智慧黑板 黑板 粉笔 麦克风 话筒 音响 音箱 扩音器 功放 中控
        中控台 电脑 鼠标 键盘 主机 显示器 多媒体 课件 翻页笔 示波器 实验设备 仪器 耳机 hdmi ppt 激光器
        光学 实验台 离心机 显微镜 3d打印机 烘箱 仪器设备
        恒温箱 干燥箱 培养箱 马弗炉 水浴锅 实物投影仪 实物投影 展台 窑炉
        """.split()
    ),
    Category.CANTEEN: tuple(
        """
        饭菜 菜 饭 米饭 打饭 窗口 阿姨手抖 分量 份量 价格 太贵 太咸 太淡 难吃 好吃 口味 外卖 早餐 午饭 晚饭
        夜宵 食物 食品 食物中毒 餐盘 餐具 筷子 厨师 清真 便当 冷库 冻库 冷柜 冰柜 蒸饭柜 泡面 零食
        """.split()
    ),
    Category.CLEANING: tuple(
        """
        垃圾 垃圾桶 垃圾箱 垃圾分类 保洁 打扫 清扫 卫生 脏 臭 臭味 异味 味道 蟑螂 老鼠 蚊子 苍蝇 虫子 飞虫
        蚂蚁 消毒 消杀 杀虫 灭鼠 烟头 纸巾 卫生纸 洗手液 拖地 泔水 厨余 落叶 霉 发霉 霉斑 霉味 回南天 狗屎
        粪便 猫砂 猫味 死鱼 发臭 蜘蛛网
        小强 马蜂 黄蜂 蜂窝 马蜂窝
        """.split()
    ),
    Category.SECURITY: tuple(
        """
        保安 门卫 门禁卡 闸机 监控 摄像头 陌生人 小偷 被偷 偷 失窃 盗 着火 火灾 起火 失火 浓烟 烟雾 烟雾报警器
        报警器 火警 煤气 燃气 天然气 灭火器 消火栓 消防 消防通道 安全出口 疏散 演练 警报 车辆 停车 电动车 自行车
        红绿灯 车速 受伤 摔倒 流血 打架 跟踪 救护车 120 110 119 门禁 校门 大门 正门 侧门 西门 东门
        南门 北门 推销 可疑 烟好大 烟很大 全是烟 有烟 烧纸 烧东西 偷拍 尾随 跟着 拿着刀 刀 棍子
        停车证 车贴 被盗
        泊车 泊车证 车位 停车位 停车格 机车格 违停 乱停车 停车场 演习
        """.split()
    ),
    Category.GROUNDS: tuple(
        """
        树 树枝 大树 草坪 草地 割草 花坛 绿化 路面 道路 坑 井盖 地砖 台阶 跑道 篮球架 球架 单杠 双杠 健身器材
        长椅 座椅 修路 施工 排水沟 雨棚 马路 人行道 小路 路口 路上 砖块 步道 栏杆 篮筐 篮板 球网
        """.split()
    ),
    Category.DORM: tuple(
        """
        宿管 宿舍管理 舍监 床位 铺位 宿位 查寝 查房 门禁时间 关门时间 晚归 熄灯 调宿舍 换宿舍 分宿舍 退宿 住宿 留宿 洗衣机
        烘干机 违规电器 大功率 舍友 室友 隔壁寝室 楼上 吵 噪音 晾衣 养猫 养狗 养宠物 宠物 宿舍楼门
        """.split()
    ),
    Category.OTHER: tuple(
        """
        后勤 校车 班车 快递 快递柜 打印 打印机 失物招领 小程序 报修系统 搬家 搬运 收费 售货机 自动售货机 推车
        校园卡 充值 行李 迎新 志愿者 证明 盖章
        """.split()
    ),
}

# Places that belong to one team's world. Kept apart from the objects because "a broken
# object decides the category by what it is, not where it stands": a tap in the canteen is
# water. As their own features (`p:canteen`) the classifier learns that a place says less.
PLACES: Final[dict[Category, tuple[str, ...]]] = {
    Category.WATER: tuple(
        """
        澡堂 浴室 开水房 热水房
        """.split()
    ),
    Category.ELECTRIC: tuple(
        """
        配电房 配电室 配电间 电房
        """.split()
    ),
    Category.TEACHING: tuple(
        """
        机房 教室 上课
        """.split()
    ),
    Category.CANTEEN: tuple(
        """
        食堂 饭堂 学餐 餐厅 后厨 小卖部 小吃部 士多
        """.split()
    ),
    Category.SECURITY: tuple(
        """
        停车场 车棚
        """.split()
    ),
    Category.GROUNDS: tuple(
        """
        操场 球场 体育场 看台 湖 池塘
        """.split()
    ),
    Category.DORM: tuple(
        """
        洗衣房
        """.split()
    ),
    Category.OTHER: tuple(
        """
        值班室 超市 便利店
        """.split()
    ),
}

# Phrases that tell what the sender wants, whatever the subject.
CUES: Final[dict[str, tuple[str, ...]]] = {
    "suggest": tuple(
        """
        建议 希望 能不能 可不可以 能否 可否 是否可以 是不是可以 提议 最好能 要是能 如果能 增加 多装 多放 多开
        加装 增设 延长 换成 改成 出个 可以装 能装 好不好加 好不好多 好不好开 好不好装 好不好搞
        好不好弄 好不好铺 好不好换 好不好重新
        """.split()
    ),
    "question": tuple(
        """
        请问 问一下 想问 咨询 怎么 如何 哪里 在哪 几点 什么时候 多久 多少 是否 吗 ? ？ 能不能告诉 流程 申请
        预约 到哪 进度 咋 多钱 哪儿 搁哪 啥时候 点样 边度 几多 多少钱
        """.split()
    ),
    "thanks": tuple(
        """
        谢谢 感谢 多谢 表扬 点赞 辛苦了 辛苦 给力 好评 暖心 贴心 专业 及时 赞 👍 ❤ yyds
        """.split()
    ),
    "fault": tuple(
        """
        坏 坏了 不亮 不转 不响 不制冷 不制热 不热 不出水 没反应 没有反应 无反应 失灵 故障 漏 堵 断了 掉了 松了 裂 破了 卡住
        卡死 关不上 打不开 关不紧 开不了 用不了 连不上 上不了 没水 没电 没网 异响 报修 修一下 来修 维修 麻烦派人
        派人 尽快处理 检修 更换 换一下 滴水 渗水 流水 闪 不凉 不冷 没热水 冲不 按不 不通 断网 跳闸 停电 停水
        不出 不动 脱落 生锈 摇晃 晃动 塞了 塞住 断线 掉线 不能用 没法用 用不了了 甩了 松脱 烂了
        破掉 坏掉 碎了 破损 塌了 翘起来 凹下去 关不严 关不拢 合不上 关不牢 锁不上 漏风 灌风
        没信号 没有信号 无信号 没画面 黑屏 花屏 未识别 识别不了 打不着 点不着 不出声 没声音 没有声音
        一直断 老是断 总是断 经常断 断断续续 时断时续 填上 填平 填一下 补一下 修补
        """.split()
    ),
    "displeased": tuple(
        """
        太差 太慢 太贵 太少 太吵 太脏 太臭 恶心 无语 离谱 过分 投诉 不满 态度 凭什么 为什么 总是 老是 每次
        天天 又 还是 根本 敷衍 不作为 没人管 没人理 太凶 好凶 很凶 凶巴巴 态度恶劣 越来越贵 越来越少 越来越差 越来越难吃 越来越小
        太咸 太淡 太油 太腻 太硬 难吃 难喝 涨价 变质 发馊 馊了 不新鲜 吃出 没熟 夹生 分量少 份量少 缺斤少两
        """.split()
    ),
    "resolved": tuple(
        """
        修好了 搞定 解决了 已经好了 处理好了 马上就 很快就
        """.split()
    ),
}


def _index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for category, terms in OBJECTS.items():
        for term in terms:
            index.setdefault(term, []).append(f"o:{category.value}")
    for category, terms in PLACES.items():
        for term in terms:
            index.setdefault(term, []).append(f"p:{category.value}")
    for cue, terms in CUES.items():
        for term in terms:
            index.setdefault(term, []).append(f"q:{cue}")
    return {term: tuple(features) for term, features in index.items()}


class _Number(tuple[str, ...]):
    """The features of a term written in digits (120, 110): it counts only as a number of its
    own, not inside a room number (1203) or a price."""

    length: int


def _automaton() -> ahocorasick.Automaton:
    """Every term, found wherever it stands in one pass over a message, in C; looking up the
    terms that start at each character in Python cost twice as much."""
    index = _index()

    def features(term: str) -> tuple[str, ...]:
        if not term.isdigit():
            return index[term]
        number = _Number(index[term])
        number.length = len(term)
        return number

    return automaton(index, features, ())  # () adds no feature


_TERMS: Final = _automaton()


def lexicon_features(analysis_text: str) -> list[str]:
    """Each vocabulary feature present in the text, once."""
    found: set[str] = set()
    for end, features in _TERMS.iter(analysis_text):
        if type(features) is _Number and _glued(analysis_text, end + 1 - features.length, end):
            continue
        found.update(features)
    return sorted(found)


def _glued(text: str, start: int, end: int) -> bool:
    """Whether a digit stands right before `start` or right after `end` (inclusive)."""
    return (start > 0 and text[start - 1].isdigit()) or (
        end + 1 < len(text) and text[end + 1].isdigit()
    )
