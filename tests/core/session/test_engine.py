"""The session engine on a fake clock: exact boundaries, pauses, skips, counting."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare_desktop.core.routines.library import builtin_dir
from backcare_desktop.core.routines.loading import load_routine_file
from backcare_desktop.core.routines.model import Exercise, Hold, Pmr, Reps, Routine
from backcare_desktop.core.routines.plan import PhaseKind, expand
from backcare_desktop.core.session.engine import SessionEngine, SessionError
from backcare_desktop.core.session.events import (
    CountdownSecond,
    ExerciseEnded,
    Finished,
    PhaseStarted,
    RepCounted,
    State,
    StateChanged,
)
from backcare_desktop.core.vocabulary import StepOutcome, StopReason


class Clock:
    def __init__(self) -> None:
        self.t = 5000.0

    def __call__(self) -> float:
        return self.t


def make(*exercises: Exercise) -> tuple[SessionEngine, Clock]:
    clock = Clock()
    routine = Routine("r", "R", "mixed", "gentle", tuple(exercises))
    return SessionEngine(expand(routine), clock), clock


def run_to_end(engine: SessionEngine, clock: Clock) -> list[Any]:
    events = []
    while (deadline := engine.next_deadline()) is not None:
        clock.t = deadline
        events += engine.poll()
    return events


def test_a_phase_ends_exactly_at_its_planned_time() -> None:
    engine, clock = make(Exercise("Plank", Hold(hold_s=20), prepare_s=5))
    engine.start()
    assert engine.next_deadline() == 5000.0 + 2  # 3 s left of the 5 s "get ready"
    clock.t += 3.5
    assert engine.poll() == [CountdownSecond(0, 3), CountdownSecond(0, 2)]
    clock.t = 5005.0
    events = engine.poll()
    assert [type(e) for e in events] == [CountdownSecond, PhaseStarted]
    assert events[1].phase.kind is PhaseKind.HOLD


def test_a_late_wake_up_reports_every_boundary_once_in_order() -> None:
    engine, clock = make(Exercise("A", Pmr(5, 45), prepare_s=0, rest_after_s=10),
                         Exercise("B", Pmr(5, 45), prepare_s=0))
    engine.start()
    clock.t += 52  # past "tense" (5 s) and "relax" (45 s) of A, into the rest
    events = engine.poll()
    starts = [e.phase.kind for e in events if isinstance(e, PhaseStarted)]
    assert starts == [PhaseKind.RELAX, PhaseKind.REST_EXERCISE]
    ends = [e for e in events if isinstance(e, ExerciseEnded)]
    assert ends == [ExerciseEnded(0, "completed", 1, 0, 50.0)]
    assert engine.view().phase_elapsed_s == pytest.approx(2.0)


def test_pauses_do_not_count_and_boundaries_shift_by_the_pause() -> None:
    engine, clock = make(Exercise("Plank", Hold(hold_s=20), prepare_s=0))
    engine.start()
    clock.t += 8
    engine.pause("screen locked")
    clock.t += 600
    assert engine.poll() == [] and engine.active_s() == pytest.approx(8)
    engine.resume()
    assert engine.next_deadline() == pytest.approx(5000 + 600 + 17)
    events = run_to_end(engine, clock)
    assert isinstance(events[-1], Finished) and events[-1].active_s == 20
    assert clock.t == 5000 + 600 + 20


def test_pause_reason_is_reported() -> None:
    engine, _clock = make(Exercise("Plank", Hold(hold_s=20)))
    engine.start()
    assert engine.pause("the computer went to sleep")[-1] == StateChanged(
        State.RUNNING, State.PAUSED, "the computer went to sleep")


def test_a_pause_from_an_earlier_moment_ends_nothing_after_it() -> None:
    # The computer slept 10 minutes, 9 s into a 20 s hold; the monotonic clock
    # counted the sleep (Windows) and the app learns of it only now.
    engine, clock = make(Exercise("A", Hold(hold_s=20), prepare_s=0, rest_after_s=5),
                         Exercise("B", Hold(hold_s=20), prepare_s=0))
    engine.start()
    clock.t += 9
    assert [type(e) for e in engine.poll()] == []
    clock.t += 600
    events = engine.pause("asleep", at=5009)
    assert events == [StateChanged(State.RUNNING, State.PAUSED, "asleep")]
    assert engine.active_s() == 9 and engine.view().phase_remaining_s == 11
    engine.resume()
    assert engine.next_deadline() == pytest.approx(clock.t + 11 - 3)
    events = run_to_end(engine, clock)
    assert isinstance(events[-1], Finished) and events[-1].active_s == 45


def test_a_pause_from_an_earlier_moment_reports_what_came_before_it() -> None:
    engine, clock = make(Exercise("A", Hold(hold_s=2), prepare_s=0, rest_after_s=5),
                         Exercise("B", Hold(hold_s=20), prepare_s=0))
    engine.start()
    clock.t += 600
    events = engine.pause("asleep", at=5003)
    assert [type(e) for e in events] == [ExerciseEnded, PhaseStarted, StateChanged]
    assert engine.view().phase.kind is PhaseKind.REST_EXERCISE
    assert engine.active_s() == 3


def test_a_pause_is_never_earlier_than_what_the_session_did_nor_later_than_now() -> None:
    engine, clock = make(Exercise("A", Hold(hold_s=20), prepare_s=0))
    engine.start()
    clock.t += 6
    engine.poll()
    clock.t += 1
    engine.pause(at=4000)  # before the last look: from the last look
    assert engine.active_s() == 6
    engine.resume()
    clock.t += 2
    engine.pause(at=clock.t + 50)  # in the future: now
    assert engine.active_s() == 8


def test_next_and_previous_move_between_phases() -> None:
    engine, clock = make(Exercise("Plank", Hold(hold_s=20, sets=2, rest_between_sets_s=10),
                                  prepare_s=5))
    engine.start()
    clock.t += 1
    engine.next_phase()
    assert engine.view().phase.kind is PhaseKind.HOLD
    clock.t += 3
    engine.previous_phase()
    assert engine.view().phase.kind is PhaseKind.PREPARE
    assert engine.view().phase_remaining_s == 5


def test_skipping_an_exercise_records_it_as_skipped_and_moves_on() -> None:
    engine, clock = make(Exercise("A", Hold(hold_s=20), prepare_s=0),
                         Exercise("B", Pmr(5, 45), prepare_s=0))
    engine.start()
    clock.t += 7
    events = engine.skip_exercise()
    assert ExerciseEnded(0, "skipped", 0, 0, 7.0) in events
    assert engine.view().phase.kind is PhaseKind.TENSE


def test_pressing_next_through_an_exercise_is_skipping_it_not_doing_it() -> None:
    engine, clock = make(Exercise("A", Hold(hold_s=20), prepare_s=0, rest_after_s=5),
                         Exercise("B", Hold(hold_s=20), prepare_s=0))
    engine.start()
    clock.t += 2
    events = engine.next_phase()  # 2 of 20 s: on to the rest
    assert [e.outcome for e in events if isinstance(e, ExerciseEnded)] == ["skipped"]
    engine.next_phase()  # through the rest, into B's hold
    clock.t += 12
    events = engine.next_phase()  # 12 of 20 s: more than half ran, it is done
    assert [e.outcome for e in events if isinstance(e, ExerciseEnded)] == ["completed"]


@given(st.floats(min_value=0, max_value=20))
def test_an_exercise_counts_as_done_once_half_of_its_work_ran(seconds: float) -> None:
    engine, clock = make(Exercise("A", Hold(hold_s=20), prepare_s=0, rest_after_s=0))
    engine.start()
    clock.t += seconds
    ended = [e for e in engine.next_phase() + run_to_end(engine, clock)
             if isinstance(e, ExerciseEnded)]
    assert [e.outcome for e in ended] == ["completed" if seconds >= 10 else "skipped"]


def test_counted_reps_wait_for_the_person() -> None:
    engine, clock = make(Exercise("Curl", Reps(reps=3, pace="counted"), prepare_s=0))
    engine.start()
    assert engine.next_deadline() is None
    clock.t += 100
    assert engine.poll() == []
    assert engine.count_rep() == [RepCounted(0, 1, 3)]
    engine.count_rep()
    events = engine.count_rep()
    assert ExerciseEnded(0, "completed", 1, 3, 100.0) in events
    assert engine.state is State.FINISHED


def test_stop_because_it_hurts_ends_the_exercise_as_hurt() -> None:
    engine, clock = make(Exercise("Bridge", Reps(reps=10, move_s=2, hold_s=1, return_s=2),
                                  prepare_s=0))
    engine.start()
    clock.t += 11  # two full reps and one second of the third
    events = engine.stop("hurt")
    assert ExerciseEnded(0, "hurt", 0, 2, 11.0) in events
    assert engine.state is State.STOPPED
    with pytest.raises(SessionError, match=r"^cannot resume a stopped session$"):
        engine.resume()


@pytest.mark.parametrize(("reason", "outcome"), [
    (StopReason.STOPPED, StepOutcome.SKIPPED), (StopReason.APP_CLOSED, StepOutcome.SKIPPED),
    (StopReason.HURT, StepOutcome.HURT)])
def test_a_stop_ends_the_exercise_with_a_vocabulary_outcome(reason, outcome) -> None:
    engine, clock = make(Exercise("Plank", Hold(hold_s=20)))
    engine.start()
    clock.t += 3
    events = engine.stop(reason)
    [ended] = [e for e in events if isinstance(e, ExerciseEnded)]
    assert ended.outcome is outcome
    assert events[-1] == StateChanged(State.RUNNING, State.STOPPED, reason)


def test_the_view_tells_the_page_what_to_show() -> None:
    core = load_routine_file(builtin_dir() / "core-stability.toml")
    clock = Clock()
    engine = SessionEngine(expand(core), clock)
    engine.start()
    clock.t += 2
    view = engine.view()
    assert view.phase.kind is PhaseKind.PREPARE and view.next_phase is not None
    assert view.phase_remaining_s == 3
    assert view.remaining_s == pytest.approx(expand(core).estimated_total_s - 2)


def test_a_whole_builtin_routine_runs_to_its_planned_length() -> None:
    for path in sorted(builtin_dir().glob("*.toml")):
        routine = load_routine_file(path)
        clock = Clock()
        engine = SessionEngine(expand(routine), clock)
        engine.start()
        events = run_to_end(engine, clock)
        while engine.state is State.RUNNING:  # counted sets: count every rep
            events += engine.count_rep()
            events += run_to_end(engine, clock)
        assert [e for e in events if isinstance(e, Finished)] == [
            Finished(expand(routine).timed_s)], path.name
        ended = [e.exercise_index for e in events if isinstance(e, ExerciseEnded)]
        assert ended == list(range(len(routine.exercises)))


# -- property: any routine, any presses at any moments ---------------------------

durations = st.integers(1, 40).map(float)
exercises = st.one_of(
    st.builds(lambda h, s, r, p: Exercise("H", Hold(h, sets=s, rest_between_sets_s=r,
                                                    per_side=p), prepare_s=3),
              durations, st.integers(1, 3), st.integers(0, 10).map(float), st.booleans()),
    st.builds(lambda n, m: Exercise("R", Reps(n, move_s=m, hold_s=0, return_s=m),
                                    prepare_s=0, rest_after_s=5),
              st.integers(1, 4), st.sampled_from([0.5, 1.0, 2.0])),
    st.builds(lambda t, r: Exercise("P", Pmr(t, r), prepare_s=2),
              st.integers(3, 15).map(float), st.integers(20, 90).map(float)),
)
actions = st.lists(st.tuples(st.sampled_from(["wait", "pause", "resume", "skip", "previous"]),
                             st.floats(0, 30)), max_size=25)


@settings(max_examples=150, deadline=None)
@given(st.lists(exercises, min_size=1, max_size=4), actions)
def test_any_presses_keep_time_exact_and_finish_once(exs: list[Exercise],
                                                      steps: list[tuple[str, float]]) -> None:
    engine, clock = make(*exs)
    events = engine.start()
    for action, seconds in steps:
        if engine.state in (State.FINISHED, State.STOPPED):
            break
        clock.t += seconds
        if action == "pause" and engine.state is State.RUNNING:
            events += engine.pause()
        elif action == "resume" and engine.state is State.PAUSED:
            events += engine.resume()
        elif action == "skip":
            events += engine.skip_exercise()
        elif action == "previous":
            events += engine.previous_phase()
        else:
            events += engine.poll()
    if engine.state is State.PAUSED:
        events += engine.resume()
    events += run_to_end(engine, clock)
    while engine.state is State.RUNNING:  # only counted sets would wait; none here
        events += engine.next_phase()

    assert [type(e) for e in events].count(Finished) == 1
    assert engine.state is State.FINISHED
    # Every phase run lies end to end: the active time is the sum of what ran.
    starts = [(e.index, e) for e in events if isinstance(e, PhaseStarted)]
    assert starts[0][0] == 0
    finished = next(e for e in events if isinstance(e, Finished))
    assert math.isclose(finished.active_s, engine.active_s())
    # Countdown seconds come at most once per phase run, 3 then 2 then 1.
    run: list[int] = []
    for e in events:
        if isinstance(e, PhaseStarted):
            run = []
        elif isinstance(e, CountdownSecond):
            run.append(e.seconds_left)
            assert run == [3, 2, 1][: len(run)]


@settings(max_examples=150, deadline=None)
@given(st.lists(exercises, min_size=1, max_size=4),
       st.lists(st.tuples(st.floats(0, 50), st.floats(0, 300)), max_size=10))
def test_pauses_at_any_moment_never_change_the_active_length(
    exs: list[Exercise], pauses: list[tuple[float, float]]
) -> None:
    engine, clock = make(*exs)
    begin = clock.t
    engine.start()
    paused_for = 0.0
    for run_for, pause_for in pauses:
        if engine.state is not State.RUNNING:
            break
        clock.t += min(run_for, engine.plan.timed_s - engine.active_s())  # never overshoot
        engine.pause()
        if engine.state is State.PAUSED:
            clock.t += pause_for
            paused_for += pause_for
            engine.resume()
    run_to_end(engine, clock)
    plan = engine.plan
    assert engine.state is State.FINISHED
    assert engine.active_s() == pytest.approx(plan.timed_s, abs=1e-9)
    assert clock.t - begin == pytest.approx(plan.timed_s + paused_for, abs=1e-9)
    # Re-run without pauses: every phase starts, in order, exactly once.
    engine2, clock2 = make(*exs)
    starts = [e.index for e in engine2.start() if isinstance(e, PhaseStarted)]
    while (deadline := engine2.next_deadline()) is not None:
        clock2.t = deadline
        starts += [e.index for e in engine2.poll() if isinstance(e, PhaseStarted)]
    assert starts == list(range(len(plan.phases)))


def test_a_get_ready_after_a_pause_holds_the_step_still_then_goes_on_from_where_it_paused(
) -> None:
    engine, clock = make(Exercise("Plank", Hold(hold_s=20), prepare_s=0))
    engine.start()
    clock.t += 8
    engine.pause()
    clock.t += 60
    engine.resume(get_ready_s=3)
    assert engine.view().getting_ready_s == 3
    clock.t += 2
    view = engine.view()
    assert view.getting_ready_s == pytest.approx(1)
    assert view.phase_elapsed_s == pytest.approx(8) and view.phase_remaining_s == 12
    assert engine.poll() == []
    clock.t += 1.5
    view = engine.view()
    assert view.getting_ready_s == 0 and view.phase_elapsed_s == pytest.approx(8.5)
    # The step ends 12 active seconds after the get-ready ended.
    assert engine.next_deadline() == pytest.approx(5000 + 8 + 60 + 3 + 12 - 3)
    events = run_to_end(engine, clock)
    assert isinstance(events[-1], Finished) and events[-1].active_s == 20


def test_a_pause_during_the_get_ready_keeps_the_step_where_it_was() -> None:
    engine, clock = make(Exercise("Plank", Hold(hold_s=20), prepare_s=0))
    engine.start()
    clock.t += 5
    engine.pause()
    engine.resume(get_ready_s=3)
    clock.t += 1
    engine.pause()  # two seconds of the get-ready left
    assert engine.active_s() == 5 and engine.view().getting_ready_s == 0
    clock.t += 30
    engine.resume(get_ready_s=3)
    clock.t += 3
    assert engine.active_s() == pytest.approx(5)
    clock.t += 4
    assert engine.active_s() == pytest.approx(9)


@settings(max_examples=100, deadline=None)
@given(st.lists(exercises, min_size=1, max_size=3),
       st.lists(st.tuples(st.floats(0, 50), st.floats(0, 300), st.floats(0, 5)), max_size=8))
def test_a_get_ready_never_changes_the_active_length_nor_skips_a_step(
    exs: list[Exercise], pauses: list[tuple[float, float, float]]
) -> None:
    engine, clock = make(*exs)
    begin = clock.t
    starts = [e.index for e in engine.start() if isinstance(e, PhaseStarted)]
    paused = readies = 0.0
    for run_for, pause_for, ready in pauses:
        if engine.state is not State.RUNNING:
            break
        clock.t += min(run_for, engine.plan.timed_s - engine.active_s())
        starts += [e.index for e in engine.pause() if isinstance(e, PhaseStarted)]
        if engine.state is State.PAUSED:
            clock.t += pause_for
            paused += pause_for
            readies += ready
            engine.resume(get_ready_s=ready)
    while (deadline := engine.next_deadline()) is not None:
        clock.t = deadline
        starts += [e.index for e in engine.poll() if isinstance(e, PhaseStarted)]
    assert engine.state is State.FINISHED
    assert engine.active_s() == pytest.approx(engine.plan.timed_s, abs=1e-9)
    # A get-ready cut short by a pause is only waited in part.
    waited = clock.t - begin - engine.plan.timed_s
    assert paused - 1e-6 <= waited <= paused + readies + 1e-6
    assert starts == list(range(len(engine.plan.phases)))
