"""Opening the data, and recovering from a database that cannot be used.

Never delete, never overwrite.
A damaged file is renamed (with its -wal, -shm and -journal companions) to a
name that says what it is, so it can still be rescued by hand. A restore copies
a backup into place only after the damaged file has been moved aside. A file
that does not look like the person's data has also been copied, as it was
found, into the backups folder before the person is asked (``database``).
"""

from __future__ import annotations

import contextlib
import enum
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from backcare_desktop.core.words import tr
from backcare_desktop.storage import database
from backcare_desktop.storage.errors import DatabaseProblem, ProblemKind, StorageError
from backcare_desktop.storage.files import (
    PENDING_RESTORE,
    make_private,
    side_files,
    unused_name,
)
from backcare_desktop.storage.repository import Repository

if TYPE_CHECKING:
    from backcare_desktop.storage.backups import Backup

log = logging.getLogger(__name__)


def move_aside(db_path: Path, now: datetime) -> Path:
    """Rename the database and its companions to ``<stem>.damaged-<time>.sqlite3``
    (and ``…sqlite3-wal`` …); companions are moved even when the database is missing."""
    stamp = now.strftime("%Y%m%dT%H%M%S")
    target = unused_name(db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}"))
    if os.path.lexists(db_path):
        os.rename(db_path, target)
    for side in side_files(db_path):
        os.rename(side, target.with_name(target.name + side.name.removeprefix(db_path.name)))
    log.warning("moved %s aside to %s", db_path, target)
    return target


def needs_moving(db_path: Path) -> bool:
    return os.path.lexists(db_path) or bool(side_files(db_path))


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
    moved = move_aside(db_path, now) if needs_moving(db_path) else None
    partial = db_path.with_name(db_path.name + ".restoring")
    shutil.copyfile(backup, partial)
    make_private(partial)
    os.replace(partial, db_path)
    log.warning("restored %s from %s", db_path, backup)
    return moved


def ask_restore_at_next_start(data_dir: Path, backup: Path) -> None:
    """Note that ``backup`` is to replace the data at the next start (checked now)."""
    from backcare_desktop.storage.files import write_atomically

    database.probe(backup)  # refuse a damaged backup at once, not at the next start
    write_atomically(data_dir / PENDING_RESTORE,
                     json.dumps({"backup": str(backup)}).encode("utf-8"))


def pending_restore(data_dir: Path) -> Path | None:
    """The backup chosen to be restored at the next start, if any."""
    try:
        chosen = json.loads((data_dir / PENDING_RESTORE).read_text(encoding="utf-8"))
        return Path(chosen["backup"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("ignoring the unreadable %s: %s", PENDING_RESTORE, exc)
        return None


def cancel_pending_restore(data_dir: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (data_dir / PENDING_RESTORE).unlink()


def restore_pending(db_path: Path, backup_dir: Path, data_dir: Path,
                    now: datetime) -> Path | None:
    """At start, before the database is opened: restore the backup chosen in
    Settings, if one was. The data as it is now is first backed up
    (``before-restore``, listed with the other backups) or, if it cannot be read
    as a database, moved aside as ``restore`` does; nothing is deleted. Returns
    the restored backup, or None (none was chosen, or it cannot be used any more:
    logged, and the data stays as it is)."""
    chosen = pending_restore(data_dir)
    if chosen is None:
        return None
    from backcare_desktop.storage import backups  # only when there is one to restore

    cancel_pending_restore(data_dir)  # asked once: a failure never repeats at every start
    try:
        database.probe(chosen)
    except (DatabaseProblem, OSError) as exc:
        log.error("not restoring %s: %s", chosen, exc)
        return None
    try:
        if os.path.lexists(db_path) and not side_files(db_path):
            source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                kept = backups.create_backup(source, backup_dir, backups.BEFORE_RESTORE, now)
            finally:
                source.close()
            log.info("backed up %s to %s before restoring %s", db_path, kept, chosen)
            partial = db_path.with_name(db_path.name + ".restoring")
            shutil.copyfile(chosen, partial)
            make_private(partial)
            os.replace(partial, db_path)
            log.warning("restored %s from %s", db_path, chosen)
        else:
            restore(chosen, db_path, now)
    except (OSError, sqlite3.Error) as exc:
        log.error("restoring %s failed: %s", chosen, exc)
        try:
            restore(chosen, db_path, now)  # moves the current file aside: nothing is lost
        except OSError as again:
            raise StorageError(
                tr("BackCare could not restore the backup {file}: {reason}. Nothing was "
                   "deleted.").format(file=chosen, reason=again.strerror or again)) from again
    return chosen


class RecoveryChoice(enum.Enum):
    RESTORE_BACKUP = "restore"
    START_FRESH = "fresh"
    USE_AS_IT_IS = "use"  # offered when the file is sound BackCare data (NOT_LAST_WRITTEN)
    QUIT = "quit"


def can_use_as_it_is(problem: DatabaseProblem) -> bool:
    """Whether the file may simply be taken as the person's data: it is sound
    BackCare data, only not the file BackCare last saved there."""
    return problem.kind is ProblemKind.NOT_LAST_WRITTEN


class _ClosingRepository(Repository):
    """The repository the app runs on: closing it counts the clean close and records
    it beside the file (``database.close_database``)."""

    def close(self) -> None:
        database.close_database(self._conn, self.path)


AskRecovery = Callable[[DatabaseProblem, Path | None], RecoveryChoice]


def open_with_recovery(
    db_path: Path, backup_dir: Path, now: Callable[[], datetime], ask: AskRecovery,
    *, adopt: bool = False,
) -> Repository | None:
    """Open the repository; on a problem, ask the person and act on the answer.

    ``ask`` gets the problem and the newest usable backup (or None). Nothing of
    the data changes on disk before it answers (copies may have been written
    into the backups folder, as the problem says). Returns None when the person
    quits. Raises ``StorageError`` when moving, copying or restoring a file
    fails, and ``MigrationError`` when an upgrade fails.

    Whatever opens after the person chose (a restored backup, new data, the
    file as it is) is taken as theirs: its identity is recorded anew; ``adopt``
    does that from the start (a backup restored as asked in Settings).
    """
    while True:
        try:
            conn = database.open_database(db_path, backup_dir, now(), adopt=adopt)
            return _ClosingRepository(conn, db_path)
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
                    if needs_moving(db_path):
                        move_aside(db_path, now())
                elif choice is RecoveryChoice.USE_AS_IT_IS and can_use_as_it_is(problem):
                    pass
                else:
                    return None
                adopt = True
            except OSError as exc:
                raise StorageError(
                    tr("BackCare could not move or copy files in {folder}: {reason}. Nothing "
                       "was deleted.").format(folder=db_path.parent,
                                              reason=exc.strerror or exc)
                ) from exc
