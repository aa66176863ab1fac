"""Storage errors that carry a message fit to show a person.

SQLite's failures are told apart by their result code, never by the words of
their message: ``sqlite3.Error.sqlite_errorcode`` is the extended code, whose
low byte is the primary one (``SQLITE_IOERR_WRITE & 0xff == SQLITE_IOERR``).
"""

from __future__ import annotations

import enum
import sqlite3
from pathlib import Path

from backcare_desktop.core.words import tr


class StorageError(Exception):
    """Base class: ``str(error)`` is a plain-words message naming the file."""


class ProblemKind(enum.Enum):
    CORRUPT = "corrupt"
    UNREADABLE = "unreadable"
    TOO_NEW = "too_new"
    NOT_BACKCARE = "not_backcare"  # an SQLite file that does not hold BackCare's data
    FOREIGN_JOURNAL = "foreign_journal"  # a -wal or -journal beside it that is not its own
    NOT_LAST_WRITTEN = "not_last_written"  # BackCare data, but not the file it last closed here
    MISSING = "missing"  # the file BackCare last closed here is gone


def _what(kind: ProblemKind) -> str:
    """What is wrong with the data file ``{file}``, as one sentence."""
    if kind is ProblemKind.CORRUPT:
        return tr("Your BackCare data file {file} is damaged and cannot be read safely.")
    if kind is ProblemKind.UNREADABLE:
        return tr("Your BackCare data file {file} cannot be opened (it may belong to another "
                  "user or be locked).")
    if kind is ProblemKind.TOO_NEW:
        return tr("Your BackCare data file {file} was written by a newer version of BackCare "
                  "than this one.")
    if kind is ProblemKind.NOT_BACKCARE:
        return tr("Your BackCare data file {file} does not hold BackCare data.")
    if kind is ProblemKind.FOREIGN_JOURNAL:
        return tr("Your BackCare data file {file} has a file beside it that does not belong "
                  "to it.")
    if kind is ProblemKind.NOT_LAST_WRITTEN:
        return tr("Your BackCare data file {file} is not the one BackCare last saved here.")
    return tr("Your BackCare data file {file} is missing.")


class DatabaseProblem(StorageError):
    """The database file cannot be used as it is, or is not the one BackCare last saved.

    Nothing of the data file or its companions has been changed when this is
    raised; the caller decides (with the person) whether to restore a backup,
    move the files aside, or quit. ``files`` are the files involved (the
    database and the -wal, -shm or -journal found beside it); ``kept`` is the
    folder holding copies of their bytes as they were found, when they were
    copied aside (a file that does not look like the person's data always is).
    """

    def __init__(self, kind: ProblemKind, path: Path, detail: str,
                 files: tuple[Path, ...] = (), kept: Path | None = None) -> None:
        self.kind = kind
        self.path = path
        self.detail = detail
        self.files = files or ((path,) if path.exists() else ())
        self.kept = kept
        super().__init__(kind, path, detail)

    def __str__(self) -> str:
        return self.message()

    def message(self) -> str:
        text = tr("{problem} Details: {detail}").format(
            problem=_what(self.kind).format(file=self.path), detail=self.detail)
        if self.kept is not None and self.files:
            names = ", ".join(f.name for f in self.files)
            text = tr("{message} Copies of {files}, as they were found, are in {folder}.").format(
                message=text, files=names, folder=self.kept)
        return text


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code for ``exc``, or None when SQLite gave none."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


IN_USE_CODES = frozenset({sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED})


class WriteProblem(enum.Enum):
    """Why a write failed, when it is something about this computer, not a bug."""

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    IN_USE = "in_use"
    DISK_ERROR = "disk_error"
    CANNOT_OPEN = "cannot_open"

    @classmethod
    def of(cls, exc: sqlite3.Error) -> WriteProblem | None:
        code = primary_code(exc)
        if code is None:
            return None
        if code in IN_USE_CODES:
            return cls.IN_USE
        return _BY_CODE.get(code)

    def why(self) -> str:
        """Why, in the shown language: "the disk is full"."""
        if self is WriteProblem.DISK_FULL:
            return tr("the disk is full")
        if self is WriteProblem.READ_ONLY:
            return tr("the file or its folder is read-only")
        if self is WriteProblem.IN_USE:
            return tr("another program is using the file")
        if self is WriteProblem.DISK_ERROR:
            return tr("the disk could not be written to (it may be failing or have been "
                      "removed)")
        return tr("the file could not be opened (it may have been moved, or its folder "
                  "removed)")


_BY_CODE = {
    sqlite3.SQLITE_FULL: WriteProblem.DISK_FULL,
    sqlite3.SQLITE_READONLY: WriteProblem.READ_ONLY,
    sqlite3.SQLITE_IOERR: WriteProblem.DISK_ERROR,
    sqlite3.SQLITE_CANTOPEN: WriteProblem.CANNOT_OPEN,
}


class StorageWriteError(StorageError):
    """A write failed (disk full, read-only folder, …); nothing partial was saved.

    ``problem`` says what was wrong when SQLite's result code tells; None otherwise.
    """

    def __init__(self, message: str, problem: WriteProblem | None = None) -> None:
        super().__init__(message)
        self.problem = problem

    @classmethod
    def from_sqlite(cls, path: Path, exc: sqlite3.Error) -> StorageWriteError:
        problem = WriteProblem.of(exc)
        why = str(exc) if problem is None else problem.why()
        return cls(tr("BackCare could not save to {file}: {reason}. Nothing was half-saved.")
                   .format(file=path, reason=why), problem)


class MigrationError(StorageError):
    """A schema upgrade failed; the database was left at its previous version."""
