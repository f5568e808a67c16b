"""Every example written beside a location rule in nlp/location/data/*.toml holds.

A data entry (a head, a list of campus names, a word list, an English address word) carries
sentences it must read as a place and sentences that must give none; this runs them all,
through `canonical` as `parse` does, so an example may be written in Traditional characters.
Every name the gazetteer lists is also found in a sentence of its own.
"""

import pytest

from nlp.location import find_location
from nlp.location.vocabulary import PLACE_NAMES, Example, data_entries, examples
from nlp.normalize import canonical

_EXAMPLES = examples()
_PLACES = [example for example in _EXAMPLES if example.place is not None]
_NO_PLACES = [example for example in _EXAMPLES if example.place is None]


def _id(example: Example) -> str:
    return f"{example.where}: {example.message}"


@pytest.mark.parametrize("where", data_entries())
def test_every_data_entry_has_examples_of_both_kinds(where: str) -> None:
    assert any(example.where == where for example in _PLACES), "no sentence it must read"
    assert any(example.where == where for example in _NO_PLACES), "no sentence it must not"


@pytest.mark.parametrize("example", _PLACES, ids=_id)
def test_example_is_read_as_its_place(example: Example) -> None:
    location = find_location(canonical(example.message))
    assert location is not None, example.where
    assert location.text == example.place, example.where


@pytest.mark.parametrize("example", _NO_PLACES, ids=_id)
def test_example_names_no_place(example: Example) -> None:
    location = find_location(canonical(example.message))
    assert location is None or location.vague, f"{example.where}: read {location}"


@pytest.mark.parametrize("name", PLACE_NAMES)
def test_every_listed_name_is_found_where_it_is_written(name: str) -> None:
    location = find_location(f"{name}的灯坏了")
    assert location is not None
    assert location.text == name


@pytest.mark.parametrize("name", PLACE_NAMES)
def test_listed_name_after_a_preposition_keeps_no_word_before_it(name: str) -> None:
    location = find_location(f"我在{name},空调坏了")
    assert location is not None
    assert location.text == name
