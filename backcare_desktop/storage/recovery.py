"""Opening the data, and recovering from a database that cannot be used.

Never delete, never overwrite.
A damaged file is renamed (with its -wal and -shm companions) to a name that
says what it is, so it can still be rescued by hand. A restore copies a backup
into place only after the damaged file has been moved aside.
"""

from __future__ import annotations

import enum
import logging
import os
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from backcare_desktop.storage import database
from backcare_desktop.storage.errors import DatabaseProblem, StorageError
from backcare_desktop.storage.files import SIDE_SUFFIXES, make_private, unused_name
from backcare_desktop.storage.repository import Repository

if TYPE_CHECKING:
    from backcare_desktop.storage.backups import Backup

log = logging.getLogger(__name__)


def move_aside(db_path: Path, now: datetime) -> Path:
    """Rename the database and its companions to ``<stem>.damaged-<time>.sqlite3``."""
    stamp = now.strftime("%Y%m%dT%H%M%S")
    target = unused_name(db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}"))
    os.rename(db_path, target)
    for suffix in SIDE_SUFFIXES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.rename(side, target.with_name(target.name + suffix))
    log.warning("moved %s aside to %s", db_path, target)
    return target


def usable_backups(backup_dir: Path) -> list[Backup]:
    """Backups that pass the same read-only check as the live database, newest first."""
    from backcare_desktop.storage import backups

    good = []
    for candidate in backups.list_backups(backup_dir):
        try:
            database.probe(candidate.path)
        except DatabaseProblem as exc:
            log.warning("skipping unusable backup %s: %s", candidate.path, exc.detail)
            continue
        good.append(candidate)
    return good


def restore(backup: Path, db_path: Path, now: datetime) -> Path | None:
    """Put a copy of ``backup`` in place of ``db_path``.

    The current file (if any) is moved aside first and its new name returned.
    The backup itself is left untouched.
    """
    database.probe(backup)  # refuse a damaged backup before moving anything
    moved = move_aside(db_path, now) if db_path.exists() else None
    partial = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, partial)
    make_private(partial)
    os.replace(partial, db_path)
    log.warning("restored %s from %s", db_path, backup)
    return moved


class RecoveryChoice(enum.Enum):
    RESTORE_BACKUP = "restore"
    START_FRESH = "fresh"
    QUIT = "quit"


AskRecovery = Callable[[DatabaseProblem, Path | None], RecoveryChoice]


def open_with_recovery(
    db_path: Path, backup_dir: Path, now: Callable[[], datetime], ask: AskRecovery
) -> Repository | None:
    """Open the repository; on a problem, ask the person and act on the answer.

    ``ask`` gets the problem and the newest usable backup (or None). Nothing
    on disk changes before it answers. Returns None when the person quits.
    Raises ``StorageError`` when moving or restoring a file fails, and
    ``MigrationError`` when an upgrade fails.
    """
    while True:
        try:
            conn = database.open_database(db_path, backup_dir, now())
            return Repository(conn, db_path)
        except DatabaseProblem as problem:
            log.error("cannot open %s: %s", db_path, problem.detail)
            candidates = usable_backups(backup_dir)
            latest = candidates[0].path if candidates else None
            choice = ask(problem, latest)
            log.info("person chose %s", choice.value)
            try:
                if choice is RecoveryChoice.RESTORE_BACKUP and latest is not None:
                    restore(latest, db_path, now())
                elif choice is RecoveryChoice.START_FRESH:
                    if db_path.exists():
                        move_aside(db_path, now())
                else:
                    return None
            except OSError as exc:
                raise StorageError(
                    f"BackCare could not move or copy files in {db_path.parent}: "
                    f"{exc.strerror or exc}. Nothing was deleted."
                ) from exc
