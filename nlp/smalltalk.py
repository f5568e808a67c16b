"""Messages that report nothing ("你好", "在吗", "???", "123"): the bot answers with help."""

import re

# Greetings, fillers and words addressed to the bot itself; a message made only of these
# (and punctuation, digits, emoji) asks for nothing that a team could act on.
_FILLERS = frozenset(
    ["你好", "您好", "你们好", "大家好", "哈喽", "嗨", "喂", "hi", "hello", "hey", "在", "在吗", "在不在", "有人", "有人吗", "有没有人", "人呢", "吗", "呢", "吧", "啊", "呀", "哇", "嘛", "哦", "噢", "嗯", "嗯嗯", "额", "呃", "哈", "哈哈", "哈哈哈", "呵呵", "嘿嘿", "嘻嘻", "哈哈哈哈", "测试", "测试一下", "试试", "试一下", "test", "testing", "谢谢", "谢了", "多谢", "感谢", "thanks", "thank", "you", "ok", "okay", "好", "好的", "好吧", "行", "收到", "知道", "知道了", "了", "早", "早上好", "上午好", "中午好", "下午好", "晚上好", "晚安", "机器人", "小助手", "助手", "客服", "你", "我", "是", "谁", "你是谁", "请问", "一下", "那个", "这个", "什么", "干嘛", "怎么", "用"]
)
_CONTENT = re.compile(r"[\u4e00-\u9fffa-z]")


def is_small_talk(analysis_text: str, words: list[str]) -> bool:
    if not _CONTENT.search(analysis_text):
        return True
    if len(analysis_text) > 30:
        return False
    return all(w in _FILLERS for w in words if _CONTENT.search(w))
