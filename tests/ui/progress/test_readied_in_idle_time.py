"""The record pages' modules are imported, and the Progress page built and filled,
in idle time once the window is up: the first switch finds it ready (the outside
benchmark, ``benchmarks/record_pages.py``, times it; these tests never do)."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone

import pytest

from backcare_desktop.app import Running
from backcare_desktop.storage import database
from backcare_desktop.storage.progress_data import ProgressSource
from backcare_desktop.ui.progress.history_page import PAGE_ROWS, HistoryPage
from backcare_desktop.ui.progress.page import ProgressPage
from benchmarks.decade import build

TZ = timezone(timedelta(hours=1))


@pytest.fixture
def running(launch, paths, clock, qtbot) -> Running:
    """The app on a year of records, its record pages readied."""
    paths.data_dir.mkdir(parents=True)
    conn = database.open_database(paths.database, paths.backups, clock.now())
    build(conn, clock.now().date(), years=1, sessions=400)
    conn.close()
    outcome = launch(paths)
    assert isinstance(outcome, Running)
    qtbot.waitUntil(lambda: outcome.ready)
    qtbot.waitUntil(lambda: outcome.progress.idle is not None and outcome.progress.idle.done,
                    timeout=20_000)
    return outcome


def test_the_progress_page_is_readied_once_the_window_is_up(running, monkeypatch) -> None:
    window = running.window
    progress = window.built_page("progress")
    assert isinstance(progress, ProgressPage) and not progress.isVisible()
    assert not progress.stale and not progress.empty
    reads: list[str] = []
    for name in ("earliest_day", "pain_days", "session_days", "water_per_day"):
        real = getattr(ProgressSource, name)
        monkeypatch.setattr(ProgressSource, name, lambda self, *a, _n=name, _r=real, **k: (
            reads.append(_n), _r(self, *a, **k))[1])
    window.show_page("progress")
    assert progress.isVisible()
    assert reads == []  # shown as it had been readied


def test_history_is_only_imported_and_opens_with_its_first_page(running, qtbot) -> None:
    """Built while hidden, its date and time fields would tell a screen reader of
    each text they were given; it opens fast from its first page of rows instead."""
    window = running.window
    assert "backcare_desktop.ui.progress.history_page" in sys.modules
    assert window.built_page("history") is None
    window.show_page("history")
    history = window.built_page("history")
    assert isinstance(history, HistoryPage)
    qtbot.waitUntil(history.isVisible)  # a page built as it is shown shows a turn later
    assert history.sessions.model.rowCount() == PAGE_ROWS


def test_changed_records_are_read_again_in_idle_time_after_a_session(
        launch, paths, clock, qtbot, monkeypatch) -> None:
    wiring = sys.modules["backcare_desktop.ui.progress.install"]  # the module, not install()
    monkeypatch.setattr(wiring, "READY_AGAIN_AFTER_MS", 10)
    running = launch(paths)
    assert isinstance(running, Running)
    qtbot.waitUntil(lambda: running.ready)
    feature = running.progress
    qtbot.waitUntil(lambda: feature.idle is not None and feature.idle.done, timeout=20_000)
    page = running.window.built_page("progress")
    assert isinstance(page, ProgressPage) and page.empty
    again = feature._again
    assert again is not None
    running.ctx.session.set_active(True)  # a session writes at every step: wait for its end
    with qtbot.waitSignal(again.timeout):
        running.repo.add_pain(4, datetime(2026, 11, 24, 9, tzinfo=TZ))
    assert page.stale and feature.idle.done
    running.ctx.session.set_active(False)
    qtbot.waitUntil(lambda: not page.stale)
    assert not page.isVisible() and not page.empty


def test_a_session_started_before_the_page_is_built_holds_it_back_until_its_end(
        launch, paths, qtbot, monkeypatch) -> None:
    """Building the page while a session runs would compete with its timing, and a
    screen reader would hear of every widget made."""
    wiring = sys.modules["backcare_desktop.ui.progress.install"]
    monkeypatch.setattr(wiring, "READY_AGAIN_AFTER_MS", 10)
    running = launch(paths)
    assert isinstance(running, Running)
    running.ctx.session.set_active(True)  # a session starts as the window appears
    qtbot.waitUntil(lambda: running.ready)
    feature = running.progress
    qtbot.waitUntil(lambda: feature.idle is not None and feature.idle.done, timeout=20_000)
    assert running.window.built_page("progress") is None
    running.ctx.session.set_active(False)
    qtbot.waitUntil(lambda: running.window.built_page("progress") is not None)
    page = running.window.built_page("progress")
    assert isinstance(page, ProgressPage)
    qtbot.waitUntil(lambda: feature.idle is not None and feature.idle.done)
    assert not page.stale and not page.isVisible()


def test_quitting_while_the_pages_are_readied_leaves_nothing_running(launch, paths,
                                                                     qtbot) -> None:
    running = launch(paths)
    assert isinstance(running, Running)
    qtbot.waitUntil(lambda: running.ready)
    assert running.progress.idle is not None and not running.progress.idle.done
    running.shutdown()  # the fixture checks that no timer is left running
    assert running.progress.idle is None
