"""The compiled dictionary cuts every sentence exactly as jieba does with the same dictionaries."""

from pathlib import Path

import jieba
import pytest

from nlp import segment
from nlp.classify.training_data import training_examples

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def jieba_with_campus_words() -> jieba.Tokenizer:
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for path in segment._CAMPUS_DICTS:
        tokenizer.load_userdict(str(path))
    return tokenizer


def _sentences() -> list[str]:
    texts = [example.text for example in training_examples()]
    short = ROOT / "benchmarks" / "short_messages.txt"
    texts += short.read_text(encoding="utf-8").splitlines()
    # jieba's own edge cases: letters and digits glued to Chinese, spaces, CRLF, symbols.
    texts += ["wifi连不上 3F", "A102的projector\r\n坏了", "  ", "3#405漏水!!", "C-204 的 灯", ""]
    return texts


def test_words_are_jiebas_words(jieba_with_campus_words: jieba.Tokenizer) -> None:
    texts = _sentences()
    assert len(texts) > 3000
    differ = [t for t in texts if segment.words(t) != jieba_with_campus_words.lcut(t, HMM=False)]
    assert differ == []


def test_frequency_is_jiebas(jieba_with_campus_words: jieba.Tokenizer) -> None:
    freq = jieba_with_campus_words.FREQ
    for word in ["水龙头", "的", "水笼头", "空调", "图书馆", "龙头"]:
        assert segment.frequency(word) == freq[word] > 0
    assert segment.frequency("水龙偷") == 0
    assert segment.frequency("水龙") == freq.get("水龙", 0)


def test_every_campus_entry_carries_its_frequency() -> None:
    for path in segment._CAMPUS_DICTS:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                assert len(line.split()) >= 2 and line.split()[1].isdigit(), f"{path}:{number}"


def test_a_damaged_cache_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "words"
    monkeypatch.setattr(segment, "_cache_path", lambda: cache)
    cache.write_bytes(b"not an automaton")
    cache.with_suffix(".total").write_text("12")
    automaton, total = segment._load()
    assert total == segment._TOTAL
    assert len(automaton) == len(segment._AUTOMATON)
    reloaded, again = segment._load()  # now from the file just written
    assert again == total and len(reloaded) == len(segment._AUTOMATON)
