"""Messages that report nothing ("你好", "在吗", "???", "123"): the bot answers with help."""

import re

# Greetings, fillers, apologies and words addressed to the bot itself; a message made only of
# these (and punctuation, digits, emoji) asks for nothing that a team could act on.
_FILLERS = frozenset(
    """
    你好 您好 你们好 大家好 哈喽 哈啰 嗨 嘿 喂 在 在吗 在么 在不在 有人 有人吗 有没有人 人呢 吗 么 呢 吧 啊
    呀 哇 嘛 哦 噢 嗯 嗯嗯 额 呃 哈 喽 啰 啦 的 滴 哈哈 呵呵 嘿嘿 嘻嘻 测试 测试一下 试试 试一下 谢谢 谢了 多谢
    感谢 好 好的 好吧 行 收到 知道 知道了 了 早 早安 早上好 上午好 中午好 下午好 晚上好 晚安 机器人 小助手
    助手 客服 你 我 是 谁 你是谁 请问 一下 那个 这个 什么 干嘛 怎么 用 想 问 问问 问一下 麻烦 打扰 打扰了
    不好意思 抱歉 发错 发错了 没事 没事了 随便 看看 图片 表情 语音 不 不在 ok okay hi hello hey thanks thank
    you test testing lol
    """.split()
)
_CONTENT = re.compile(r"[\u4e00-\u9fffa-z]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN_WORD = re.compile(r"[a-z]+")
_THANKS = frozenset({"thanks", "thank", "thx"})


def is_small_talk(analysis_text: str, words: list[str]) -> bool:
    if not _CONTENT.search(analysis_text):
        return True
    if len(analysis_text) > 30:
        return False
    if not _CJK.search(analysis_text):
        # Latin text that names nothing we know ("lol", "asdf", "hi there"): normalisation has
        # already turned the English and pinyin names of campus things into Chinese. Thanks
        # to someone ("thanks IT!", "thank you uncle") is praise for them, though.
        latin = _LATIN_WORD.findall(analysis_text)
        return not (_THANKS.intersection(latin) and any(w not in _FILLERS for w in latin))
    return not any(map(_says_something, words))


def _says_something(word: str) -> bool:
    """No filler, some Chinese or a letter (most words begin with Chinese: the regex is left
    for the others), and no run of one character ("啊啊啊", "喂喂", "hhhh"), which is a noise."""
    return (
        word not in _FILLERS
        and ("\u4e00" <= word[0] <= "\u9fff" or _CONTENT.search(word) is not None)
        and not (len(word) > 1 and len(set(word)) == 1)
    )
