"""Start-up as a person meets it: first run, later runs, bad data, one instance."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop.app import EXIT_FAILED, EXIT_OK, Running
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage import database
from backcare_desktop.storage.recovery import RecoveryChoice
from backcare_desktop.storage.repository import Repository
from tests.fakes import FakeClock
from tests.ui.shown import header_text

from .conftest import DialogLog

Launch = Callable[[AppPaths], "Running | int"]


def started(outcome: Running | int) -> Running:
    assert isinstance(outcome, Running), f"start-up ended with exit code {outcome}"
    return outcome


def test_first_run_with_an_empty_folder_shows_the_window_and_the_notice_once(
    launch: Launch, paths: AppPaths, qtbot: QtBot, dialog_log: DialogLog
) -> None:
    running = started(launch(paths))
    qtbot.waitUntil(lambda: running.ready)
    assert running.window.isVisible()
    assert running.window.windowTitle() == "BackCare"
    assert "0 of 3 sessions" in header_text(running.window)
    # The first-run questions follow the notice (skipped here: no plan is made).
    assert dialog_log.names() == ["notice", "first_plan"]
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.database.stat().st_mode) == 0o600
    running.shutdown()

    again = started(launch(paths))
    qtbot.waitUntil(lambda: again.ready)
    assert dialog_log.names() == ["notice", "first_plan"], (
        "the notice and the questions appear on the first run only")


def test_an_existing_folder_shows_its_records_in_the_header(
    launch: Launch, paths: AppPaths, qtbot: QtBot, clock: FakeClock
) -> None:
    paths.data_dir.mkdir(mode=0o700)
    conn = database.open_database(paths.database, paths.backups, clock.now())
    repo = Repository(conn, paths.database)
    repo.add_water(750, clock.now())
    repo.set_setting("first_run_notice_seen", True)
    repo.close()

    running = started(launch(paths))
    qtbot.waitUntil(lambda: running.ready)
    assert "Water today: 750 ml of 2,000 ml" in header_text(running.window)


def test_the_window_comes_back_where_it_was_left(
    launch: Launch, paths: AppPaths, qtbot: QtBot
) -> None:
    first = started(launch(paths))
    first.window.resize(760, 500)
    first.window.show_page("progress")
    first.shutdown()

    second = started(launch(paths))
    assert (second.window.width(), second.window.height()) == (760, 500)
    assert second.window.current_page_key() == "progress"


def test_a_data_folder_that_cannot_be_created_is_named(
    launch: Launch, tmp_path: Path, dialog_log: DialogLog
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    paths = AppPaths(data_dir=blocker / "data", log_dir=blocker / "logs")
    assert launch(paths) == EXIT_FAILED
    (name, (_parent, title, text)), = dialog_log.calls
    assert name == "error" and "data folder" in title
    assert str(blocker / "data") in text


def test_a_damaged_database_asks_first_and_quitting_changes_nothing(
    launch: Launch, paths: AppPaths, dialog_log: DialogLog
) -> None:
    paths.data_dir.mkdir(mode=0o700)
    paths.database.write_bytes(b"not sqlite at all " * 300)
    before = hashlib.sha256(paths.database.read_bytes()).hexdigest()
    dialog_log.recovery_answer = RecoveryChoice.QUIT

    assert launch(paths) == EXIT_FAILED
    assert dialog_log.names() == ["recovery"]
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in paths.data_dir.iterdir()) == ["backcare.sqlite3"]


def test_a_damaged_database_can_be_set_aside_and_the_app_starts(
    launch: Launch, paths: AppPaths, dialog_log: DialogLog, qtbot: QtBot
) -> None:
    paths.data_dir.mkdir(mode=0o700)
    paths.database.write_bytes(b"not sqlite at all " * 300)
    dialog_log.recovery_answer = RecoveryChoice.START_FRESH

    running = started(launch(paths))
    qtbot.waitUntil(lambda: running.ready)
    assert any(p.name.startswith("backcare.damaged-") for p in paths.data_dir.iterdir())
    assert running.window.isVisible()


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform has no stacking
def test_a_second_start_with_the_same_folder_raises_the_first_window(
    launch: Launch, paths: AppPaths, qtbot: QtBot
) -> None:
    first = started(launch(paths))
    qtbot.waitUntil(lambda: first.ready)  # it answers once its window is up
    with qtbot.waitSignal(first.instance.activated, timeout=5000):
        assert launch(paths) == EXIT_OK
    assert first.window.isVisible()


def test_a_lock_left_by_a_crashed_process_does_not_block_start(
    launch: Launch, paths: AppPaths, qtbot: QtBot
) -> None:
    paths.data_dir.mkdir(mode=0o700)
    crash = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)  # dies holding the lock, as a crash would\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(paths.lock_file)], check=True)
    assert paths.lock_file.exists()
    running = started(launch(paths))
    qtbot.waitUntil(lambda: running.ready)


def test_start_on_the_routines_page_begins_a_session_and_quitting_saves_it(
    launch: Launch, paths: AppPaths, qtbot: QtBot, dialog_log: DialogLog
) -> None:
    running = started(launch(paths))
    qtbot.waitUntil(lambda: running.ready)
    assert running.window.current_page_key() == "routines"
    page = running.window.page("routines")
    qtbot.waitUntil(page.is_built)  # the list fills just after the first paint
    page.select("gentle-start")
    dialog_log.answers["pain"] = 3
    page.start_button.click()
    assert running.window.current_page_key() == "session"
    assert running.window.windowTitle().endswith("left · BackCare")
    session = running.window.page("session")
    assert session.active and session.exercise.text() == "Knee to chest"
    running.shutdown()
    conn = sqlite3.connect(paths.database)
    state, reason = conn.execute("SELECT state, stop_reason FROM sessions").fetchone()
    pain = conn.execute("SELECT level, moment FROM pain_entries").fetchall()
    conn.close()
    assert (state, reason) == ("stopped", "app closed") and pain == [(3, "before")]


@pytest.mark.parametrize("how", ["Ctrl+Q", "tray"])
def test_quit_works_while_a_session_dialog_is_open_and_records_the_session_stopped(
    launch: Launch, paths: AppPaths, qtbot: QtBot, dialog_log: DialogLog,
    monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    """A real dialog, shown the app's way (modal.run), waits in its own event loop
    while the person quits with Ctrl+Q or from the tray menu."""
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

    from backcare_desktop.ui.shell import modal

    running = started(launch(paths))
    qtbot.waitUntil(lambda: running.ready)
    page = running.window.page("routines")
    qtbot.waitUntil(page.is_built)  # the list fills just after the page is first painted
    page.select("gentle-start")
    page.start_button.click()
    session = running.window.page("session")
    assert session.active
    seen: list[Qt.WindowModality] = []

    def wait_for_answer(dialog: QDialog) -> int:
        loop = QEventLoop()
        dialog.finished.connect(loop.quit)
        dialog.open()
        seen.append(dialog.windowModality())
        if how == "Ctrl+Q":
            handle = dialog.windowHandle()
            handle.requestActivate()  # as the window manager does for a new dialog

            def press_when_active() -> None:
                if QGuiApplication.focusWindow() is handle:
                    QTest.keySequence(dialog, "Ctrl+Q")
                else:
                    QTimer.singleShot(10, dialog, press_when_active)
            QTimer.singleShot(0, press_when_active)
        else:
            QTimer.singleShot(0, running.window.quit)  # what the tray's Quit does

        def end_when_quitting() -> None:
            # The app's event loop is not running in a test, so QApplication.quit()
            # cannot end the dialog's loop as it does for real: do it for it.
            if running.window.quitting:
                dialog.reject()
            else:
                QTimer.singleShot(10, dialog, end_when_quitting)
        QTimer.singleShot(0, end_when_quitting)
        QTimer.singleShot(5000, loop, loop.quit)  # a failing test ends instead of waiting
        loop.exec()
        return dialog.result()

    def confirm(parent: QWidget, *_args: object) -> bool:
        box = QMessageBox(parent)
        box.setText("Stop this session?")
        return modal.run(box) == QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QDialog, "exec", wait_for_answer)
    monkeypatch.setattr(QMessageBox, "exec", wait_for_answer)
    dialog_log.answers["confirm"] = confirm
    session.stop_button.click()  # "Stop the session?" is open when the person quits
    assert seen == [Qt.WindowModality.WindowModal]  # the tray menu is not blocked
    assert running.window.quitting and not running.window.isVisible()
    running.shutdown()
    conn = sqlite3.connect(paths.database)
    state, reason = conn.execute("SELECT state, stop_reason FROM sessions").fetchone()
    conn.close()
    assert (state, reason) == ("stopped", "app closed")


def test_the_daily_backup_is_written_off_the_gui_thread_and_noted_once(
    launch: Launch, paths: AppPaths, qtbot: QtBot, clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from backcare_desktop.storage import backups

    paths.data_dir.mkdir(mode=0o700)
    repo = Repository(database.open_database(paths.database, paths.backups, clock.now()),
                      paths.database)
    repo.add_water(250, clock.now())
    repo.set_setting("first_run_notice_seen", True)
    repo.close()
    writers: list[str] = []
    write = backups.DueBackup.write

    def watched(due: backups.DueBackup) -> Path:
        writers.append(threading.current_thread().name)
        return write(due)

    monkeypatch.setattr(backups.DueBackup, "write", watched)
    running = started(launch(paths))
    qtbot.waitUntil(lambda: running.ready)
    qtbot.waitUntil(lambda: any(b.label == backups.DAILY
                                for b in backups.list_backups(paths.backups)))
    qtbot.waitUntil(lambda: not running.ctx.desktop.background.busy())
    running.shutdown()  # nothing changed since: no second backup at the quit
    assert writers == ["backcare-backup"]
    daily = [b for b in backups.list_backups(paths.backups) if b.label == backups.DAILY]
    assert len(daily) == 1
    copy = sqlite3.connect(daily[0].path)
    try:
        assert copy.execute("SELECT amount_ml FROM water_entries").fetchall() == [(250,)]
    finally:
        copy.close()
