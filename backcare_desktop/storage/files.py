"""File-permission helpers: health data is readable by its owner alone."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

SIDE_SUFFIXES = ("-wal", "-shm")


def make_private(path: Path) -> None:
    """Set mode 0600 on ``path`` if it exists (no-op where POSIX modes do not apply)."""
    if os.name != "posix":
        return
    with contextlib.suppress(FileNotFoundError):
        os.chmod(path, 0o600)


def make_database_private(db_path: Path) -> None:
    """Set 0600 on the database and its -wal and -shm companions."""
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
