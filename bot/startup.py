"""Start-up shared by every channel: routing, schema, database, teams, parser — in that order,
so that a mistake in the routing file stops the process before anything is touched."""

import sys
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

import nlp
from bot.clock import Clock, utc_now
from bot.settings import Settings
from handlers.context import Context
from handlers.dispatch import sync_routing
from handlers.routing import Routing, RoutingError, load_routing
from storage.db import make_engine, make_sessionmaker
from storage.migrate import upgrade_to_head

BAD_CONFIGURATION = 2  # the exit status when nothing can run as configured


@dataclass(frozen=True)
class App:
    settings: Settings
    routing: Routing
    engine: AsyncEngine
    sessionmaker: async_sessionmaker[AsyncSession]

    async def close(self) -> None:
        await self.engine.dispose()


async def prepare(settings: Settings, *, channel: str, clock: Clock = utc_now) -> App:
    """Everything a channel needs to run. A broken routing file is printed as is and the
    process exits with status 2: nothing half-configured runs."""
    routing = load_routing_or_exit(settings)
    await upgrade_to_head(settings.database.url)
    engine = make_engine(settings.database.url)
    sessionmaker = make_sessionmaker(engine)
    try:
        async with sessionmaker.begin() as session:
            ctx = Context(session=session, routing=routing, now=clock())
            await sync_routing(ctx, channel=channel)
    except BaseException:
        await engine.dispose()
        raise
    nlp.warm_up()
    return App(settings=settings, routing=routing, engine=engine, sessionmaker=sessionmaker)


def load_routing_or_exit(settings: Settings) -> Routing:
    try:
        return load_routing(settings.routing_file)
    except RoutingError as error:
        # The message already names the file, the line and the problem, for the admin.
        print(error, file=sys.stderr)
        raise SystemExit(BAD_CONFIGURATION) from None
