"""File → Export for a health record (FHIR)…: the file dialog, asking before a file is
replaced, the writing off the GUI thread, and one plain message for every end."""

from __future__ import annotations

import json
import stat
import threading
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backcare_desktop.storage import fhir_export
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.progress import dialogs as progress_dialogs
from backcare_desktop.ui.progress import fhir_export as fhir_ui
from backcare_desktop.ui.progress.fhir_export import FhirExport
from backcare_desktop.ui.shell import i18n
from tests.disks import read_only

TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 24, 10, 30, tzinfo=TZ)


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The file dialog's answer (the first item), and the suggestions it was given."""
    answer: list[Any] = [None]

    def ask(parent: QWidget | None, suggested: Path) -> Path | None:
        answer.append(suggested)
        return answer[0]  # type: ignore[no-any-return]

    monkeypatch.setattr(progress_dialogs, "ask_fhir_file", ask)
    return answer


@pytest.fixture(autouse=True)
def days(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The range dialog's answer (everything unless a test says otherwise) and what it
    was shown."""
    answer: list[Any] = [(None, None)]

    def ask(parent: QWidget | None, first: date, last: date) -> Any:
        answer.append((first, last))
        return answer[0]

    monkeypatch.setattr(progress_dialogs, "ask_fhir_range", ask)
    return answer


@pytest.fixture
def export(qtbot: QtBot, repo: Repository) -> FhirExport:
    window = QWidget()
    qtbot.addWidget(window)
    return FhirExport(window, repo.path, lambda: NOW)


def run(export: FhirExport, qtbot: QtBot) -> None:
    with qtbot.waitSignal(export.finished, timeout=10_000):
        export.start()


def test_the_records_are_written_off_the_gui_thread(export, repo, chosen, dialog_log,
                                                    tmp_path, qtbot, monkeypatch) -> None:
    repo.add_pain(4, NOW - timedelta(hours=2), area="neck", note="stiff")
    threads = []
    real = fhir_export.export_fhir_apart

    def watched(*args: Any, **kwargs: Any) -> object:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(fhir_ui, "export_fhir_apart", watched)
    chosen[0] = tmp_path / "for-the-gp"
    run(export, qtbot)
    assert threads == [False]
    target = tmp_path / "for-the-gp.json"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    bundle = json.loads(target.read_text(encoding="utf-8"))
    assert bundle["entry"][1]["resource"]["bodySite"] == {"text": "Neck"}
    _, title, text = dialog_log.args_of("info")
    assert title == "Exported for a health record"
    assert text.startswith(f"Saved 0 sessions, 1 pain entry in {target}")
    assert "http://loinc.org/license" in text
    assert chosen[1].name == "backcare-fhir-2026-11-24.json"


def test_a_cancelled_dialog_does_nothing(export, chosen, days, dialog_log, tmp_path) -> None:
    export.start()
    assert not export.running() and dialog_log.names() == []
    assert days[1] == (date(2026, 9, 29), date(2026, 11, 24))  # shown: the last 8 weeks
    days[0] = None
    export.start()
    assert len(chosen) == 2  # the range was cancelled: no file dialog
    assert not export.running() and dialog_log.names() == []


def test_a_range_keeps_its_days_and_an_empty_one_is_said(export, repo, chosen, days,
                                                          dialog_log, tmp_path, qtbot) -> None:
    repo.add_pain(4, NOW - timedelta(days=10))
    repo.add_pain(6, NOW)
    days[0] = (NOW.date(), NOW.date())
    chosen[0] = tmp_path / "today.json"
    run(export, qtbot)
    bundle = json.loads((tmp_path / "today.json").read_text(encoding="utf-8"))
    assert [e["resource"].get("valueInteger") for e in bundle["entry"]] == [None, 6]
    days[0] = (date(2026, 1, 1), date(2026, 1, 31))
    chosen[0] = tmp_path / "january.json"
    run(export, qtbot)
    _, title, text = dialog_log.args_of("info")
    assert (title, text) == ("Nothing was exported", "There are no sessions, pain entries or "
                             f"weekly scores between {i18n.date_text(date(2026, 1, 1))} and "
                             f"{i18n.date_text(date(2026, 1, 31))}; nothing was written.")
    assert not (tmp_path / "january.json").exists()


def test_the_range_dialog(qtbot) -> None:
    from backcare_desktop.ui.progress.fhir_range_dialog import FhirRangeDialog

    dialog = FhirRangeDialog(None, date(2026, 3, 1), date(2026, 3, 31))
    qtbot.addWidget(dialog)
    assert dialog.chosen() == (None, None) and not dialog.first.isEnabled()
    dialog.between.setChecked(True)
    assert dialog.chosen() == (date(2026, 3, 1), date(2026, 3, 31))
    dialog.first.setDate(dialog.last.date().addDays(1))
    assert not dialog.ok.isEnabled() and dialog.problem.text() == "“From” is after “To”."
    dialog.first.setDate(dialog.last.date())
    assert dialog.ok.isEnabled() and dialog.problem.text() == ""


def test_an_existing_file_is_replaced_only_when_the_person_says_so(
        export, repo, chosen, dialog_log, tmp_path, qtbot) -> None:
    repo.add_pain(4, NOW)
    folder = tmp_path / "out"
    folder.mkdir()
    target = chosen[0] = folder / "old.json"
    target.write_text("mine")
    dialog_log.answers["confirm"] = False
    export.start()
    assert dialog_log.names() == ["confirm"] and not export.running()
    assert target.read_text() == "mine"
    dialog_log.answers["confirm"] = True
    run(export, qtbot)
    assert json.loads(target.read_text(encoding="utf-8"))["resourceType"] == "Bundle"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in folder.iterdir()] == ["old.json"]


def test_no_records_are_said_plainly(export, chosen, dialog_log, tmp_path, qtbot) -> None:
    chosen[0] = tmp_path / "empty.json"
    run(export, qtbot)
    _, title, text = dialog_log.args_of("info")
    assert title == "Nothing was exported" and "nothing was written" in text
    assert not (tmp_path / "empty.json").exists()


def test_an_unwritable_folder_is_said_plainly(export, repo, chosen, dialog_log, tmp_path,
                                              qtbot) -> None:
    repo.add_pain(4, NOW)
    folder = tmp_path / "locked"
    folder.mkdir()
    chosen[0] = folder / "out.json"
    with read_only(folder):
        run(export, qtbot)
    _, title, text = dialog_log.args_of("error")
    assert title == "Nothing was exported"
    assert text == (f"BackCare could not write {folder / 'out.json'}: Read-only file system. "
                    "Nothing was written; choose another folder.")
    assert list(folder.iterdir()) == []


def test_the_file_menu_brings_it_up(launch, paths, qtbot, chosen, dialog_log,
                                    tmp_path) -> None:
    running = launch(paths)
    qtbot.waitUntil(lambda: running.ready)
    running.repo.add_pain(3, NOW)
    chosen[0] = tmp_path / "menu.json"
    running.window.ensure_menus()
    action = next(a for a in running.window.menuBar().actions()[0].menu().actions()
                  if "FHIR" in a.text())
    assert action.text() == "Export for a &health record (FHIR)…"
    action.trigger()
    qtbot.waitUntil(lambda: (tmp_path / "menu.json").exists() and "info" in dialog_log.names(),
                    timeout=10_000)


def test_quitting_while_writing_waits_for_a_whole_file(launch, paths, qtbot, chosen,
                                                       dialog_log, tmp_path,
                                                       monkeypatch) -> None:
    from backcare_desktop.ui.progress import transfer_task

    entered, release = threading.Event(), threading.Event()
    real = fhir_export.export_fhir_apart

    def held(*args: Any, **kwargs: Any) -> object:
        entered.set()
        release.wait(20)  # released when quitting asks the task to stop
        return real(*args, **kwargs)

    real_stop = transfer_task.TransferTask.stop

    def stop(self: transfer_task.TransferTask, timeout_s: float = 10.0) -> None:
        release.set()
        real_stop(self, timeout_s)

    monkeypatch.setattr(fhir_ui, "export_fhir_apart", held)
    monkeypatch.setattr(transfer_task.TransferTask, "stop", stop)
    running = launch(paths)
    qtbot.waitUntil(lambda: running.ready)
    running.repo.add_pain(3, NOW)
    chosen[0] = tmp_path / "at-quit.json"
    running.window.fhir_requested.emit()
    qtbot.waitUntil(entered.is_set)
    running.shutdown()
    assert json.loads((tmp_path / "at-quit.json").read_text(encoding="utf-8"))["entry"]
    assert [p.name for p in tmp_path.iterdir() if "partial" in p.name] == []
