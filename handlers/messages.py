"""What goes in and out of the handlers, with no chat platform in it.

An adapter (Telegram, the console, a test) turns its update into an `Inbound` and renders
each `Outbound` back; the handlers never learn which transport carried them.
"""

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

# NUL and the other control characters (but line breaks and tabs), lone surrogates and
# bidirectional overrides: PostgreSQL refuses NUL in text, terminals act on the others, and
# none of them is something a person meant to write. Removed at the edge, for every channel,
# so what is stored and shown is the same everywhere.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069\ufeff]")


def clean_text(text: str) -> str:
    return _CONTROL.sub("", text)


class Address(BaseModel):
    """A chat, and where the platform has them, a thread (a forum topic) inside it."""

    model_config = ConfigDict(frozen=True)

    channel: str
    chat_id: str
    thread_id: str | None = None


class Button(BaseModel):
    model_config = ConfigDict(frozen=True)

    label: str
    action: str = Field(max_length=64, description="returned as Inbound.action when pressed")


class Inbound(BaseModel):
    model_config = ConfigDict(frozen=True)

    address: Address
    user_id: str
    user_name: str = ""
    is_private: bool = True
    text: str = ""
    photos: tuple[str, ...] = ()
    action: str | None = None
    reply_to: str | None = Field(default=None, description="platform id of the message acted on")
    unsupported: str | None = Field(default=None, description="a sticker, voice … we cannot read")

    @field_validator("text", "user_name")
    @classmethod
    def _clean(cls, value: str) -> str:
        return clean_text(value)


class Outbound(BaseModel):
    model_config = ConfigDict(frozen=True)

    address: Address
    text: str
    buttons: tuple[tuple[Button, ...], ...] = ()
    key: str | None = Field(default=None, description="remember the sent message under this key")
    edit_key: str | None = Field(default=None, description="edit the message sent under this key")
    photos: tuple[str, ...] = ()

    def button_labels(self) -> list[str]:
        return [button.label for row in self.buttons for button in row]
