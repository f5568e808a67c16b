"""`python -m bot` without a Telegram token points at the console instead of failing obscurely."""

from pathlib import Path

from tests.bot.conftest import run_bot


def test_without_token_the_bot_points_at_the_console(tmp_path: Path) -> None:
    done = run_bot(cwd=tmp_path)

    assert done.returncode == 2
    assert "BOT_TOKEN" in done.stderr
    assert "python -m bot console" in done.stderr
    assert "Traceback" not in done.stderr
    assert list(tmp_path.iterdir()) == [], "nothing is created before it can run"


def test_unknown_channel_is_refused_with_usage(tmp_path: Path) -> None:
    done = run_bot("wechat", cwd=tmp_path)

    assert done.returncode == 2
    assert "console" in done.stderr
