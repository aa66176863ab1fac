"""The session controller on a fake clock, without a page: no sleeps, no real audio."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop.core.routines.model import Exercise, Pmr, Routine
from backcare_desktop.core.routines.plan import PhaseKind
from backcare_desktop.core.session.cues import Cue
from backcare_desktop.core.session.events import Event, ExerciseEnded, State
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.session.controller import SessionController
from backcare_desktop.ui.shell.context import SessionStatus
from tests.fakes import FakeClock, RecordingCues
from tests.ui.conftest import DialogLog

from .conftest import ROUTINE, run_to_the_end, step

SHORT = Routine("s", "Short", "relaxation", "gentle",
                (Exercise("Shoulders", Pmr(5, 45), prepare_s=0),))


def kind(controller: SessionController) -> PhaseKind:
    shown = controller.display()
    assert shown is not None
    return shown.phase.kind


def test_begin_asks_first_then_starts_and_tells_the_app(
    controller: SessionController, qtbot: QtBot, status: SessionStatus, dialog_log: DialogLog,
    repo: Repository, clock: FakeClock
) -> None:
    assert controller.display() is None and not controller.active
    dialog_log.answers["pain"] = 4
    with qtbot.waitSignals([controller.started, status.active_changed]):
        assert controller.begin(ROUTINE)
    assert "Have a drink of water before you begin" in dialog_log.args_of("pain")[2]
    assert controller.state is State.RUNNING and status.active
    shown = controller.display()
    assert shown is not None
    assert (shown.exercise.name, shown.phase.kind, shown.phase_remaining_s) == (
        "Plank", PhaseKind.PREPARE, 5)
    assert shown.next_exercise is not None and shown.next_exercise.name == "Plank"
    row = repo.session_row(1)
    assert row is not None and row.state == "running"
    assert repo.session_pain(1) == {"before": 4}


def test_phases_advance_when_the_clock_moves_and_the_timer_fires(
    controller: SessionController, qtbot: QtBot, clock: FakeClock
) -> None:
    controller.begin(ROUTINE)
    assert controller.runner is not None
    assert 1900 <= controller.runner.armed_ms <= 2000  # 3 s before the end of "get ready"
    step(controller, clock, 4.9)
    assert kind(controller) is PhaseKind.PREPARE
    with qtbot.waitSignal(controller.view_changed):
        step(controller, clock, 0.1)
    assert kind(controller) is PhaseKind.HOLD
    step(controller, clock, 7.5)
    shown = controller.display()
    assert shown is not None and shown.phase_remaining_s == pytest.approx(12.5)


def test_pause_and_resume_keep_the_time_and_arm_nothing_while_paused(
    controller: SessionController, clock: FakeClock
) -> None:
    controller.begin(ROUTINE)
    controller.toggle_pause()
    assert controller.state is State.PAUSED and controller.runner is not None
    assert controller.runner.armed_ms == -1
    clock.advance(100)
    controller.toggle_pause()
    shown = controller.display()
    assert shown is not None and shown.state is State.RUNNING
    assert shown.phase_remaining_s == 5  # the pause did not eat the countdown


def test_next_previous_and_counted_reps(controller: SessionController) -> None:
    controller.begin(ROUTINE)
    controller.next_phase()
    assert kind(controller) is PhaseKind.HOLD
    controller.previous_phase()
    assert kind(controller) is PhaseKind.PREPARE
    for _ in range(3):
        controller.next_phase()
    assert kind(controller) is PhaseKind.COUNTED_SET
    controller.count_rep()
    shown = controller.display()
    assert shown is not None and shown.reps_counted == 1
    controller.count_rep()
    controller.count_rep()
    assert kind(controller) is PhaseKind.INHALE


def test_stopping_asks_first_and_the_summary_lists_done_and_skipped(
    controller: SessionController, qtbot: QtBot, dialog_log: DialogLog, repo: Repository,
    status: SessionStatus
) -> None:
    controller.begin(ROUTINE)
    controller.skip_exercise()  # Plank
    for _ in range(3):
        controller.count_rep()  # Curl, done
    dialog_log.answers["confirm"] = False
    controller.ask_stop()
    assert controller.state is State.RUNNING  # it paused while asking, and goes on
    dialog_log.answers["confirm"] = True
    dialog_log.answers["summary"] = (2, "too_easy")
    with qtbot.waitSignal(controller.ended):
        controller.ask_stop()
    summary = dialog_log.args_of("summary")[1]
    assert not summary.finished
    assert (summary.done, summary.skipped) == (("Curl",), ("Plank", "Belly"))
    assert not controller.active and not status.active
    row = repo.session_row(1)
    assert row is not None and (row.state, row.stop_reason) == ("stopped", "stopped")
    assert row.feeling == "too_easy" and repo.session_pain(1) == {"after": 2}


def test_it_hurts_stops_at_once_asks_the_pain_and_gives_the_advice(
    controller: SessionController, clock: FakeClock, dialog_log: DialogLog, repo: Repository,
    qtbot: QtBot
) -> None:
    dialog_log.answers["pain"] = lambda *args, **kwargs: (
        None if args[1] == "Before you start" else 6)
    controller.begin(ROUTINE)
    step(controller, clock, 9)
    with qtbot.waitSignal(controller.ended):
        controller.this_hurts()
    assert dialog_log.args_of("hurt_advice")[1] == "Plank"
    row = repo.session_row(1)
    assert row is not None and (row.state, row.stop_reason) == ("stopped", "hurt")
    assert repo.session_steps(1)[0].outcome == "hurt"
    assert repo.session_pain(1) == {"hurt": 6}
    assert "summary" not in dialog_log.names()


def test_the_end_shows_the_summary_saves_pain_and_feeling_and_rings(
    controller: SessionController, clock: FakeClock, dialog_log: DialogLog, repo: Repository,
    cues: RecordingCues, status: SessionStatus
) -> None:
    dialog_log.answers["pain"] = 4
    dialog_log.answers["summary"] = (3, "about_right")
    controller.begin(SHORT)
    step(controller, clock, 5)
    step(controller, clock, 44.9)
    assert controller.active and "summary" not in dialog_log.names()  # not a moment early
    step(controller, clock, 0.1)
    summary = dialog_log.args_of("summary")[1]
    assert summary.finished and summary.done == ("Shoulders",) and summary.skipped == ()
    assert summary.active_s == 50
    assert repo.session_pain(1) == {"before": 4, "after": 3}
    assert repo.session_row(1).feeling == "about_right"
    assert Cue("bell_soft", "Well done. That is the end.") in cues.played
    assert controller.state is State.FINISHED and not status.active


def test_the_app_hears_a_session_was_recorded_once_its_questions_are_answered(
    controller: SessionController, clock: FakeClock, dialog_log: DialogLog, qtbot: QtBot,
    status: SessionStatus
) -> None:
    def answered(*_args: object) -> tuple[int, str]:
        assert status.active  # the questions come first
        return 2, "too_easy"

    dialog_log.answers["summary"] = answered
    controller.begin(SHORT)
    with qtbot.waitSignal(controller.recorded) as heard:
        run_to_the_end(controller, clock)
    assert heard.args == [1] and not status.active


def test_cues_are_played_for_each_phase(controller: SessionController, clock: FakeClock,
                                        cues: RecordingCues) -> None:
    controller.begin(ROUTINE)
    step(controller, clock, 5)
    assert cues.played[0] == Cue("phase", "Next: Plank. Get ready.")
    assert Cue("phase", "Hold.") in cues.played


def test_new_sound_settings_apply_to_the_running_session(
    repo: Repository, clock: FakeClock, status: SessionStatus, dialog_log: DialogLog
) -> None:
    made: list[RecordingCues] = []

    def make_cues() -> RecordingCues:
        made.append(RecordingCues())
        return made[-1]

    controller = SessionController(repo=repo, clock=clock, status=status, make_cues=make_cues)
    controller.begin(ROUTINE)
    dialog_log.answers["sound_settings"] = True
    controller.change_sound_settings()
    assert len(made) == 2 and controller.cues is made[1]
    controller.abandon()


def test_only_one_session_at_a_time(controller: SessionController,
                                    dialog_log: DialogLog) -> None:
    assert controller.begin(ROUTINE)
    assert not controller.begin(ROUTINE)
    assert dialog_log.names()[-1] == "info"


def test_quitting_abandons_without_questions_and_saves_what_was_done(
    controller: SessionController, clock: FakeClock, dialog_log: DialogLog, repo: Repository,
    status: SessionStatus, qtbot: QtBot
) -> None:
    controller.begin(ROUTINE)
    step(controller, clock, 6)
    asked = list(dialog_log.names())
    with qtbot.waitSignal(controller.ended), qtbot.assertNotEmitted(controller.recorded):
        controller.abandon()
    assert dialog_log.names() == asked
    assert controller.runner is None and not status.active
    row = repo.session_row(1)
    assert row is not None and (row.state, row.stop_reason) == ("stopped", "app closed")


def test_something_outside_pauses_the_session_and_says_why(
    controller: SessionController
) -> None:
    controller.pause_for("nothing runs yet")  # no session: nothing happens
    controller.begin(ROUTINE)
    controller.pause_for("The session paused because the screen was locked.")
    shown = controller.display()
    assert shown is not None and shown.state is State.PAUSED
    assert shown.paused_because == "The session paused because the screen was locked."
    controller.toggle_pause()
    controller.toggle_pause()  # the person paused: no reason
    shown = controller.display()
    assert shown is not None and shown.paused_because == ""


def test_at_each_boundary_the_tone_starts_before_anything_is_written(
    controller: SessionController, clock: FakeClock, repo: Repository, cues: RecordingCues,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    order: list[str] = []

    def logged(name: str) -> Callable[..., None]:
        real = getattr(repo, name)

        def write(*args: object, **kwargs: object) -> None:
            order.append(f"write {name}")
            real(*args, **kwargs)
        return write

    monkeypatch.setattr(cues, "play", lambda cue: order.append(f"tone {cue.sound}"))
    for name in ("record_step", "finish_session"):
        monkeypatch.setattr(repo, name, logged(name))
    controller.begin(ROUTINE)
    assert controller.runner is not None
    controller.runner.events_happened.connect(lambda _events: order.append("|"))
    run_to_the_end(controller, clock)

    turns = [turn.split(",") for turn in ",".join(order).split("|")]
    writing = [[x for x in turn if x] for turn in turns if any("write" in x for x in turn)]
    # Plank ends (a rest begins), Curl ends (Belly begins), Belly ends and the bell rings.
    assert len(writing) == 3
    for turn in writing:
        first_write = next(i for i, x in enumerate(turn) if x.startswith("write"))
        assert first_write > 0 and all(x.startswith("tone") for x in turn[:first_write])
        assert all(x.startswith("write") for x in turn[first_write:])
    assert writing[-1] == ["tone bell", "write record_step", "write finish_session"]


def on_disk(db: Path) -> list[tuple[str, str]]:
    """The steps as another connection reads them: what a crash now would keep."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT exercise_name, outcome FROM session_steps "
                            "ORDER BY position").fetchall()
    finally:
        conn.close()


def test_every_finished_step_is_committed_before_the_event_loop_runs_again(
    controller: SessionController, clock: FakeClock, repo: Repository, tmp_path: Path
) -> None:
    ended: list[tuple[str, str]] = []
    checked: list[bool] = []

    def check(events: list[Event]) -> None:
        # Connected after the controller: runs when it is done with these events,
        # before anything else can run.
        for e in events:
            if isinstance(e, ExerciseEnded):
                ended.append((ROUTINE.exercises[e.exercise_index].name, e.outcome.value))
        checked.append(on_disk(tmp_path / "backcare.sqlite3") == ended)

    controller.begin(ROUTINE)
    assert controller.runner is not None
    controller.runner.events_happened.connect(check)
    run_to_the_end(controller, clock)
    assert ended == [("Plank", "completed"), ("Curl", "completed"), ("Belly", "completed")]
    assert checked and all(checked)
    assert repo.session_row(1).state == "finished"
