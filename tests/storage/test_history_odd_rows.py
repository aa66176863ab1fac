"""The paged History with odd rows: pages hold only records whose time can be read,
the rest is listed apart once; totals summed in SQL count only what can be
counted, and agree with the rows."""

from __future__ import annotations

import math
import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backcare_desktop.storage import database
from backcare_desktop.storage.progress_data import (
    HistoryFilter,
    PainEntry,
    ProgressSource,
    SessionRecord,
)
from backcare_desktop.storage.repository import Repository
from tests.odd_rows import CORPUS, NOW_TS, OddRow, write

from .conftest import NOW

TODAY = NOW.date()
CET = timezone(timedelta(hours=1))
YEAR = HistoryFilter(first=TODAY - timedelta(days=365), last=TODAY)


@pytest.fixture
def db(data_dir: Path) -> Path:
    path = data_dir / "backcare.sqlite3"
    database.open_database(path, data_dir / "backups", NOW).close()
    return path


def opened(db: Path) -> Repository:
    return Repository(database.open_database(db, db.parent / "backups", NOW), db)


def every_session(source: ProgressSource, flt: HistoryFilter) -> list[SessionRecord]:
    records: list[SessionRecord] = []
    while True:
        page = source.session_history(flt, before=records[-1].key if records else None,
                                      limit=2)
        records += page
        if len(page) < 2:
            return records


def every_pain_entry(source: ProgressSource, first: date, last: date) -> list[PainEntry]:
    entries: list[PainEntry] = []
    while True:
        page = source.pain_entries(first, last, before=entries[-1].key if entries else None,
                                   limit=2)
        entries += page
        if len(page) < 2:
            return entries


def fill(repo: Repository) -> None:
    """A few ordinary records around the odd one, so that it sits between pages."""
    for n in range(5):
        at = NOW - timedelta(days=n, hours=2)
        s = repo.start_session("core", "Core", 600, at)
        repo.finish_session(s, "finished", at + timedelta(minutes=10), 540)
        repo.add_pain(3 + n, at)


@pytest.mark.parametrize("row", [r for r in CORPUS if r.kind in ("session", "step", "pain")],
                         ids=str)
def test_pages_and_the_list_apart_hold_every_record_once(db: Path, row: OddRow) -> None:
    write(db, row)
    repo = opened(db)
    try:
        fill(repo)
        source = ProgressSource(repo)
        for flt in (YEAR, HistoryFilter()):
            paged = every_session(source, flt)
            assert all(r.started is not None and not r.odd for r in paged)
            if flt is YEAR:  # the days the page offers: nothing listed twice
                apart = source.odd_sessions(TODAY)
                ids = [r.id for r in paged] + [r.id for r in apart if r.odd != "steps whose "
                                               "session is not in the records"]
                assert len(ids) == len(set(ids))
            keys = [r.key for r in paged]
            assert keys == sorted(keys, reverse=True)
            totals = source.history_totals(flt)
            assert totals.sessions == len(paged)
            assert totals.seconds == pytest.approx(sum(r.active_s for r in paged))
            assert math.isfinite(totals.seconds) and totals.seconds >= 0
        stored = repo._conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
        listed = every_session(source, YEAR) + [r for r in source.odd_sessions(TODAY)
                                                if r.routine_id or r.routine_title]
        assert len(listed) == stored
        pain = every_pain_entry(source, YEAR.first or TODAY, TODAY)
        odd_pain = source.odd_pain_entries(TODAY)
        assert len(pain) + len(odd_pain) == repo._conn.execute(
            "SELECT COUNT(*) FROM pain_entries").fetchone()[0]
        assert {e.id for e in pain}.isdisjoint(e.id for e in odd_pain)
    finally:
        repo.close()


def test_a_start_stored_with_a_fraction_of_a_second_pages_in_its_place(repo) -> None:
    ids = [repo.start_session("core", "Core", 600, NOW - timedelta(hours=n)) for n in range(4)]
    conn = sqlite3.connect(repo.path)
    conn.execute("UPDATE sessions SET started_ts = started_ts + 0.5 WHERE id = ?", (ids[1],))
    conn.execute("UPDATE sessions SET started_ts = ? WHERE id = ?",
                 (NOW_TS - 3600 + 0.25, ids[2]))
    conn.commit()
    conn.close()
    records = every_session(ProgressSource(repo), YEAR)
    assert [r.id for r in records] == [ids[0], ids[1], ids[2], ids[3]]


def test_exercise_time_that_cannot_be_counted_counts_nothing(repo) -> None:
    at = datetime(2026, 11, 20, 9, tzinfo=CET)
    sessions = [repo.start_session("core", "Core", 600, at + timedelta(hours=n))
                for n in range(4)]
    for n, s in enumerate(sessions):
        repo.record_step(s, 0, "Bridge", "completed", 1, 10, 60, at + timedelta(hours=n))
        repo.record_step(s, 1, "Plank", "completed", 1, 1, 30, at + timedelta(hours=n))
    conn = sqlite3.connect(repo.path)
    conn.execute("UPDATE sessions SET state = 'finished', active_s = 'x' WHERE id = ?",
                 (sessions[0],))
    conn.execute("UPDATE sessions SET state = 'finished', active_s = 1e999 WHERE id = ?",
                 (sessions[1],))
    conn.execute("UPDATE sessions SET state = 'finished', active_s = 1e12 WHERE id = ?",
                 (sessions[2],))
    # Interrupted (never ended): its steps count, those with odd seconds do not.
    conn.execute("UPDATE session_steps SET seconds_done = 'z' WHERE session_id = ?"
                 " AND position = 1", (sessions[3],))
    conn.execute("UPDATE sessions SET state = 'interrupted' WHERE id = ?", (sessions[3],))
    conn.commit()
    conn.close()
    source = ProgressSource(repo)
    day = HistoryFilter(None, date(2026, 11, 20), date(2026, 11, 20))
    assert [(r.id, r.active_s) for r in source.session_history(day)] == [
        (sessions[3], 60.0), (sessions[2], 0.0), (sessions[1], 0.0), (sessions[0], 0.0)]
    totals = source.history_totals(day)
    assert (totals.sessions, totals.seconds) == (4, 60.0)
    [per_day] = source.session_days(date(2026, 11, 20), date(2026, 11, 20))
    assert per_day.active_s == 60.0
