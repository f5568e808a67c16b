"""`python -m nlp --jsonl` (one message a line in, one JSON object a line out) or
`python -m nlp "一句话"` (one message, printed readably)."""

import argparse
import json
import sys
from typing import Any

from nlp import ParsedMessage, parse


def as_json(parsed: ParsedMessage) -> dict[str, Any]:
    location = parsed.location
    return {
        "kind": parsed.kind.value,
        "category": parsed.category.value,
        "urgency": parsed.urgency.value,
        # The place as the message names it: in the sender's script, numerals Arabic.
        "location": (location.written or location.text) if location else None,
        "location_parts": location.model_dump(exclude={"written"}) if location else None,
        "time_text": parsed.time_text,
        "kind_confidence": round(parsed.kind_confidence, 3),
        "category_confidence": round(parsed.category_confidence, 3),
        "category_evidence": list(parsed.category_evidence),
        "urgency_evidence": list(parsed.urgency_evidence),
        "is_small_talk": parsed.is_small_talk,
        "truncated": parsed.truncated,
    }


def readable(parsed: ParsedMessage) -> str:
    location = parsed.location
    lines = [
        f"原文      {parsed.original}",
        f"类型      {parsed.kind.value}  ({parsed.kind_confidence:.2f})",
        f"类别      {parsed.category.value}  ({parsed.category_confidence:.2f})"
        f"  依据: {'、'.join(parsed.category_evidence) or '-'}",
        f"紧急程度  {parsed.urgency.value}  {'、'.join(parsed.urgency_evidence)}",
        f"地点      {(location.written or location.text) if location else '-'}",
        f"时间      {parsed.time_text or '-'}",
    ]
    if location:
        lines.append(
            f"          楼 {location.building or '-'}  层 {location.floor or '-'}  房间 {location.room or '-'}"
        )
    if parsed.is_small_talk:
        lines.append("(没有需要处理的内容)")
    if parsed.truncated:
        lines.append("(消息过长,只分析了开头部分)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(prog="python -m nlp", description=__doc__)
    cli.add_argument("--jsonl", action="store_true", help="read stdin, one message a line")
    cli.add_argument("text", nargs="*", help="a message to parse")
    args = cli.parse_args(argv)
    if args.jsonl:
        sys.stdin.reconfigure(encoding="utf-8", errors="replace")  # type: ignore[union-attr]
        for line in sys.stdin:
            print(json.dumps(as_json(parse(line.rstrip("\n"))), ensure_ascii=False), flush=False)
        sys.stdout.flush()
        return 0
    if not args.text:
        cli.print_usage(sys.stderr)
        return 2
    print(readable(parse(" ".join(args.text))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
