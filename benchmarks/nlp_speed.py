"""How fast the parser is, next to bare jieba, from one process over the same messages.

Baseline: `jieba.lcut(text)` as a user would call it (HMM on, jieba's default), and with the
HMM off (as `parse` segments). Messages: benchmarks/short_messages.txt, short chat messages
written for this benchmark and kept out of the training data. The rounds of the three are
interleaved so that whatever else the machine does weighs on all alike; medians are quoted.

Prints: cold start (import + first parse), resident memory after load, each throughput, the
ratios, and one JSON line with the same figures.
Usage: .venv/bin/python benchmarks/nlp_speed.py [--rounds N]
"""

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import psutil

MESSAGES = Path(__file__).with_name("short_messages.txt")


def _messages() -> list[str]:
    return [line for line in MESSAGES.read_text(encoding="utf-8").splitlines() if line.strip()]


def _one_round(function: Callable[[str], object], messages: list[str]) -> float:
    start = time.perf_counter()
    for message in messages:
        function(message)
    return len(messages) / (time.perf_counter() - start)


def main() -> None:
    cli = argparse.ArgumentParser()
    cli.add_argument("--rounds", type=int, default=15)
    args = cli.parse_args()
    process = psutil.Process(os.getpid())
    rss_before = process.memory_info().rss

    start = time.perf_counter()
    import nlp

    nlp.parse("3号楼502的水龙头坏了,一直在滴水")
    cold = time.perf_counter() - start
    rss = process.memory_info().rss

    import jieba

    messages = _messages()
    contenders: dict[str, Callable[[str], object]] = {
        "jieba.lcut (HMM on)": jieba.lcut,
        "jieba.lcut (HMM off)": lambda text: jieba.lcut(text, HMM=False),
        "nlp.parse": nlp.parse,
    }
    for function in contenders.values():  # warm every cache once before counting
        _one_round(function, messages)
    rounds: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(args.rounds):
        for name, function in contenders.items():
            rounds[name].append(_one_round(function, messages))
    median = {name: statistics.median(values) for name, values in rounds.items()}
    chars = sum(map(len, messages)) / len(messages)
    print(f"messages                 {len(messages)} (mean {chars:.1f} characters)")
    print(f"rounds                   {args.rounds}, interleaved; medians")
    print(f"cold start               {cold * 1000:.0f} ms (import nlp + first parse)")
    print(
        f"resident memory          {rss / 2**20:.0f} MB after load ({rss_before / 2**20:.0f} MB before)"
    )
    for name, value in median.items():
        print(f"{name:24s} {value:,.0f} messages/s ({1e6 / value:.0f} µs each)")
    hmm_on = median["nlp.parse"] / median["jieba.lcut (HMM on)"]
    hmm_off = median["nlp.parse"] / median["jieba.lcut (HMM off)"]
    print(f"parse / lcut (HMM on)    {hmm_on:.2f}")
    print(f"parse / lcut (HMM off)   {hmm_off:.2f}")
    figures = {
        "messages": len(messages),
        "mean_chars": round(chars, 1),
        "cold_ms": round(cold * 1000),
        "rss_mb": round(rss / 2**20),
        **{name: round(value) for name, value in median.items()},
        "ratio_hmm_on": round(hmm_on, 3),
        "ratio_hmm_off": round(hmm_off, 3),
    }
    print(json.dumps(figures, ensure_ascii=False))


if __name__ == "__main__":
    main()
