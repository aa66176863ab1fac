"""Opening, migrating and securing the database; refusing files it must not touch."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import date
from pathlib import Path

import pytest

from backcare_desktop.storage import backups, database, schema
from backcare_desktop.storage.errors import DatabaseProblem, MigrationError, ProblemKind
from backcare_desktop.storage.repository import Repository

from .conftest import NOW, make_v1_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_database_is_current_wal_with_foreign_keys_and_private(data_dir: Path) -> None:
    db = data_dir / "backcare.sqlite3"
    conn = database.open_database(db, data_dir / "backups", NOW)
    Repository(conn, db).add_water(250, NOW)  # makes SQLite create -wal and -shm
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    for name in ("backcare.sqlite3", "backcare.sqlite3-wal", "backcare.sqlite3-shm"):
        assert mode(data_dir / name) == 0o600, name
    conn.close()
    assert not (data_dir / "backups").exists(), "a new empty database needs no backup"


def _apply(conn: sqlite3.Connection, upto: int) -> None:
    for migration in schema.MIGRATIONS[1:upto]:
        with conn:
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version}")


@pytest.mark.parametrize("target", range(2, schema.LATEST_VERSION + 1))
def test_each_migration_from_the_v1_fixture_keeps_every_record(tmp_path: Path, target: int) -> None:
    db = make_v1_database(tmp_path / "v1.sqlite3")
    conn = sqlite3.connect(db)
    before = {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
              for t in ("sessions", "session_steps", "pain_entries", "water_entries")}
    _apply(conn, target)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == target
    for table, rows in before.items():
        assert conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() == rows
    conn.close()


def test_opening_a_v1_file_backs_it_up_then_migrates(data_dir: Path) -> None:
    db = make_v1_database(data_dir / "backcare.sqlite3")
    conn = database.open_database(db, data_dir / "backups", NOW)
    repo = Repository(conn, db)

    saved = backups.list_backups(data_dir / "backups")
    assert [b.label for b in saved] == [f"before-v{schema.LATEST_VERSION}"]
    assert mode(saved[0].path) == 0o600
    copy = sqlite3.connect(saved[0].path)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    assert copy.execute("SELECT COUNT(*) FROM water_entries").fetchone()[0] == 2
    copy.close()

    assert repo.get_setting("water_goal_ml") == 1800
    assert repo.water_on(date(2025, 11, 24)) == 750
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.LATEST_VERSION
    repo.close()


def test_a_failing_migration_leaves_the_file_at_its_old_version(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = make_v1_database(data_dir / "backcare.sqlite3")
    broken = schema.Migration(2, "broken", ("CREATE INDEX x ON water_entries (amount_ml)",
                                            "CREATE TABLE oops (",))
    monkeypatch.setattr(database, "MIGRATIONS", (schema.MIGRATIONS[0], broken))
    monkeypatch.setattr(database, "LATEST_VERSION", 2)
    with pytest.raises(MigrationError, match=r"could not upgrade .* to data format 2"):
        database.open_database(db, data_dir / "backups", NOW)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'x'").fetchall() == []
    assert conn.execute("SELECT COUNT(*) FROM water_entries").fetchone()[0] == 2
    conn.close()


def _assert_untouched(db: Path, before: str, data_dir: Path) -> None:
    assert digest(db) == before
    assert sorted(p.name for p in data_dir.iterdir()) == [db.name]


def test_a_file_that_is_not_a_database_is_reported_and_left_alone(data_dir: Path) -> None:
    db = data_dir / "backcare.sqlite3"
    db.write_bytes(b"this is a shopping list, not a database\n" * 200)
    before = digest(db)
    with pytest.raises(DatabaseProblem) as info:
        database.open_database(db, data_dir / "backups", NOW)
    assert info.value.kind is ProblemKind.CORRUPT
    assert str(db) in str(info.value)
    _assert_untouched(db, before, data_dir)


def test_a_truncated_database_is_reported_as_damaged(data_dir: Path) -> None:
    good = make_v1_database(data_dir / "good.sqlite3")
    db = data_dir / "backcare.sqlite3"
    db.write_bytes(good.read_bytes()[: 3 * 4096 + 100])
    good.unlink()
    before = digest(db)
    with pytest.raises(DatabaseProblem) as info:
        database.open_database(db, data_dir / "backups", NOW)
    assert info.value.kind is ProblemKind.CORRUPT
    _assert_untouched(db, before, data_dir)


def test_a_database_from_a_newer_version_is_not_touched(data_dir: Path) -> None:
    db = make_v1_database(data_dir / "backcare.sqlite3")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = digest(db)
    with pytest.raises(DatabaseProblem) as info:
        database.open_database(db, data_dir / "backups", NOW)
    assert info.value.kind is ProblemKind.TOO_NEW
    assert "data format 99" in info.value.detail
    assert digest(db) == before
    assert sorted(p.name for p in data_dir.iterdir()) == [db.name, "backups"]
    kept = info.value.kept
    assert kept is not None and kept.parent == data_dir / "backups"
    assert digest(kept / db.name) == before, "a copy as it was found is kept"


def test_something_that_is_not_a_file_is_unreadable(data_dir: Path) -> None:
    db = data_dir / "backcare.sqlite3"
    db.mkdir()
    with pytest.raises(DatabaseProblem) as info:
        database.open_database(db, data_dir / "backups", NOW)
    assert info.value.kind is ProblemKind.UNREADABLE


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="file modes do not stop root (or apply off POSIX)")
def test_a_file_without_read_permission_is_unreadable(data_dir: Path) -> None:
    db = make_v1_database(data_dir / "backcare.sqlite3")
    db.chmod(0)
    with pytest.raises(DatabaseProblem) as info:
        database.open_database(db, data_dir / "backups", NOW)
    assert info.value.kind is ProblemKind.UNREADABLE
