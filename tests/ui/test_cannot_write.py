"""Start-up on a disk that takes nothing: the right words at once, nothing changed,
no traceback; and what an earlier run kept for a full disk is saved now."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop import app as app_module
from backcare_desktop.app import EXIT_FAILED, Running
from backcare_desktop.core.progress.records_file import Records, SessionRecord, StepRecord
from backcare_desktop.core.vocabulary import SessionState, StepOutcome, StopReason
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage import database, unsaved
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.desktop.single_instance import SingleInstance
from tests.disks import fill, read_only, small_disk
from tests.fakes import FakeClock

from .conftest import DialogLog

Launch = Callable[[AppPaths], "Running | int"]


@pytest.fixture(autouse=True)
def no_traceback(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """An error that escaped to the excepthook fails the test."""
    escaped: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, exc, _tb: escaped.append(exc))
    yield escaped
    assert escaped == []


@pytest.fixture
def never_asks_another_instance(monkeypatch: pytest.MonkeyPatch) -> None:
    def asked(*_args: object) -> bool:
        raise AssertionError("a disk problem was taken for another running BackCare")
    monkeypatch.setattr(SingleInstance, "notify_running", asked)


def only_error(dialog_log: DialogLog) -> tuple[str, str]:
    (name, (_parent, title, text)), = dialog_log.calls
    assert name == "error"
    return title, text


def test_a_full_disk_at_start_is_named_at_once_not_taken_for_another_instance(
    launch: Launch, tmp_path: Path, dialog_log: DialogLog, never_asks_another_instance: None
) -> None:
    with small_disk(tmp_path / "disk", size_kib=64) as disk:
        fill(disk)
        assert launch(AppPaths(data_dir=disk, log_dir=disk / "logs")) == EXIT_FAILED
        title, text = only_error(dialog_log)
        assert title == "BackCare cannot start"
        assert text == (f"BackCare cannot write its lock file in {disk}: the disk is full. "
                        "Free some space on the disk, then start BackCare again.")
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]


def test_a_data_folder_on_a_read_only_disk_is_named(
    launch: Launch, paths: AppPaths, dialog_log: DialogLog, never_asks_another_instance: None
) -> None:
    paths.data_dir.mkdir(mode=0o700)
    with read_only(paths.data_dir):
        assert launch(paths) == EXIT_FAILED
    title, text = only_error(dialog_log)
    assert title == "BackCare cannot use its data folder"
    assert text == (f"BackCare cannot write to the folder {paths.data_dir}: the disk is "
                    "read-only. Make it writable, or start BackCare with --data-dir to use "
                    "another folder.")


def test_a_data_folder_made_read_only_stays_so_and_is_named(
    launch: Launch, paths: AppPaths, dialog_log: DialogLog
) -> None:
    paths.data_dir.mkdir(mode=0o700)
    paths.data_dir.chmod(0o500)
    assert launch(paths) == EXIT_FAILED
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o500
    assert list(paths.data_dir.iterdir()) == []
    _title, text = only_error(dialog_log)
    assert f"BackCare cannot write to the folder {paths.data_dir}: it is read-only." in text
    paths.data_dir.chmod(0o700)


def make_database(paths: AppPaths, clock: FakeClock, *, running: bool = False) -> str:
    paths.data_dir.mkdir(mode=0o700, exist_ok=True)
    repo = Repository(database.open_database(paths.database, paths.backups, clock.now()),
                      paths.database)
    if running:  # left running by an earlier run that ended suddenly
        repo.start_session("gentle-start", "Gentle start", 600, clock.now())
    repo.close()
    return hashlib.sha256(paths.database.read_bytes()).hexdigest()


def test_a_database_made_read_only_stays_so_and_nothing_is_changed(
    launch: Launch, paths: AppPaths, dialog_log: DialogLog, clock: FakeClock
) -> None:
    before = make_database(paths, clock, running=True)
    paths.database.chmod(0o444)
    assert launch(paths) == EXIT_FAILED
    title, text = only_error(dialog_log)
    assert title == "BackCare cannot save your data"
    assert text == (f"BackCare cannot save to your data file {paths.database}: it is "
                    "read-only. Make it writable, or start BackCare with --data-dir to use "
                    "another folder. Nothing was changed.")
    assert stat.S_IMODE(paths.database.stat().st_mode) == 0o444
    assert hashlib.sha256(paths.database.read_bytes()).hexdigest() == before
    released = SingleInstance(paths.data_dir, paths.lock_file)
    assert released.acquire()  # the folder was let go
    released.release()


def test_a_database_sqlite_cannot_write_ends_plainly_after_one_message(
    launch: Launch, paths: AppPaths, dialog_log: DialogLog, clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database's own refusal (here a read-only mount of the file, which the check
    before opening is told to miss) ends start-up the same way: no traceback."""
    make_database(paths, clock, running=True)
    monkeypatch.setattr(app_module, "why_read_only", lambda _path: None)
    with read_only(paths.database):
        assert launch(paths) == EXIT_FAILED
    title, text = only_error(dialog_log)
    assert title == "BackCare cannot save your data"
    assert text.startswith(f"BackCare cannot save to your data file {paths.database}: "
                           "the file or its folder is read-only.")
    conn = sqlite3.connect(paths.database)
    assert conn.execute("SELECT state FROM sessions").fetchall() == [(SessionState.RUNNING,)]
    conn.close()


