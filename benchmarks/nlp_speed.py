"""How fast the parser is, next to bare jieba, from one process over the same messages.

Prints: cold start (import + first parse), resident memory after load, bare `jieba.lcut`
throughput, `parse` throughput and their ratio. Messages: every sentence under nlp/data/.
Usage: .venv/bin/python benchmarks/nlp_speed.py [--rounds N]
"""

import argparse
import os
import time
from pathlib import Path

import psutil


def _messages() -> list[str]:
    data = Path(__file__).resolve().parents[1] / "nlp" / "data"
    lines = []
    for path in sorted(data.glob("*.psv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                lines.append(line.split("|", 3)[3])
    return lines


def _throughput(function, messages: list[str], rounds: int) -> float:  # type: ignore[no-untyped-def]
    best = 0.0
    for _ in range(rounds):
        start = time.perf_counter()
        for message in messages:
            function(message)
        best = max(best, len(messages) / (time.perf_counter() - start))
    return best


def main() -> None:
    cli = argparse.ArgumentParser()
    cli.add_argument("--rounds", type=int, default=5)
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
    lcut = _throughput(jieba.lcut, messages, args.rounds)
    parse = _throughput(nlp.parse, messages, args.rounds)
    chars = sum(map(len, messages)) / len(messages)
    print(
        f"messages                 {len(messages)} (mean {chars:.0f} characters), best of {args.rounds}"
    )
    print(f"cold start               {cold * 1000:.0f} ms (import nlp + first parse)")
    print(
        f"resident memory          {rss / 2**20:.0f} MB after load ({rss_before / 2**20:.0f} MB before)"
    )
    print(f"jieba.lcut               {lcut:,.0f} messages/s ({1e6 / lcut:.0f} µs each)")
    print(f"nlp.parse                {parse:,.0f} messages/s ({1e6 / parse:.0f} µs each)")
    print(f"parse / lcut throughput  {parse / lcut:.2f}")


if __name__ == "__main__":
    main()
