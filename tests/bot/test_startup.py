"""Start-up: a broken routing file stops everything with its line; a good one gives a
migrated database that knows the teams."""

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.settings import DatabaseSettings, Settings
from bot.startup import prepare
from storage.models import Team
from tests.bot.conftest import EXAMPLE_ROUTING, run_bot


@pytest.mark.parametrize(
    ("good_line", "broken_line", "problem"),
    [
        ("chat_id = -1001002", 'chat_id = "网络组"', "chat_id 应为整数"),
        ('default_team = "general"', 'default_team = "general', "TOML 格式有误"),
        ('categories = ["canteen"]', 'categories = ["canteens"]', "未知的类别"),
    ],
    ids=["wrong_type", "toml_syntax", "unknown_category"],
)
def test_broken_routing_file_stops_start_up_with_its_line(
    tmp_path: Path, good_line: str, broken_line: str, problem: str
) -> None:
    lines = EXAMPLE_ROUTING.read_text(encoding="utf-8").splitlines()
    number = lines.index(good_line) + 1
    lines[number - 1] = broken_line
    routing = tmp_path / "routing.toml"
    routing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    database = tmp_path / "houqin.sqlite3"

    done = run_bot(
        "console",
        cwd=tmp_path,
        stdin="3号楼502的水龙头坏了\n",
        ROUTING_FILE=str(routing),
        DATABASE_URL=f"sqlite+aiosqlite:///{database}",
    )

    assert done.returncode == 2
    assert f"routing.toml 第 {number} 行" in done.stderr
    assert problem in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
    assert not database.exists(), "nothing half-configured runs"


def test_missing_routing_file_is_named(tmp_path: Path) -> None:
    done = run_bot("console", cwd=tmp_path, ROUTING_FILE=str(tmp_path / "nowhere.toml"))

    assert done.returncode == 2
    assert "找不到路由文件" in done.stderr
    assert "nowhere.toml" in done.stderr


async def test_prepare_migrates_and_writes_the_teams(fresh_database_url: str) -> None:
    settings = Settings(
        routing_file=EXAMPLE_ROUTING, database=DatabaseSettings(url=fresh_database_url)
    )

    app = await prepare(settings, channel="console")
    try:
        async with app.sessionmaker() as session:
            teams = {t.code: t for t in await session.scalars(select(Team))}
    finally:
        await app.close()

    assert set(teams) == {team.code for team in app.routing.teams}
    assert (teams["maintenance"].channel, teams["maintenance"].chat_id) == ("console", "-1001001")
    assert teams["maintenance"].thread_id == "12"
