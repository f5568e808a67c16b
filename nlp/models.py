"""What the parser returns: frozen, so a parse can be cached and shared safely."""

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

    @property
    def place(self) -> Location | None:
        """The place someone can be sent to: the location, unless it only names a kind of place."""
        return None if self.location is None or self.location.vague else self.location
