"""A copy remembers the routine it came from (``based_on``)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from backcare_desktop.core.routines.loading import RoutineError, load_routine_bytes
from backcare_desktop.core.routines.model import Exercise, Reps, Routine
from backcare_desktop.core.routines.writing import routine_to_toml

ROUTINE = Routine("mine", "Mine", "strength", "gentle", (Exercise("Bridge", Reps(reps=10)),))


def test_based_on_is_written_and_read_back() -> None:
    copy = replace(ROUTINE, based_on="core-stability")
    text = routine_to_toml(copy)
    assert 'based_on = "core-stability"' in text
    assert load_routine_bytes(text.encode(), "mine.toml") == copy


def test_a_routine_of_its_own_writes_no_based_on() -> None:
    text = routine_to_toml(ROUTINE)
    assert "based_on" not in text
    assert load_routine_bytes(text.encode(), "mine.toml").based_on == ""


def test_based_on_must_be_an_id() -> None:
    text = routine_to_toml(replace(ROUTINE, based_on="Core Stability!"))
    with pytest.raises(RoutineError, match="based_on"):
        load_routine_bytes(text.encode(), "mine.toml")
