"""The committed weights are what `make model` learns from nlp/data/ — no hand-edited model."""

import json

import pytest

from nlp.classify.model import WEIGHTS_PATH
from nlp.classify.train import DECIMALS, learn
from nlp.classify.training_data import training_examples

# lbfgs is deterministic on one machine; another BLAS may differ in the last bits, so the
# comparison allows one unit in the last rounded place.
TOLERANCE = 2 * 10**-DECIMALS


def _close(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= TOLERANCE for x, y in zip(a, b, strict=True))


@pytest.fixture(scope="module")
def fresh() -> dict:  # type: ignore[type-arg]
    return learn(training_examples())


def test_committed_weights_match_a_fresh_training_run(fresh: dict) -> None:  # type: ignore[type-arg]
    committed = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert committed["trained_on"] == fresh["trained_on"], "nlp/data changed: run `make model`"
    assert committed["idf"].keys() == fresh["idf"].keys()
    assert _close(list(committed["idf"].values()), list(fresh["idf"].values()))
    for head in ("kind", "category"):
        assert committed[head]["classes"] == fresh[head]["classes"]
        assert _close(committed[head]["intercept"], fresh[head]["intercept"])
        assert committed[head]["coef"].keys() == fresh[head]["coef"].keys()
        for feature, row in fresh[head]["coef"].items():
            assert _close(committed[head]["coef"][feature], row), feature
