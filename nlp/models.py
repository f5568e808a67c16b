"""What the parser returns: frozen, so a parse can be cached and shared safely."""

from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field

from nlp.labels import Category, Kind, Urgency


class Location(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str = Field(description="normalized, Arabic numerals: 3号楼502, 第一食堂2楼, 图书馆东门")
    building: str | None = None
    floor: int | None = None
    room: str | None = None
    # 宿舍, 教室: the message names a kind of place, not one place. It is the place the sender
    # named, but staff still need to be told which one, so the dialogue asks.
    vague: bool = False
    # The place in the characters the sender typed, where that is Traditional (七座2樓 for
    # text 7座2楼): how the message names it. The bot files and shows `text`, in the
    # Simplified Chinese all of its words are in.
    written: str | None = None


class ParsedMessage(BaseModel):
    model_config = ConfigDict(frozen=True)

    original: str
    normalized: str
    kind: Kind
    kind_confidence: float
    category: Category
    category_confidence: float
    category_evidence: tuple[str, ...] = ()
    urgency: Urgency
    urgency_evidence: tuple[str, ...] = ()
    location: Location | None = None
    time_text: str | None = None
    is_small_talk: bool = False
    truncated: bool = False

    @classmethod
    def trusted(cls, **fields: Any) -> Self:
        """The message `model_construct(**fields)` makes when given every field, in order: the
        values are already typed and checked. It costs a tenth as much, since it does not look
        each field up among the values by its aliases, then by name, nor fill in defaults."""
        message = cls.__new__(cls)
        object.__setattr__(message, "__dict__", fields)
        object.__setattr__(message, "__pydantic_fields_set__", set(fields))
        object.__setattr__(message, "__pydantic_extra__", None)
        object.__setattr__(message, "__pydantic_private__", None)
        return message

    @property
    def place(self) -> Location | None:
        """The place someone can be sent to: the location, unless it only names a kind of place."""
        return None if self.location is None or self.location.vague else self.location


# `trusted` sets what model_construct sets, as long as the model has none of these.
if (
    ParsedMessage.__pydantic_post_init__
    or ParsedMessage.__private_attributes__
    or ParsedMessage.model_config.get("extra") == "allow"
    or any(f.alias or f.validation_alias for f in ParsedMessage.model_fields.values())
):
    raise TypeError("ParsedMessage.trusted no longer makes what model_construct makes")
