"""A backup chosen in Settings is restored at the next start, and never at the cost
of the data it replaces."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from backcare_desktop.storage import backups, database, recovery
from backcare_desktop.storage.errors import DatabaseProblem
from backcare_desktop.storage.repository import Repository
from tests.fakes import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def made(tmp_path: Path, clock: FakeClock, levels: list[int]) -> Path:
    db = tmp_path / "backcare.sqlite3"
    repo = Repository(database.open_database(db, tmp_path / "backups", clock.now()), db)
    for level in levels:
        repo.add_pain(level, clock.now())
    database.close_database(repo._conn, db)
    return db


def pain_count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM pain_entries").fetchone()[0])


def test_nothing_happens_without_a_choice(tmp_path: Path, clock: FakeClock) -> None:
    db = made(tmp_path, clock, [2])
    assert recovery.restore_pending(db, tmp_path / "backups", tmp_path, clock.now()) is None
    assert pain_count(db) == 1


def test_the_chosen_backup_replaces_the_data_which_is_backed_up_first(
        tmp_path: Path, clock: FakeClock) -> None:
    db = made(tmp_path, clock, [2])
    saved = backups.manual_backup(db, tmp_path / "backups", clock.now())
    db = made(tmp_path, clock, [5, 6])  # more written since
    recovery.ask_restore_at_next_start(tmp_path, saved)
    clock.advance(5)
    assert recovery.restore_pending(db, tmp_path / "backups", tmp_path, clock.now()) == saved
    assert pain_count(db) == 1
    [before] = [b for b in backups.list_backups(tmp_path / "backups")
                if b.label == backups.BEFORE_RESTORE]
    assert pain_count(before.path) == 3
    assert recovery.pending_restore(tmp_path) is None


def test_a_damaged_backup_is_refused_when_chosen_and_at_the_start(
        tmp_path: Path, clock: FakeClock) -> None:
    db = made(tmp_path, clock, [2])
    bad = tmp_path / "backups" / "backcare-daily-20261101T100000.sqlite3"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(DatabaseProblem):
        recovery.ask_restore_at_next_start(tmp_path, bad)
    # Chosen while it was sound, damaged since: the start leaves the data as it is.
    (tmp_path / recovery.PENDING_RESTORE).write_text(f'{{"backup": "{bad}"}}')
    assert recovery.restore_pending(db, tmp_path / "backups", tmp_path, clock.now()) is None
    assert pain_count(db) == 1 and recovery.pending_restore(tmp_path) is None
