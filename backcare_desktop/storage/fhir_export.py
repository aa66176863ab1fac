"""The FHIR export's reads and its one file: the records of a date range, the
data folder's pseudonymous patient id, and the Bundle written whole or not at all.

The records are read as the records export reads them (``transfer.read_for_export``,
which never fails on an odd row: one that cannot be read as a record is left
out, as it is from the importable file), then kept to the range by each
record's own local day. The Bundle itself is ``core.progress.fhir``'s.

The file is written to a temporary file in the target's folder (0600), flushed
to disk, then given its name only if that name is still free: an existing file
is never replaced, and a full disk leaves no half file behind.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from backcare_desktop.core.progress.fhir import build_bundle, in_range
from backcare_desktop.core.progress.peg import PegAnswer
from backcare_desktop.core.progress.records_file import PainRecord, SessionRecord
from backcare_desktop.storage.database import connect
from backcare_desktop.storage.errors import StorageWriteError
from backcare_desktop.storage.files import sync_folder
from backcare_desktop.storage.repository import Repository
from backcare_desktop.storage.transfer import read_for_export

__all__ = ["FhirRecords", "FhirWritten", "NothingInRange", "export_fhir_apart",
           "patient_id", "read_fhir_records", "stored_peg_answers", "write_bundle",
           "write_new_file"]

PATIENT_KEY = "fhir.patient_id"


class NothingInRange(Exception):
    """No session, pain entry or weekly score lies in the range: nothing is written."""

    def __init__(self, first: date | None, last: date | None) -> None:
        self.first = first
        self.last = last
        super().__init__(f"no records between {first or 'the first'} and "
                         f"{last or 'the last'}")


@dataclass(frozen=True)
class FhirRecords:
    sessions: tuple[SessionRecord, ...]
    pain: tuple[PainRecord, ...]


@dataclass(frozen=True)
class FhirWritten:
    """What an export wrote: the file and how many of each kind of record."""

    path: Path
    counts: dict[str, int]


def patient_id(repo: Repository) -> str:
    """The data folder's pseudonymous patient id: a random UUID made at the first
    FHIR export and kept in ``meta`` (not a record: no backup is due for it)."""
    row = repo._conn.execute("SELECT value FROM meta WHERE key = ?",
                             (PATIENT_KEY,)).fetchone()
    if row is not None:
        with contextlib.suppress(ValueError, TypeError, AttributeError):
            return str(uuid.UUID(row[0]))
    made = str(uuid.uuid4())
    repo._upsert("meta", {PATIENT_KEY: made})
    return made


def read_fhir_records(repo: Repository, first: date | None, last: date | None) -> FhirRecords:
    """The sessions (with their steps) and pain entries whose local day lies in
    ``first``-``last`` (either open when None), oldest first."""
    records = read_for_export(repo).records
    return FhirRecords(
        tuple(s for s in records.sessions if in_range(s.started, first, last)),
        tuple(p for p in records.pain if in_range(p.at, first, last)))


def stored_peg_answers(repo: Repository, first: date | None,
                       last: date | None) -> Sequence[PegAnswer]:
    """The weekly PEG answers stored in ``repo`` for the range (all when open)."""
    return repo.peg_answers(first or date.min, last or date.max)


def write_new_file(path: Path, data: bytes, *, replace: bool = False) -> None:
    """Write ``data`` as the new file ``path`` (0600): whole or not at all, and
    never over an existing file (``FileExistsError``) unless ``replace`` (the
    person said so), when the old file stays whole until the new one takes its
    name."""
    if path.exists() and not replace:
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(path))
    partial = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if replace:
            os.replace(partial, path)
            return
        try:
            os.link(partial, path)  # fails if the name was taken meanwhile
        except FileExistsError:
            raise
        except OSError as exc:  # a file system without hard links
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            if path.exists():
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST),
                                      str(path)) from None
            os.rename(partial, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(partial)
        if path.exists():
            with contextlib.suppress(OSError):
                sync_folder(path.parent)


def write_bundle(repo: Repository, target: Path, *, first: date | None, last: date | None,
                 made: datetime, peg: Sequence[PegAnswer] | None = None,
                 name: str | None = None, replace: bool = False) -> FhirWritten:
    """Read the range from ``repo`` and write its Bundle as the new file ``target``
    (replacing one only when ``replace``). ``NothingInRange`` when there is
    nothing to export (no file is made); ``FileExistsError`` and other
    ``OSError`` as writing meets them. ``peg`` are the weekly PEG answers; by
    default those stored in ``repo``."""
    records = read_fhir_records(repo, first, last)
    if peg is None:
        peg = stored_peg_answers(repo, first, last)
    answers = [a for a in peg if in_range(a.answered, first, last)]
    if not (records.sessions or records.pain or answers):
        raise NothingInRange(first, last)
    if target.exists() and not replace:
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    bundle = build_bundle(patient_id=patient_id(repo), made=made, sessions=records.sessions,
                          pain=records.pain, peg=answers, first=first, last=last, name=name)
    data = json.dumps(bundle, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    write_new_file(target, data, replace=replace)
    counts = {"sessions": len(records.sessions), "pain entries": len(records.pain)}
    if answers:
        counts["weekly scores"] = len(answers)
    return FhirWritten(target, counts)


def export_fhir_apart(database: Path, target: Path, *, first: date | None,
                      last: date | None, made: datetime,
                      peg: Sequence[PegAnswer] | None = None, name: str | None = None,
                      replace: bool = False) -> FhirWritten:
    """``write_bundle`` from the database file ``database`` on a connection of its
    own, for a worker thread."""
    try:
        conn = connect(database)
    except sqlite3.Error as exc:
        raise StorageWriteError.from_sqlite(database, exc) from exc
    try:
        return write_bundle(Repository(conn, database), target, first=first, last=last,
                            made=made, peg=peg, name=name, replace=replace)
    finally:
        conn.close()
