"""The session page driven from the keyboard on a fake clock: no sleeps, no real audio."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Pmr, Reps, Routine
from backcare_desktop.core.session.cues import Cue
from backcare_desktop.core.session.events import State
from backcare_desktop.storage.repository import Repository
from backcare_desktop.storage.session_log import SessionLog
from backcare_desktop.ui.session.cue_player import RecordingCues
from backcare_desktop.ui.session.page import SessionPage
from tests.fakes import FakeClock
from tests.ui.conftest import DialogLog

ROUTINE = Routine("test", "Test routine", "mixed", "gentle", (
    Exercise("Plank", Hold(hold_s=20), instructions=("Rest on your forearms.",),
             cues=("Keep your core engaged.",), prepare_s=5, rest_after_s=10),
    Exercise("Curl", Reps(reps=3, pace="counted"), prepare_s=0, rest_after_s=0),
    Exercise("Belly", Breathing(4, 6, cycles=2), prepare_s=0),
))


class Walls:
    """The wall clock moves with the fake monotonic clock unless the test says otherwise."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.extra = 0.0

    def __call__(self) -> float:
        return self.clock.mono + 1_700_000_000 + self.extra


@pytest.fixture
def cues() -> RecordingCues:
    return RecordingCues()


@pytest.fixture
def walls(clock: FakeClock) -> Walls:
    return Walls(clock)


@pytest.fixture
def page(qtbot: QtBot, repo: Repository, clock: FakeClock, cues: RecordingCues,
         walls: Walls) -> Iterator[SessionPage]:
    widget = SessionPage(make_log=lambda plan: SessionLog(repo, plan, clock.now),
                         make_cues=lambda: cues, prefs=repo, monotonic=clock.monotonic,
                         wall=walls)
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.abandon("test over")


