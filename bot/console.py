"""`python -m bot console`: a terminal chat in which one person plays student, staff and
supervisor, against the same handlers, database and outbox sender as the real bot.

Each typed line is one handled event in one transaction; the outbox is then drained through
a transport that prints. Works on a terminal and from a pipe (the lines are echoed, so the
output reads as the whole conversation).
"""

import asyncio
import contextlib
import sys
import traceback
from collections.abc import Callable, Iterator
from typing import TextIO

from bot import texts
from bot.clock import Clock, utc_now
from bot.console_personas import CHANNEL, Persona, Switch, become, names_by_id, parse_switch
from bot.console_transport import ConsoleTransport, Directory
from bot.outbox_sender import drain
from bot.settings import Settings
from bot.startup import App, prepare
from handlers.context import Context, Result
from handlers.dispatch import handle
from handlers.messages import Address, Inbound
from storage.enums import Role

DEFAULT_PERSONA = Switch(name="同学", role=Role.STUDENT, team=None)


class Console:
    def __init__(
        self, app: App, out: TextIO, clock: Clock, persona: Persona, names: dict[str, str]
    ) -> None:
        self.app = app
        self.out = out
        self.clock = clock
        self.persona = persona
        self.names = names  # every persona's private chat id -> name, for the headers
        self.directory = Directory(app.routing, names)
        self.transport = ConsoleTransport(out, self.directory)
        self.chat: Address | None = None  # a group the persona talks in; None: private chat

    @classmethod
    async def open(cls, settings: Settings, out: TextIO, clock: Clock = utc_now) -> "Console":
        app = await prepare(settings, channel=CHANNEL, clock=clock)
        try:
            async with app.sessionmaker.begin() as session:
                persona = await become(
                    session=session, routing=app.routing, switch=DEFAULT_PERSONA, now=clock()
                )
                names = await names_by_id(session)
            console = cls(app, out, clock, persona, names)
            # Messages an earlier run queued but did not show.
            await console._drain()
        except BaseException:
            await app.close()
            raise
        return console

    async def close(self) -> None:
        await self.app.close()

    @property
    def prompt(self) -> str:
        if self.chat is None:
            return f"{self.persona.name}> "
        return f"{self.persona.name}@{self.directory.chat_name(self.chat)}> "

    async def on_line(self, line: str) -> None:
        line = line.strip()
        command, _, arguments = line.partition(" ")
        if not line:
            return
        if command == "/as":
            await self._switch(arguments)
        elif command == "/私聊":
            self.chat = None
            self._say(texts.IN_PRIVATE)
        elif command == "/群":
            self._enter_team_group()
        elif line.isascii() and line.isdigit():  # "①" and "٣" are digits too, but no button
            await self._press(int(line))
        else:
            await self._type(line)

    async def _switch(self, arguments: str) -> None:
        switch = parse_switch(arguments, self.app.routing)
        if isinstance(switch, str):
            self._say(switch)
            return
        await self._become(switch)
        self._say(self.persona.describe())
        listed = {str(user_id) for user_id in self.app.routing.supervisors}
        if switch.role is Role.SUPERVISOR and self.persona.external_id not in listed:
            self._say(texts.NO_FREE_SUPERVISOR_ID.format(name=switch.name))

    async def _become(self, switch: Switch) -> None:
        async with self.app.sessionmaker.begin() as session:
            self.persona = await become(
                session=session, routing=self.app.routing, switch=switch, now=self.clock()
            )
        self.names[self.persona.external_id] = self.persona.name
        self.chat = None

    def _enter_team_group(self) -> None:
        team = self.persona.team
        if team is None:
            self._say(texts.NOT_STAFF)
            return
        thread_id = str(team.thread_id) if team.thread_id is not None else None
        self.chat = Address(channel=CHANNEL, chat_id=str(team.chat_id), thread_id=thread_id)
        self._say(texts.IN_GROUP.format(chat=self.directory.chat_name(self.chat)))

    async def _type(self, text: str) -> None:
        address = self.chat or self.persona.private_chat
        delivered = await self._handle(self._inbound(address, text=text))
        if delivered == 0 and self.chat is not None:
            self._say(texts.GROUP_IS_QUIET.format(chat=self.directory.chat_name(self.chat)))

    async def _press(self, number: int) -> None:
        shown = self.transport.latest_with_buttons(self.persona.sees)
        if shown is None:
            self._say(texts.NOTHING_TO_PRESS)
            return
        if not 1 <= number <= len(shown.buttons):
            self._say(texts.NO_SUCH_BUTTON.format(count=len(shown.buttons)))
            return
        # Pressing in a group puts the persona there: a reassignment's reason is typed next.
        self.chat = None if shown.address.chat_id == self.persona.external_id else shown.address
        action = shown.buttons[number - 1].action
        await self._handle(self._inbound(shown.address, action=action, reply_to=shown.message_id))

    def _inbound(self, address: Address, **fields: str) -> Inbound:
        return Inbound(
            address=address,
            user_id=self.persona.external_id,
            user_name=self.persona.name,
            is_private=address.chat_id == self.persona.external_id,
            **fields,
        )

    async def _handle(self, inbound: Inbound) -> int:
        """Handle one event in one transaction, show its answer and what it sent."""
        try:
            async with self.app.sessionmaker.begin() as session:
                ctx = Context(session=session, routing=self.app.routing, now=self.clock())
                result = await handle(inbound, ctx)
        except Exception:
            traceback.print_exc(file=sys.stderr)
            self._say(texts.HANDLER_FAILED)
            return 0
        self._notice(result)
        return await self._drain()

    async def _drain(self) -> int:
        outbox = self.app.settings.outbox
        return await drain(
            self.app.sessionmaker,
            self.transport,
            self.clock,
            batch_size=outbox.batch_size,
            max_attempts=outbox.max_attempts,
        )

    def _notice(self, result: Result) -> None:
        if result.notice:
            self._say(result.notice)

    def _say(self, text: str) -> None:
        self.out.write(texts.NOTICE.format(text=text) + "\n\n")
        self.out.flush()


def run_console(settings: Settings, stdin: TextIO = sys.stdin, out: TextIO = sys.stdout) -> int:
    """The console until end of input or Ctrl-C; the exit status."""
    # One event loop for the whole session, but not running while we wait for a line, so
    # that Ctrl-C at the prompt simply ends the input.
    with asyncio.Runner() as runner:
        console = runner.run(Console.open(settings, out))
        try:
            out.write(texts.WELCOME + "\n\n")
            for line in _lines(stdin, out, lambda: console.prompt):
                runner.run(console.on_line(line))
        except KeyboardInterrupt:
            out.write("\n")
        finally:
            runner.run(console.close())
    return 0


def _lines(stdin: TextIO, out: TextIO, prompt: Callable[[], str]) -> Iterator[str]:
    if stdin.isatty():
        with contextlib.suppress(ImportError):
            import readline  # noqa: F401  (line editing and history for input())
        while True:
            try:
                yield input(prompt())
            except EOFError:
                out.write("\n")
                return
    for line in stdin:
        # From a pipe nothing echoes what was typed; print it after the prompt.
        out.write(prompt() + line.rstrip("\n") + "\n")
        yield line
