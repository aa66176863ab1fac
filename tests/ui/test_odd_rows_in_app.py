"""An odd row already in the database never takes the app down, and can be deleted.

For every row of the corpus (``tests/odd_rows.py``), written with plain
sqlite3 into the database file before start-up: the app starts on the fake
clock, the header shows, drink reminders are armed, every page shows, Export
succeeds, and the row is deleted through its page's own action.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop.app import Running
from backcare_desktop.core.vocabulary import PainArea
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage import database
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.hydration.page import HydrationPage
from backcare_desktop.ui.progress.history_page import HistoryPage
from backcare_desktop.ui.progress.page import ProgressPage
from backcare_desktop.ui.shell.pages import PAGES
from tests.fakes import FakeClock
from tests.odd_rows import CORPUS, TABLES, OddRow, count, write
from tests.ui.shown import header_text

from .conftest import DialogLog

Launch = Callable[[AppPaths], "Running | int"]


def start_with(row: OddRow, launch: Launch, paths: AppPaths, clock: FakeClock,
               qtbot: QtBot) -> Running:
    paths.data_dir.mkdir(mode=0o700)
    repo = Repository(database.open_database(paths.database, paths.backups, clock.now()),
                      paths.database)
    repo.set_setting("first_run_notice_seen", True)
    repo.set_setting("checkin_enabled", True)
    repo.close()
    write(paths.database, row)
    running = launch(paths)
    assert isinstance(running, Running), f"start-up ended with exit code {running}"
    qtbot.waitUntil(lambda: running.ready)
    return running


def history(running: Running, qtbot: QtBot) -> HistoryPage:
    running.window.show_page("history")
    page = running.window.page("history")
    assert isinstance(page, HistoryPage)
    qtbot.waitUntil(page.isVisible)
    return page


def hydration(running: Running, qtbot: QtBot) -> HydrationPage:
    running.window.show_page("hydration")
    page = running.window.page("hydration")
    assert isinstance(page, HydrationPage)
    qtbot.waitUntil(page.isVisible)
    return page


def delete_through_its_page(running: Running, row: OddRow, qtbot: QtBot) -> None:
    """Choose the row where its page lists it and press that page's Delete."""
    if row.kind == "water":
        page = hydration(running, qtbot)
        table = page.odd_table if row.apart else page.table
        assert table.rowCount() == 1 and page.odd_box.isVisible() == row.apart
        table.selectRow(0)
        (page.delete_odd if row.apart else page.delete_selected)()
        assert table.rowCount() == 0
        return
    page = history(running, qtbot)
    tab = page.pain if row.kind == "pain" else page.sessions
    records = tab.model.records
    ids = [r.id for r in records]
    # A step goes with its session (or with the steps listed without theirs).
    wanted = [0] if row.kind != "step" else [ids.index(999 if 999 in ids else 7)]
    assert len(records) == (2 if 999 in ids else 1), [str(r) for r in records]
    if row.kind != "step":
        assert bool(records[wanted[0]].odd) == row.apart
    tab.table.selectRow(wanted[0])
    tab.delete_current()
    assert len(tab.model.records) == len(records) - 1


@pytest.mark.parametrize("row", CORPUS, ids=str)
def test_the_app_copes_with_an_odd_row_and_deletes_it(
        row: OddRow, launch: Launch, paths: AppPaths, clock: FakeClock, qtbot: QtBot,
        dialog_log: DialogLog, tmp_path: Path) -> None:
    running = start_with(row, launch, paths, clock, qtbot)
    window = running.window
    assert header_text(window).startswith("This week: ")
    reminders = running.hydration.hydration
    assert reminders.due is not None and reminders.armed_ms >= 0
    assert running.progress.checkin is not None and running.progress.checkin.due is not None
    for info in PAGES:
        window.show_page(info.key)
        assert window.current_page_key() == info.key and window.page(info.key) is not None
        if info.key in ("hydration", "progress", "history"):
            qtbot.waitUntil(window.page(info.key).isVisible)
    progress = window.page("progress")
    assert isinstance(progress, ProgressPage)
    for name in ("All", "2 weeks"):
        progress.range.setCurrentText(name)

    exports = tmp_path / "exports"
    exports.mkdir()
    dialog_log.answers["export_folder"] = exports
    history_page = window.page("history")
    assert isinstance(history_page, HistoryPage)
    with qtbot.waitSignal(history_page.transfer_done):  # the export runs in its own thread
        window.export_requested.emit()
    assert dialog_log.names()[-1] == ("info" if row.exported else "problems")
    assert [p.name for p in exports.iterdir()] == ["backcare-export-2026-11-24"]

    table = TABLES[row.kind]
    before = count(paths.database, table)
    dialog_log.answers["confirm"] = True
    delete_through_its_page(running, row, qtbot)
    assert count(paths.database, table) == before - 1
    assert "error" not in dialog_log.names()


WATER_APART = [r for r in CORPUS if r.kind == "water" and r.apart]
PAIN = [r for r in CORPUS if r.kind == "pain"]


@pytest.mark.parametrize("row", WATER_APART[:3], ids=str)
def test_a_drink_apart_is_moved_to_today(row: OddRow, launch: Launch, paths: AppPaths,
                                         clock: FakeClock, qtbot: QtBot,
                                         dialog_log: DialogLog) -> None:
    running = start_with(row, launch, paths, clock, qtbot)
    page = hydration(running, qtbot)
    page.odd_table.selectRow(0)
    dialog_log.answers["edit_water"] = lambda _parent, at, ml: (at.replace(hour=8, minute=15),
                                                                 330)
    page.edit_odd()
    assert not page.odd_box.isVisible()
    assert page.table.item(0, 0).text() == "08:15"
    assert running.repo.water_on(clock.now().date()) == 330
    assert "Water today: 330 ml" in header_text(running.window)


@pytest.mark.parametrize("row", PAIN, ids=str)
def test_a_pain_entry_is_edited_from_the_pain_log(row: OddRow, launch: Launch,
                                                  paths: AppPaths, clock: FakeClock,
                                                  qtbot: QtBot, dialog_log: DialogLog) -> None:
    running = start_with(row, launch, paths, clock, qtbot)
    tab = history(running, qtbot).pain
    when = tab.model.data(tab.model.index(0, 0))
    tab.table.selectRow(0)
    dialog_log.answers["log_pain"] = (1, PainArea.NECK, "fine now")
    tab.edit_current()
    assert [tab.model.data(tab.model.index(0, c)) for c in range(5)][:3] == [
        when, "1", PainArea.NECK.label]
    assert tab.model.records[0].note == "fine now"


def test_a_session_apart_is_listed_first_and_said_in_the_summary(
        launch: Launch, paths: AppPaths, clock: FakeClock, qtbot: QtBot) -> None:
    row = next(r for r in CORPUS if r.name == "session with a text start")
    running = start_with(row, launch, paths, clock, qtbot)
    running.repo.start_session("flex", "Flexibility", 300, datetime.fromisoformat(
        "2026-11-23T09:00:00+01:00"))
    tab = history(running, qtbot).sessions
    assert [tab.model.data(tab.model.index(n, 0)) for n in range(2)] == [
        "Date not readable: “x” (UTC offset 0)", "Mon 23 Nov 2026, 09:00"]
    assert "Listed first: 1 session whose date cannot be used." in tab.summary.text()
    tab.table.selectRow(0)
    assert tab.steps_title.text() == "Core, Date not readable: “x” (UTC offset 0)"
