"""`python -m nlp`, as the scorer and people call it."""

import json
import subprocess
import sys

KEYS = {"kind", "category", "urgency", "location", "time_text", "is_small_talk"}


def _run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nlp", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_jsonl_writes_one_object_per_input_line() -> None:
    lines = ["3号楼502的水龙头坏了,一直在滴水", "", "二食堂的菜太咸了", "你好"]
    result = _run("--jsonl", stdin="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(lines)
    assert all(row.keys() >= KEYS for row in out)
    assert out[0]["kind"] == "repair"
    assert out[0]["category"] == "water"
    assert out[0]["location"] == "3号楼502"
    assert out[1]["is_small_talk"] is True
    assert out[2]["category"] == "canteen"
    assert out[3]["is_small_talk"] is True


def test_one_message_prints_readably() -> None:
    result = _run("五号楼三楼着火了,有浓烟")
    assert result.returncode == 0, result.stderr
    assert "urgent" in result.stdout
    assert "5号楼3楼" in result.stdout


def test_no_arguments_is_a_usage_error() -> None:
    result = _run()
    assert result.returncode == 2
    assert "usage" in result.stderr
