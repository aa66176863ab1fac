"""Flare-up periods on a real SQLite file: started and ended by hand, ended by the
pain logged since, their local days, and the backup counter."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from backcare_desktop.core.programme.flare import FLARE_PAIN, FlareHow
from backcare_desktop.core.vocabulary import PainMoment
from backcare_desktop.storage import database
from backcare_desktop.storage.repository import Repository
from backcare_desktop.storage.schema import LATEST_VERSION, MIGRATIONS

from .conftest import NOW

ZONE = NOW.tzinfo
DAY = timedelta(days=1)


def evening(days_later: int) -> datetime:
    return (NOW + days_later * DAY).replace(hour=19)


def raw(repo: Repository, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(repo.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_migration_is_the_latest_and_adds_the_table(repo: Repository) -> None:
    assert MIGRATIONS[-1].version == LATEST_VERSION
    assert raw(repo, "SELECT name FROM sqlite_master WHERE name = 'flare_periods'")


def test_nothing_stored_means_no_flare_up(repo: Repository) -> None:
    assert not repo.flare_active(NOW)
    assert repo.current_flare(NOW) is None
    assert repo.flare_days(date(2026, 1, 1), date(2026, 12, 31)) == set()


def test_started_and_ended_by_hand(repo: Repository) -> None:
    heard: list[str] = []
    repo.on_records_changed(lambda: heard.append("changed"))
    assert repo.start_flare(NOW)
    assert repo.flare_active(NOW)
    assert not repo.flare_active(NOW - timedelta(minutes=1))
    assert not repo.start_flare(NOW + timedelta(hours=1))  # one is on already
    assert heard == ["changed"]
    assert repo.end_flare(NOW + 2 * DAY)
    assert not repo.flare_active(NOW + 2 * DAY)
    assert repo.flare_active(NOW + DAY)
    assert not repo.end_flare(NOW + 3 * DAY)  # none is on
    assert heard == ["changed", "changed"]
    assert repo.flare_days(NOW.date() - 9 * DAY, NOW.date() + 9 * DAY) == {
        NOW.date(), NOW.date() + DAY, NOW.date() + 2 * DAY}
    assert raw(repo, "SELECT started_how, ended_how FROM flare_periods") == [
        (FlareHow.HAND.value, FlareHow.HAND.value)]


def test_it_ends_once_the_pain_logged_stays_low_for_two_days(repo: Repository) -> None:
    repo.add_pain(FLARE_PAIN + 1, NOW, moment=PainMoment.BEFORE)
    assert repo.start_flare(NOW, FlareHow.PAIN)
    repo.add_pain(4, evening(1))
    assert repo.flare_active(evening(2))
    repo.add_pain(3, evening(2))
    midnight = datetime.combine(NOW.date() + 3 * DAY, datetime.min.time(), ZONE)
    assert repo.flare_active(midnight - timedelta(seconds=1))  # the day is not over
    assert not repo.flare_active(midnight)
    assert repo.flare_days(NOW.date(), NOW.date() + 9 * DAY, today=NOW.date() + 9 * DAY) == {
        NOW.date(), NOW.date() + DAY, NOW.date() + 2 * DAY}


def test_high_pain_on_the_second_day_keeps_it_on(repo: Repository) -> None:
    repo.start_flare(NOW, FlareHow.PAIN)
    repo.add_pain(3, evening(1))
    repo.add_pain(2, evening(2).replace(hour=8))
    repo.add_pain(FLARE_PAIN, evening(2))
    assert repo.flare_active(NOW + 5 * DAY)


def test_an_open_flare_up_runs_to_today(repo: Repository) -> None:
    repo.start_flare(NOW)
    assert len(repo.flare_days(NOW.date(), NOW.date() + 30 * DAY,
                               today=NOW.date() + 3 * DAY)) == 4


def test_a_new_start_writes_down_the_end_by_pain_first(repo: Repository) -> None:
    repo.start_flare(NOW, FlareHow.PAIN)
    repo.add_pain(2, evening(1))
    repo.add_pain(2, evening(2))
    later = NOW + 10 * DAY
    assert repo.start_flare(later)
    assert raw(repo, "SELECT started_how, ended_how, ended_ts IS NOT NULL FROM flare_periods"
               " ORDER BY id") == [(FlareHow.PAIN.value, FlareHow.PAIN.value, 1),
                                   (FlareHow.HAND.value, None, 0)]
    # Deleting the pain entries afterwards does not reopen the first one.
    for (entry,) in raw(repo, "SELECT id FROM pain_entries"):
        assert isinstance(entry, int)
        repo.delete_pain(entry)
    assert not repo.flare_active(NOW + 5 * DAY)
    assert repo.flare_active(later)


def test_a_flare_day_is_the_local_day_of_its_own_offset(repo: Repository) -> None:
    late = datetime(2026, 11, 24, 23, 30, tzinfo=timezone(timedelta(hours=5)))  # 18:30 UTC
    repo.start_flare(late)
    repo.end_flare(late + timedelta(minutes=10))
    assert repo.flare_days(date(2026, 11, 20), date(2026, 11, 30)) == {date(2026, 11, 24)}


def test_flare_ups_count_as_a_change_for_backups(repo: Repository) -> None:
    def counter() -> int:
        return int(str(raw(repo, "SELECT value FROM meta WHERE key = 'change_counter'")[0][0]))

    before = counter()
    repo.start_flare(NOW)
    after_start = counter()
    repo.end_flare(NOW + DAY)
    assert before < after_start < counter()


def test_it_is_kept_in_the_file(data_dir: Path, repo: Repository) -> None:
    repo.start_flare(NOW)
    repo.close()
    conn = database.open_database(repo.path, data_dir / "backups", NOW)
    again = Repository(conn, repo.path)
    try:
        assert again.flare_active(NOW + DAY)
    finally:
        again.close()


def test_a_row_whose_time_cannot_be_read_is_left_out(repo: Repository) -> None:
    conn = sqlite3.connect(repo.path)
    with conn:
        conn.execute("INSERT INTO flare_periods (started_ts, tz_offset, started_how)"
                     " VALUES ('soon', 0, ?)", (FlareHow.HAND.value,))
    conn.close()
    assert not repo.flare_active(NOW)
    assert repo.flare_days(date(2026, 1, 1), date(2026, 12, 31)) == set()
    assert repo.start_flare(NOW)
    assert repo.flare_active(NOW)


def test_the_database_refuses_an_unknown_way_or_a_half_written_end(repo: Repository) -> None:
    conn = sqlite3.connect(repo.path)
    try:
        for values in (("0", 0, "somehow", None, None, None),
                       ("0", 0, FlareHow.HAND.value, 10, None, None)):
            try:
                with conn:
                    conn.execute("INSERT INTO flare_periods (started_ts, tz_offset, started_how,"
                                 " ended_ts, end_offset, ended_how) VALUES (?, ?, ?, ?, ?, ?)",
                                 values)
            except sqlite3.IntegrityError:
                continue
            raise AssertionError(f"{values} was stored")
    finally:
        conn.close()
