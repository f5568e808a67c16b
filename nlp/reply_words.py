"""The words of short replies, by what they do: a yes, a no, thanks, fillers, the words
around a place and those that correct one. nlp.replies reads a turn with them."""

from typing import Final


def _words(block: str) -> tuple[str, ...]:
    # Longest first, so that 确认提交 is taken whole before 确认; ties in a fixed order, since
    # the order words are taken out in decides what is left (a set's order is per process).
    return tuple(sorted(set(block.split()), key=lambda word: (-len(word), word)))


CONFIRM_WORDS: Final = _words(
    """
    确认 确认提交 确定 提交 提交吧 确认无误 无误 对 对的 对滴 是的 是 没错 没问题 可以 好 好的 好滴 行 行的
    就这样 就这样吧 正确 嗯 嗯嗯 恩 ok okay yes yep 係 系 啱 冇问题 没问题的 可以的 麻烦提交 帮我提交
    报 报吧 报上去 帮我报 登记 登记吧 帮我登记 报修吧
    """
)
CANCEL_WORDS: Final = _words(
    """
    取消 不用了 不用 算了 算了吧 不要了 不要 不提交 不报了 不修了 撤销 撤回 不需要了 不需要 唔使 唔要 不用麻烦了
    cancel 先不用 暂时不用 放弃
    """
)
THANKS_WORDS: Final = _words(
    """
    谢谢 谢谢你 谢谢您 谢谢啦 谢啦 谢了 多谢 感谢 感谢你 感谢您 辛苦了 辛苦 麻烦了 麻烦你了 收到 知道了 明白
    谢谢你们 谢谢大家 感谢你们 辛苦你们了 辛苦你们 麻烦你们了
    明白了 thanks thank you thx 唔该 唔该晒 多谢晒 好嘅
    """
)
# Words that make a yes or a no cover every waiting report.
EVERY_WORDS: Final = _words(
    """
    都 全部 全都 两个都 两个 两条 两条都 三个 几个 一起 统统 所有 都要 都帮我 全部都 一并 晒
    两样 两样都 两件 两件都 两单 两张 both
    """
)
# Greetings: "你好" is no yes, though it holds 好.
GREETING_WORDS: Final = _words(
    """
    你好 您好 你们好 大家好 在吗 在么 在不在 有人吗 有人在吗 哈喽 哈啰 嗨 早上好 上午好 下午好 晚上好 hi hello hey
    """
)
# Particles and fillers that change nothing in a short reply.
FILLER_WORDS: Final = _words(
    """
    吧 了 啊 呀 哈 的 呢 哦 喔 噢 啦 嘛 呗 哇 喽 咯 哈哈 嘿嘿 那 那就 就 先 一下 吧吧 呀呀 啦啦 一下吧 了吧 你 您
    帮我 麻烦 请 是的 呃 额 嗯 唔 咗 㗎 喇 啰 la lah leh 哎呀 哎哟 哎 唉 诶 欸 啊呀 哎呦 oops
    """
)
# Urging, with nothing in it to act on: "快点啊!!", "赶紧的", "救命". While the bot waits for a
# place it is no place, and it is no new report.
URGING_WORDS: Final = _words(
    """
    快点 快点儿 快 快来 快来人 快点来 快点吧 快啲 快啲嚟 快啲啦 赶紧 赶快 赶紧的 赶紧来 尽快 马上 马上来 救命 救命啊
    急 急急急 很急 好急 着急 拜托 拜托了 求求了 求你了 hurry hurryup quick quickly asap please pls help
    """
)
# Words around a place that make a message say only "it is there" (我在, 地点是, 是…的).
PLACE_FILLER_WORDS: Final = _words(
    """
    我在 我是 我住在 我住 住在 住 在 是 的 俺在 俺是 俺们在 咱在 咱们在 人在 地点 地点是 位置 位置是 地址 地址是 具体 具体是 具体位置 就是 就在
    那边 这边 这里 那里 那儿 这儿 在这 位于 我们 我们在 我们是 宿舍是 寝室是 房间是 在的 这 那 喺 系 呢度 嗰度 𠮶度
    现在 我现在 而家 宜家 目前 刚刚 刚才 教室 课室 宿舍 寝室 房间 实验室 办公室 自习室 now
    哦 噢 喔 啊 哦哦 原来 你是问 是问 你问 问在哪 问在哪里 在哪 在哪里 在哪啊 哪里 地方 地方是 是在
    东边 西边 南边 北边 东面 西面 南面 北面 那边的 这边的 靠门 靠窗
    那间 这间 那一间 这一间 那个 这个 那栋 这栋 那座 这座 那层 这层 嗰间 呢间 嗰个 呢个 嗰座 那儿的 那里的
    进来 出来 进去 出去 过来 过去 往 去 走 一直 那条 这条 那段 这段 道上 路上 那条路 这条路 那条道 那条道上 那条路上 上 那上
    """
)
# Words that make a place a correction of the one given before.
CORRECTION_WORDS: Final = _words(
    """
    说错了 说错 写错了 写错 打错了 打错 搞错了 搞错 弄错了 不对 不是 错了 应该是 改成 改为 改到 更正 更正一下
    记错了 记错 看错了 我记错了 我说错了 我搞错了 我打错了 讲错了 输错了 填错了 才对 才是 才对的 抱歉 不好意思啊
    纠正 纠正一下 其实是 是在 不好意思 sorry 讲错 讲错咗 唔系 唔啱
    """
)


# What is left of "图书馆东侧那部电梯" or "椅子也是9号楼110的" once the place, the object and
# these words are gone is nothing: such a message names, it does not complain.
POINTING_WORDS: Final = _words(
    """
    也是 也 还是 那部 那个 这个 那台 这台 那间 这间 那条 这条 那张 这张 那只 那盏 这盏 那边的 东侧 西侧 南侧 北侧
    旁边 后面 前面 对面 附近 里面 外面 上面 下面 边上 门口 上 下 里 部 个 台 间 条 张 盏 嗰部 嗰个 𠮶部 𠮶个 呢个 呢部
    近住 近 靠近 挨着 隔篱 隔离 侧边 那度 呢度 嗰度
    near beside nextto opposite behind infrontof the there here at in on by outside inside
    upstairs downstairs side corner area
    """
)
