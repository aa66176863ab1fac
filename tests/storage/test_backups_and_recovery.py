"""Automatic backups, thinning, restore, and the recovery choices."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from backcare_desktop.core.retention import RetentionPolicy
from backcare_desktop.storage import backups, database, recovery
from backcare_desktop.storage.errors import DatabaseProblem, ProblemKind, StorageError
from backcare_desktop.storage.recovery import RecoveryChoice, open_with_recovery
from backcare_desktop.storage.repository import Repository

from .conftest import NOW


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def water_rows(path: Path) -> list[int]:
    conn = sqlite3.connect(path)
    rows = [r[0] for r in conn.execute("SELECT amount_ml FROM water_entries ORDER BY id")]
    conn.close()
    return rows


def test_a_daily_backup_only_when_data_changed_and_once_a_day(repo: Repository,
                                                               data_dir: Path) -> None:
    folder = data_dir / "backups"
    assert backups.backup_if_due(repo, folder, NOW) is None  # nothing new yet

    repo.add_water(250, NOW)
    first = backups.backup_if_due(repo, folder, NOW)
    assert first is not None and water_rows(first) == [250]

    repo.add_water(300, NOW)
    assert backups.backup_if_due(repo, folder, NOW + timedelta(hours=3)) is None

    tomorrow = NOW + timedelta(days=1)
    second = backups.backup_if_due(repo, folder, tomorrow)
    assert second is not None and water_rows(second) == [250, 300]
    assert backups.backup_if_due(repo, folder, tomorrow + timedelta(days=1)) is None


def test_window_layout_changes_do_not_cause_backups(repo: Repository, data_dir: Path) -> None:
    repo.set_ui_state("window_geometry", "abc")
    assert backups.backup_if_due(repo, data_dir / "backups", NOW) is None
    repo.set_setting("water_goal_ml", 2500)
    assert backups.backup_if_due(repo, data_dir / "backups", NOW) is not None


def test_old_automatic_backups_are_thinned_but_migration_backups_kept(
    repo: Repository, data_dir: Path
) -> None:
    folder = data_dir / "backups"
    kept_forever = backups.create_backup(repo._conn, folder, "before-v2", NOW)
    policy = RetentionPolicy(daily=3, weekly=2, monthly=2)
    for day in range(90):
        repo.add_water(100 + day, NOW)
        backups.backup_if_due(repo, folder, NOW + timedelta(days=day), policy)
    daily = [b for b in backups.list_backups(folder) if b.label == backups.DAILY]
    assert 3 <= len(daily) <= 3 + 2 + 2
    assert daily[0].stamp.date() == (NOW + timedelta(days=89)).date()
    assert kept_forever.exists()


def test_unfinished_backup_files_are_ignored(data_dir: Path) -> None:
    folder = data_dir / "backups"
    folder.mkdir()
    (folder / "backcare-daily-20261124T101010.sqlite3.partial").write_bytes(b"half")
    (folder / "notes.txt").write_text("mine")
    assert backups.list_backups(folder) == []


def _damage(db: Path) -> str:
    db.write_bytes(b"\x00garbage" * 1000)
    return digest(db)


def test_restore_moves_the_damaged_file_aside_with_its_wal(repo: Repository,
                                                           data_dir: Path) -> None:
    repo.add_water(250, NOW)
    good = backups.create_backup(repo._conn, data_dir / "backups", "daily", NOW)
    repo.close()
    db = data_dir / "backcare.sqlite3"
    (data_dir / "backcare.sqlite3-wal").write_bytes(b"wal contents")
    damaged = _damage(db)

    moved = recovery.restore(good, db, NOW + timedelta(minutes=1))

    assert moved is not None and moved.name.startswith("backcare.damaged-")
    assert digest(moved) == damaged
    assert Path(str(moved) + "-wal").read_bytes() == b"wal contents"
    assert water_rows(db) == [250]
    assert good.exists()


def test_a_damaged_backup_is_refused_before_anything_moves(data_dir: Path) -> None:
    db = data_dir / "backcare.sqlite3"
    damaged = _damage(db)
    bad_backup = data_dir / "bad.sqlite3"
    bad_backup.write_bytes(b"nope" * 100)
    with pytest.raises(DatabaseProblem):
        recovery.restore(bad_backup, db, NOW)
    assert digest(db) == damaged


class Asker:
    def __init__(self, answer: RecoveryChoice) -> None:
        self.answer = answer
        self.asked: list[tuple[ProblemKind, Path | None]] = []

    def __call__(self, problem: DatabaseProblem, backup: Path | None) -> RecoveryChoice:
        self.asked.append((problem.kind, backup))
        return self.answer


def test_a_healthy_database_asks_nothing(data_dir: Path) -> None:
    ask = Asker(RecoveryChoice.QUIT)
    repo = open_with_recovery(data_dir / "backcare.sqlite3", data_dir / "backups",
                              lambda: NOW, ask)
    assert repo is not None and ask.asked == []
    repo.close()


def test_quit_changes_nothing(data_dir: Path) -> None:
    db = data_dir / "backcare.sqlite3"
    damaged = _damage(db)
    ask = Asker(RecoveryChoice.QUIT)
    assert open_with_recovery(db, data_dir / "backups", lambda: NOW, ask) is None
    assert ask.asked == [(ProblemKind.CORRUPT, None)]
    assert digest(db) == damaged
    assert sorted(p.name for p in data_dir.iterdir()) == ["backcare.sqlite3"]


def test_start_fresh_keeps_the_damaged_file_under_a_clear_name(data_dir: Path) -> None:
    db = data_dir / "backcare.sqlite3"
    damaged = _damage(db)
    repo = open_with_recovery(db, data_dir / "backups", lambda: NOW,
                              Asker(RecoveryChoice.START_FRESH))
    assert repo is not None
    assert repo.water_on(NOW.date()) == 0
    repo.close()
    aside = [p for p in data_dir.iterdir() if p.name.startswith("backcare.damaged-")]
    assert [digest(p) for p in aside] == [damaged]
    assert aside[0].name == "backcare.damaged-20261124T103000.sqlite3"


def test_restore_latest_backup_brings_back_its_records(data_dir: Path) -> None:
    db = data_dir / "backcare.sqlite3"
    conn = database.open_database(db, data_dir / "backups", NOW)
    repo = Repository(conn, db)
    repo.add_water(400, NOW)
    backups.backup_if_due(repo, data_dir / "backups", NOW)
    repo.close()
    _damage(db)

    ask = Asker(RecoveryChoice.RESTORE_BACKUP)
    restored = open_with_recovery(db, data_dir / "backups", lambda: NOW, ask)
    assert restored is not None
    assert ask.asked[0][1] is not None and ask.asked[0][1].name.startswith("backcare-daily-")
    assert restored.water_on(NOW.date()) == 400
    restored.close()


def test_a_newer_file_offers_its_backup(data_dir: Path) -> None:
    db = data_dir / "backcare.sqlite3"
    conn = database.open_database(db, data_dir / "backups", NOW)
    repo = Repository(conn, db)
    repo.add_water(250, NOW)
    backups.backup_if_due(repo, data_dir / "backups", NOW)
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    ask = Asker(RecoveryChoice.QUIT)
    assert open_with_recovery(db, data_dir / "backups", lambda: NOW, ask) is None
    assert ask.asked[0][0] is ProblemKind.TOO_NEW and ask.asked[0][1] is not None


def test_failing_to_move_a_file_is_a_clear_error(data_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    db = data_dir / "backcare.sqlite3"
    damaged = _damage(db)

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(recovery.os, "rename", refuse)
    with pytest.raises(StorageError,
                       match=r"could not move or copy files in .*Nothing was deleted"):
        open_with_recovery(db, data_dir / "backups", lambda: NOW,
                           Asker(RecoveryChoice.START_FRESH))
    assert digest(db) == damaged
