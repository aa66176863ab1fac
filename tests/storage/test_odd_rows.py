"""Odd rows already in a database: every read copes, export keeps them, they can be deleted.

The rows are written with plain sqlite3 into a real database file (see
``tests/odd_rows.py``); hypothesis then writes any text and any number the
schema's CHECKs let through, and every read of the app must still answer.
"""

from __future__ import annotations

import contextlib
import csv
import json
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcare_desktop.core.hydration import schedule
from backcare_desktop.core.progress import stats
from backcare_desktop.core.vocabulary import (
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
)
from backcare_desktop.storage import database, transfer
from backcare_desktop.storage.progress_data import HistoryFilter, ProgressSource
from backcare_desktop.storage.repository import Repository
from backcare_desktop.storage.stored_values import moment, time_text
from tests.odd_rows import CORPUS, NOW_TS, TABLES, OddRow, count, write

from .conftest import NOW

TODAY = NOW.date()


def read_everything(repo: Repository, now: datetime = NOW) -> None:
    """Every read the app makes of the records, and the computations over them."""
    today = now.date()
    repo.today_status(today).text()
    repo.water_entries_on(today)
    repo.odd_water_entries(today)
    repo.last_water_entry()
    repo.reminder_state()
    state = repo.reminder_state(now)
    schedule.next_due(repo.reminder_settings(), state, now)
    repo.checkin_days()
    repo.checkin_days(today)
    source = ProgressSource(repo)
    earliest = source.earliest_day()
    assert earliest is None or earliest >= stats.FIRST_DAY
    first = min(earliest or today, today - timedelta(days=364))
    pain_days = source.pain_days(first, today)
    session_days = source.session_days(first, today)
    water = source.water_per_day(first, today)
    pairs = source.session_pain(first, today)
    weeks = stats.weeks(session_days, first, today)
    stats.streaks(weeks, 3, today)
    stats.rolling_mean(stats.days_between(first, today), {p.day: p.mean for p in pain_days})
    stats.summarise_week(stats.week_start(today), session_days, pain_days, water, today)
    stats.high_pain_share(pain_days)
    stats.mean_by_routine(pairs)
    for name in stats.RANGES:
        stats.range_start(name, today, earliest)
    every_day = HistoryFilter(first=first, last=today)
    source.history_totals(HistoryFilter())
    source.history_totals(every_day)
    history = source.session_history(every_day)
    sessions = [*source.session_history(), *source.odd_sessions(today), *history]
    for record in history:  # the keys of a page lead to the next one
        source.session_history(every_day, before=record.key, limit=2)
    for record in sessions:
        source.session_step_lines(record.id)
        repo.session_steps(record.id)
        repo.session_row(record.id)
        repo.session_pain(record.id)
    source.routines_in_history()
    for entry in source.pain_entries(first, today):
        source.pain_entries(first, today, before=entry.key, limit=2)
    source.odd_pain_entries(today)
    transfer.read_for_export(repo)


@pytest.fixture
def db(data_dir: Path) -> Path:
    path = data_dir / "backcare.sqlite3"
    database.open_database(path, data_dir / "backups", NOW).close()
    return path


@pytest.fixture
def opened(db: Path, data_dir: Path) -> Iterator[Repository]:
    repository = Repository(database.open_database(db, data_dir / "backups", NOW), db)
    yield repository
    repository.close()


def repo_with(db: Path, row: OddRow) -> Repository:
    write(db, row)
    return Repository(database.open_database(db, db.parent / "backups", NOW), db)


@pytest.mark.parametrize("row", CORPUS, ids=str)
def test_every_read_copes_with_an_odd_row(db: Path, row: OddRow) -> None:
    repo = repo_with(db, row)
    try:
        read_everything(repo)
        read_everything(repo, NOW + timedelta(days=400))
    finally:
        repo.close()


