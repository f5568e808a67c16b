"""Learn the classifier weights from nlp/data/ and write nlp/model/weights.json (`make model`).

`python -m nlp.classify.train --cv` prints cross-validated accuracy instead, for choosing settings.
Training is deterministic (lbfgs, fixed data order), and weights are rounded, so a fresh run
reproduces the committed file; tests/nlp/test_model_reproducible.py checks that.
"""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline

from nlp.classify.features import features
from nlp.classify.model import WEIGHTS_PATH
from nlp.classify.training_data import Example, training_examples
from nlp.normalize import analysis, canonical

C_KIND = 16.0
C_CATEGORY = 16.0
C_URGENCY = 8.0
MIN_DF = 2
DECIMALS = 4


def _vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer=features, sublinear_tf=True, min_df=MIN_DF, norm="l2", dtype=np.float64
    )


def _texts(examples: list[Example]) -> list[str]:
    return [analysis(canonical(e.text)) for e in examples]


# Words that join or count and say nothing of danger. Emergencies are told with "还有人在里面",
# "有个…", so the urgency model learned them as danger ("还有体育馆门口那条路上有个大坑" was
# urgent); it reads no weight into them.
NOT_DANGER_WORDS = frozenset(
    """
    还有 有 个 有个 的 了 在 是 和 跟 也 都 又 还 就 那条 这条 那个 这个 一个 那 这 我 我们 你 他 她 上 里
    c:还有 c:有个 c:个大
    """.split()
)


def _fit(
    texts: list[str],
    labels: list[str],
    c: float,
    vectorizer: TfidfVectorizer,
    class_weight: str | None = None,
    ignored: frozenset[str] = frozenset(),
) -> Any:
    model = LogisticRegression(C=c, max_iter=5000, class_weight=class_weight)
    matrix = vectorizer.transform(texts)
    if ignored:
        # Zeroed after normalisation, as a message's vector will hold them: its norm counts
        # them, the model gives them no weight.
        keep = np.array([name not in ignored for name in vectorizer.get_feature_names_out()])
        matrix = matrix.multiply(keep.astype(np.float64)).tocsr()
    model.fit(matrix, labels)
    return model


def _export(model: Any, vocabulary: list[str]) -> dict[str, Any]:
    coef = {
        feature: [round(float(w), DECIMALS) for w in model.coef_[:, column]]
        for column, feature in enumerate(vocabulary)
    }
    return {
        "classes": [str(c) for c in model.classes_],
        "intercept": [round(float(b), DECIMALS) for b in model.intercept_],
        "coef": {f: row for f, row in coef.items() if any(row)},
    }


def learn(examples: list[Example]) -> dict[str, Any]:
    texts = _texts(examples)
    vectorizer = _vectorizer().fit(texts)
    vocabulary = list(vectorizer.get_feature_names_out())
    kind = _fit(texts, [e.kind.value for e in examples], C_KIND, vectorizer)
    category = _fit(texts, [e.category.value for e in examples], C_CATEGORY, vectorizer)
    # Balanced: a missed emergency costs far more than a false alarm, and emergencies are
    # the smaller class.
    urgency = _fit(
        texts,
        [e.urgency.value for e in examples],
        C_URGENCY,
        vectorizer,
        class_weight="balanced",
        ignored=NOT_DANGER_WORDS,
    )
    return {
        "trained_on": len(examples),
        "idf": {
            f: round(float(v), DECIMALS) for f, v in zip(vocabulary, vectorizer.idf_, strict=True)
        },
        "kind": _export(kind, vocabulary),
        "category": _export(category, vocabulary),
        "urgency": _export(urgency, vocabulary),
    }


def dump(weights: dict[str, Any]) -> str:
    return json.dumps(weights, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def cross_validate(examples: list[Example]) -> None:
    texts = _texts(examples)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    for name, labels, c in (
        ("kind", [e.kind.value for e in examples], C_KIND),
        ("category", [e.category.value for e in examples], C_CATEGORY),
        ("urgency", [e.urgency.value for e in examples], C_URGENCY),
    ):
        pipeline = make_pipeline(_vectorizer(), LogisticRegression(C=c, max_iter=5000))
        scores = cross_val_score(pipeline, texts, labels, cv=folds)
        print(f"{name:9s} 5-fold accuracy {scores.mean():.3f} ± {scores.std():.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cv", action="store_true", help="print cross-validated accuracy")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    args = parser.parse_args(argv)
    examples = training_examples()
    if args.cv:
        cross_validate(examples)
        return 0
    args.out.write_text(dump(learn(examples)), encoding="utf-8")
    print(f"wrote {args.out} from {len(examples)} examples", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
