"""Read the labelled sentences under nlp/data/ that the classifier learns from."""

from dataclasses import dataclass
from pathlib import Path

from nlp.labels import Category, Kind, Urgency

DATA_DIR = Path(__file__).with_name("data")
SMALL_TALK_FILE = "smalltalk.psv"


@dataclass(frozen=True)
class Example:
    kind: Kind
    category: Category
    urgency: Urgency
    text: str
    source: str


def read_examples(path: Path) -> list[Example]:
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        try:
            kind, category, urgency, text = line.split("|", 3)
            examples.append(
                Example(
                    Kind(kind), Category(category), Urgency(urgency), text, f"{path.name}:{number}"
                )
            )
        except ValueError as error:
            raise ValueError(f"{path.name} line {number}: {error}") from error
    return examples


def training_examples(data_dir: Path = DATA_DIR) -> list[Example]:
    """Every labelled report; small talk is kept apart because it reports nothing."""
    return [
        example
        for path in sorted(data_dir.glob("*.psv"))
        if path.name != SMALL_TALK_FILE
        for example in read_examples(path)
    ]


def small_talk(data_dir: Path = DATA_DIR) -> list[str]:
    path = data_dir / SMALL_TALK_FILE
    return [e.text for e in read_examples(path)] if path.exists() else []
