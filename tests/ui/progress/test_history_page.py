"""The History page: past sessions with filters and steps, the pain log, export/import."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backcare_desktop.storage.progress_data import ProgressSource
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.progress.history_page import HistoryPage
from tests.ui.conftest import DialogLog

TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 24, 10, 30, tzinfo=TZ)


def at(day: int, month: int = 11, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=TZ)


def session(repo: Repository, rid: str, title: str, when: datetime, *, hurt: bool = False
            ) -> int:
    s = repo.start_session(rid, title, 600, when)
    repo.add_pain(6, when, session_id=s, moment="before")
    repo.record_step(s, 0, "Cat–cow", "completed", 1, 10, 60, when + timedelta(minutes=1))
    repo.record_step(s, 1, "Bridge", "hurt" if hurt else "skipped", 0, 0, 5,
                     when + timedelta(minutes=2))
    if hurt:
        repo.finish_session(s, "stopped", when + timedelta(minutes=3), 65, stop_reason="hurt")
        repo.add_pain(8, when + timedelta(minutes=3), session_id=s, moment="hurt")
    else:
        repo.finish_session(s, "finished", when + timedelta(minutes=10), 540)
        repo.add_pain(3, when + timedelta(minutes=10), session_id=s, moment="after")
        repo.set_session_feeling(s, "too_easy")
    return s


@pytest.fixture
def page(qtbot: QtBot, repo: Repository) -> HistoryPage:
    widget = HistoryPage(ProgressSource(repo), repo, lambda: NOW)
    qtbot.addWidget(widget)
    return widget


def cells(page_model, row: int) -> list[str]:
    return [page_model.data(page_model.index(row, c)) for c in range(page_model.columnCount())]


def test_sessions_are_listed_newest_first_and_open_to_their_steps(page, repo) -> None:
    session(repo, "core", "Core stability", at(2))
    session(repo, "pmr", "Relaxation", at(20), hurt=True)
    page.refresh()
    model = page.sessions.model
    assert model.rowCount() == 2
    assert cells(model, 0) == ["Fri 20 Nov 2026, 09:00", "Relaxation", "1", "1 / 1", "6 → 8",
                               "—", "Stopped: it hurt"]
    assert cells(model, 1)[1:] == ["Core stability", "9", "1 / 1", "6 → 3", "Too easy",
                                   "Finished"]
    assert page.sessions.steps_model.rowCount() == 0
    page.sessions.table.setCurrentIndex(model.index(1, 0))
    assert page.sessions.steps_title.text() == "Core stability, Mon 02 Nov 2026, 09:00"
    steps = page.sessions.steps_model
    assert [cells(steps, r)[1:3] for r in range(steps.rowCount())] == [
        ["Cat–cow", "Done"], ["Bridge", "Skipped"]]


def test_sessions_filter_by_routine_and_dates(page, repo) -> None:
    session(repo, "core", "Core stability", at(2))
    session(repo, "core", "Core stability", at(15))
    session(repo, "pmr", "Relaxation", at(20))
    page.refresh()
    combo = page.sessions.routine
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All routines", "Core stability", "Relaxation"]
    combo.setCurrentIndex(1)
    assert page.sessions.model.rowCount() == 2
    assert page.sessions.summary.text() == "2 sessions, 18 minutes of exercise."
    page.sessions.dates.set_days(date(2026, 11, 10), date(2026, 11, 24))
    page.sessions.dates.changed.emit()
    assert [r.started.day for r in page.sessions.model.records] == [15]


def test_a_pain_entry_is_edited_and_deleted(page, repo, dialog_log: DialogLog, qtbot) -> None:
    repo.add_pain(5, at(23), area="neck", note="desk day")
    repo.add_pain(2, at(24))
    page.refresh()
    model = page.pain.model
    assert cells(model, 1) == ["Mon 23 Nov 2026, 09:00", "5", "Neck", "Any time", "desk day"]
    assert not page.pain.edit_button.isEnabled()
    page.pain.table.setCurrentIndex(model.index(1, 0))
    dialog_log.answers["log_pain"] = (4, "lower_back", "better after a walk")
    with qtbot.waitSignal(page.changed):
        page.pain.edit_button.click()
    assert dialog_log.args_of("log_pain") == (page.pain,)
    assert cells(page.pain.model, 1)[1:] == ["4", "Lower back", "Any time",
                                             "better after a walk"]

    page.pain.table.setCurrentIndex(page.pain.model.index(0, 0))
    dialog_log.answers["confirm"] = False
    page.pain.delete_button.click()
    assert page.pain.model.rowCount() == 2  # cancelled
    dialog_log.answers["confirm"] = True
    with qtbot.waitSignal(page.changed):
        page.pain.delete_button.click()
    [left] = ProgressSource(repo).pain_entries(date(2026, 11, 1), date(2026, 11, 30))
    assert (left.level, left.note) == (4, "better after a walk")


def test_export_then_import_from_the_page(page, repo, dialog_log, tmp_path: Path,
                                          qtbot) -> None:
    session(repo, "core", "Core stability", at(2))
    repo.add_water(250, at(24))
    dialog_log.answers["export_folder"] = tmp_path
    with qtbot.waitSignal(page.transfer_done):
        page.export_records()
    folder = tmp_path / "backcare-export-2026-11-24"
    assert sorted(p.name for p in folder.iterdir()) == [
        "backcare-records.json", "columns.txt", "pain.csv", "session_steps.csv",
        "sessions.csv", "water.csv"]
    assert "1 session, 2 pain entries, 1 drink" in dialog_log.args_of("info")[2]

    dialog_log.answers["import_file"] = folder / "backcare-records.json"
    with qtbot.waitSignal(page.changed), qtbot.waitSignal(page.transfer_done):
        page.import_records()
    assert "Added 0 sessions, 0 pain entries, 0 drinks. 4 records were already here" in \
        dialog_log.args_of("info")[2]


def test_a_broken_import_names_every_problem_and_changes_nothing(page, repo, dialog_log,
                                                                 tmp_path, qtbot) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"format": "backcare-records", "version": 1,
                                  "water": [{"time": "yesterday", "amount_ml": 250},
                                            {"time": "2026-11-24T09:00:00+01:00",
                                             "amount_ml": 9000}]}))
    dialog_log.answers["import_file"] = broken
    with qtbot.waitSignal(page.transfer_done):
        page.import_records()
    _parent, title, intro, problems = dialog_log.args_of("problems")
    assert title == "Nothing was imported" and "nothing changed" in intro
    assert len(problems) == 2 and "drink #1" in problems[0] and "1–3000" in problems[1]
    assert repo.water_on(date(2026, 11, 24)) == 0


def test_an_export_into_a_folder_that_cannot_be_written_says_so(page, dialog_log,
                                                                tmp_path, qtbot) -> None:
    dialog_log.answers["export_folder"] = tmp_path / "missing" / "folder"
    with qtbot.waitSignal(page.transfer_done):
        page.export_records()
    _parent, title, text = dialog_log.args_of("error")
    assert title == "Nothing was exported" and "missing" in text


def test_the_pain_table_is_keyboard_reachable(page, repo, dialog_log, qtbot) -> None:
    repo.add_pain(5, at(23))
    page.refresh()
    page.tabs.setCurrentWidget(page.pain)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.pain.table.setFocus()
    qtbot.waitUntil(page.pain.table.hasFocus)
    page.pain.table.setCurrentIndex(page.pain.model.index(0, 0))
    dialog_log.answers["confirm"] = True
    qtbot.keyClick(page.pain.table, Qt.Key.Key_Delete)
    assert page.pain.model.rowCount() == 0


def test_file_menu_import_opens_history_and_refreshes_the_header(launch, paths, qtbot,
                                                                 dialog_log, tmp_path) -> None:
    running = launch(paths)
    qtbot.waitUntil(lambda: running.ready)
    export = tmp_path / "in.json"
    export.write_text(json.dumps({"format": "backcare-records", "version": 1, "water": [
        {"time": NOW.isoformat(), "amount_ml": 500}]}))
    dialog_log.answers["import_file"] = export
    running.window.show_page("history")
    page = running.window.page("history")
    with qtbot.waitSignal(page.transfer_done):
        running.window.import_requested.emit()
    assert running.window.current_page_key() == "history"
    assert "Added 0 sessions, 0 pain entries, 1 drink." in dialog_log.args_of("info")[2]
    assert "500 ml" in running.window.header.text()


def test_the_daily_check_in_is_switched_on_from_the_pain_log(page, repo, qtbot) -> None:
    tab = page.pain
    assert not tab.checkin.isChecked() and not tab.checkin_time.isEnabled()
    with qtbot.waitSignal(page.changed):
        tab.checkin.setChecked(True)
    tab.checkin_time.setTime(tab.checkin_time.time().addSecs(-3600))
    assert repo.get_setting("checkin_enabled") is True
    assert repo.get_setting("checkin_time") == "19:00"
