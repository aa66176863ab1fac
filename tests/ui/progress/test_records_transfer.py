"""Export and import from the History page run off the GUI thread, with progress and
Cancel; a cancelled or refused import changes nothing; quitting stops them."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop.storage import transfer
from backcare_desktop.storage.progress_data import ProgressSource
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.progress.history_page import HistoryPage
from tests.ui.conftest import DialogLog

TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 24, 10, 30, tzinfo=TZ)


@pytest.fixture
def page(qtbot: QtBot, repo: Repository) -> HistoryPage:
    widget = HistoryPage(ProgressSource(repo), repo, lambda: NOW)
    qtbot.addWidget(widget)
    return widget


def drinks_file(folder: Path, count: int) -> Path:
    start = datetime(2020, 1, 1, 8, tzinfo=TZ)
    path = folder / "drinks.json"
    path.write_text(json.dumps({"format": "backcare-records", "version": 1, "water": [
        {"time": (start + timedelta(hours=5 * n)).isoformat(), "amount_ml": 250}
        for n in range(count)]}))
    return path


class Gate:
    """Holds the worker inside ``import_apart`` until the page cancels it, then lets
    the real import run (which, cancelled, writes nothing)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.threads: list[str] = []
        self.entered = threading.Event()
        real = transfer.import_apart

        def held(database: Path, records: Any, *, progress: Callable[[float], None],
                 cancelled: Callable[[], bool], name: str) -> object:
            self.threads.append(threading.current_thread().name)
            progress(0.7)
            self.entered.set()
            wait = threading.Event()
            for _ in range(2000):  # at most 20 s, in case the test never cancels
                if cancelled():
                    break
                wait.wait(0.01)
            return real(database, records, progress=progress, cancelled=cancelled, name=name)

        monkeypatch.setattr(transfer, "import_apart", held)


def test_an_import_runs_off_the_gui_thread_and_cancel_keeps_nothing(
        page: HistoryPage, repo: Repository, dialog_log: DialogLog, tmp_path: Path,
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = Gate(monkeypatch)
    dialog_log.answers["import_file"] = drinks_file(tmp_path, 3000)
    page.show()
    page.import_records()
    assert page.transfer_running()
    assert not page.import_button.isEnabled() and not page.export_button.isEnabled()
    # Checked (60 %), then 0.7 of the writing (40 %): the window drew it meanwhile.
    qtbot.waitUntil(lambda: page.transfer_bar.value() >= 87)
    assert "Adding the records of drinks.json" in page.transfer_label.text()
    with qtbot.waitSignal(page.transfer_done):
        page.transfer_cancel.click()
    assert gate.threads and gate.threads[0] != threading.current_thread().name
    assert page.transfer_label.text() == "Import cancelled; nothing was changed."
    assert page.import_button.isEnabled() and not page.transfer_running()
    assert repo.water_on(date(2020, 1, 1)) == 0
    assert "info" not in dialog_log.names() and "problems" not in dialog_log.names()


def test_an_import_shows_progress_then_what_it_added(page, repo, dialog_log, tmp_path,
                                                     qtbot) -> None:
    dialog_log.answers["import_file"] = drinks_file(tmp_path, 20_000)
    seen: list[int] = []
    page.show()
    with qtbot.waitSignal(page.changed, timeout=60_000), \
            qtbot.waitSignal(page.transfer_done, timeout=60_000):
        page.import_records()
        page._task.progressed.connect(seen.append)  # type: ignore[union-attr]
    assert seen == sorted(seen) and seen[-1] == 100 and len(seen) > 2
    assert "Added 0 sessions, 0 pain entries, 20000 drinks." in dialog_log.args_of("info")[2]
    assert repo.water_on(date(2020, 1, 1)) == 1000  # at 8, 13, 18 and 23 h
    assert page.transfer_row.isHidden()


def test_a_refused_file_is_refused_from_the_worker_with_every_problem(page, repo, dialog_log,
                                                                      tmp_path, qtbot) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "backcare-records", "version": 1, "water": [
        {"time": "9999-12-31T23:59:59-12:00", "amount_ml": 250},
        {"time": "0001-01-01T00:00:00+14:00", "amount_ml": 250}]}))
    dialog_log.answers["import_file"] = bad
    with qtbot.waitSignal(page.transfer_done):
        page.import_records()
    _parent, title, intro, problems = dialog_log.args_of("problems")
    assert title == "Nothing was imported" and intro.startswith("bad.json was not imported")
    assert len(problems) == 2 and all("from 1970 to 2100" in p for p in problems)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no FIFOs here")
def test_a_fifo_chosen_for_import_is_refused_at_once(page, dialog_log, tmp_path,
                                                     qtbot) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.json")
    dialog_log.answers["import_file"] = tmp_path / "pipe.json"
    with qtbot.waitSignal(page.transfer_done):
        page.import_records()
    assert "not a regular file" in dialog_log.args_of("problems")[3][0]


def test_an_export_can_be_cancelled_and_leaves_no_folder(page, repo, dialog_log, tmp_path,
                                                         qtbot, monkeypatch) -> None:
    repo.add_water(250, NOW)
    out = tmp_path / "out"
    out.mkdir()
    dialog_log.answers["export_folder"] = out
    real = transfer.export_apart
    entered = threading.Event()

    def held(*args: Any, cancelled: Callable[[], bool], **kwargs: Any) -> object:
        entered.set()
        wait = threading.Event()
        for _ in range(2000):
            if cancelled():
                break
            wait.wait(0.01)
        return real(*args, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(transfer, "export_apart", held)
    page.export_records()
    qtbot.waitUntil(entered.is_set)
    with qtbot.waitSignal(page.transfer_done):
        page.cancel_transfer()
    assert page.transfer_label.text() == "Export cancelled; nothing was saved."
    assert list(out.iterdir()) == []


def test_quitting_during_an_import_stops_it_and_keeps_nothing(launch, paths, qtbot,
                                                             dialog_log, tmp_path,
                                                             monkeypatch) -> None:
    gate = Gate(monkeypatch)
    running = launch(paths)
    qtbot.waitUntil(lambda: running.ready)
    dialog_log.answers["import_file"] = drinks_file(tmp_path, 100)
    running.window.import_requested.emit()
    qtbot.waitUntil(gate.entered.is_set)
    page = running.window.page("history")
    assert isinstance(page, HistoryPage) and page.transfer_running()
    repo = running.repo
    before = transfer.read_records(repo)
    database = repo.path
    running.shutdown()  # cancels the import and waits for its thread
    assert not page.transfer_running() or not page._task.running()  # type: ignore[union-attr]
    from backcare_desktop.storage import database as db_module
    from backcare_desktop.storage.repository import Repository as Repo

    reopened = Repo(db_module.connect(database), database)
    try:
        assert transfer.read_records(reopened).water == before.water
    finally:
        reopened.close()


def test_the_export_message_names_what_the_importable_file_left_out(
        page, repo, dialog_log, tmp_path, qtbot) -> None:
    repo.add_water(250, NOW)
    repo.add_pain(5, NOW - timedelta(hours=1), note="bell\x07")
    dialog_log.answers["export_folder"] = tmp_path
    with qtbot.waitSignal(page.transfer_done):
        page.export_records()
    _, title, text, lines = dialog_log.args_of("problems")
    assert title == "Records exported"
    assert "Saved 1 pain entry, 1 drink" in text.replace("0 sessions, ", "")
    assert "1 record could not go into backcare-records.json" in text
    assert lines == ["pain entry of 2026-11-24T09:30:00+01:00: “note” holds the control "
                     "character U+0007"]
