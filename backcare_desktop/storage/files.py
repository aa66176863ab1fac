"""File helpers: health data is readable by its owner alone, and nothing is overwritten.

Permissions are only ever taken away, never given: a file the person made
read-only stays read-only (BackCare then says it cannot write there).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from pathlib import Path

from backcare_desktop.paths import tighten

log = logging.getLogger(__name__)

# The files SQLite keeps beside a database: the write-ahead log and its index,
# and the rollback journal. Opening the database reads (and may replay) them.
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

# Restoring a backup the person chose in Settings waits for the next start:
# swapping the database under the running app could lose what it writes
# meanwhile. The choice is kept in this file in the data folder until then.
PENDING_RESTORE = "restore-at-next-start.json"


def make_private(path: Path) -> None:
    """Take group's and others' permissions off ``path`` if it exists, leaving the
    owner's as they are (no-op where POSIX modes do not apply)."""
    try:
        tighten(path, 0o600)
    except FileNotFoundError:
        pass
    except OSError as exc:  # a read-only disk, another user's file: said when writing fails
        log.warning("cannot make %s private: %s", path, exc)


def side_file(db_path: Path, suffix: str) -> Path:
    return db_path.with_name(db_path.name + suffix)


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads exactly this file: no journal or -wal beside it is
    read, no lock is taken and nothing is created."""
    return f"{path.as_uri()}?mode=ro&immutable=1"


def side_files(db_path: Path) -> list[Path]:
    """The -wal, -shm and -journal files present beside ``db_path``."""
    found = []
    for suffix in SIDE_SUFFIXES:
        side = side_file(db_path, suffix)
        if os.path.lexists(side):
            found.append(side)
    return found


def make_database_private(db_path: Path) -> None:
    """Make the database and its -wal, -shm and -journal companions private (at most
    0600)."""
    make_private(db_path)
    for suffix in SIDE_SUFFIXES:
        make_private(side_file(db_path, suffix))


def create_private_file(path: Path) -> None:
    """Create an empty file with mode 0600, failing if it already exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def unused_name(path: Path) -> Path:
    """``path`` itself if free, else ``name-2.ext``, ``name-3.ext`` … (never overwrite)."""
    if not path.exists():
        return path
    n = 2
    while True:
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


def sync_folder(folder: Path) -> None:
    """Make the names in ``folder`` durable (where the system allows it)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_private(source: Path, target: Path) -> None:
    """Copy ``source``'s bytes to a new file ``target`` (0600, flushed to disk).

    Fails if ``target`` exists: a copy never overwrites anything.
    """
    with open(source, "rb") as src:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.flush()
            os.fsync(dst.fileno())


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` (0600) so that it is either the old or the new
    content, never half of one, even after a power cut."""
    partial = path.with_name(path.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(partial, path)
    sync_folder(path.parent)
