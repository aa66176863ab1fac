"""A session across a sleep of the computer, a stopped process and a set clock.

The runner notices a gap in its own event loop by its timers firing long after
they were due, on the monotonic clock or on the one that counts sleep; the wall
clock plays no part. Everything runs on the fake clock; timers are fired by hand.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from backcare_desktop.core.routines.plan import PhaseKind
from backcare_desktop.core.session.events import Event, State, StateChanged
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.session.controller import SessionController
from backcare_desktop.ui.session.runner import GAP_S, HEARTBEAT_MS, SessionRunner
from tests.fakes import FakeClock, fire_timer

from .conftest import ROUTINE, beat, run_to_the_end, step

ASLEEP = "The session paused because the computer went to sleep."
# Get ready 5 s, hold 20 s, rest 10 s; counted reps (counted at once here); two
# breaths of 4 s in and 6 s out.
ACTIVE_S = 5 + 20 + 10 + 2 * (4 + 6)


def runner_of(controller: SessionController) -> SessionRunner:
    assert controller.runner is not None
    return controller.runner


def four_seconds_into_the_hold(controller: SessionController, clock: FakeClock) -> None:
    controller.begin(ROUTINE)
    step(controller, clock, 5)  # "get ready" ends, the 20 s hold begins
    for _ in range(4):
        beat(controller, clock)  # the heartbeat's turns: the last is 4 s into the hold


def steps_recorded(repo: Repository) -> list[tuple[str, str, float]]:
    return [(s.exercise, s.outcome.value, s.seconds_done) for s in repo.session_steps(1)]


def assert_paused_where_the_gap_began(controller: SessionController, repo: Repository) -> None:
    shown = controller.display()
    assert shown is not None and shown.state is State.PAUSED
    assert shown.paused_because == ASLEEP
    assert shown.phase.kind is PhaseKind.HOLD and shown.phase_remaining_s == 16
    assert runner_of(controller).engine.active_s() == 9
    assert steps_recorded(repo) == []  # nothing was done while the computer slept
    assert runner_of(controller).armed_ms == -1 and not runner_of(controller).heartbeat_armed


def assert_the_rest_runs_as_planned(controller: SessionController, clock: FakeClock,
                                    repo: Repository) -> None:
    controller.toggle_pause()
    run_to_the_end(controller, clock)
    assert steps_recorded(repo) == [("Plank", "completed", 20.0), ("Curl", "completed", 0.0),
                                    ("Belly", "completed", 20.0)]
    row = repo.session_row(1)
    assert row is not None and row.state == "finished"
    assert row.active_s == pytest.approx(ACTIVE_S)


@pytest.mark.parametrize("monotonic_counts_sleep", [False, True],
                         ids=["monotonic stops (Linux, macOS)", "monotonic counts (Windows)"])
@pytest.mark.parametrize("fires_first", ["session-heartbeat", "session-boundary"])
def test_a_ten_minute_sleep_pauses_the_session_where_the_sleep_began(
    controller: SessionController, clock: FakeClock, repo: Repository,
    monotonic_counts_sleep: bool, fires_first: str
) -> None:
    four_seconds_into_the_hold(controller, clock)
    clock.advance(0.5)  # awake a moment after the last heartbeat
    clock.sleep(600, monotonic_counts=monotonic_counts_sleep)
    clock.advance(0.5)  # and a moment after waking, until a timer fires
    fire_timer(runner_of(controller), fires_first)
    assert_paused_where_the_gap_began(controller, repo)
    assert_the_rest_runs_as_planned(controller, clock, repo)


def test_a_process_stopped_for_ten_minutes_pauses_where_it_stopped(
    controller: SessionController, clock: FakeClock, repo: Repository
) -> None:
    four_seconds_into_the_hold(controller, clock)
    clock.advance(600)  # SIGSTOP: every clock runs on, no timer fires
    fire_timer(runner_of(controller), "session-heartbeat")
    assert_paused_where_the_gap_began(controller, repo)
    assert_the_rest_runs_as_planned(controller, clock, repo)


def test_the_display_looking_first_after_the_sleep_notices_it(
    controller: SessionController, clock: FakeClock, repo: Repository
) -> None:
    four_seconds_into_the_hold(controller, clock)
    assert not controller.check_for_sleep()
    clock.sleep(600)
    assert controller.check_for_sleep()
    assert_paused_where_the_gap_began(controller, repo)
    assert not controller.check_for_sleep()  # paused: nothing more to notice


def test_a_key_pressed_first_after_the_sleep_acts_on_the_time_before_it(
    controller: SessionController, clock: FakeClock, repo: Repository
) -> None:
    four_seconds_into_the_hold(controller, clock)
    clock.sleep(600, monotonic_counts=True)
    controller.next_phase()  # the person skips the rest of the hold on waking
    shown = controller.display()
    assert shown is not None and shown.state is State.PAUSED
    assert shown.phase.kind is PhaseKind.REST_EXERCISE
    # 4 s of a 20 s hold: not 604 s, and skipped (less than half of it ran).
    assert steps_recorded(repo) == [("Plank", "skipped", 4.0)]


def test_a_short_stall_of_the_event_loop_is_left_alone(
    controller: SessionController, clock: FakeClock
) -> None:
    four_seconds_into_the_hold(controller, clock)
    beat(controller, clock, HEARTBEAT_MS / 1000 + GAP_S - 1)  # a slow disk, say
    assert controller.state is State.RUNNING


@pytest.mark.parametrize("change", [
    lambda clock: clock.jump(3600),
    lambda clock: clock.jump(-3600),
    lambda clock: clock.set_zone(timedelta(hours=-8)),
], ids=["clock set an hour on", "clock set an hour back", "another time zone"])
def test_setting_the_clock_never_pauses_a_session(
    controller: SessionController, clock: FakeClock, repo: Repository, change: object
) -> None:
    assert callable(change)
    four_seconds_into_the_hold(controller, clock)
    events: list[Event] = []
    runner_of(controller).events_happened.connect(events.extend)
    change(clock)
    assert not controller.check_for_sleep()
    beat(controller, clock)
    step(controller, clock, 0.5)
    controller.toggle_pause()
    controller.toggle_pause()  # the person's own pause: the one pause there is
    change(clock)
    run_to_the_end(controller, clock)
    pauses = [e for e in events if isinstance(e, StateChanged) and e.new is State.PAUSED]
    assert pauses == [StateChanged(State.RUNNING, State.PAUSED, None)]
    assert [name for name, _, _ in steps_recorded(repo)] == ["Plank", "Curl", "Belly"]
    row = repo.session_row(1)
    assert row is not None and row.state == "finished"
    assert row.active_s == pytest.approx(ACTIVE_S)


def test_the_heartbeat_runs_only_while_the_session_runs(
    controller: SessionController, clock: FakeClock
) -> None:
    controller.begin(ROUTINE)
    runner = runner_of(controller)
    assert runner.heartbeat_armed
    controller.toggle_pause()
    assert not runner.heartbeat_armed
    clock.advance(600)  # a long pause is no gap
    controller.toggle_pause()
    assert runner.heartbeat_armed and controller.state is State.RUNNING
    run_to_the_end(controller, clock)
    assert not runner.heartbeat_armed and runner.armed_ms == -1
