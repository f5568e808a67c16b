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


def _one_round(function, messages: list[str]) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for message in messages:
        function(message)
    return len(messages) / (time.perf_counter() - start)


def _throughputs(first, second, messages: list[str], rounds: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Best of `rounds` for each, the rounds of the two interleaved so that whatever else the
    machine does in the meantime weighs on both alike."""
    best_first = best_second = 0.0
    for _ in range(rounds):
        best_first = max(best_first, _one_round(first, messages))
        best_second = max(best_second, _one_round(second, messages))
    return best_first, best_second


def main() -> None:
    cli = argparse.ArgumentParser()
    cli.add_argument("--rounds", type=int, default=9)
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
    lcut, parse = _throughputs(jieba.lcut, nlp.parse, messages, args.rounds)
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
