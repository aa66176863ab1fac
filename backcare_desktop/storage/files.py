"""File-permission helpers: health data is readable by its owner alone.

Permissions are only ever taken away, never given: a file the person made
read-only stays read-only (BackCare then says it cannot write there).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from backcare_desktop.paths import tighten

log = logging.getLogger(__name__)

SIDE_SUFFIXES = ("-wal", "-shm")


def make_private(path: Path) -> None:
    """Take group's and others' permissions off ``path`` if it exists, leaving the
    owner's as they are (no-op where POSIX modes do not apply)."""
    try:
        tighten(path, 0o600)
    except FileNotFoundError:
        pass
    except OSError as exc:  # a read-only disk, another user's file: said when writing fails
        log.warning("cannot make %s private: %s", path, exc)


def make_database_private(db_path: Path) -> None:
    """Make the database and its -wal and -shm companions private (at most 0600)."""
    make_private(db_path)
    for suffix in SIDE_SUFFIXES:
        make_private(db_path.with_name(db_path.name + suffix))


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
