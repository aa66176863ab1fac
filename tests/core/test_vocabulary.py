"""The domain words: stored values, labels for every member, limits that agree."""

from __future__ import annotations

import enum

import pytest

from backcare_desktop.core import vocabulary
from backcare_desktop.core.vocabulary import (
    LABELS,
    NOTE_MAX,
    NOTE_TYPED_MAX,
    WORDS,
    PainArea,
    StepOutcome,
    Word,
)


def test_every_enum_of_the_module_is_listed() -> None:
    defined = {value for value in vars(vocabulary).values()
               if isinstance(value, type) and issubclass(value, Word) and value is not Word}
    assert set(WORDS) == defined


@pytest.mark.parametrize("words", WORDS, ids=lambda w: w.__name__)
def test_every_member_has_a_label_and_a_lowercase_stored_value(words: type[Word]) -> None:
    assert issubclass(words, enum.StrEnum)
    assert set(LABELS[words]) == set(words)
    for member in words:
        assert member.label.strip() and member.label[0].isupper(), member
        assert member == member.value and str(member) == member.value
        assert member.value == member.value.lower().strip()
    assert words.values() == tuple(m.value for m in words)


def test_members_are_the_stored_text() -> None:
    assert StepOutcome("completed") is StepOutcome.COMPLETED
    assert f"{PainArea.LOWER_BACK}" == "lower_back"
    assert PainArea.LOWER_BACK.label == "Lower back"


def test_the_typed_note_fits_the_stored_note() -> None:
    assert 0 < NOTE_TYPED_MAX <= NOTE_MAX
