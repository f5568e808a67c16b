"""The console: one person plays student, staff and supervisor against the real handlers.

Most tests drive `Console` in-process on a fresh database (SQLite and PostgreSQL); one runs
`python -m bot console` from a pipe, as `make console` does.
"""

import io
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot import texts
from bot.console import Console
from bot.settings import DatabaseSettings, Settings
from handlers import texts as bot_says
from tests.bot.conftest import EXAMPLE_ROUTING, run_bot

MONDAY_MORNING = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai
REPORT = "3号楼502的水龙头坏了"


class Screen:
    """What the console printed, read a piece at a time."""

    def __init__(self) -> None:
        self.out = io.StringIO()
        self.read_up_to = 0

    def new(self) -> str:
        text = self.out.getvalue()[self.read_up_to :]
        self.read_up_to = len(self.out.getvalue())
        return text


@pytest.fixture
def screen() -> Screen:
    return Screen()


@pytest.fixture
async def console(fresh_database_url: str, screen: Screen) -> AsyncIterator[Console]:
    settings = Settings(
        routing_file=EXAMPLE_ROUTING, database=DatabaseSettings(url=fresh_database_url)
    )
    console = await Console.open(settings, screen.out, clock=lambda: MONDAY_MORNING)
    screen.new()
    try:
        yield console
    finally:
        await console.close()


async def test_report_is_shown_with_numbered_buttons(console: Console, screen: Screen) -> None:
    await console.on_line(REPORT)

    shown = screen.new()
    assert shown.startswith("【同学】\n")
    assert "[1] 确认提交  [2] 修改  [3] 取消" in shown


async def test_number_presses_the_button_and_edits_show_as_updates(
    console: Console, screen: Screen
) -> None:
    await console.on_line(REPORT)
    screen.new()

    await console.on_line("1")

    shown = screen.new()
    assert "【水电维修组群】" in shown
    assert "[1] 接单  [2] 转派" in shown
    assert bot_says.SUBMITTED.format(number=1).splitlines()[0] in shown
    assert "(更新) " in shown
    assert shown.startswith(texts.NOTICE.format(text=bot_says.SUBMITTED_NOTICE))


async def test_number_with_nothing_to_press_gets_a_friendly_line(
    console: Console, screen: Screen
) -> None:
    await console.on_line("1")

    assert screen.new() == texts.NOTICE.format(text=texts.NOTHING_TO_PRESS) + "\n\n"


async def test_number_beyond_the_buttons_says_how_many_there_are(
    console: Console, screen: Screen
) -> None:
    await console.on_line(REPORT)
    screen.new()

    await console.on_line("7")

    assert texts.NO_SUCH_BUTTON.format(count=4) in screen.new()


@pytest.mark.parametrize("line", ["①", "٣", "５"])
async def test_only_ascii_digits_press_buttons(console: Console, screen: Screen, line: str) -> None:
    await console.on_line(REPORT)
    screen.new()

    await console.on_line(line)  # typed as text, read as a reply; never a crash

    shown = screen.new()
    assert "Traceback" not in shown and texts.HANDLER_FAILED not in shown
    assert "【水电维修组群】" not in shown


async def test_staff_cannot_press_buttons_in_a_students_private_chat(
    console: Console, screen: Screen
) -> None:
    await console.on_line(REPORT)
    await console.on_line("/as 王师傅 staff maintenance")
    screen.new()

    await console.on_line("1")

    assert texts.NOTHING_TO_PRESS in screen.new()


async def test_staff_acknowledges_in_the_team_group_and_the_reporter_is_told(
    console: Console, screen: Screen
) -> None:
    await console.on_line(REPORT)
    await console.on_line("1")
    await console.on_line("/as 王师傅 staff maintenance")
    screen.new()

    await console.on_line("1")  # 接单 on the card in 水电维修组群

    shown = screen.new()
    assert "【水电维修组群】\n(更新) 工单 #1" in shown
    assert "王师傅" in shown
    assert "【同学】\n您的工单 #1" in shown
    assert console.prompt == "王师傅@水电维修组群> "


