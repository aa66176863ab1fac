"""History over ten years: every session of a range, page by page, totals summed in
SQL over the whole range, interrupted sessions counted by their steps, and every
query on its index (EXPLAIN QUERY PLAN, and the work a page takes; never a time)."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backcare_desktop.core.progress.stats import SessionDay
from backcare_desktop.storage import database
from backcare_desktop.storage.progress_data import (
    HistoryFilter,
    ProgressSource,
    SessionRecord,
)
from backcare_desktop.storage.repository import Repository
from benchmarks.decade import Counts, build

TODAY = date(2026, 11, 24)
CET = timezone(timedelta(hours=1))
DECADE = HistoryFilter(first=TODAY - timedelta(days=3652), last=TODAY)


@pytest.fixture(scope="module")
def decade(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Repository, Counts]]:
    """Ten years of records (about 5,000 sessions with their steps), built once."""
    folder = tmp_path_factory.mktemp("decade")
    db = folder / "backcare.sqlite3"
    conn = database.open_database(db, folder / "backups", datetime(2026, 11, 24, 12,
                                                                   tzinfo=CET))
    counts = build(conn, TODAY)
    repo = Repository(conn, db)
    yield repo, counts
    repo.close()


def brute_force(conn: sqlite3.Connection, flt: HistoryFilter) -> dict[int, float]:
    """Seconds of exercise of each session the filter lets through, in Python over
    every row: the session's own figure, or its steps' seconds when it has none."""
    steps: dict[int, float] = {}
    for sid, seconds in conn.execute("SELECT session_id, seconds_done FROM session_steps"):
        steps[sid] = steps.get(sid, 0.0) + seconds
    out = {}
    for sid, rid, ts, off, active in conn.execute(
            "SELECT id, routine_id, started_ts, tz_offset, active_s FROM sessions"):
        day = (datetime(1970, 1, 1) + timedelta(seconds=ts + off)).date()
        if ((flt.first is None or day >= flt.first) and (flt.last is None or day <= flt.last)
                and (flt.routine_id is None or rid == flt.routine_id)):
            out[sid] = active if active is not None else steps.get(sid, 0.0)
    return out


def every_page(source: ProgressSource, flt: HistoryFilter, rows: int) -> list[SessionRecord]:
    records: list[SessionRecord] = []
    while True:
        page = source.session_history(flt, before=records[-1].key if records else None,
                                      limit=rows)
        records += page
        if len(page) < rows:
            return records


FILTERS = {
    "ten years": DECADE,
    "one routine": HistoryFilter("flexibility", DECADE.first, DECADE.last),
    "across a summer-time change": HistoryFilter(None, date(2023, 3, 20), date(2023, 4, 2)),
    "one week": HistoryFilter(None, date(2024, 2, 26), date(2024, 3, 3)),
    "no dates": HistoryFilter(),
}


@pytest.mark.parametrize("name", list(FILTERS))
def test_totals_over_the_range_equal_a_brute_force_sum(decade, name: str) -> None:
    repo, _counts = decade
    flt = FILTERS[name]
    expected = brute_force(repo._conn, flt)
    totals = ProgressSource(repo).history_totals(flt)
    assert totals.sessions == len(expected) > 0
    assert totals.seconds == pytest.approx(sum(expected.values()))


@pytest.mark.parametrize("name", list(FILTERS))
def test_pages_list_every_session_of_the_range_once_newest_first(decade, name: str) -> None:
    repo, _counts = decade
    flt = FILTERS[name]
    expected = brute_force(repo._conn, flt)
    records = every_page(ProgressSource(repo), flt, rows=97)
    assert {r.id: r.active_s for r in records} == pytest.approx(expected)
    assert len(records) == len(expected)
    keys = [r.key for r in records]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)


def test_the_decade_holds_what_the_history_must_cope_with(decade) -> None:
    """More than the 2,000 sessions the list used to stop at, interrupted ones among them."""
    repo, counts = decade
    assert counts.sessions > 4500 and counts.states["interrupted"] > 100
    assert ProgressSource(repo).history_totals(DECADE).sessions == counts.sessions


def test_sessions_started_in_the_same_second_are_each_listed(repo: Repository) -> None:
    at = datetime(2026, 6, 1, 9, tzinfo=CET)
    ids = [repo.start_session("core", "Core", 600, at) for _ in range(5)]
    records = every_page(ProgressSource(repo), HistoryFilter(), rows=2)
    assert [r.id for r in records] == ids[::-1]


def test_an_interrupted_session_counts_the_seconds_its_steps_saved(repo: Repository) -> None:
    at = datetime(2026, 6, 1, 9, tzinfo=CET)
    cut = repo.start_session("core", "Core", 600, at)
    repo.record_step(cut, 0, "Bridge", "completed", 2, 10, 60, at + timedelta(minutes=1))
    repo.record_step(cut, 1, "Plank", "skipped", 0, 0, 30.5, at + timedelta(minutes=2))
    assert repo.mark_unfinished_sessions_interrupted() == 1
    done = repo.start_session("core", "Core", 600, at + timedelta(hours=2))
    repo.record_step(done, 0, "Bridge", "completed", 2, 10, 60, at + timedelta(hours=2))
    repo.finish_session(done, "finished", at + timedelta(hours=3), 300)  # rests count too
    source = ProgressSource(repo)
    day = HistoryFilter(None, date(2026, 6, 1), date(2026, 6, 1))
    assert [(r.id, r.state, r.active_s) for r in source.session_history(day)] == [
        (done, "finished", 300.0), (cut, "interrupted", 90.5)]
    totals = source.history_totals(day)
    assert (totals.sessions, totals.seconds) == (2, 390.5)
    assert source.session_days(date(2026, 6, 1), date(2026, 6, 1)) == [
        SessionDay(date(2026, 6, 1), 1, 390.5)]


# -- on their indexes --------------------------------------------------------------------

def plans(conn: sqlite3.Connection, run: Callable[[], object]) -> list[str]:
    """The query plan lines of every SELECT that ``run`` makes."""
    traced: list[str] = []
    conn.set_trace_callback(traced.append)
    try:
        run()
    finally:
        conn.set_trace_callback(None)
    lines = []
    for sql in traced:
        if sql.lstrip().upper().startswith("SELECT"):
            lines += [row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql)]
    assert lines, "nothing was read"
    return lines


def read_everything(source: ProgressSource, first: date, last: date,
                    before: tuple[int, int]) -> Iterator[Callable[[], object]]:
    flt = HistoryFilter(None, first, last)
    yield lambda: source.history_totals(flt)
    yield lambda: source.session_history(flt, limit=200)
    yield lambda: source.session_history(flt, before=before, limit=200)
    yield lambda: source.session_history(HistoryFilter("flexibility", first, last), limit=200)
    yield lambda: source.session_history(HistoryFilter(), before=before, limit=200)
    yield lambda: source.pain_entries(first, last, limit=200)
    yield lambda: source.pain_entries(first, last, before=before, limit=200)
    yield lambda: source.earliest_day()
    yield lambda: source.pain_days(first, last)
    yield lambda: source.session_days(first, last)
    yield lambda: source.session_pain(first, last)
    yield lambda: source.water_per_day(first, last)


def test_ten_years_of_history_and_progress_queries_stay_on_their_indexes(decade) -> None:
    repo, _counts = decade
    source = ProgressSource(repo)
    middle = every_page(source, DECADE, rows=2600)[2500].key
    assert DECADE.first is not None and DECADE.last is not None
    for run in read_everything(source, DECADE.first, DECADE.last, middle):
        lines = plans(repo._conn, run)
        scans = [line for line in lines if line.startswith("SCAN") and "INDEX" not in line]
        assert scans == [], lines  # no table is read from end to end
        for line in lines:
            if re.search(r"\b(session_steps|st)\b", line):  # a session's steps: by its id
                assert re.fullmatch(r"SEARCH (session_steps|st) USING (COVERING )?INDEX "
                                    r"sqlite_autoindex_session_steps_1 \(session_id=\?\)",
                                    line), line


def work_of(conn: sqlite3.Connection, run: Callable[[], object]) -> int:
    """How many thousands of SQLite virtual-machine steps ``run`` takes."""
    done = [0]

    def count() -> int:
        done[0] += 1
        return 0
    conn.set_progress_handler(count, 1000)
    try:
        run()
    finally:
        conn.set_progress_handler(None, 0)
    return done[0]


def test_a_page_deep_in_ten_years_takes_the_work_of_the_first(decade) -> None:
    repo, _counts = decade
    source = ProgressSource(repo)
    keys = [r.key for r in every_page(source, DECADE, rows=1000)]
    first = work_of(repo._conn, lambda: source.session_history(DECADE, limit=200))
    deep = work_of(repo._conn, lambda: source.session_history(DECADE, before=keys[-300],
                                                              limit=200))
    assert first > 0 and deep <= 2 * first
    pain = [e.key for e in source.pain_entries(DECADE.first, DECADE.last)]
    first = work_of(repo._conn, lambda: source.pain_entries(DECADE.first, DECADE.last,
                                                            limit=200))
    deep = work_of(repo._conn, lambda: source.pain_entries(
        DECADE.first, DECADE.last, before=pain[-300], limit=200))
    assert first > 0 and deep <= 2 * first


def test_the_generator_makes_a_data_folder_the_app_opens(tmp_path: Path) -> None:
    from benchmarks.decade import make_data_folder

    counts = make_data_folder(tmp_path / "data", TODAY, years=1)
    assert 400 < counts.sessions < 600 and counts.water > 3 * 365 and counts.pain > 365
    conn = database.open_database(tmp_path / "data" / "backcare.sqlite3",
                                  tmp_path / "data" / "backups",
                                  datetime(2026, 11, 24, 12, tzinfo=CET))
    repo = Repository(conn, tmp_path / "data" / "backcare.sqlite3")
    try:
        assert repo.get_setting("first_run_notice_seen") is True
        assert ProgressSource(repo).earliest_day() == TODAY - timedelta(days=364)
    finally:
        repo.close()
