"""Read the labelled sentences under nlp/data/ that the classifier learns from.

Two line forms: `kind|category|urgency|text` (the per-category files of the first round) and
`kind|category|urgency|location|text` (nlp/data/voices/, written by many authors, with the
place tokens the location tests read). Where an author allowed two labels (`repair/complaint`)
the first is the one learned.
"""

from dataclasses import dataclass
from pathlib import Path

from nlp.labels import Category, Kind, Urgency

DATA_DIR = Path(__file__).parents[1] / "data"
SMALL_TALK_FILE = "smalltalk.psv"


@dataclass(frozen=True)
class Example:
    kind: Kind
    category: Category
    urgency: Urgency
    text: str
    source: str
    location: str = "*"  # place tokens as in the labelled sets: "-" none, "*" not given


def read_examples(path: Path) -> list[Example]:
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            fields = line.split("|", 4)
            if len(fields) == 5:
                kind, category, urgency, location, text = fields
            else:
                (kind, category, urgency, text), location = line.split("|", 3), "*"
            if kind == "*":
                continue  # its author left the kind open; nothing to learn from it there
            examples.append(
                Example(
                    Kind(kind.split("/")[0]),
                    Category(category.split("/")[0]),
                    Urgency(urgency),
                    text,
                    f"{path.name}:{number}",
                    location,
                )
            )
        except ValueError as error:
            raise ValueError(f"{path.name} line {number}: {error}") from error
    return examples


def training_examples(data_dir: Path = DATA_DIR) -> list[Example]:
    """Every labelled report; small talk is kept apart because it reports nothing."""
    return [
        example
        for path in sorted(
            data_dir.rglob("*.psv"), key=lambda p: p.relative_to(data_dir).as_posix()
        )
        if path.name != SMALL_TALK_FILE
        for example in read_examples(path)
    ]


def small_talk(data_dir: Path = DATA_DIR) -> list[str]:
    path = data_dir / SMALL_TALK_FILE
    return [e.text for e in read_examples(path)] if path.exists() else []