@pytest.mark.parametrize("row", CORPUS, ids=str)
def test_an_export_holds_every_row_and_imports_elsewhere(db: Path, tmp_path: Path,
                                                        row: OddRow) -> None:
    repo = repo_with(db, row)
    try:
        exported = transfer.export(tmp_path, transfer.read_for_export(repo), NOW, "1.0")
    finally:
        repo.close()
    csv_kind = {"water": "water", "pain": "pain", "session": "sessions",
                "step": "session_steps"}[row.kind]
    limit = csv.field_size_limit(2**31 - 1)  # a megabyte of text is one cell
    try:
        with (exported.folder / f"{csv_kind}.csv").open(encoding="utf-8-sig",
                                                        newline="") as f:
            assert len(list(csv.reader(f))) - 1 == count(db, TABLES[row.kind])
    finally:
        csv.field_size_limit(limit)
    document = json.loads((exported.folder / transfer.JSON_NAME).read_text(encoding="utf-8"))
    assert document["left_out"] == [
        {"kind": item.kind, "id": item.id, "why": item.why, "stored": item.stored}
        for item in exported.left_out]
    assert bool(exported.left_out) != row.exported, exported.left_out
    # What the importable file holds is accepted by the import as it is.
    other = tmp_path / "other.sqlite3"
    into = Repository(database.open_database(other, tmp_path / "b", NOW), other)
    try:
        transfer.import_records(into, transfer.read_export(exported.folder / transfer.JSON_NAME))
    finally:
        into.close()


def test_the_drink_dated_in_year_10000_utc_is_listed_apart_and_deleted(db: Path) -> None:
    repo = repo_with(db, CORPUS[0])
    try:
        assert repo.water_on(TODAY) == 0
        odd = repo.odd_water_entries(TODAY)
        assert [(e.at, e.time_text, e.reason, e.amount_ml) for e in odd] == [
            (None, "9999-12-31T23:59:59-12:00", "date not readable", 250)]
        assert schedule.next_due(repo.reminder_settings(), repo.reminder_state(NOW),
                                 NOW) is not None
        repo.delete_water(odd[0].id)
        assert repo.odd_water_entries(TODAY) == []
    finally:
        repo.close()


@pytest.mark.parametrize("row", [r for r in CORPUS if r.kind == "water"], ids=str)
def test_a_drink_is_counted_or_listed_apart_never_both(db: Path, row: OddRow) -> None:
    repo = repo_with(db, row)
    try:
        today = repo.water_entries_on(TODAY)
        apart = repo.odd_water_entries(TODAY)
        assert (len(apart), len(today)) == ((1, 0) if row.apart else (0, 1))
        assert repo.water_on(TODAY) == sum(e.amount_ml for e in today)
    finally:
        repo.close()


def test_a_drink_far_in_the_future_holds_no_reminder_back(opened: Repository) -> None:
    opened.add_water(250, NOW - timedelta(minutes=90))
    conn = sqlite3.connect(opened.path)
    conn.execute("INSERT INTO water_entries (ts, tz_offset, amount_ml) VALUES (?, 3600, 250)",
                 (NOW_TS + 400 * 86400,))
    conn.commit()
    conn.close()
    state = opened.reminder_state(NOW)
    assert state.last_drink == NOW - timedelta(minutes=90)
    assert schedule.is_due(opened.reminder_settings(), state, NOW, NOW.tzinfo)


def test_pain_logged_today_counts_for_the_check_in_despite_a_future_entry(
        opened: Repository) -> None:
    opened.add_pain(4, NOW)
    conn = sqlite3.connect(opened.path)
    conn.execute("INSERT INTO pain_entries (ts, tz_offset, level) VALUES (?, 0, 5)",
                 (253352275200,))
    conn.commit()
    conn.close()
    assert opened.checkin_days(TODAY).logged_on == TODAY


@pytest.mark.parametrize("row", [r for r in CORPUS if r.kind == "pain" and r.apart], ids=str)
def test_a_pain_entry_apart_keeps_its_stored_time_when_edited(db: Path, row: OddRow) -> None:
    repo = repo_with(db, row)
    try:
        source = ProgressSource(repo)
        [entry] = source.odd_pain_entries(TODAY)
        repo.update_pain(entry.id, 2, None, area=PainArea.NECK, note="checked")
        [again] = source.odd_pain_entries(TODAY)
        assert (again.time_text, again.level, again.note) == (entry.time_text, 2, "checked")
        repo.delete_pain(entry.id)
        assert source.odd_pain_entries(TODAY) == []
    finally:
        repo.close()


def test_steps_without_their_session_are_listed_and_deleted(db: Path) -> None:
    repo = repo_with(db, next(r for r in CORPUS if r.name.startswith("step of a session")))
    try:
        source = ProgressSource(repo)
        orphans = [r for r in source.odd_sessions(TODAY) if r.id == 999]
        assert [(r.odd, r.done) for r in orphans] == [("steps whose session is not in the "
                                                        "records", 1)]
        repo.delete_session(999)
        assert [r.id for r in source.odd_sessions(TODAY)] == []
    finally:
        repo.close()


