"""Whole conversations from benchmarks/conversations/, typed into the console as a reporter
would, then checked against the tickets filed. Written by independent authors and looked at
since their first run: they guard against going back, they do not estimate (the notes do)."""

import io
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.console import Console
from bot.settings import DatabaseSettings, Settings
from storage.models import Ticket
from tests.bot.conftest import EXAMPLE_ROUTING

SETS = sorted((Path(__file__).resolve().parents[2] / "benchmarks" / "conversations").glob("*.txt"))
MONDAY_MORNING = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


@dataclass
class Scenario:
    name: str
    say: list[str] = field(default_factory=list)
    expect: list[str] = field(default_factory=list)
    known: str = ""  # why the bot still gets it wrong: played, expected to fail


def _scenarios() -> list[Scenario]:
    found: list[Scenario] = []
    for path in SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("## "):
                found.append(Scenario(f"{path.stem}: {line[3:].strip()}"))
            elif line.startswith("> ") and found:
                found[-1].say.append(line[2:])
            elif line.startswith("expect:") and found:
                found[-1].expect.append(line.removeprefix("expect:").strip())
            elif line.startswith("known:") and found:
                found[-1].known = line.removeprefix("known:").strip()
    return found


def _params() -> list[object]:
    return [
        pytest.param(
            s, id=s.name, marks=[pytest.mark.xfail(reason=s.known, strict=True)] if s.known else []
        )
        for s in _scenarios()
    ]


def _matches(ticket: Ticket, spec: str) -> bool:
    for part in spec.split(";"):
        key, _, want = part.strip().partition("=")
        if key == "loc":
            place = ticket.location_text or ""
            if not all(any(a in place for a in t.split("/")) for t in want.split(",")):
                return False
        elif getattr(ticket, key) not in want.split("/"):
            return False
    return True


@pytest.mark.parametrize("scenario", _params())
async def test_the_conversation_ends_as_the_reporter_meant(
    fresh_database_url: str, scenario: Scenario
) -> None:
    settings = Settings(
        routing_file=EXAMPLE_ROUTING, database=DatabaseSettings(url=fresh_database_url)
    )
    out = io.StringIO()
    console = await Console.open(settings, out, clock=lambda: MONDAY_MORNING)
    try:
        for line in scenario.say:
            await console.on_line(line)
        async with console.app.sessionmaker() as session:
            filed = list((await session.scalars(select(Ticket))).all())
    finally:
        await console.close()
    assert "Traceback" not in out.getvalue()
    for spec in scenario.expect:
        if spec.startswith("tickets="):
            assert len(filed) == int(spec.removeprefix("tickets=")), out.getvalue()[-1500:]
        else:
            wanted = spec.removeprefix("ticket:").strip()
            assert any(_matches(t, wanted) for t in filed), out.getvalue()[-1500:]