def step(page: SessionPage, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass; deliver what the boundary and display timers would have."""
    clock.advance(seconds)
    assert page.runner is not None
    page.runner.wake()
    if page.runner is not None:
        page.refresh()


def press(qtbot: QtBot, page: SessionPage, key: Qt.Key) -> None:
    qtbot.keyClick(page, key)


def test_the_countdown_phase_and_counters_follow_the_clock(page: SessionPage,
                                                          clock: FakeClock) -> None:
    page.begin(ROUTINE)
    assert page.exercise.text() == "Plank"
    assert page.phase.text().strip() == "Get ready"
    assert page.countdown.text() == "5"
    step(page, clock, 5)
    assert page.phase.text().strip() == "Hold" and page.countdown.text() == "20"
    step(page, clock, 7.5)
    assert page.countdown.text() == "13"
    assert "Rest on your forearms." in page.instructions.text()
    assert "Keep your core engaged." in page.instructions.text()
    assert page.up_next.text() == "Up next: Plank — Rest"


def test_the_boundary_timer_is_armed_for_the_next_moment_and_nothing_else(
    page: SessionPage, clock: FakeClock
) -> None:
    page.begin(ROUTINE)
    assert page.runner is not None
    assert 1900 <= page.runner.armed_ms <= 2000  # 3 s before the end of "get ready"
    press_pause = page.runner.pause
    press_pause()
    assert page.runner.armed_ms == -1  # nothing runs while paused
    assert not page._display.isActive()


def test_space_pauses_and_resumes(page: SessionPage, qtbot: QtBot, clock: FakeClock) -> None:
    page.begin(ROUTINE)
    press(qtbot, page, Qt.Key.Key_Space)
    assert page.runner is not None and page.runner.engine.state is State.PAUSED
    assert page.paused_note.isVisible() and page.pause_button.text() == "Resume"
    clock.advance(100)
    press(qtbot, page, Qt.Key.Key_Space)
    assert page.runner.engine.state is State.RUNNING
    assert page.countdown.text() == "5"  # the pause did not eat the countdown


def test_arrows_move_between_phases_and_enter_counts_reps(page: SessionPage, qtbot: QtBot,
                                                          repo: Repository) -> None:
    page.begin(ROUTINE)
    press(qtbot, page, Qt.Key.Key_Right)
    assert page.phase.text().strip() == "Hold"
    press(qtbot, page, Qt.Key.Key_Left)
    assert page.phase.text().strip() == "Get ready"
    for _ in range(3):
        press(qtbot, page, Qt.Key.Key_Right)  # get ready, hold, rest
    assert page.exercise.text() == "Curl" and page.rep_button.isVisible()
    assert page.countdown.text() == "0 / 3"
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.countdown.text() == "1 / 3"
    press(qtbot, page, Qt.Key.Key_Enter)
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.exercise.text() == "Belly" and page.pacer.isVisible()


def test_the_pacer_grows_while_breathing_in(page: SessionPage, clock: FakeClock) -> None:
    page.begin(ROUTINE)
    assert page.runner is not None
    page.runner.skip_exercise()
    page.runner.skip_exercise()
    assert page.phase.text().strip() == "Breathe in"
    assert page._display.interval() == 30  # over 30 frames a second for the circle
    sizes = []
    for _ in range(4):
        clock.advance(1)
        page.refresh()
        sizes.append(page.pacer.fill)
    assert sizes == sorted(sizes) and sizes[-1] == pytest.approx(1.0)


def test_focus_mode_fills_the_screen_with_the_countdown(page: SessionPage, qtbot: QtBot) -> None:
    page.begin(ROUTINE)
    with qtbot.waitSignal(page.focus_mode_changed) as changed:
        press(qtbot, page, Qt.Key.Key_F11)
    assert changed.args == [True]
    assert not page.instructions.isVisible() and not page.controls.isVisible()
    assert page.countdown.font().pixelSize() >= page.height() / 4
    press(qtbot, page, Qt.Key.Key_F11)
    assert page.controls.isVisible()


def test_escape_asks_before_stopping(page: SessionPage, qtbot: QtBot,
                                     dialog_log: DialogLog, repo: Repository) -> None:
    page.begin(ROUTINE)
    dialog_log.answers["confirm"] = False
    press(qtbot, page, Qt.Key.Key_Escape)
    assert page.runner is not None and page.runner.engine.state is State.RUNNING
    dialog_log.answers["confirm"] = True
    dialog_log.answers["summary"] = (2, "too_easy")
    press(qtbot, page, Qt.Key.Key_Escape)
    assert not page.active
    row = repo.session_row(1)
    assert row is not None and (row.state, row.feeling) == ("stopped", "too_easy")
    assert repo.session_pain(1) == {"after": 2}


def test_stop_this_hurts_stops_at_once_asks_the_pain_and_gives_the_advice(
    page: SessionPage, clock: FakeClock, dialog_log: DialogLog, repo: Repository
) -> None:
    dialog_log.answers["pain"] = lambda *args, **kwargs: (
        None if args[1] == "Before you start" else 6)
    page.begin(ROUTINE)
    step(page, clock, 9)
    page.hurt_button.click()
    assert not page.active
    assert dialog_log.args_of("hurt_advice")[1] == "Plank"
    row = repo.session_row(1)
    assert row is not None and (row.state, row.stop_reason) == ("stopped", "hurt")
    assert repo.session_steps(1)[0].outcome == "hurt"
    assert repo.session_pain(1) == {"hurt": 6}
    assert "summary" not in dialog_log.names()


def test_the_end_shows_a_summary_and_saves_pain_and_feeling(
    page: SessionPage, clock: FakeClock, dialog_log: DialogLog, repo: Repository,
    cues: RecordingCues
) -> None:
    dialog_log.answers["pain"] = 4
    dialog_log.answers["summary"] = (3, "about_right")
    short = Routine("s", "Short", "relaxation", "gentle",
                    (Exercise("Shoulders", Pmr(5, 45), prepare_s=0),))
    page.begin(short)
    step(page, clock, 5)
    step(page, clock, 44.9)
    assert page.active and "summary" not in dialog_log.names()  # not a moment early
    step(page, clock, 0.1)
    summary = dialog_log.args_of("summary")[1]
    assert summary.finished and summary.done == ("Shoulders",) and summary.active_s == 50
    assert repo.session_pain(1) == {"before": 4, "after": 3}
    assert repo.session_row(1).feeling == "about_right"
    assert Cue("bell_soft", "Well done. That is the end.") in cues.played
    assert page.views.currentIndex() == 0


def test_the_window_title_shows_the_time_left(page: SessionPage, qtbot: QtBot,
                                             clock: FakeClock) -> None:
    titles: list[str] = []
    page.title_changed.connect(titles.append)
    page.begin(ROUTINE)
    assert titles[-1].endswith(" left · BackCare")


def test_a_sleep_of_the_computer_pauses_and_says_why(page: SessionPage, clock: FakeClock,
                                                     walls: Walls) -> None:
    page.begin(ROUTINE)
    walls.extra += 3600  # an hour passed on the wall clock, none on the monotonic one
    page.refresh()
    assert page.runner is not None and page.runner.engine.state is State.PAUSED
    assert "went to sleep" in page.paused_note.text()


def test_cues_are_played_for_each_phase(page: SessionPage, clock: FakeClock,
                                        cues: RecordingCues) -> None:
    page.begin(ROUTINE)
    step(page, clock, 5)
    assert cues.played[0] == Cue("phase", "Next: Plank. Get ready.")
    assert Cue("phase", "Hold.") in cues.played


def test_only_one_session_at_a_time(page: SessionPage, dialog_log: DialogLog) -> None:
    assert page.begin(ROUTINE)
    assert not page.begin(ROUTINE)
    assert dialog_log.names()[-1] == "info"



def test_a_locked_screen_pauses_the_session_and_says_why(page: SessionPage) -> None:
    page.begin(ROUTINE)
    page.pause_for("The session paused because the screen was locked.")
    assert page.runner is not None and page.runner.engine.state is State.PAUSED
    assert page.paused_note.text() == "The session paused because the screen was locked."
