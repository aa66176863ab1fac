"""PEG answers on a real SQLite file: stored with their offset, read by local day,
announced, counted for backups, refused when not 0–10, left out when unreadable;
the weekly question's bookkeeping and its settings."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backcare_desktop.core.progress.peg import PegAnswer
from backcare_desktop.core.settings_schema import SettingError
from backcare_desktop.storage import database
from backcare_desktop.storage.repository import Repository
from backcare_desktop.storage.schema import LATEST_VERSION, MIGRATIONS

from .conftest import NOW

TOKYO = timezone(timedelta(hours=9))
DAY = timedelta(days=1)


def raw(repo: Repository, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(repo.path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_migration_is_the_latest_and_adds_the_table(repo: Repository) -> None:
    assert MIGRATIONS[-1].version == LATEST_VERSION
    assert raw(repo, "SELECT name FROM sqlite_master WHERE name = 'peg_answers'")
    assert raw(repo, "PRAGMA user_version") == [(LATEST_VERSION,)]


def test_answers_are_kept_with_their_offset_and_read_by_local_day(
        data_dir: Path, repo: Repository) -> None:
    heard: list[None] = []
    repo.on_records_changed(lambda: heard.append(None))
    repo.add_peg_answer(NOW, 6, 5, 4)
    late_in_tokyo = datetime(2026, 11, 25, 8, 30, tzinfo=TOKYO)  # 24 Nov 23:30 UTC
    repo.add_peg_answer(late_in_tokyo, 3, 2, 1)
    assert len(heard) == 2
    repo.close()
    again = Repository(database.open_database(repo.path, data_dir / "backups", NOW), repo.path)
    try:
        found = again.peg_answers(date(2026, 11, 24), date(2026, 11, 25))
        assert found == [PegAnswer(NOW, 6, 5, 4), PegAnswer(late_in_tokyo, 3, 2, 1)]
        assert found[1].answered.utcoffset() == timedelta(hours=9)
        assert [a.score for a in found] == [5.0, 2.0]
        assert again.peg_answers(date(2026, 11, 25), date(2026, 11, 30)) == found[1:]
        assert again.peg_answers(date(2026, 11, 1), date(2026, 11, 23)) == []
        assert again.last_peg_answered() == late_in_tokyo
    finally:
        again.close()


@pytest.mark.parametrize("values", [(11, 0, 0), (0, -1, 0), (0, 0, 2.5), (True, 0, 0)])
def test_an_answer_outside_0_to_10_is_refused(repo: Repository,
                                               values: tuple[int, int, int]) -> None:
    with pytest.raises(ValueError, match="0 to 10"):
        repo.add_peg_answer(NOW, *values)
    assert raw(repo, "SELECT COUNT(*) FROM peg_answers") == [(0,)]


def test_the_database_itself_refuses_values_outside_0_to_10(repo: Repository) -> None:
    conn = sqlite3.connect(repo.path)
    try:
        with pytest.raises(sqlite3.IntegrityError), conn:
            conn.execute("INSERT INTO peg_answers (ts, tz_offset, pain, enjoyment, activity)"
                         " VALUES (0, 0, 3, 11, 2)")
    finally:
        conn.close()


def test_a_row_that_cannot_be_read_is_left_out(repo: Repository) -> None:
    conn = sqlite3.connect(repo.path)
    with conn:
        conn.execute("INSERT INTO peg_answers (ts, tz_offset, pain, enjoyment, activity)"
                     " VALUES ('soon', 0, 1, 1, 1)")
        conn.execute("INSERT INTO peg_answers (ts, tz_offset, pain, enjoyment, activity)"
                     " VALUES (?, 3600, 2.5, 1, 1)", (int(NOW.timestamp()),))
    conn.close()
    repo.add_peg_answer(NOW, 2, 2, 2)
    assert repo.peg_answers(date(2026, 1, 1), date(2026, 12, 31)) == [PegAnswer(NOW, 2, 2, 2)]


def test_answers_count_as_a_change_for_backups(repo: Repository) -> None:
    def counter() -> int:
        rows = raw(repo, "SELECT value FROM meta WHERE key = 'change_counter'")
        return int(str(rows[0][0])) if rows else 0

    before = counter()
    repo.add_peg_answer(NOW, 1, 2, 3)
    assert counter() > before


def test_when_the_questions_were_last_shown_is_kept(repo: Repository) -> None:
    assert repo.peg_asked() is None
    repo.save_peg_asked(NOW + DAY)
    assert repo.peg_asked() == NOW + DAY
    conn = sqlite3.connect(repo.path)
    with conn:
        conn.execute("UPDATE meta SET value = 'Sunday' WHERE key = 'peg.asked_at'")
    conn.close()
    assert repo.peg_asked() is None


def test_its_settings_with_their_limits(repo: Repository) -> None:
    assert repo.get_setting("peg_enabled") is False
    assert 0 <= repo.get_setting("peg_weekday") <= 6
    repo.set_setting("peg_enabled", True)
    repo.set_setting("peg_weekday", 2)
    repo.set_setting("peg_time", "07:30")
    assert (repo.get_setting("peg_enabled"), repo.get_setting("peg_weekday"),
            repo.get_setting("peg_time")) == (True, 2, "07:30")
    with pytest.raises(SettingError):
        repo.set_setting("peg_weekday", 7)


def test_an_imported_file_carries_the_weekly_settings_only_when_they_are_valid() -> None:
    from backcare_desktop.storage.transfer import _known_settings

    known = _known_settings()
    assert known["peg_time"]("07:30") == "07:30"
    assert known["peg_weekday"](3) == 3
    for key, bad in (("peg_time", "25:00"), ("peg_weekday", 9), ("peg_enabled", "yes")):
        with pytest.raises(ValueError):  # SettingError is a ValueError
            known[key](bad)
