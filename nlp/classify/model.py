"""Serve the kind, category and urgency classifiers from their learned weights, as plain data.

The weights are learned by `nlp.classify.train` (scikit-learn's logistic regression over TF-IDF) and
committed as readable JSON. Serving needs no scikit-learn: the rows of a message's few dozen
features are gathered from one numpy matrix that holds every head side by side, so a
prediction is one gather and one sum instead of a Python loop over every class.
"""

import json
import math
import re
from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple, cast

import numpy as np

WEIGHTS_PATH = Path(__file__).parents[1] / "model" / "weights.json"


_SAYS_SOMETHING = re.compile(r"[\u4e00-\u9fffa-z]")  # not "000" or "!!"
# Feature names that are no words: bigrams, objects, places, intent cues, hazards, lowerings.
_NOT_WORDS = ("c:", "o:", "p:", "q:", "h:", "l:")

# Words that carry weight in the model but explain nothing to the staff reading a card.
_NOT_EVIDENCE = frozenset(
    """
    一直 已经 现在 还是 我们 你们 他们 一下 麻烦 好像 没有 不是 可以 什么 怎么 这个 那个 今天 昨天 晚上 早上 时候 问题 真的 非常 特别 还有
    然后 因为 所以 但是 就是 而且 一个 几个 有点
    """.split()
)


# Weights learned before the urgency model existed: it then never raises urgency.
_NO_URGENCY_MODEL: dict[str, Any] = {
    "classes": ["normal", "urgent"],
    "intercept": [-50.0],
    "coef": {},
}


class Prediction(NamedTuple):
    label: str
    confidence: float
    evidence: tuple[str, ...]


class Predictions(NamedTuple):
    kind: Prediction
    category: Prediction
    urgent: float  # the urgency model's probability that the message reports a present danger


def _softmax_best(scores: list[float]) -> tuple[int, float]:
    """The best class and its probability under softmax (a handful of classes: plain floats
    are cheaper than numpy's per-call overhead)."""
    top = max(scores)
    return scores.index(top), 1.0 / sum([math.exp(s - top) for s in scores])


class Classifiers:
    def __init__(self, raw: dict[str, Any]) -> None:
        self._names: list[str] = sorted(raw["idf"])
        self._index = {name: i for i, name in enumerate(self._names)}
        self._idf_list: list[float] = [raw["idf"][n] for n in self._names]
        kind, category = raw["kind"], raw["category"]
        urgency = raw.get("urgency", _NO_URGENCY_MODEL)
        self._kind_classes: list[str] = kind["classes"]
        self._category_classes: list[str] = category["classes"]
        # scikit-learn keeps one column for a two-class model: the score of its second class.
        self._urgent_sign = 1.0 if urgency["classes"] == ["normal", "urgent"] else -1.0
        heads = (kind, category, urgency)
        widths = [len(self._kind_classes), len(self._category_classes), 1]
        rows = [
            [w for head, width in zip(heads, widths, strict=True) for w in _row(head, n, width)]
            for n in self._names
        ]
        # Each row holds its feature's weights already multiplied by its idf, and then the idf
        # squared: the sum of a message's rows is then its unnormalised scores and, last, the
        # square of its vector's norm, so a prediction is one gather and one sum. In float64 the
        # products are those `_evidence` ranked when it multiplied idf and weight itself.
        weights = np.array(rows, dtype=np.float32).reshape(len(self._names), sum(widths))
        idf = np.array(self._idf_list)
        self._scaled = np.hstack([weights * idf[:, None], (idf * idf)[:, None]])
        self._intercept: list[float] = (
            kind["intercept"] + category["intercept"] + urgency["intercept"]
        )
        # Rows are summed as ones times the rows: numpy's `dot` costs a third of its `sum`.
        self._ones = np.ones(64)
        # Which features may be shown to staff as evidence: whole words that mean something.
        # Their weights are read from the rows a message gathers anyway; a table per category
        # of its ~900 evidence words held ~1 MB that every message's lookups went through.
        self._explains = bytes(_explains(n) for n in self._names)
        self._category_start = len(self._kind_classes)
        self._nothing = self._predictions(self._intercept, [], None)

    def predict(self, features: list[str]) -> Predictions:
        found = list(map(self._index.get, features))
        # Each known feature once, in order of first appearance (None stands for the unknown).
        seen = dict.fromkeys(found)
        unknown = found.count(None)
        seen.pop(None, None)
        rows = cast(list[int], list(seen))
        if not rows:
            return self._nothing
        # TF-IDF with sublinear tf, as scikit-learn's TfidfVectorizer computes it, normalised
        # once the rows are summed: every score is divided by the same norm.
        gathered = self._scaled.take(rows, 0)
        ones = self._ones[: len(rows)] if len(rows) <= len(self._ones) else np.ones(len(rows))
        if len(rows) + unknown == len(found):  # most messages: each feature there once
            totals = ones.dot(gathered).tolist()
            norm = math.sqrt(totals[-1])
        else:
            counts = Counter(found)
            tf = [1.0 + math.log(counts[i]) for i in rows]
            gathered *= np.array(tf)[:, None]
            totals = ones.dot(gathered).tolist()
            idf = self._idf_list
            norm = math.sqrt(sum([(t * idf[i]) ** 2 for t, i in zip(tf, rows, strict=True)]))
        scores = [b + t / norm for b, t in zip(self._intercept, totals, strict=False)]
        return self._predictions(scores, rows, gathered)

    def _predictions(
        self, scores: list[float], rows: list[int], gathered: np.ndarray | None
    ) -> Predictions:
        split = self._category_start  # the kind scores, the category scores, urgency's
        kind, kind_p = _softmax_best(scores[:split])
        category, category_p = _softmax_best(scores[split:-1])
        urgent = 1.0 / (1.0 + math.exp(-self._urgent_sign * scores[-1]))
        evidence = () if gathered is None else self._evidence(rows, gathered[:, split + category])
        return Predictions(
            Prediction(self._kind_classes[kind], kind_p, ()),
            Prediction(self._category_classes[category], category_p, evidence),
            urgent,
        )

    def _evidence(self, rows: list[int], values: np.ndarray) -> tuple[str, ...]:
        """The words that pushed hardest towards the chosen category: the why, for staff.
        `values` are their tf-idf times their weight; ranking needs no normalisation: every
        value would be divided by the same norm."""
        explains, names = self._explains, self._names
        ranked = [
            (v, names[i])
            for i, v in zip(rows, values.tolist(), strict=True)
            if v > 0 and explains[i]
        ]
        ranked.sort(reverse=True)
        return tuple([name for _, name in ranked[:3]])


def _row(head: dict[str, Any], name: str, width: int) -> list[float]:
    row: list[float] = head["coef"].get(name, [0.0] * width)
    return row


def _explains(name: str) -> bool:
    """A whole word, of more than one character, that means something to a reader."""
    return (
        not name.startswith(_NOT_WORDS)
        and len(name) > 1
        and name not in _NOT_EVIDENCE
        and _SAYS_SOMETHING.search(name) is not None
    )


def load(path: Path = WEIGHTS_PATH) -> Classifiers:
    return Classifiers(json.loads(path.read_text(encoding="utf-8")))
