"""Routine files: every problem reported as one exact, plain line."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcare_desktop.core.routines.fields import KIND_FIELDS, ROUTINE_FIELDS
from backcare_desktop.core.routines.loading import (
    RoutineError,
    load_routine_bytes,
    load_routine_file,
    routine_from_dict,
)
from backcare_desktop.core.routines.model import Hold, Pmr

GOOD = """
id = "shoulders"
title = "Shoulders"
category = "relaxation"
difficulty = "gentle"

[[exercise]]
name = "Shoulders"
kind = "pmr"
tense_s = 7
relax_s = 50
"""


def doc(**changes: Any) -> dict[str, Any]:
    base = tomllib.loads(GOOD)
    for key, value in changes.items():
        if key.startswith("ex_"):
            base["exercise"][0][key[3:]] = value
        else:
            base[key] = value
    return base


def problems_of(document: dict[str, Any]) -> list[str]:
    with pytest.raises(RoutineError) as info:
        routine_from_dict(document, "shoulders.toml")
    return info.value.problems


def test_a_good_file_loads() -> None:
    routine = load_routine_bytes(GOOD.encode(), "shoulders.toml")
    assert routine.title == "Shoulders"
    assert routine.exercises[0].spec == Pmr(tense_s=7.0, relax_s=50.0)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"ex_tense_s": 30},
         'shoulders.toml: exercise 1 "Shoulders": tense_s = 30 is outside 3–15'),
        ({"ex_relax_s": 10},
         'shoulders.toml: exercise 1 "Shoulders": relax_s = 10 is outside 20–90'),
        ({"ex_tense_s": "7"},
         'shoulders.toml: exercise 1 "Shoulders": tense_s = "7" is not a number'),
        ({"ex_tense_s": True},
         'shoulders.toml: exercise 1 "Shoulders": tense_s = true is not a number'),
        ({"ex_tense_s": float("nan")},
         'shoulders.toml: exercise 1 "Shoulders": tense_s = nan is not a finite number'),
        ({"ex_kind": "yoga"},
         'shoulders.toml: exercise 1 "Shoulders": kind = "yoga" is not one of: '
         "hold, reps, pmr, breathing"),
        ({"ex_tense_sec": 7},
         'shoulders.toml: exercise 1 "Shoulders": unknown key "tense_sec" '
         '(did you mean "tense_s"?)'),
        ({"titel": "x"}, 'shoulders.toml: unknown key "titel" (did you mean "title"?)'),
        ({"difficulty": "hard"},
         'shoulders.toml: difficulty = "hard" is not one of: gentle, moderate, challenging'),
        ({"id": "Shoulders Now"},
         'shoulders.toml: id = "Shoulders Now" may hold only lowercase letters, digits and '
         "single dashes"),
        ({"title": "   "}, "shoulders.toml: title is empty"),
        ({"title": "x" * 81}, "shoulders.toml: title is longer than 80 characters"),
        ({"safety": "just one line"}, None),  # a single string is one line: fine
        ({"safety": [1, 2]},
         "shoulders.toml: safety line 1 is 1, not text; each line is text in quotes"),
        ({"safety": 5}, "shoulders.toml: safety = 5 is not a list of text lines"),
        ({"exercise": []}, "shoulders.toml: the routine has no exercises (at least 1)"),
        ({"exercise": {"name": "x"}},
         "shoulders.toml: exercise must be a list of [[exercise]] tables"),
        ({"exercise": [GOOD] * 61},
         "shoulders.toml: the routine has 61 exercises; the limit is 60"),
        ({"format": 2}, "shoulders.toml: format = 2 is outside 1–1"),
    ],
)
def test_each_bad_value_gives_its_exact_message(changes: dict[str, Any],
                                                 message: str | None) -> None:
    document = doc(**changes)
    if message is None:
        routine_from_dict(document, "shoulders.toml")
    else:
        assert problems_of(document) == [message]


def test_missing_fields_say_what_is_allowed() -> None:
    document = doc()
    del document["category"]
    del document["exercise"][0]["relax_s"]
    assert problems_of(document) == [
        "shoulders.toml: category is missing (one of: stretching, strength, relaxation, "
        "breathing, mixed)",
        'shoulders.toml: exercise 1 "Shoulders": relax_s is missing (20–90)',
    ]


def test_all_problems_are_reported_at_once() -> None:
    document = doc(difficulty="hard", ex_tense_s=99)
    document["exercise"].append({"kind": "hold", "hold_s": 0})
    assert problems_of(document) == [
        'shoulders.toml: difficulty = "hard" is not one of: gentle, moderate, challenging',
        'shoulders.toml: exercise 1 "Shoulders": tense_s = 99 is outside 3–15',
        "shoulders.toml: exercise 2: name is missing (text)",
        "shoulders.toml: exercise 2: hold_s = 0 is outside 1–300",
    ]


def test_breathing_needs_cycles_or_a_duration_but_not_both() -> None:
    breath = {"name": "Breathe", "kind": "breathing", "inhale_s": 4, "exhale_s": 6}
    assert problems_of(doc(exercise=[breath])) == [
        'shoulders.toml: exercise 1 "Breathe": cycles or duration_s is missing '
        "(cycles 1–200, or duration_s 30–3600)"
    ]
    assert problems_of(doc(exercise=[{**breath, "cycles": 5, "duration_s": 60}])) == [
        'shoulders.toml: exercise 1 "Breathe": give cycles or duration_s, not both'
    ]


def test_an_exercise_that_is_not_a_table() -> None:
    assert problems_of(doc(exercise=["plank"])) == [
        "shoulders.toml: exercise 1 is not a table"
    ]


def test_a_routine_too_long_to_be_sensible_is_refused() -> None:
    hold = {"name": "Wall sit", "kind": "hold", "hold_s": 300, "sets": 20,
            "rest_between_sets_s": 300}
    # 5 s to get ready + 20 holds of 300 s + 19 rests of 300 s = 11,705 s
    assert problems_of(doc(exercise=[hold])) == [
        "shoulders.toml: the routine lasts 3 h 15 min; the limit is 3 h"
    ]


def test_files_too_big_not_utf8_or_not_toml(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_bytes(b"# " + b"x" * 300_000)
    with pytest.raises(RoutineError) as info:
        load_routine_file(big)
    assert info.value.problems == ["big.toml is 292 KB; at most 256 KB is allowed."]
    with pytest.raises(RoutineError) as info:
        load_routine_bytes(b'title = "caf\xe9"', "latin1.toml")
    assert info.value.problems == [
        "latin1.toml: not UTF-8 text (byte 0xe9 on line 1); routine files must be UTF-8 "
        "(with or without a byte-order mark)"]
    with pytest.raises(RoutineError) as info:
        load_routine_bytes(b"title = ", "broken.toml")
    assert info.value.problems[0].startswith("broken.toml: not valid TOML: ")
    with pytest.raises(RoutineError) as info:
        load_routine_file(tmp_path / "missing.toml")
    assert info.value.problems == ["missing.toml could not be read: No such file or directory."]


def test_defaults_fill_optional_fields() -> None:
    document = doc(exercise=[{"name": "Plank", "kind": "hold", "hold_s": 20}])
    routine = routine_from_dict(document, "x.toml")
    assert routine.exercises[0].spec == Hold(hold_s=20.0)
    assert routine.exercises[0].rest_after_s == 20
    assert routine.description == ""


# -- property: whatever the document, it loads or raises RoutineError ------------

ALL_KEYS = sorted({f.name for f in ROUTINE_FIELDS}
                  | {f.name for fs in KIND_FIELDS.values() for f in fs}
                  | {"name", "kind", "instructions", "cues", "prepare_s", "rest_after_s", "x"})
scalars = (st.none() | st.booleans() | st.integers(-10**6, 10**6)
           | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=20)
           | st.sampled_from(["hold", "reps", "pmr", "breathing", "tempo", "counted",
                              "strength", "gentle", "abc-1"]))
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.sampled_from(ALL_KEYS), inner, max_size=6),
                      max_leaves=20)
documents = st.dictionaries(st.sampled_from([*ALL_KEYS, "exercise"]), values, max_size=10)


def _without_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_none(v) for v in value if v is not None]
    return value


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.lists(st.dictionaries(st.sampled_from(ALL_KEYS), values, max_size=8),
                           max_size=4))
def test_random_documents_load_or_raise_the_validation_error(
    document: dict[str, Any], exercises: list[dict[str, Any]]
) -> None:
    if exercises:
        document = {**document, "exercise": exercises}
    try:
        routine_from_dict(_without_none(document), "random.toml")
    except RoutineError as exc:
        assert exc.problems and all(p.startswith("random.toml") for p in exc.problems)


@settings(max_examples=200)
@given(st.binary(max_size=300))
def test_random_bytes_load_or_raise_the_validation_error(data: bytes) -> None:
    try:
        load_routine_bytes(data, "bytes.toml")
    except RoutineError as exc:
        assert all(p.startswith("bytes.toml: ") for p in exc.problems)
