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
    """Accurate mode (jieba's default) without the HMM guesser of unknown words.

    The HMM invents "words" from runs of unknown characters; the classifier's character
    bigrams already cover such runs, and without the guesses 5-fold accuracy on nlp/data/ is
    no worse (kind 0.909 vs 0.903, category 0.865 vs 0.855) while segmentation takes ~40%
    less time.
    """
    result: list[str] = jieba.lcut(text, HMM=False)
    return result
