"""A disk that fills during a session: the session runs on, one calm notice, every
step kept in order and written once the disk takes it; the summary counts them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backcare_desktop.core.session.events import State
from backcare_desktop.core.vocabulary import (
    Feeling,
    PainMoment,
    SessionState,
    StepOutcome,
    StopReason,
)
from backcare_desktop.storage import database
from backcare_desktop.storage.session_log import unsaved_now
from backcare_desktop.storage.unsaved import STORE_NAME, take_in_unsaved
from backcare_desktop.ui.session.controller import SessionController
from backcare_desktop.ui.session.page import SessionPage
from backcare_desktop.ui.session.pain_and_summary import (
    SessionSummary,
    SummaryDialog,
    saving_text,
)
from tests.disks import DiskThatFills
from tests.fakes import FakeClock, fire_timer
from tests.ui.conftest import DialogLog

from .conftest import ROUTINE, step

NOTICE = "Your steps are kept and will be saved when there is space on the disk."


@pytest.fixture
def repo(tmp_path: Path, clock: FakeClock) -> Iterator[DiskThatFills]:
    """The database of these tests: its writes fail as on a full disk while ``full``."""
    db = tmp_path / "backcare.sqlite3"
    repository = DiskThatFills(database.open_database(db, tmp_path / "backups", clock.now()),
                               db)
    yield repository
    repository.close()


def retry(controller: SessionController, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass, then fire the retry timer as Qt would."""
    clock.advance(seconds)
    fire_timer(controller, "session-save-retry")


def steps(repo: DiskThatFills, session: int = 1) -> list[tuple[str, str]]:
    return [(s.exercise, s.outcome) for s in repo.session_steps(session)]


def test_a_disk_that_fills_gets_one_calm_notice_and_the_session_runs_on(
    page: SessionPage, controller: SessionController, repo: DiskThatFills, clock: FakeClock,
    qtbot: QtBot, dialog_log: DialogLog
) -> None:
    controller.begin(ROUTINE)
    announced: list[str] = []
    page.announced.connect(announced.append)
    repo.full = True
    with qtbot.waitSignal(controller.saving_changed):
        step(controller, clock, 25)  # Plank ends on a full disk
    assert controller.state is State.RUNNING
    assert page.save_note.isVisible() and page.save_note.text() == NOTICE
    controller.next_phase()  # past Plank's rest
    controller.skip_exercise()  # Curl ends: refused too, the same notice stays
    assert controller.state is State.RUNNING
    assert announced.count(NOTICE) == 1
    assert dialog_log.names() == ["pain"]  # the question before the start, and no other
    assert steps(repo) == []
    repo.full = False
    retry(controller, clock, 4.9)  # not due yet on the clock: nothing is tried
    assert steps(repo) == []
    with qtbot.waitSignal(controller.saving_changed):
        retry(controller, clock, 0.1)
    assert steps(repo) == [("Plank", StepOutcome.COMPLETED), ("Curl", StepOutcome.SKIPPED)]
    assert page.save_note.isHidden() and controller.save_notice() == ""


def test_the_next_step_writes_what_waits_before_itself(
    controller: SessionController, repo: DiskThatFills, clock: FakeClock
) -> None:
    controller.begin(ROUTINE)
    repo.full = True
    step(controller, clock, 25)
    controller.next_phase()  # past Plank's rest
    repo.full = False
    controller.skip_exercise()
    assert steps(repo) == [("Plank", StepOutcome.COMPLETED), ("Curl", StepOutcome.SKIPPED)]
    assert controller.save_notice() == ""


def test_the_retries_back_off_on_the_clock_up_to_a_minute(
    controller: SessionController, repo: DiskThatFills, clock: FakeClock
) -> None:
    controller.begin(ROUTINE)
    controller.toggle_pause()  # the session waits; only the retry timer runs
    repo.full = True
    controller.skip_exercise()  # refused: the first retry comes 5 s later
    tried = repo.refused
    for gap in (5, 10, 20, 40, 60, 60):
        retry(controller, clock, gap - 0.1)  # early on the clock: waits on, tries nothing
        assert repo.refused == tried
        retry(controller, clock, 0.1)
        assert repo.refused == tried + 1, gap
        tried = repo.refused
    repo.full = False
    retry(controller, clock, 60)
    assert steps(repo) == [("Plank", StepOutcome.SKIPPED)]
    repo.full = True
    controller.skip_exercise()  # refused again: the waits start from 5 s again
    retry(controller, clock, 5)
    assert repo.refused == tried + 2


def run_to_the_end(controller: SessionController, clock: FakeClock) -> None:
    while controller.active:
        assert controller.runner is not None
        deadline = controller.runner.engine.next_deadline()
        if deadline is None:
            controller.count_rep()
        else:
            step(controller, clock, deadline - clock.monotonic())


