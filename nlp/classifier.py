"""Serve the kind and category classifiers from their learned weights, as plain data.

The weights are learned by `nlp.train` (scikit-learn's logistic regression over TF-IDF) and
committed as readable JSON. Serving needs no scikit-learn: the rows of a message's few dozen
features are gathered from one numpy matrix that holds both classifiers side by side, so a
prediction is one small matrix product instead of a Python loop over every class.
"""

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

WEIGHTS_PATH = Path(__file__).with_name("model") / "weights.json"

Vector = npt.NDArray[np.float64]

# Words that carry weight in the model but explain nothing to the staff reading a card.
_NOT_EVIDENCE = frozenset(
    ["一直", "已经", "现在", "还是", "我们", "你们", "他们", "一下", "麻烦", "好像", "没有", "不是", "可以", "什么", "怎么", "这个", "那个", "今天", "昨天", "晚上", "早上", "时候", "问题", "真的", "非常", "特别", "还有", "然后", "因为", "所以", "但是", "就是", "而且", "一个", "几个", "有点"]
)


@dataclass(frozen=True)
class Prediction:
    label: str
    confidence: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Predictions:
    kind: Prediction
    category: Prediction


def _softmax_best(scores: list[float]) -> tuple[int, float]:
    best = max(range(len(scores)), key=scores.__getitem__)
    top = scores[best]
    return best, 1.0 / sum(math.exp(s - top) for s in scores)


class Classifiers:
    def __init__(self, raw: dict[str, Any]) -> None:
        self._names: list[str] = sorted(raw["idf"])
        self._index = {name: i for i, name in enumerate(self._names)}
        self._idf_list: list[float] = [raw["idf"][n] for n in self._names]
        kind, category = raw["kind"], raw["category"]
        self._kind_classes: list[str] = kind["classes"]
        self._category_classes: list[str] = category["classes"]
        width = len(self._kind_classes) + len(self._category_classes)
        zero = [0.0] * width
        rows = [
            kind["coef"].get(n, zero[: len(self._kind_classes)])
            + category["coef"].get(n, zero[len(self._kind_classes) :])
            for n in self._names
        ]
        self._weights = np.array(rows, dtype=np.float64).reshape(len(self._names), width)
        self._intercept = np.array(kind["intercept"] + category["intercept"], dtype=np.float64)

    def predict(self, features: list[str]) -> Predictions:
        counts: dict[int, int] = {}
        lookup = self._index.get
        for feature in features:
            i = lookup(feature)
            if i is not None:
                counts[i] = counts.get(i, 0) + 1
        split = len(self._kind_classes)
        if not counts:
            scores = self._intercept.tolist()
            return self._predictions(scores[:split], scores[split:], ())
        # TF-IDF with sublinear tf and l2 norm, as scikit-learn's TfidfVectorizer computes it.
        idf = self._idf_list
        index = list(counts)
        values = [(1.0 + math.log(n)) * idf[i] if n > 1 else idf[i] for i, n in counts.items()]
        norm = math.sqrt(sum(v * v for v in values))
        vector = np.array(values) / norm
        rows = self._weights[index]
        scores = (self._intercept + vector @ rows).tolist()
        category = max(range(split, len(scores)), key=scores.__getitem__)
        contribution = (vector * rows[:, category]).tolist()
        evidence = self._evidence(index, contribution)
        return self._predictions(scores[:split], scores[split:], evidence)

    def _predictions(
        self, kind_scores: list[float], category_scores: list[float], evidence: tuple[str, ...]
    ) -> Predictions:
        kind, kind_p = _softmax_best(kind_scores)
        category, category_p = _softmax_best(category_scores)
        return Predictions(
            Prediction(self._kind_classes[kind], kind_p, ()),
            Prediction(self._category_classes[category], category_p, evidence),
        )

    def _evidence(self, index: list[int], contribution: list[float]) -> tuple[str, ...]:
        """The words that pushed hardest towards the chosen category: the why, for staff."""
        names = self._names
        ranked = sorted(
            ((c, names[i]) for i, c in zip(index, contribution, strict=True) if c > 0),
            reverse=True,
        )
        words = [f[2:] for _, f in ranked if f.startswith("w:")]
        decisive = [w for w in words if len(w) > 1 and w not in _NOT_EVIDENCE]
        return tuple(decisive[:3])


def load(path: Path = WEIGHTS_PATH) -> Classifiers:
    return Classifiers(json.loads(path.read_text(encoding="utf-8")))
