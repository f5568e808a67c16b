"""What goes in and out of the handlers, with no chat platform in it.

An adapter (Telegram, the console, a test) turns its update into an `Inbound` and renders
each `Outbound` back; the handlers never learn which transport carried them.
"""

from pydantic import BaseModel, ConfigDict, Field


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
