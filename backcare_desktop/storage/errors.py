"""Storage errors that carry a message fit to show a person."""

from __future__ import annotations

import enum
from pathlib import Path


class StorageError(Exception):
    """Base class: ``str(error)`` is a plain-words message naming the file."""


class ProblemKind(enum.Enum):
    CORRUPT = "corrupt"
    UNREADABLE = "unreadable"
    TOO_NEW = "too_new"


class DatabaseProblem(StorageError):
    """The database file exists but cannot be used as it is.

    Nothing has been changed on disk when this is raised; the caller decides
    (with the person) whether to restore a backup, move the file aside, or quit.
    """

    def __init__(self, kind: ProblemKind, path: Path, detail: str) -> None:
        self.kind = kind
        self.path = path
        self.detail = detail
        super().__init__(self.message())

    def message(self) -> str:
        if self.kind is ProblemKind.CORRUPT:
            what = "is damaged and cannot be read safely"
        elif self.kind is ProblemKind.UNREADABLE:
            what = "cannot be opened (it may belong to another user or be locked)"
        else:
            what = "was written by a newer version of BackCare than this one"
        return f"Your BackCare data file {self.path} {what}. Details: {self.detail}"


class StorageWriteError(StorageError):
    """A write failed (disk full, read-only folder, …); nothing partial was saved."""


class MigrationError(StorageError):
    """A schema upgrade failed; the database was left at its previous version."""
