"""The History page: past sessions with filters and steps, the pain log, export/import."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from backcare_desktop.storage import database
from backcare_desktop.storage.progress_data import ProgressSource
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.progress.history_page import PAGE_ROWS, HistoryPage, _when
from benchmarks.decade import Counts, build
from tests.ui.conftest import DialogLog
from tests.ui.shown import header_text

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
    assert cells(model, 0) == [
        _when(datetime(2026, 11, 20, 9)), "Relaxation", "1", "1 / 1", "6 → 8",
        "—", "Stopped: it hurt"]
    assert cells(model, 1)[1:] == ["Core stability", "9", "1 / 1", "6 → 3", "Too easy",
                                   "Finished"]
    assert page.sessions.steps_model.rowCount() == 0
    page.sessions.table.setCurrentIndex(model.index(1, 0))
    assert page.sessions.steps_title.text() == "Core stability, " + _when(datetime(2026, 11, 2, 9))
    steps = page.sessions.steps_model
    assert [cells(steps, r)[1:3] for r in range(steps.rowCount())] == [
        ["Cat–cow", "Done"], ["Bridge", "Skipped"]]


def test_in_a_narrow_window_the_routine_names_are_whole_and_the_rest_scrolls(
    page, repo, qtbot
) -> None:
    session(repo, "pmr", "Progressive muscle relaxation", at(20), hurt=True)
    page.refresh()
    page.resize(700, 500)
    page.show()
    qtbot.waitExposed(page)
    table = page.sessions.table
    name = table.model().index(0, 1)
    wanted = table.fontMetrics().horizontalAdvance(name.data())
    assert table.columnWidth(1) > wanted  # not squeezed to "…"
    assert table.horizontalScrollBar().maximum() > 0  # the other columns scroll


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
    assert cells(model, 1) == [
        _when(datetime(2026, 11, 23, 9)), "5", "Neck", "Any time", "desk day"]
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
    assert "500 ml" in header_text(running.window)


def test_the_pain_log_links_to_the_check_in_settings(page, qtbot) -> None:
    with qtbot.waitSignal(page.checkin_settings_requested):
        page.pain.checkin_link.click()


# -- every session of a long history ---------------------------------------------------

@pytest.fixture
def years(tmp_path: Path) -> Iterator[tuple[Repository, Counts]]:
    """A year and a half of records, about 750 sessions: several pages of the list."""
    db = tmp_path / "long.sqlite3"
    conn = database.open_database(db, tmp_path / "backups", NOW)
    counts = build(conn, NOW.date(), years=1, sessions=750, seed=3)
    repo = Repository(conn, db)
    yield repo, counts
    repo.close()


def test_the_list_reads_more_sessions_as_it_scrolls_to_the_end(qtbot, years) -> None:
    repo, counts = years
    page = HistoryPage(ProgressSource(repo), repo, lambda: NOW)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    model, table = page.sessions.model, page.sessions.table
    assert model.rowCount() == PAGE_ROWS < counts.sessions  # one page to begin with
    while model.canFetchMore(QModelIndex()):
        loaded = model.rowCount()
        table.scrollToBottom()
        qtbot.waitUntil(lambda n=loaded: model.rowCount() > n)
    assert model.rowCount() == counts.sessions
    keys = [r.key for r in model.records]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)
    # The summary counted the whole range in SQL from the start: the same as the rows.
    minutes = sum(r.active_s for r in model.records) / 60
    assert page.sessions.summary.text() == (
        f"{counts.sessions:,} sessions, {minutes:,.0f} minutes of exercise.")


def test_the_pain_log_reads_more_as_it_scrolls_and_keeps_its_place_after_an_edit(
        qtbot, years, dialog_log: DialogLog) -> None:
    repo, counts = years
    page = HistoryPage(ProgressSource(repo), repo, lambda: NOW)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.tabs.setCurrentWidget(page.pain)
    page.show()
    qtbot.waitExposed(page)
    model, table = page.pain.model, page.pain.table
    assert model.rowCount() == PAGE_ROWS
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_ROWS)
    loaded = model.rowCount()
    row = loaded - 3
    table.setCurrentIndex(model.index(row, 0))
    chosen = model.records[row]
    scrolled = table.verticalScrollBar().value()
    dialog_log.answers["log_pain"] = (1, None, "edited deep in the list")
    with qtbot.waitSignal(page.changed):
        page.pain.edit_button.click()
    assert model.rowCount() == loaded  # still as far down as the person had read
    assert table.verticalScrollBar().value() == scrolled > 0
    assert model.records[row].id == chosen.id and model.records[row].level == 1
    assert model.rowCount() < counts.pain  # the rest is read when scrolled to


def test_an_interrupted_session_shows_the_minutes_its_steps_saved(page, repo) -> None:
    s = repo.start_session("core", "Core stability", 600, at(20))
    repo.record_step(s, 0, "Cat–cow", "completed", 1, 10, 150, at(20) + timedelta(minutes=3))
    repo.record_step(s, 1, "Bridge", "completed", 2, 10, 90, at(20) + timedelta(minutes=5))
    repo.mark_unfinished_sessions_interrupted()
    session(repo, "core", "Core stability", at(2))  # 9 minutes
    page.refresh()
    assert cells(page.sessions.model, 0)[2::4] == ["4", "Interrupted"]
    assert page.sessions.summary.text() == "2 sessions, 13 minutes of exercise."



# -- odd rows in a long history ---------------------------------------------------------

def write_odd_rows(repo: Repository) -> None:
    """A pain entry and a session whose times cannot be read, and two steps whose
    session is not there, written as another tool would."""
    import sqlite3

    conn = sqlite3.connect(repo.path)
    conn.execute("INSERT INTO pain_entries (ts, tz_offset, level, note) VALUES"
                 " ('yesterday', 3600, 7, 'odd')")
    conn.execute("INSERT INTO sessions (id, routine_id, routine_title, started_ts, tz_offset,"
                 " state, planned_s) VALUES (90001, 'core', 'Odd', 'soon', 0, 'finished', 60)")
    conn.execute("INSERT INTO session_steps (session_id, position, exercise_name, outcome,"
                 " ended_ts) VALUES (90002, 0, 'Bridge', 'completed', 0),"
                 " (90002, 1, 'Plank', 'skipped', 0)")
    conn.commit()
    conn.close()


def scroll_to_the_end(qtbot: QtBot, page_model, table) -> None:
    while page_model.canFetchMore(QModelIndex()):
        loaded = page_model.rowCount()
        table.scrollToBottom()
        qtbot.waitUntil(lambda n=loaded: page_model.rowCount() > n)


def test_odd_pain_entries_come_first_and_the_pages_follow_them(qtbot, years,
                                                               dialog_log: DialogLog) -> None:
    repo, counts = years
    write_odd_rows(repo)
    page = HistoryPage(ProgressSource(repo), repo, lambda: NOW)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.tabs.setCurrentWidget(page.pain)
    page.show()
    qtbot.waitExposed(page)
    model, table = page.pain.model, page.pain.table
    assert model.rowCount() == 1 + PAGE_ROWS  # the odd one, then a page
    assert cells(model, 0)[0] == "Date not readable: “yesterday” (UTC offset 3600)"
    scroll_to_the_end(qtbot, model, table)
    assert model.rowCount() == 1 + counts.pain
    keys = [e.key for e in model.records[1:]]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)
    table.setCurrentIndex(model.index(0, 0))
    dialog_log.answers["confirm"] = True
    with qtbot.waitSignal(page.changed):
        page.pain.delete_button.click()
    assert model.rowCount() == counts.pain  # as far down as before, without the odd one
    assert all(not e.odd for e in model.records)


def test_odd_sessions_and_stray_steps_come_first_and_can_be_deleted(qtbot, years,
                                                                    dialog_log: DialogLog
                                                                    ) -> None:
    repo, counts = years
    write_odd_rows(repo)
    page = HistoryPage(ProgressSource(repo), repo, lambda: NOW)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    tab = page.sessions
    model = tab.model
    assert [r.id for r in model.records[:2]] == [90001, 90002]
    assert cells(model, 1)[0] == "Exercises without their session: session 90002"
    assert model.rowCount() == 2 + PAGE_ROWS
    assert tab.summary.text().startswith(f"{counts.sessions:,} sessions, ")
    assert tab.summary.text().endswith("Listed first: 2 sessions whose dates cannot be used.")
    scroll_to_the_end(qtbot, model, tab.table)
    assert model.rowCount() == 2 + counts.sessions
    dialog_log.answers["confirm"] = True
    for _ in range(2):
        tab.table.setCurrentIndex(model.index(0, 0))
        with qtbot.waitSignal(tab.changed):
            tab.delete_button.click()
    assert model.rowCount() == counts.sessions  # the place in the list is kept
    assert repo.session_steps(90002) == [] and repo.session_row(90001) is None
    assert "Listed first" not in tab.summary.text()
