"""Doses and the timeline in plain words, checked against the plan the timer runs."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcare_desktop.core.routines.describe import (
    about_in_words,
    clock_in_words,
    dose_in_words,
    seconds_in_words,
    timeline,
)
from backcare_desktop.core.routines.library import builtin_dir
from backcare_desktop.core.routines.loading import load_routine_file
from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Pmr, Reps, Routine
from backcare_desktop.core.routines.plan import PhaseKind, breathing_cycles, expand

BUILTINS = [load_routine_file(path) for path in sorted(builtin_dir().glob("*.toml"))]
BUILTIN_EXERCISES = [(r.id, ex) for r in BUILTINS for ex in r.exercises]
# Phases whose seconds a dose names (preparation, switches and rests it leaves to the timeline).
WORK = {PhaseKind.HOLD, PhaseKind.REP_MOVE, PhaseKind.REP_HOLD, PhaseKind.REP_RETURN,
        PhaseKind.TENSE, PhaseKind.RELAX, PhaseKind.INHALE, PhaseKind.HOLD_IN,
        PhaseKind.EXHALE, PhaseKind.HOLD_OUT}
CODES = ("×", "–", "—")


def alone(exercise: Exercise) -> Routine:
    return Routine("one", "One", "mixed", "gentle", (exercise,))


def says_what_the_plan_does(exercise: Exercise) -> None:
    dose = dose_in_words(exercise)
    assert dose.strip(), exercise
    assert not any(code in dose for code in CODES), dose
    numbers = re.findall(r"\d+(?:\.\d+)?", dose)
    for phase in expand(alone(exercise)).phases:
        if phase.kind in WORK:
            assert phase.duration_s is not None
            assert seconds_in_words(phase.duration_s) in dose, (phase, dose)
        if phase.reps:
            assert f"{phase.reps} rep" in dose, (phase, dose)
        if phase.sets > 1:
            said = "twice" if phase.sets == 2 else f"{phase.sets} "
            assert said in dose, (phase, dose)
        if phase.cycles:
            assert f"{phase.cycles} breath" in dose, (phase, dose)
    spec = exercise.spec
    if isinstance(spec, Hold | Reps):
        assert ("each side" in dose) == spec.per_side, dose
    if isinstance(spec, Reps):
        assert ("own pace" in dose) == (spec.pace == "counted"), dose
    assert numbers, dose


@pytest.mark.parametrize(("routine_id", "exercise"), BUILTIN_EXERCISES,
                         ids=[f"{rid}-{ex.name}" for rid, ex in BUILTIN_EXERCISES])
def test_every_builtin_dose_is_plain_and_names_what_the_timer_runs(
        routine_id: str, exercise: Exercise) -> None:
    says_what_the_plan_does(exercise)


seconds = st.integers(1, 120).map(float) | st.sampled_from([0.5, 1.5, 2.5])
sets = st.integers(1, 5)
holds = st.builds(Hold, hold_s=seconds, sets=sets, per_side=st.booleans())
reps = st.builds(Reps, reps=st.integers(1, 30), sets=sets,
                 pace=st.sampled_from(["tempo", "counted"]), move_s=seconds,
                 hold_s=st.just(0.0) | seconds, return_s=seconds, per_side=st.booleans())
pmrs = st.builds(Pmr, tense_s=seconds, relax_s=seconds)
breathings = st.builds(Breathing, inhale_s=seconds, exhale_s=seconds,
                       hold_in_s=st.just(0.0) | seconds, hold_out_s=st.just(0.0) | seconds,
                       cycles=st.integers(1, 40))
specs = holds | reps | pmrs | breathings


@given(specs, st.sampled_from(["Side plank", "March on the spot", "Anything"]))
def test_any_dose_is_plain_and_names_what_the_timer_runs(
        spec: Hold | Reps | Pmr | Breathing, name: str) -> None:
    says_what_the_plan_does(Exercise(name, spec))


@pytest.mark.parametrize(("spec", "name", "words"), [
    (Hold(hold_s=20, sets=2, per_side=True), "Knee to chest", "hold 20 s, each side, twice"),
    (Hold(hold_s=30, sets=3), "Plank", "hold 30 s, 3 times"),
    (Hold(hold_s=40), "March on the spot", "keep moving 40 s"),
    (Reps(reps=10, move_s=2, hold_s=2, return_s=2), "Bridge",
     "10 reps: move 2 s, hold 2 s, return 2 s"),
    (Reps(reps=10, sets=2, move_s=2, hold_s=2, return_s=2), "Bridge",
     "10 reps: move 2 s, hold 2 s, return 2 s · twice"),
    (Reps(reps=6, sets=3, move_s=2, hold_s=0, return_s=2, per_side=True), "Leg raise",
     "6 reps each side: move 2 s, return 2 s · 3 sets"),
    (Reps(reps=10, pace="counted"), "Squat", "10 reps at your own pace"),
    (Reps(reps=1, sets=2, pace="counted"), "Squat", "1 rep at your own pace · twice"),
    (Pmr(tense_s=5, relax_s=45), "Hands", "tense 5 s, then relax 45 s"),
    (Breathing(inhale_s=4, hold_in_s=4, exhale_s=4, hold_out_s=4, cycles=10), "Box",
     "breathe in 4 s, hold 4 s, out 4 s, hold 4 s · 10 breaths, about 3 min"),
    (Breathing(inhale_s=4, exhale_s=6, duration_s=300), "Belly",
     "breathe in 4 s, out 6 s · 30 breaths, 5 min"),
    (Breathing(inhale_s=4, exhale_s=6, cycles=3), "Belly",
     "breathe in 4 s, out 6 s · 3 breaths, 30 s"),
])
def test_doses_read_as_people_say_them(spec: Hold | Reps | Pmr | Breathing, name: str,
                                       words: str) -> None:
    assert dose_in_words(Exercise(name, spec)) == words


def test_doses_go_through_the_translation_they_are_given() -> None:
    french = {"hold {time}": "tenir {time}", "%n time(s)": "%n fois",
              "{seconds} s": "{seconds} s", ", ": ", "}
    asked: list[str] = []

    def translate(template: str, disambiguation: str = "", n: int = -1) -> str:
        asked.append(template)
        return french.get(template, "?").replace("%n", str(n))

    assert dose_in_words(Exercise("Plank", Hold(hold_s=30, sets=3)), translate) == (
        "tenir 30 s, 3 fois")
    assert set(asked) == set(french)


def test_exactly_two_has_a_text_of_its_own() -> None:
    german = {"hold {time}": "{time} halten", "twice": "zweimal", "{seconds} s": "{seconds} s",
              ", ": ", ", "each side": "je Seite"}
    asked: list[tuple[str, str]] = []

    def translate(template: str, disambiguation: str = "", n: int = -1) -> str:
        asked.append((template, disambiguation))
        return german[template]

    assert dose_in_words(Exercise("Knee", Hold(hold_s=20, sets=2, per_side=True)),
                         translate) == "20 s halten, je Seite, zweimal"
    assert ("twice", "a hold done two times") in asked


def test_counters_and_labels_read_as_before() -> None:
    from backcare_desktop.core.routines.describe import duration_in_words, phase_counters
    from backcare_desktop.core.routines.plan import Phase

    phase = Phase(kind=PhaseKind.HOLD, exercise_index=0, duration_s=20.0, sets=3,
                  set_number=2, side="left")
    assert phase_counters(phase) == "Set 2 of 3 · Left side"
    assert [duration_in_words(s) for s in (45, 720, 3900, 3600)] == [
        "45 s", "12 min", "1 h 5 min", "1 h"]


def test_lengths_in_words() -> None:
    assert [seconds_in_words(s) for s in (2.5, 20, 60, 150)] == [
        "2.5 s", "20 s", "1 min", "2 min 30 s"]
    assert [about_in_words(s) for s in (45, 120, 160)] == ["45 s", "2 min", "about 3 min"]
    assert [clock_in_words(s) for s in (0, 8.9, 750, 3725)] == [
        "0:00", "0:08", "12:30", "1:02:05"]


@pytest.mark.parametrize("routine", BUILTINS, ids=[r.id for r in BUILTINS])
def test_the_timeline_covers_the_plan_exercise_by_exercise(routine: Routine) -> None:
    plan = expand(routine)
    steps = timeline(plan)
    assert [s.index for s in steps] == list(range(len(routine.exercises)))
    clock = 0.0
    for step in steps:
        assert math.isclose(step.start_s, clock, abs_tol=1e-6)
        assert math.isclose(step.length_s, plan.exercise_seconds(step.index), abs_tol=1e-6)
        assert step.dose == dose_in_words(routine.exercises[step.index])
        for part in step.parts:
            assert math.isclose(part.start_s, clock, abs_tol=1e-6)
            assert part.text and not part.text[0].islower(), part
            assert not any(code in part.text for code in CODES), part
            clock += part.length_s
    assert math.isclose(clock, plan.estimated_total_s, abs_tol=1e-6)
    # One row per set or side, not one per tempo step or breath.
    assert sum(len(s.parts) for s in steps) <= len(plan.phases)
    if any(isinstance(ex.spec, Breathing) or (isinstance(ex.spec, Reps) and ex.spec.reps > 3)
           for ex in routine.exercises):
        assert sum(len(s.parts) for s in steps) * 3 < len(plan.phases)


def test_a_timeline_reads_set_by_set_and_side_by_side() -> None:
    knee = Exercise("Knee to chest", Hold(hold_s=20, sets=2, per_side=True, switch_s=5,
                                          rest_between_sets_s=15), prepare_s=5)
    bridge = Exercise("Bridge", Reps(reps=10, sets=2, move_s=2, hold_s=2, return_s=2),
                      prepare_s=5)
    squat = Exercise("Squat", Reps(reps=8, pace="counted", per_side=True), prepare_s=0)
    breath = Exercise("Belly", Breathing(inhale_s=4, exhale_s=6, cycles=3), prepare_s=0)
    routine = Routine("r", "R", "mixed", "gentle", (knee, bridge, squat, breath))
    steps = timeline(expand(routine))
    assert [(clock_in_words(p.start_s), p.text, p.length_s) for p in steps[0].parts] == [
        ("0:00", "Get ready", 5), ("0:05", "Set 1, left side: hold 20 s", 20),
        ("0:25", "Switch sides", 5), ("0:30", "Set 1, right side: hold 20 s", 20),
        ("0:50", "Rest", 15), ("1:05", "Set 2, left side: hold 20 s", 20),
        ("1:25", "Switch sides", 5), ("1:30", "Set 2, right side: hold 20 s", 20),
        ("1:50", "Rest before the next exercise", 20)]
    assert [(p.text, p.length_s) for p in steps[1].parts] == [
        ("Get ready", 5), ("Set 1: 10 reps", 60), ("Rest", 30), ("Set 2: 10 reps", 60),
        ("Rest before the next exercise", 20)]
    assert [(p.text, p.estimated) for p in steps[2].parts] == [
        ("Left side: 8 reps at your own pace", True), ("Switch sides", False),
        ("Right side: 8 reps at your own pace", True),
        ("Rest before the next exercise", False)]
    assert steps[2].estimated and not steps[1].estimated
    assert [(p.text, p.length_s) for p in steps[3].parts] == [("3 breaths", 30)]


def test_breathing_for_a_duration_names_the_breaths_the_timer_counts() -> None:
    spec = Breathing(inhale_s=4, exhale_s=5, duration_s=100)
    assert breathing_cycles(spec) == 12
    assert "12 breaths, about 2 min" in dose_in_words(Exercise("Belly", spec))


def test_half_seconds_are_written_with_the_shown_languages_decimal_point() -> None:
    german = {"{seconds} s": "{seconds} s", ".": ","}

    def translate(template: str, disambiguation: str = "", n: int = -1) -> str:
        return german[template]

    assert seconds_in_words(2.5, translate) == "2,5 s"
    assert seconds_in_words(20, translate) == "20 s", "a whole number asks for no point"
    assert seconds_in_words(2.5) == "2.5 s"
