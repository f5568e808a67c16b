"""Tickets per second through the handlers (no chat platform), on SQLite and PostgreSQL.

Each report is what a student does: the message (parsed, summarised, state saved), then the
press of 确认提交 (ticket, first event, card, receipt — one transaction). Every event runs in
its own transaction, as the adapters run them. Prints tickets/s and the p50/p99 time of one
handled message per backend. PostgreSQL is at 127.0.0.1:5432 (user postgres) or
$HOUQIN_TEST_POSTGRES; it is skipped, and said so, when unreachable.

Usage: .venv/bin/python benchmarks/intake.py [--reports N]
"""

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import asyncpg
from sqlalchemy import select
from sqlalchemy.engine import make_url

from handlers.context import Context
from handlers.dispatch import handle, sync_routing
from handlers.messages import Address, Inbound
from handlers.routing import Routing, load_routing
from nlp import warm_up
from storage.db import make_engine, make_sessionmaker
from storage.migrate import upgrade_to_head
from storage.models import OutboxMessage

ROOT = Path(__file__).resolve().parents[1]
SERVER = os.environ.get(
    "HOUQIN_TEST_POSTGRES", "postgresql+asyncpg://postgres@127.0.0.1:5432/postgres"
)


def _reports() -> list[str]:
    lines = []
    for path in sorted((ROOT / "nlp" / "data").glob("*.psv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and not path.name.startswith("smalltalk"):
                lines.append(line.split("|", 3)[3])
    return lines


async def _run(url: str, routing: Routing, reports: list[str]) -> tuple[float, list[float]]:
    await upgrade_to_head(url)
    engine = make_engine(url)
    sessions = make_sessionmaker(engine)
    async with sessions.begin() as session:
        await sync_routing(Context(session, routing, datetime.now(UTC)), channel="bench")
    latencies: list[float] = []

    async def event(inbound: Inbound) -> None:
        start = time.perf_counter()
        async with sessions.begin() as session:
            await handle(inbound, Context(session, routing, datetime.now(UTC)))
        latencies.append(time.perf_counter() - start)

    async def last_buttons(chat: str) -> list[tuple[str, str]]:
        async with sessions() as session:
            row = await session.scalar(
                select(OutboxMessage)
                .where(OutboxMessage.chat_id == chat)
                .order_by(OutboxMessage.id.desc())
                .limit(1)
            )
        payload = row.payload if row else {}
        return [(b["label"], b["action"]) for line in payload.get("buttons", []) for b in line]

    filed = 0
    for number, text in enumerate(reports):
        user = str(10_000 + number)
        address = Address(channel="bench", chat_id=user)
        await event(Inbound(address=address, user_id=user, user_name="同学", text=text))
        buttons = await last_buttons(user)
        if not buttons:  # asked where: answer, then the summary comes
            await event(Inbound(address=address, user_id=user, user_name="同学", text="3号楼502"))
            buttons = await last_buttons(user)
        confirm = next((action for label, action in buttons if label == "确认提交"), None)
        if confirm is None:  # urgent: filed at once; or small talk: nothing to file
            filed += 1
            continue
        await event(Inbound(address=address, user_id=user, user_name="同学", action=confirm))
        filed += 1
    await engine.dispose()
    # Handler time only: the look-ups of the buttons to press are the benchmark's own.
    return filed / sum(latencies), latencies


async def _postgres_url() -> str | None:
    admin_dsn = make_url(SERVER).set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"houqin_bench_{os.getpid()}"
    try:
        admin = await asyncpg.connect(admin_dsn, timeout=5)
    except (OSError, asyncpg.PostgresError) as error:
        print(f"postgresql  skipped: {error}")
        return None
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    return make_url(SERVER).set(database=name).render_as_string(hide_password=False)


async def _drop(url: str) -> None:
    admin = await asyncpg.connect(
        make_url(SERVER)
        .set(drivername="postgresql", database="postgres")
        .render_as_string(hide_password=False)
    )
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')
    finally:
        await admin.close()


def _report(backend: str, rate: float, latencies: list[float]) -> None:
    cuts = statistics.quantiles(latencies, n=100)
    print(
        f"{backend:11s} {rate:7.1f} tickets/s   one message: p50 {cuts[49] * 1000:5.1f} ms"
        f"  p99 {cuts[98] * 1000:5.1f} ms  ({len(latencies)} messages)"
    )


async def main() -> None:
    cli = argparse.ArgumentParser()
    cli.add_argument("--reports", type=int, default=300)
    args = cli.parse_args()
    warm_up()
    routing = load_routing(ROOT / "examples" / "routing.toml")
    reports = (_reports() * 10)[: args.reports]
    with tempfile.TemporaryDirectory() as folder:
        rate, latencies = await _run(
            f"sqlite+aiosqlite:///{folder}/bench.sqlite3", routing, reports
        )
        _report("sqlite", rate, latencies)
    url = await _postgres_url()
    if url:
        try:
            rate, latencies = await _run(url, routing, reports)
            _report("postgresql", rate, latencies)
        finally:
            await _drop(url)


if __name__ == "__main__":
    asyncio.run(main())
