"""Expanding a routine into timed phases: one function for the picker and the timer."""

from __future__ import annotations

from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Pmr, Reps, Routine
from backcare_desktop.core.routines.plan import PhaseKind, count_phases, expand

K = PhaseKind


def routine(*exercises: Exercise) -> Routine:
    return Routine("r", "R", "mixed", "gentle", tuple(exercises))


def kinds(r: Routine) -> list[tuple[PhaseKind, float | None]]:
    return [(p.kind, p.duration_s) for p in expand(r).phases]


def test_a_hold_with_sets_and_sides() -> None:
    ex = Exercise("Hamstring", Hold(hold_s=30, sets=2, rest_between_sets_s=10, per_side=True,
                                    switch_s=5), prepare_s=5)
    plan = expand(routine(ex))
    assert [(p.kind, p.duration_s, p.set_number, p.side) for p in plan.phases] == [
        (K.PREPARE, 5, 0, None),
        (K.HOLD, 30, 1, "left"), (K.SWITCH_SIDE, 5, 1, "right"), (K.HOLD, 30, 1, "right"),
        (K.REST_SET, 10, 1, None),
        (K.HOLD, 30, 2, "left"), (K.SWITCH_SIDE, 5, 2, "right"), (K.HOLD, 30, 2, "right"),
    ]
    assert plan.timed_s == 5 + 4 * 30 + 2 * 5 + 10


def test_reps_with_a_tempo_pace_every_rep() -> None:
    ex = Exercise("Bridge", Reps(reps=2, sets=2, rest_between_sets_s=30, move_s=2, hold_s=1,
                                 return_s=3), prepare_s=0)
    plan = expand(routine(ex))
    assert [(p.kind, p.duration_s, p.set_number, p.rep_number) for p in plan.phases] == [
        (K.REP_MOVE, 2, 1, 1), (K.REP_HOLD, 1, 1, 1), (K.REP_RETURN, 3, 1, 1),
        (K.REP_MOVE, 2, 1, 2), (K.REP_HOLD, 1, 1, 2), (K.REP_RETURN, 3, 1, 2),
        (K.REST_SET, 30, 1, 0),
        (K.REP_MOVE, 2, 2, 1), (K.REP_HOLD, 1, 2, 1), (K.REP_RETURN, 3, 2, 1),
        (K.REP_MOVE, 2, 2, 2), (K.REP_HOLD, 1, 2, 2), (K.REP_RETURN, 3, 2, 2),
    ]
    assert plan.timed_s == 2 * 2 * 6 + 30


def test_a_zero_second_tempo_step_is_left_out() -> None:
    ex = Exercise("Rolls", Reps(reps=1, move_s=2, hold_s=0, return_s=2), prepare_s=0)
    assert kinds(routine(ex)) == [(K.REP_MOVE, 2), (K.REP_RETURN, 2)]


def test_counted_reps_wait_for_the_person_and_are_estimated_for_display() -> None:
    ex = Exercise("Curl", Reps(reps=10, sets=2, pace="counted", rest_between_sets_s=20),
                  prepare_s=0)
    plan = expand(routine(ex))
    assert [(p.kind, p.duration_s, p.reps) for p in plan.phases] == [
        (K.COUNTED_SET, None, 10), (K.REST_SET, 20, 0), (K.COUNTED_SET, None, 10)]
    assert plan.timed_s == 20
    assert plan.counted_reps == 20
    assert plan.estimated_total_s == 20 + 20 * 3


def test_pmr_is_tense_then_relax() -> None:
    ex = Exercise("Shoulders", Pmr(tense_s=7, relax_s=50), prepare_s=3)
    assert kinds(routine(ex)) == [(K.PREPARE, 3), (K.TENSE, 7), (K.RELAX, 50)]


def test_breathing_by_cycles_and_by_duration() -> None:
    box = Exercise("Box", Breathing(inhale_s=4, hold_in_s=4, exhale_s=4, hold_out_s=4, cycles=2),
                   prepare_s=0)
    assert kinds(routine(box)) == [(K.INHALE, 4), (K.HOLD_IN, 4), (K.EXHALE, 4),
                                   (K.HOLD_OUT, 4)] * 2
    deep = Exercise("Deep", Breathing(inhale_s=4, exhale_s=6, duration_s=300), prepare_s=0)
    plan = expand(routine(deep))
    assert len(plan.phases) == 60 and plan.timed_s == 300
    assert plan.phases[-1].cycle == plan.phases[-1].cycles == 30


def test_a_duration_that_does_not_divide_evenly_rounds_up_to_whole_breaths() -> None:
    ex = Exercise("Deep", Breathing(inhale_s=4, exhale_s=6, duration_s=95), prepare_s=0)
    assert expand(routine(ex)).timed_s == 100


def test_rest_comes_between_exercises_but_not_after_the_last() -> None:
    a = Exercise("A", Pmr(5, 45), prepare_s=0, rest_after_s=15)
    b = Exercise("B", Pmr(5, 45), prepare_s=0, rest_after_s=15)
    assert kinds(routine(a, b)) == [(K.TENSE, 5), (K.RELAX, 45), (K.REST_EXERCISE, 15),
                                    (K.TENSE, 5), (K.RELAX, 45)]


def test_the_phase_count_bound_is_never_below_the_real_count() -> None:
    r = routine(
        Exercise("H", Hold(10, sets=3, per_side=True)),
        Exercise("R", Reps(10, sets=3, per_side=True)),
        Exercise("C", Reps(10, sets=2, pace="counted")),
        Exercise("P", Pmr(5, 45)),
        Exercise("B", Breathing(4, 6, hold_in_s=1, hold_out_s=1, cycles=7)),
    )
    assert count_phases(r) >= len(expand(r).phases)
