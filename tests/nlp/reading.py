"""How the location tests read a message: through `canonical` first, as `parse` hands it over."""

from nlp.location import find_location
from nlp.normalize import canonical


def place_text(message: str) -> str | None:
    found = find_location(canonical(message))
    return found.text if found else None
