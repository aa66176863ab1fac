"""Backups of the database: before migrations, and automatically once a day; and
copies of files as they were found, set aside before anything could change them.

Backup files are complete SQLite databases written with ``Connection.backup``
to a temporary name and then renamed, so a half-written backup never looks
like a real one. Automatic ("daily") backups are thinned with the retention
policy from ``core.retention``; backups taken before a migration are kept.

Files set aside go, byte for byte and under their own names, into a new folder
``set-aside-<time>`` beside the backups, with a README saying why. They are
never offered as backups (a database copied with a -wal that does not belong to
it is not one) and never thinned.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from backcare_desktop.core.retention import RetentionPolicy, backups_to_keep
from backcare_desktop.core.words import tr
from backcare_desktop.storage.files import (
    copy_private,
    make_private,
    sync_folder,
    unused_name,
    write_atomically,
)

if TYPE_CHECKING:
    from backcare_desktop.storage.repository import Repository

log = logging.getLogger(__name__)

DAILY = "daily"
MANUAL = "manual"  # "Back up now" in Settings; never thinned
BEFORE_RESTORE = "before-restore"  # the data as it was before a restore; never thinned
SET_ASIDE = "set-aside"
DEFAULT_POLICY = RetentionPolicy()
_NAME = re.compile(r"^backcare-(?P<label>[a-z0-9-]+?)-(?P<stamp>\d{8}T\d{6})(?:-\d+)?\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    label: str
    stamp: datetime  # naive local time, from the file name


def create_backup(
    conn: sqlite3.Connection, backup_dir: Path, label: str, now: datetime
) -> Path:
    """Write a consistent copy of ``conn``'s database into ``backup_dir``."""
    backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%dT%H%M%S")
    # Two backups in one second get -2, -3 …: never overwrite one.
    target = unused_name(backup_dir / f"backcare-{label}-{stamp}.sqlite3")
    partial = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    os.replace(partial, target)
    make_private(target)
    return target


def list_backups(backup_dir: Path) -> list[Backup]:
    """All finished backups in ``backup_dir``, newest first."""
    found: list[Backup] = []
    if not backup_dir.is_dir():
        return found
    for entry in backup_dir.iterdir():
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        stamp = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S")
        found.append(Backup(entry, match["label"], stamp))
    found.sort(key=lambda b: (b.stamp, b.path.name), reverse=True)
    return found


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


@dataclass(frozen=True)
class DueBackup:
    """The day's automatic backup, decided on the thread that owns the repository
    and written on any thread by ``write`` (from its own read-only connection)."""

    database: Path
    backup_dir: Path
    counter: str
    now: datetime

    def write(self, label: str = DAILY) -> Path:
        """Write the backup; safe on a worker thread while the app goes on writing
        (the copy is one consistent snapshot of the database)."""
        source = sqlite3.connect(f"{self.database.resolve().as_uri()}?mode=ro", uri=True,
                                 check_same_thread=False)
        try:
            return create_backup(source, self.backup_dir, label, self.now)
        finally:
            source.close()


def manual_backup(database: Path, backup_dir: Path, now: datetime) -> Path:
    """A backup the person asked for ("Back up now"): written from its own
    read-only connection, so it may run on a worker thread while the app writes."""
    return DueBackup(database, backup_dir, "", now).write(MANUAL)


def due_backup(repo: Repository, backup_dir: Path, now: datetime) -> DueBackup | None:
    """The automatic backup to take now, or None: at most one per local calendar
    day, and only when data changed since the last one."""
    conn = repo._conn
    counter = _meta(conn, "change_counter")
    if counter is None or counter == _meta(conn, "last_backup_counter"):
        return None
    daily = [b for b in list_backups(backup_dir) if b.label == DAILY]
    if daily and daily[0].stamp.date() == now.date():
        return None
    return DueBackup(repo.path, backup_dir, counter, now)


def backup_taken(repo: Repository, due: DueBackup, path: Path,
                 policy: RetentionPolicy = DEFAULT_POLICY) -> None:
    """Note the written backup (on the repository's thread) and thin the old ones."""
    repo._conn.execute(
        "INSERT INTO meta (key, value) VALUES ('last_backup_counter', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (due.counter,),
    )
    thin(due.backup_dir, policy)
    log.info("automatic backup written to %s", path)


def backup_if_due(
    repo: Repository,
    backup_dir: Path,
    now: datetime,
    policy: RetentionPolicy = DEFAULT_POLICY,
) -> Path | None:
    """Take the day's automatic backup of ``repo``'s database now if it is due
    (see ``due_backup``). Afterwards, old automatic backups are thinned with
    ``policy``. Returns the new file or None.
    """
    due = due_backup(repo, backup_dir, now)
    if due is None:
        return None
    path = due.write()
    backup_taken(repo, due, path, policy)
    return path


def thin(backup_dir: Path, policy: RetentionPolicy = DEFAULT_POLICY) -> list[Path]:
    """Delete automatic backups the policy does not keep; return what was removed."""
    daily = [b for b in list_backups(backup_dir) if b.label == DAILY]
    keep = backups_to_keep([b.stamp for b in daily], policy)
    removed = []
    for b in daily:
        if b.stamp not in keep:
            b.path.unlink()
            removed.append(b.path)
    return removed


def keep_originals(files: Sequence[Path], backup_dir: Path, now: datetime) -> Path:
    """Copy ``files`` byte for byte (0600, flushed to disk) into a new folder
    ``set-aside-<time>`` in ``backup_dir`` and return the folder.

    Never overwrites: a second copy in the same second gets ``-2``, ``-3`` …
    Copies half made are removed when one fails (the ``OSError`` is raised).
    """
    backup_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%dT%H%M%S")
    n = 1
    while True:
        folder = backup_dir / (f"{SET_ASIDE}-{stamp}" if n == 1 else f"{SET_ASIDE}-{stamp}-{n}")
        try:
            folder.mkdir(mode=0o700)
            break
        except FileExistsError:
            n += 1
    try:
        for source in files:
            copy_private(source, folder / source.name)
        sync_folder(folder)
        sync_folder(backup_dir)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder


def describe_kept(folder: Path, why: str, now: datetime) -> None:
    """Write a README into a set-aside folder saying what its files are."""
    text = tr(
        "BackCare copied the files in this folder here on {date} at {time}, byte for byte, "
        "as it found them in its data folder, before opening them.\n\n"
        "Why: {why}\n\n"
        "They are kept in case they hold records you want back. To use them again, quit "
        "BackCare and copy them into the data folder under the same names.\n"
    ).format(date=f"{now:%Y-%m-%d}", time=f"{now:%H:%M}", why=why)
    try:
        write_atomically(folder / "README.txt", text.encode())
    except OSError as exc:
        log.error("could not write the README of %s: %s", folder, exc)


def discard_kept(folder: Path) -> None:
    """Remove copies made only as a precaution, once the files proved sound."""
    shutil.rmtree(folder, ignore_errors=True)
    log.info("the files beside the database proved its own; removed the copies in %s", folder)