@pytest.mark.parametrize(("ts", "offset", "text"), [
    (-62135596800, 0, "0001-01-01T00:00:00+00:00"),
    (253402300799, 0, "9999-12-31T23:59:59+00:00"),
    (253402343999, -43200, "9999-12-31T23:59:59-12:00"),
    (-62135596800 - 50400, 50400, "0001-01-01T00:00:00+14:00"),
    (1795512600, 86400, "2026-11-25T09:30:00+24:00"),
    ("abc", 0, "“abc” (UTC offset 0)"),
    (b"\x00", None, "x'00' (UTC offset empty)"),
    (2**63 - 1, 0, "9223372036854775807 (UTC offset 0)"),
])
def test_a_stored_time_is_shown_as_well_as_it_can_be(ts: object, offset: object,
                                                     text: str) -> None:
    assert time_text(ts, offset) == text
    at = moment(ts, offset)
    assert at is None or at.isoformat() == text


# -- any values the schema allows -------------------------------------------------------------

times = st.one_of(st.integers(-(2**63), 2**63 - 1), st.text(max_size=40),
                  st.floats(allow_nan=False),
                  st.integers(-(2**63), 2**63 - 1).map(lambda n: n % 10**10))
offsets = st.one_of(st.integers(-(2**63), 2**63 - 1), st.integers(-50400, 50400),
                    st.text(max_size=5))
counts = st.one_of(st.integers(0, 2**63 - 1), st.text(max_size=5), st.floats(min_value=0))
texts = st.text(max_size=300)


def words(kind: type) -> st.SearchStrategy[object]:
    return st.sampled_from([*kind.values()])


rows = st.lists(st.one_of(
    st.tuples(st.just("water_entries (ts, tz_offset, amount_ml)"),
              st.tuples(times, offsets, st.one_of(st.integers(1, 3000),
                                                  st.floats(1, 3000)))),
    st.tuples(st.just("pain_entries (ts, tz_offset, level, area, note, session_id, moment)"),
              st.tuples(times, offsets, st.one_of(st.integers(0, 10), st.floats(0, 10)),
                        st.one_of(st.none(), words(PainArea)), texts,
                        st.one_of(st.none(), st.integers(1, 5)), words(PainMoment))),
    st.tuples(st.just("sessions (id, routine_id, routine_title, started_ts, tz_offset, ended_ts,"
                      " state, stop_reason, planned_s, active_s, feeling)"),
              st.tuples(st.integers(1, 5), texts, texts, times, offsets,
                        st.one_of(st.none(), times), words(SessionState),
                        st.one_of(st.none(), texts), counts, st.one_of(st.none(), counts),
                        st.one_of(st.none(), words(Feeling)))),
    st.tuples(st.just("session_steps (session_id, position, exercise_name, outcome, sets_done,"
                      " reps_done, seconds_done, ended_ts)"),
              st.tuples(st.integers(1, 5), counts, texts, words(StepOutcome), counts, counts,
                        counts, times)),
), max_size=6)


@settings(max_examples=150, deadline=None, suppress_health_check=[
    HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=rows)
def test_no_read_raises_whatever_the_rows_hold(opened: Repository,
                                               rows: list[tuple[str, tuple[object, ...]]]
                                               ) -> None:
    raw = sqlite3.connect(opened.path)  # foreign keys off, as another tool would have it
    try:
        for table in TABLES.values():
            raw.execute(f"DELETE FROM {table}")
        for into, values in rows:
            # A row the schema refuses cannot exist: it is left out.
            with contextlib.suppress(sqlite3.IntegrityError, OverflowError):
                raw.execute(f"INSERT INTO {into} VALUES ({', '.join('?' * len(values))})",
                            values)
        raw.commit()
    finally:
        raw.close()
    for now in (NOW, datetime(2031, 1, 1, tzinfo=timezone(timedelta(hours=-12)))):
        read_everything(opened, now)
    with tempfile.TemporaryDirectory() as folder:
        exported = transfer.export(Path(folder), transfer.read_for_export(opened), NOW, "1.0")
        transfer.read_export(exported.folder / transfer.JSON_NAME)  # importable as written