def test_the_summary_counts_the_steps_saved_and_those_still_waiting(
    page: SessionPage, controller: SessionController, repo: DiskThatFills, clock: FakeClock,
    dialog_log: DialogLog, qtbot: QtBot
) -> None:
    dialog_log.answers["summary"] = (2, Feeling.ABOUT_RIGHT)
    controller.begin(ROUTINE)
    step(controller, clock, 25)  # Plank is saved
    repo.full = True
    with qtbot.waitSignal(controller.ended):
        run_to_the_end(controller, clock)
    summary = dialog_log.args_of("summary")[1]
    assert (summary.done, summary.skipped) == (("Plank", "Curl", "Belly"), ())
    assert (summary.saved_steps, summary.waiting_steps) == (1, 2)
    assert saving_text(summary) == (
        "1 step is saved; 2 steps are still waiting to be saved. BackCare keeps them and "
        "saves them when there is space on the disk.")
    assert page.views.currentIndex() == 0 and page.save_note.isVisible()  # still news
    repo.full = False
    retry(controller, clock, 5)
    assert page.save_note.isHidden()
    assert steps(repo) == [("Plank", StepOutcome.COMPLETED), ("Curl", StepOutcome.COMPLETED),
                           ("Belly", StepOutcome.COMPLETED)]
    row = repo.session_row(1)
    assert row is not None and row.state == SessionState.FINISHED
    assert row.feeling == Feeling.ABOUT_RIGHT
    assert repo.session_pain(1) == {PainMoment.AFTER: 2}


def test_the_summary_says_so_only_when_steps_wait(qtbot: QtBot) -> None:
    assert saving_text(SessionSummary("Evening", True, 300, ("Plank",), ())) == ""
    waiting = SessionSummary("Evening", False, 300, ("Plank",), ("Curl",), saved_steps=0,
                             waiting_steps=1, waiting_because="when there is space on the disk")
    assert saving_text(waiting) == (
        "0 steps are saved; 1 step is still waiting to be saved. BackCare keeps it and "
        "saves it when there is space on the disk.")
    dialog = SummaryDialog(waiting)
    qtbot.addWidget(dialog)
    assert any(saving_text(waiting) in label.text() for label in dialog.findChildren(QLabel))


def test_a_new_session_keeps_the_last_ones_waiting_steps_and_writes_them_first(
    controller: SessionController, repo: DiskThatFills, clock: FakeClock, dialog_log: DialogLog
) -> None:
    dialog_log.answers["confirm"] = True
    controller.begin(ROUTINE)
    repo.full = True
    step(controller, clock, 25)
    controller.ask_stop()  # its end is refused as well
    controller.begin(ROUTINE)  # its start is refused: it waits behind the first one's
    assert controller.save_notice() == NOTICE
    repo.full = False
    controller.skip_exercise()
    first, second = repo.session_row(1), repo.session_row(2)
    assert first is not None and (first.state, first.stop_reason) == (
        SessionState.STOPPED, StopReason.STOPPED)
    assert steps(repo, 1) == [("Plank", StepOutcome.COMPLETED)]
    assert second is not None and second.state == SessionState.RUNNING
    assert steps(repo, 2) == [("Plank", StepOutcome.SKIPPED)]
    assert controller.save_notice() == ""


def test_a_quit_on_a_full_disk_keeps_the_steps_for_the_next_start(
    controller: SessionController, repo: DiskThatFills, clock: FakeClock, tmp_path: Path
) -> None:
    controller.begin(ROUTINE)
    step(controller, clock, 25)
    controller.next_phase()  # past Plank's rest
    repo.full = True
    controller.skip_exercise()
    controller.abandon()  # the app quits: tried once more, then kept in a file
    left = unsaved_now(repo)
    assert (left.steps, left.lost) == (2, 0)  # Curl, and Belly that the quit stopped
    assert left.kept_in == (tmp_path / STORE_NAME,)
    repo.full = False
    assert take_in_unsaved(repo, tmp_path, clock.now()) == 1  # what the next start does
    assert steps(repo) == [("Plank", StepOutcome.COMPLETED), ("Curl", StepOutcome.SKIPPED),
                           ("Belly", StepOutcome.SKIPPED)]
    row = repo.session_row(1)
    assert row is not None and (row.state, row.stop_reason) == (
        SessionState.STOPPED, StopReason.APP_CLOSED)


def test_only_a_step_that_ends_tries_again_not_every_second(
    controller: SessionController, repo: DiskThatFills, clock: FakeClock
) -> None:
    controller.begin(ROUTINE)
    repo.full = True
    step(controller, clock, 25)  # Plank ends: refused once
    tried = repo.refused
    step(controller, clock, 7)  # the rest's countdown seconds end nothing
    controller.toggle_pause()
    controller.toggle_pause()
    assert repo.refused == tried
    controller.next_phase()  # the rest ends; Curl begins: still nothing ended
    controller.skip_exercise()  # Curl ends: tried again
    assert repo.refused == tried + 1
