"""jieba with the campus dictionary, loaded once at import and never changed afterwards.

The global tokenizer is used on purpose: a second `jieba.Tokenizer` would hold a second copy
of the 350k-word main dictionary (~60 MB) in every process that also calls `jieba.lcut`.
"""

import logging
from pathlib import Path

import jieba

_DICT_DIR = Path(__file__).with_name("dict")

jieba.setLogLevel(logging.WARNING)
jieba.initialize()
for _path in sorted(_DICT_DIR.glob("*.txt")):
    jieba.load_userdict(str(_path))


def words(text: str) -> list[str]:
    result: list[str] = jieba.lcut(text)
    return result
