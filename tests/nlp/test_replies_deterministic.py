"""A turn reads the same in every process: the order words are taken out in must not follow
a set's iteration order, which Python varies with each process's hash seed."""

import os
import subprocess
import sys

MESSAGES = ["我在体育馆后面的小路上", "是的", "嗯", "图书馆东侧那部电梯", "还有二食堂的菜太咸了"]
SCRIPT = (
    "from nlp import parse\n"
    "from nlp.replies import read_turn\n"
    f"for m in {MESSAGES!r}:\n"
    "    t = read_turn(parse(m))\n"
    "    print(t.act.value, t.problem, t.substantial)\n"
)


def _read_with_seed(seed: str) -> str:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_a_turn_reads_the_same_whatever_the_hash_seed() -> None:
    readings = {_read_with_seed(seed) for seed in ("1", "2", "3", "4")}
    assert len(readings) == 1
    assert readings.pop().splitlines()[0] == "report False True"
