"""Write failures are recognised by SQLite's result code, on real database files, and
the message names what is wrong in plain words."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from backcare_desktop.core.progress.records_file import Records, WaterRecord
from backcare_desktop.storage import database, transfer
from backcare_desktop.storage.errors import (
    DatabaseProblem,
    ProblemKind,
    StorageWriteError,
    WriteProblem,
)
from backcare_desktop.storage.repository import Repository

from .conftest import NOW, make_v1_database


def refused(repo: Repository) -> StorageWriteError:
    with pytest.raises(StorageWriteError) as info:
        repo.add_water(250, NOW)
    assert not repo._conn.in_transaction
    assert str(repo.path) in str(info.value) and "Nothing was half-saved" in str(info.value)
    return info.value


def test_a_read_only_connection_says_the_file_is_read_only(repo: Repository) -> None:
    repo._conn.execute("PRAGMA query_only = 1")
    error = refused(repo)
    assert error.problem is WriteProblem.READ_ONLY
    assert "the file or its folder is read-only" in str(error)
    repo._conn.execute("PRAGMA query_only = 0")
    repo.add_water(250, NOW)
    assert repo.water_on(NOW.date()) == 250


def test_a_file_opened_read_only_says_so(repo: Repository, data_dir: Path) -> None:
    db = data_dir / "backcare.sqlite3"
    read_only = Repository(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True,
                                           isolation_level=None), db)
    try:
        assert refused(read_only).problem is WriteProblem.READ_ONLY
        assert read_only.water_on(NOW.date()) == 0  # reading still works
    finally:
        read_only.close()


def test_a_full_disk_says_the_disk_is_full(repo: Repository) -> None:
    repo.add_water(300, NOW)
    pages = repo._conn.execute("PRAGMA page_count").fetchone()[0]
    repo._conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageWriteError) as info:
        for _ in range(5000):
            repo.add_pain(3, NOW, note="x" * 500)
    assert info.value.problem is WriteProblem.DISK_FULL
    assert "the disk is full" in str(info.value)
    assert repo.water_on(NOW.date()) == 300


def test_an_import_that_fills_the_disk_keeps_nothing_and_says_why(repo: Repository) -> None:
    pages = repo._conn.execute("PRAGMA page_count").fetchone()[0]
    repo._conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    drinks = tuple(WaterRecord(NOW + timedelta(seconds=n), 250) for n in range(20_000))
    with pytest.raises(StorageWriteError) as info:
        transfer.import_records(repo, Records(water=drinks))
    assert info.value.problem is WriteProblem.DISK_FULL
    assert not repo._conn.in_transaction
    assert transfer.read_records(repo).water == ()


def test_the_first_error_is_reported_when_sqlite_rolled_back_by_itself(repo) -> None:
    with pytest.raises(StorageWriteError) as info, repo._transaction() as c:
        c.execute("INSERT INTO water_entries (ts, tz_offset, amount_ml) VALUES (1, 0, 250)")
        c.execute("ROLLBACK")  # what SQLite may do itself after a full disk or I/O error
        raise coded(sqlite3.SQLITE_IOERR_WRITE, "disk I/O error")
    assert info.value.problem is WriteProblem.DISK_ERROR
    assert "the disk could not be written to" in str(info.value)
    assert transfer.read_records(repo).water == ()


@pytest.fixture
def other_program(data_dir: Path, repo: Repository) -> Iterator[sqlite3.Connection]:
    """Another connection to the same file that holds the write lock."""
    holder = sqlite3.connect(data_dir / "backcare.sqlite3", timeout=0, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield holder
    holder.close()


def test_a_file_another_program_is_writing_says_it_is_in_use(repo: Repository,
                                                              other_program) -> None:
    repo._conn.execute("PRAGMA busy_timeout = 0")  # fail at once rather than wait
    error = refused(repo)
    assert error.problem is WriteProblem.IN_USE
    assert "another program is using the file" in str(error)
    other_program.execute("ROLLBACK")
    repo.add_water(250, NOW)
    assert repo.water_on(NOW.date()) == 250


def test_a_locked_file_is_not_taken_for_a_damaged_one(data_dir: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    db = make_v1_database(data_dir / "backcare.sqlite3")  # rollback journal: readers wait
    monkeypatch.setattr(database, "PROBE_WAIT_S", 0)
    holder = sqlite3.connect(db, timeout=0, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseProblem) as info:
            database.probe(db)
    finally:
        holder.close()
    assert info.value.kind is ProblemKind.UNREADABLE
    assert database.probe(db) == 1


def coded(code: int | None, text: str = "some words") -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError(text)
    if code is not None:
        exc.sqlite_errorcode = code
    return exc


@pytest.mark.parametrize(("code", "problem"), [
    (sqlite3.SQLITE_FULL, WriteProblem.DISK_FULL),
    (sqlite3.SQLITE_READONLY_DBMOVED, WriteProblem.READ_ONLY),
    (sqlite3.SQLITE_BUSY_SNAPSHOT, WriteProblem.IN_USE),
    (sqlite3.SQLITE_LOCKED_SHAREDCACHE, WriteProblem.IN_USE),
    (sqlite3.SQLITE_IOERR_WRITE, WriteProblem.DISK_ERROR),
    (sqlite3.SQLITE_IOERR_FSYNC, WriteProblem.DISK_ERROR),
    (sqlite3.SQLITE_CANTOPEN_ISDIR, WriteProblem.CANNOT_OPEN),
    (sqlite3.SQLITE_ERROR, None),
    (None, None),
])
def test_extended_codes_are_read_by_their_primary_code(code, problem) -> None:
    assert WriteProblem.of(coded(code)) is problem


def test_words_in_a_message_decide_nothing(tmp_path: Path) -> None:
    error = StorageWriteError.from_sqlite(
        tmp_path / "x.sqlite3", coded(sqlite3.SQLITE_ERROR, "table full is read-only, locked"))
    assert error.problem is None
    assert "table full is read-only, locked" in str(error)  # SQLite's own words, unread
