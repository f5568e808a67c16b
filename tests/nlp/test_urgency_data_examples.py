"""Every entry of nlp/urgency/data carries the sentences it must and must not make urgent; each
is run here, in the `analysis` form the parser gives the rules.

- a trigger's `urgent` sentences are urgent through that trigger (through a trigger of its
  concept, for a sentence in English: nlp.normalize reads English words into the Mandarin ones
  of other entries, and which entry catches a phrase follows that table); its `normal` ones
  are normal;
- a lowering modifier's `normal` sentences are normal with that modifier lowering a trigger;
  its `urgent` ones stay urgent (the scope does not reach);
- a raise modifier's `urgent` sentences are urgent because it took a lowering back;
- a pseudo's sentences hold one of its phrases and have the label given.
"""

import pytest

from nlp.normalize import analysis, canonical
from nlp.urgency.context import Mention
from nlp.urgency.rules import mentions
from nlp.urgency.terms import Direction, Example, Modifier, Pseudo, Reach, Trigger, expand, load

RULES = load()
ENTRIES: list[Trigger | Modifier | Pseudo] = [
    *RULES.triggers,
    *RULES.modifiers,
    *RULES.trigger_pseudos,
    *RULES.modifier_pseudos,
]
CASES = [
    pytest.param(entry, example, id=f"{entry.id}:{'urgent' if example.urgent else 'normal'}:{n}")
    for entry in ENTRIES
    for n, example in enumerate(entry.examples)
]


def _read(text: str) -> tuple[str, list[Mention]]:
    form = analysis(canonical(text))
    return form, mentions(form)


def _shown(found: list[Mention]) -> list[tuple[str, list[str], list[str]]]:
    return [
        (m.trigger.id, [x.id for x in m.lowered_by], [x.id for x in m.raised_by]) for m in found
    ]


@pytest.mark.parametrize(("entry", "example"), CASES)
def test_data_example(entry: Trigger | Modifier | Pseudo, example: Example) -> None:
    form, found = _read(example.text)
    urgent = any(not m.lowered_by for m in found)
    assert urgent is example.urgent, (form, _shown(found))
    if isinstance(entry, Trigger) and example.urgent:
        english = any(char.isascii() and char.isalpha() for char in example.text)
        assert any(
            (m.trigger.concept == entry.concept if english else m.trigger is entry)
            and not m.lowered_by
            for m in found
        ), _shown(found)
    elif isinstance(entry, Modifier) and entry.direction is Direction.LOWER and not urgent:
        assert any(entry in m.lowered_by for m in found), _shown(found)
    elif isinstance(entry, Modifier) and entry.direction is Direction.RAISE and urgent:
        assert any(entry in m.raised_by for m in found), _shown(found)
    elif isinstance(entry, Pseudo):
        assert any(phrase in form for phrase in entry.forms), form


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.id)
def test_every_entry_shows_what_it_does(entry: Trigger | Modifier | Pseudo) -> None:
    assert entry.examples, f"{entry.id} has no example sentences"


def test_modifiers_name_triggers_and_kinds_that_exist() -> None:
    names = {t.id for t in RULES.triggers} | {t.concept for t in RULES.triggers}
    kinds = {m.kind for m in RULES.modifiers if m.direction is Direction.LOWER}
    for modifier in RULES.modifiers:
        assert modifier.applies_to <= names, (modifier.id, modifier.applies_to - names)
        assert modifier.cancels <= kinds, (modifier.id, modifier.cancels - kinds)
        assert not modifier.with_kind or modifier.with_kind in kinds, modifier.id
        if modifier.direction is Direction.RAISE:
            assert modifier.cancels, f"{modifier.id} raises but cancels nothing"


def test_english_modifiers_do_not_stop_at_their_own_spaces() -> None:
    """A clause ends at a space, so an English modifier holds its trailing space ("no ") or
    reads a whole sentence; otherwise it could never reach the word after it."""
    for modifier in RULES.modifiers:
        if modifier.reach is not Reach.CLAUSE or modifier.direction is not Direction.LOWER:
            continue
        for form in modifier.forms:
            if form.isascii() and form[-1].isalpha() and modifier.scope.value == "forward":
                pytest.fail(f"{modifier.id}: {form!r} cannot reach past its space")


@pytest.mark.parametrize(
    ("form", "strings"),
    [
        ("着火", ["着火"]),
        ("(着|著)(了|)火", ["着了火", "着火", "著了火", "著火"]),
        ("烟(很|好(大|浓))", ["烟很", "烟好大", "烟好浓"]),
        ("{lift}门", ["电梯门", "货梯门"]),
    ],
)
def test_a_form_expands_into_its_strings(form: str, strings: list[str]) -> None:
    assert sorted(expand(form, {"lift": ("电梯", "货梯")})) == sorted(strings)


@pytest.mark.parametrize("form", ["(着|火", "着)火", "{nowhere}火", "(a|b)(c|d)(e|f)" * 8])
def test_a_malformed_or_exploding_form_is_refused(form: str) -> None:
    with pytest.raises(ValueError):
        expand(form, {})
