"""Start-up with a -wal beside the data that is not its own: the person is asked
(which files, where the copies are) before anything opens, and never shown the
first-run notice as if their data were new."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop.app import EXIT_FAILED, Running
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage.errors import DatabaseProblem, ProblemKind
from backcare_desktop.storage.recovery import RecoveryChoice
from backcare_desktop.ui.shell import dialogs
from backcare_desktop.ui.shell.dialogs import ask_database_recovery as real_ask_database_recovery
from tests.fakes import FakeClock
from tests.ui.shown import header_text

from .conftest import DialogLog

Launch = Callable[[AppPaths], "Running | int"]


def first_run(launch: Launch, paths: AppPaths, qtbot: QtBot, clock: FakeClock) -> None:
    running = launch(paths)
    assert isinstance(running, Running)
    qtbot.waitUntil(lambda: running.ready)
    running.repo.add_water(750, clock.now())
    running.shutdown()


def put_foreign_wal(paths: AppPaths, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    holder = sqlite3.connect(other, isolation_level=None)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("CREATE TABLE notes (text TEXT)")
    holder.execute("INSERT INTO notes VALUES ('not yours')")
    shutil.copyfile(f"{other}-wal", f"{paths.database}-wal")  # while it is held open
    holder.close()


def test_a_foreign_wal_at_start_asks_first_and_never_shows_the_notice(
    launch: Launch, paths: AppPaths, qtbot: QtBot, clock: FakeClock, dialog_log: DialogLog,
    tmp_path: Path
) -> None:
    first_run(launch, paths, qtbot, clock)
    assert dialog_log.names() == ["notice", "first_plan"]
    put_foreign_wal(paths, tmp_path)
    dialog_log.calls.clear()

    dialog_log.recovery_answer = RecoveryChoice.QUIT
    assert launch(paths) == EXIT_FAILED
    assert dialog_log.names() == ["recovery"]
    problem, backup = dialog_log.args_of("recovery")
    assert problem.kind is ProblemKind.FOREIGN_JOURNAL and backup is not None

    dialog_log.calls.clear()
    dialog_log.recovery_answer = RecoveryChoice.RESTORE_BACKUP
    running = launch(paths)
    assert isinstance(running, Running)
    qtbot.waitUntil(lambda: running.ready)
    assert dialog_log.names() == ["recovery"], "no first-run notice: the data is not new"
    assert "Water today: 750 ml" in header_text(running.window)
    running.shutdown()


def answer_with(monkeypatch: pytest.MonkeyPatch,
                button: str) -> list[tuple[str, str, list[str]]]:
    """Show the real recovery question and click ``button``; return what it said
    and the buttons it offered."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str, list[str]]] = []

    def click(box: QMessageBox) -> int:
        assert isinstance(box, QMessageBox)
        names = {b.text(): b for b in box.buttons()}
        # Read as a person reads it: without the zero-width spaces where a long
        # path may break.
        shown.append((box.text(), box.informativeText().replace("\u200b", ""),
                      sorted(names)))
        names[button].click()
        return 0

    monkeypatch.setattr(dialogs.modal, "run", click)
    return shown


def test_the_question_names_the_files_and_where_their_copies_are(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    db = tmp_path / "backcare.sqlite3"
    files = (db, tmp_path / "backcare.sqlite3-wal", tmp_path / "backcare.sqlite3-shm")
    kept = tmp_path / "backups" / "set-aside-20261124T103000"
    problem = DatabaseProblem(ProblemKind.FOREIGN_JOURNAL, db, "it is not its own.",
                              files=files, kept=kept)
    shown = answer_with(monkeypatch, "Quit")
    assert real_ask_database_recovery(problem, None) is RecoveryChoice.QUIT
    (headline, body, _buttons), = shown
    assert "does not belong to it" in headline
    assert str(db) in body
    assert "backcare.sqlite3-wal, backcare.sqlite3-shm" in body
    assert str(kept) in body


@pytest.mark.parametrize(("button", "choice"), [
    ("Use this file", RecoveryChoice.USE_AS_IT_IS),
    ("Restore backup", RecoveryChoice.RESTORE_BACKUP),
    ("Start with empty data", RecoveryChoice.START_FRESH),
])
def test_a_file_that_is_not_the_last_written_can_be_used_as_it_is(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, button: str, choice: RecoveryChoice
) -> None:
    db = tmp_path / "backcare.sqlite3"
    problem = DatabaseProblem(ProblemKind.NOT_LAST_WRITTEN, db, "an older copy.",
                              files=(db,), kept=tmp_path / "kept")
    shown = answer_with(monkeypatch, button)
    assert real_ask_database_recovery(problem, tmp_path / "backup.sqlite3") is choice
    assert "Use this file as your data" in shown[0][1]


def test_a_foreign_journal_cannot_be_used_as_it_is(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path) -> None:
    db = tmp_path / "backcare.sqlite3"
    problem = DatabaseProblem(ProblemKind.FOREIGN_JOURNAL, db, "not its own.", files=(db,))
    shown = answer_with(monkeypatch, "Quit")
    assert real_ask_database_recovery(problem, None) is RecoveryChoice.QUIT
    assert shown[0][2] == ["Quit", "Start with empty data"]