def test_a_database_open_to_others_is_closed_to_them(
    launch: Launch, paths: AppPaths, qtbot: QtBot, clock: FakeClock
) -> None:
    make_database(paths, clock)
    paths.data_dir.chmod(0o755)
    paths.database.chmod(0o644)
    running = launch(paths)
    assert isinstance(running, Running)
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.database.stat().st_mode) == 0o600


def test_a_session_kept_by_an_earlier_run_is_saved_at_the_next_start(
    launch: Launch, paths: AppPaths, qtbot: QtBot, clock: FakeClock
) -> None:
    make_database(paths, clock, running=True)  # its start was saved, nothing more
    step = StepRecord(0, "Knee to chest", StepOutcome.COMPLETED, 1, 0, 60.0, clock.now())
    unsaved.keep(paths.data_dir, Records(sessions=(SessionRecord(
        1, "gentle-start", "Gentle start", clock.now(), clock.now(), SessionState.STOPPED,
        StopReason.APP_CLOSED, 600, 60.0, None, (step,)),)), clock.now())
    running = launch(paths)
    assert isinstance(running, Running)
    assert unsaved.read_kept(paths.data_dir).sessions == ()
    conn = sqlite3.connect(paths.database)
    assert conn.execute("SELECT state, stop_reason FROM sessions").fetchall() == [
        (SessionState.STOPPED, StopReason.APP_CLOSED)]
    assert conn.execute("SELECT exercise_name FROM session_steps").fetchall() == [
        ("Knee to chest",)]
    conn.close()


def test_a_disk_that_fills_during_a_session_loses_nothing_across_the_quit(
    launch: Launch, tmp_path: Path, qtbot: QtBot, dialog_log: DialogLog
) -> None:
    with small_disk(tmp_path / "disk", size_kib=4096) as disk:
        paths = AppPaths(data_dir=disk / "data", log_dir=disk / "data" / "logs")
        running = launch(paths)
        assert isinstance(running, Running)
        qtbot.waitUntil(lambda: running.ready)
        routines = running.window.page("routines")
        qtbot.waitUntil(routines.is_built)
        routines.select("gentle-start")
        routines.start_button.click()
        session = running.window.page("session")
        filler = fill(disk)
        session.controller.skip_exercise()  # refused, and kept in the room made for it
        assert session.controller.active
        assert session.save_note.text() == ("Your steps are kept and will be saved when "
                                            "there is space on the disk.")
        running.shutdown()
        (_parent, title, text), = [args for name, args in dialog_log.calls if name == "info"]
        assert title == "Part of your session is not saved yet"
        store = paths.data_dir / unsaved.STORE_NAME
        assert text == ("Part of your session could not be saved because the disk is full. "
                        f"BackCare keeps it in {store} and adds it to your records the next "
                        "time it starts. 2 finished steps are waiting.")
        assert "error" not in dialog_log.names()
        filler.unlink()
        again = launch(paths)
        assert isinstance(again, Running)
        assert unsaved.read_kept(paths.data_dir).sessions == ()
        again.shutdown()
        conn = sqlite3.connect(paths.database)
        assert conn.execute("SELECT state, stop_reason FROM sessions").fetchall() == [
            (SessionState.STOPPED, StopReason.APP_CLOSED)]
        assert conn.execute("SELECT exercise_name, outcome FROM session_steps"
                            " ORDER BY position").fetchall()[0] == (
            "Knee to chest", StepOutcome.SKIPPED)
        conn.close()


def test_error_messages_never_stack_and_none_opens_while_stopping(
    dialog_log: DialogLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from backcare_desktop.storage.errors import StorageWriteError

    app_module._install_excepthook(tmp_path / "backcare.log")
    hook = sys.excepthook
    error = StorageWriteError("BackCare could not save to /x.sqlite3: the disk is full.")
    # While the first message is open, a timer's write fails again: logged, not shown.
    dialog_log.answers["error"] = lambda *_: hook(type(error), error, None)
    hook(type(error), error, None)
    assert dialog_log.names() == ["error"]
    monkeypatch.setattr(app_module._errors, "quiet", True)  # the app is stopping
    hook(type(error), error, None)
    assert dialog_log.names() == ["error"]