async def test_reassignment_reason_is_typed_in_the_group(console: Console, screen: Screen) -> None:
    await console.on_line(REPORT)
    await console.on_line("1")
    await console.on_line("/as 王师傅 staff maintenance")
    await console.on_line("2")  # 转派
    await console.on_line(button_number("保卫处", screen.new()))
    assert console.prompt == "王师傅@水电维修组群> "

    await console.on_line("不是水管问题，是有人故意破坏")

    shown = screen.new()
    assert "【保卫处群】\n工单 #1" in shown
    assert "/私聊" not in shown, "the reason was heard"


def button_number(label: str, shown: str) -> str:
    found = re.findall(rf"\[(\d+)\] {label}", shown)
    assert found, f"no button {label!r} in {shown}"
    return str(found[-1])


async def test_supervisor_persona_receives_urgent_alerts(console: Console, screen: Screen) -> None:
    await console.on_line("/as 王主管 supervisor")
    await console.on_line("/as 同学 student")
    screen.new()

    await console.on_line("图书馆着火了")

    shown = screen.new()
    assert "【主管 王主管】\n【紧急工单】" in shown
    assert "【主管】\n【紧急工单】" in shown, "the second listed supervisor is nobody yet"


async def test_each_supervisor_takes_the_next_listed_id_and_keeps_it(console: Console) -> None:
    await console.on_line("/as 王主管 supervisor")
    first = console.persona.external_id
    await console.on_line("/as 李主管 supervisor")
    second = console.persona.external_id
    await console.on_line("/as 王主管 supervisor")

    assert (first, second, console.persona.external_id) == ("900", "901", "900")


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        ("/as 王师傅", "用法"),
        ("/as 王师傅 plumber", "不认识的身份"),
        ("/as 王师傅 staff", "后勤员工需要指定班组"),
        ("/as 王师傅 staff plumbing", "没有代码为 “plumbing” 的班组"),
        ("/as 王师傅 员工 it", "现在你是「王师傅」（后勤员工，网络与教学设备组）"),
        ("/as 小李 teacher", "现在你是「小李」（教师）"),
    ],
)
async def test_switching_persona(console: Console, screen: Screen, line: str, answer: str) -> None:
    await console.on_line(line)

    assert answer in screen.new()


async def test_group_talk_the_bot_ignores_gets_a_hint(console: Console, screen: Screen) -> None:
    await console.on_line("/as 王师傅 staff maintenance")
    await console.on_line("/群")
    screen.new()

    await console.on_line("今天谁值班？")

    assert "/私聊" in screen.new()


def test_piped_console_shows_the_whole_conversation(tmp_path: Path) -> None:
    typed = [REPORT, "1", "/as 王师傅 staff maintenance", "1", "2", "/as 同学 student", "5"]

    done = run_bot(
        "console",
        cwd=tmp_path,
        stdin="".join(line + "\n" for line in typed),
        ROUTING_FILE=str(EXAMPLE_ROUTING),
        DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'houqin.sqlite3'}",
    )

    assert done.returncode == 0, done.stderr
    out = done.stdout
    in_order = [
        f"同学> {REPORT}",
        "[1] 确认提交  [2] 修改  [3] 取消",
        "同学> 1",
        "【水电维修组群】",
        "已收到您的报修 #1",
        "(更新) 已提交",
        "同学> /as 王师傅 staff maintenance",
        "王师傅> 1",
        "(更新) 工单 #1",
        "您的工单 #1 状态更新：已接单",
        "王师傅@水电维修组群> 2",
        "状态：已完成",
        "您的工单 #1 状态更新：已完成",
        "[5] 5分",
        "同学> 5",
        "感谢您的评价",
    ]
    positions = [out.find(part) for part in in_order]
    assert -1 not in positions, [p for p, at in zip(in_order, positions, strict=True) if at < 0]
    assert positions == sorted(positions), out
