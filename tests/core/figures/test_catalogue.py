"""The figure data: every built-in exercise has a fitting, possible figure."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from backcare_desktop.core.figures.animation import posed
from backcare_desktop.core.figures.catalogue import BY_KIND, BY_NAME, FIGURES, figure_for
from backcare_desktop.core.figures.model import PROPS, REGIONS, RESTS, Figure
from backcare_desktop.core.figures.skeleton import (
    JOINTS,
    SEGMENTS,
    VIEWS,
    body_of,
    out_of_limits,
)
from backcare_desktop.core.routines.library import builtin_dir, load_folder
from backcare_desktop.core.routines.loading import RoutineError, load_routine_bytes
from backcare_desktop.core.routines.writing import routine_to_toml

_FOLDER = load_folder(builtin_dir(), builtin=True)
BUILTIN = [routine for _name, routine in _FOLDER.loaded]
PROBLEMS = _FOLDER.problems
EXERCISES = [ex for routine in BUILTIN for ex in routine.exercises]
POINTS = set(body_of(next(iter(FIGURES.values())).start).points)


def test_the_built_in_routines_load() -> None:
    assert PROBLEMS == []
    assert len({ex.name for ex in EXERCISES}) == 35


@pytest.mark.parametrize("exercise", EXERCISES, ids=lambda ex: ex.name)
def test_every_built_in_exercise_names_its_figure(exercise) -> None:  # type: ignore[no-untyped-def]
    assert exercise.figure in FIGURES
    assert figure_for(exercise.name, exercise.kind, exercise.figure) is FIGURES[exercise.figure]
    # and the name alone finds the same one (a copy whose key was lost still has it)
    assert figure_for(exercise.name, exercise.kind) is FIGURES[exercise.figure]


def test_every_figure_is_used_and_every_name_exists() -> None:
    assert set(BY_NAME.values()) <= set(FIGURES)
    assert set(BY_KIND.values()) <= set(FIGURES)
    assert {ex.figure for ex in EXERCISES} == set(FIGURES)


def test_figure_for_falls_back_on_the_kind_and_else_shows_nothing() -> None:
    assert figure_for("  BIRD DOG ", "reps") is FIGURES["bird-dog"]
    assert figure_for("Slow breaths", "breathing") is FIGURES["seated-breathing"]
    assert figure_for("Toes", "pmr") is not None
    assert figure_for("Something new", "hold") is None
    assert figure_for("Bird dog", "reps", "no-such-figure") is None


@pytest.mark.parametrize("figure", FIGURES.values(), ids=lambda f: f.key)
def test_each_figure_is_well_formed_and_within_joint_limits(figure: Figure) -> None:
    assert figure.rest in RESTS
    assert figure.view in VIEWS
    assert set(figure.props) <= set(PROPS)
    assert len(figure.keys) >= 2
    for pose in figure.keys:
        assert out_of_limits(pose) == []
        assert set(pose.angles) <= set(JOINTS)
    assert figure.anchor in POINTS
    assert set(figure.motion) <= POINTS
    assert figure.region is None or figure.region in REGIONS
    assert ("chair" in figure.props) == bool(figure.hold)
    assert not figure.hold or figure.hold in POINTS


def _up(v: tuple[float, float, float]) -> float:
    return v[1]


@pytest.mark.parametrize("figure", FIGURES.values(), ids=lambda f: f.key)
def test_the_start_pose_rests_as_the_figure_says(figure: Figure) -> None:
    body = posed(figure, figure.start)
    p = body.points
    chest = body.trunk["thorax"]
    low = 0.06  # a point this close to the floor rests on it

    def on_floor(name: str) -> bool:
        return p[name][1] < low

    if figure.rest == "supine":
        assert _up(chest.f) > 0.7  # the chest faces the ceiling
        assert on_floor("pelvis") or on_floor("waist") or p["pelvis"][1] < 0.1
    elif figure.rest == "prone":
        assert _up(chest.f) < -0.5  # the chest faces the floor
    elif figure.rest == "side_lying":
        assert abs(_up(chest.l)) > 0.8  # one side down
    elif figure.rest == "all_fours":
        assert abs(_up(chest.u)) < 0.35  # the back is level
        assert all(on_floor(n) for n in ("l_knee", "r_knee", "l_wrist", "r_wrist"))
    elif figure.rest == "kneeling":
        assert on_floor("l_knee") or on_floor("r_knee")
        assert _up(chest.u) > 0.9
    elif figure.rest == "standing":
        assert _up(chest.u) > 0.9
        assert on_floor("l_heel") and on_floor("r_heel")
        assert p["head"][1] == max(v[1] for v in p.values())
    else:  # sitting
        assert _up(chest.u) > 0.9
        assert abs(p["l_knee"][1] - p["l_hip"][1]) < 0.06  # thighs level
    # nothing is below the floor
    assert min(v[1] for v in p.values()) >= -1e-9


def test_every_segment_has_two_known_points() -> None:
    for a, b, radius, side in SEGMENTS.values():
        assert {a, b} <= POINTS
        assert radius > 0 and side in ("l", "r", "c")
        assert math.isfinite(radius)


EXAMPLE = b'''
id = "mine"
title = "Mine"
category = "mixed"
difficulty = "gentle"

[[exercise]]
name = "My bird dog"
kind = "hold"
hold_s = 10
figure = "%s"
'''


def test_a_routine_file_may_name_a_figure_and_it_is_written_back() -> None:
    routine = load_routine_bytes(EXAMPLE % b"bird-dog", "mine.toml")
    assert routine.exercises[0].figure == "bird-dog"
    again = load_routine_bytes(routine_to_toml(routine).encode(), "mine.toml")
    assert again.exercises[0].figure == "bird-dog"


def test_an_unknown_figure_is_a_problem_with_the_file() -> None:
    with pytest.raises(RoutineError) as caught:
        load_routine_bytes(EXAMPLE % b"bird-cat", "mine.toml")
    assert 'exercise 1 "My bird dog": figure = "bird-cat" is not one of:' in str(caught.value)


def test_without_a_figure_key_the_exercise_has_none_named() -> None:
    text = EXAMPLE.replace(b'figure = "%s"\n', b"")
    routine = load_routine_bytes(text, "mine.toml")
    assert routine.exercises[0].figure == ""
    assert "figure" not in routine_to_toml(routine)


def test_the_figure_table_is_plain_python_next_to_the_code() -> None:
    source = Path(__file__).resolve().parents[3] / "backcare_desktop" / "core" / "figures"
    assert (source / "catalogue.py").is_file()
