"""The console as a chat platform: prints each outbox message as it would appear, and keeps
the buttons on screen so that a typed number can press one."""

import uuid
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from itertools import count
from typing import TextIO

from bot import texts
from handlers.messages import Address, Button, Outbound
from handlers.routing import Routing


class Directory:
    """Who a chat id is: a team's group, a supervisor, or a persona's private chat."""

    def __init__(self, routing: Routing, names: MutableMapping[str, str]) -> None:
        self.routing = routing
        self.names = names  # private chat id (a persona's external id) -> persona name
        self.team_names = {str(team.chat_id): team.name for team in routing.teams}
        self.supervisor_ids = {str(user_id) for user_id in routing.supervisors}

    def chat_name(self, address: Address) -> str:
        chat_id = address.chat_id
        if chat_id in self.team_names:
            return texts.GROUP_CHAT.format(team=self.team_names[chat_id])
        if chat_id in self.supervisor_ids:
            name = self.names.get(chat_id)
            return texts.SUPERVISOR_NAMED.format(name=name) if name else texts.SUPERVISOR_CHAT
        return self.names.get(chat_id, chat_id)


@dataclass
class Shown:
    """A message on screen that has buttons."""

    message_id: str
    address: Address
    buttons: tuple[Button, ...]


class ConsoleTransport:
    def __init__(self, out: TextIO, directory: Directory) -> None:
        self.out = out
        self.directory = directory
        # Ids are unique across runs: the outbox keeps those of earlier runs for edits.
        self._run = uuid.uuid4().hex[:8]
        self._numbers = count(1)
        self._with_buttons: dict[str, Shown] = {}  # in the order last shown

    async def deliver(self, message: Outbound, *, edit_of: str | None) -> str | None:
        message_id = edit_of or f"{self._run}-{next(self._numbers)}"
        self._print(message, edited=edit_of is not None)
        self._with_buttons.pop(message_id, None)
        buttons = tuple(button for row in message.buttons for button in row)
        if buttons:
            self._with_buttons[message_id] = Shown(message_id, message.address, buttons)
        return message_id

    def latest_with_buttons(self, visible: Callable[[Address], bool]) -> Shown | None:
        """The last message shown with buttons in a chat that `visible` accepts."""
        return next((s for s in reversed(self._with_buttons.values()) if visible(s.address)), None)

    def _print(self, message: Outbound, *, edited: bool) -> None:
        chat = self.directory.chat_name(message.address)
        lines = [texts.HEADER.format(chat=chat)]
        lines.append(texts.EDITED.format(text=message.text) if edited else message.text)
        if message.photos:
            lines.append(texts.PHOTOS.format(count=len(message.photos)))
        number = 1
        for row in message.buttons:
            labels = []
            for button in row:
                labels.append(f"[{number}] {button.label}")
                number += 1
            lines.append("  " + "  ".join(labels))
        self.out.write("\n".join(lines) + "\n\n")
        self.out.flush()
