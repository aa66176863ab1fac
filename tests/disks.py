"""Real disks that fill up and folders that are read-only, for the tests of what
BackCare says and keeps when it cannot write.

``small_disk`` mounts a tiny tmpfs and ``fill`` fills it; ``read_only`` bind-mounts
a file or folder onto itself read-only, so even root gets "read-only file system".
Both need to mount, which root can do on Linux: elsewhere the test is skipped,
saying why. Every mount is undone when the ``with`` block ends.

``DiskThatFills`` is a repository whose writes fail as on a full disk while
``full`` is set: for the session's logic, on any machine.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from backcare_desktop.storage.errors import StorageWriteError
from backcare_desktop.storage.repository import Repository


def _mount(*args: str) -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small or read-only file system needs root")
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount here: {done.stderr.strip()}")


def _unmount(where: Path) -> None:
    if subprocess.run(["umount", str(where)], capture_output=True, check=False).returncode:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


@contextmanager
def small_disk(where: Path, size_kib: int = 1024) -> Iterator[Path]:
    """A tmpfs of ``size_kib`` KiB mounted on ``where`` (made if needed)."""
    where.mkdir(parents=True, exist_ok=True)
    _mount("-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(where))
    try:
        yield where
    finally:
        _unmount(where)


def fill(folder: Path) -> Path:
    """Write a file in ``folder`` until its disk is full; returns it (remove it to free
    the space)."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for size in (65536, 4096, 1):
            while True:
                try:
                    os.write(fd, b"x" * size)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    finally:
        os.close(fd)
    return filler


@contextmanager
def read_only(path: Path) -> Iterator[Path]:
    """``path`` (a file or folder) read-only for everyone, root too, until the end."""
    _mount("--bind", str(path), str(path))
    try:
        done = subprocess.run(["mount", "-o", "remount,bind,ro", str(path)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"cannot make {path} read-only: {done.stderr.strip()}")
        yield path
    finally:
        _unmount(path)


class DiskThatFills(Repository):
    """A repository whose writes fail as SQLite's do on a full disk while ``full``
    is set; reading always works."""

    full = False
    refused = 0  # writes refused so far

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        if self.full:
            self.refused += 1
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
            raise StorageWriteError.from_sqlite(self.path, error)
        with super()._write() as conn:
            yield conn
