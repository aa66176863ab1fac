"""Opening the database safely: look first, keep copies, back up, migrate, then use.

The order matters.

1. When a -wal, -shm or -journal file lies beside the database, SQLite would
   read it (and replay it into the database at the next checkpoint) the moment
   the database is opened, whether it belongs to it or not. So before any
   SQLite open, the database and its companions are copied byte for byte into
   ``backups/set-aside-<time>/``; the look in step 2 is taken on copies.
2. What would open is looked at without writing: damaged, unreadable, from a
   newer BackCare, not BackCare's data at all, a journal that does not belong
   to the file, or not the file BackCare last closed here (its identity, see
   below). Any of these raises ``DatabaseProblem`` with copies of the files as
   they were found; the data file and its companions are left untouched.
   When nothing is wrong, copies made only as a precaution are removed again.
3. Only then is the file opened for writing; before a migration (or before a
   file from before identities is given one) a backup is taken with
   ``Connection.backup``.

Identity: every BackCare database has ``PRAGMA application_id`` =
``APPLICATION_ID`` and a random ``database_id`` in ``meta``, with a count of
its clean closes. Beside it, ``<stem>.identity.json`` records the id, the count
and the data format BackCare last left there, and whether it was closed
cleanly with nothing left beside it. It is rewritten (atomically) when the
database is opened ("open") and at each clean close, after the count in the
database went up. A database whose id, count or format does not match that
record is "not what BackCare last wrote"; a -wal or -journal with data in it
beside a file BackCare closed cleanly was not left by BackCare. Where no record
exists (a first start, or a data folder copied without it) the database is
adopted silently.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from backcare_desktop.storage.errors import (
    IN_USE_CODES,
    DatabaseProblem,
    MigrationError,
    ProblemKind,
    StorageError,
    primary_code,
)
from backcare_desktop.storage.files import (
    create_private_file,
    make_database_private,
    read_only_uri,
    side_files,
)
from backcare_desktop.storage.identity import (
    Identity,
    Record,
    read_record,
    record_path,
    write_record,
)
from backcare_desktop.storage.schema import LATEST_VERSION, MIGRATIONS

log = logging.getLogger(__name__)

PROBE_WAIT_S = 5.0  # how long a look waits for another program's lock
APPLICATION_ID = 0x42436172  # "BCar": PRAGMA application_id of every BackCare database
BACKCARE_TABLES = frozenset(
    {"settings", "meta", "sessions", "session_steps", "pain_entries", "water_entries"})
_ID_KEY = "database_id"
_CLOSES_KEY = "clean_closes"
WITHOUT_JOURNAL = "without-journal"  # label of the backup of a file read without its journal


@dataclass(frozen=True)
class Contents:
    """What a look at a database found (without changing it)."""

    version: int
    application_id: int
    tables: frozenset[str]
    database_id: str | None
    closes: int | None

    @property
    def blank(self) -> bool:
        """A new SQLite file: nothing in it at all."""
        return not self.tables and self.version == 0 and self.application_id == 0

    @property
    def backcare(self) -> bool:
        """BackCare's tables, and no other program's mark."""
        return (self.application_id in (0, APPLICATION_ID) and self.version >= 1
                and self.tables >= BACKCARE_TABLES)


BLANK = Contents(0, 0, frozenset(), None, None)


def _in_place_uri(path: Path) -> str:
    """Read the database at ``path`` where it is, with nothing beside it, creating nothing.

    A file in WAL mode (byte 18 of its header is 2) that has no -wal and no -shm
    beside it is open in no other program, so it is read as it is, without locks:
    a read-only connection would leave an empty -wal and -shm behind. A file in
    rollback mode is read with locks, so a reader waits for another program's write.
    """
    with open(path, "rb") as fh:
        header = fh.read(20)
    if len(header) == 20 and header[18] == 2:
        return read_only_uri(path)
    return f"{path.as_uri()}?mode=ro"


def _check_regular_file(path: Path) -> None:
    if not path.is_file():
        raise DatabaseProblem(ProblemKind.UNREADABLE, path, "it is not a regular file")
    try:
        with open(path, "rb") as fh:
            fh.read(1)
    except OSError as exc:
        raise DatabaseProblem(ProblemKind.UNREADABLE, path, exc.strerror or str(exc)) from exc


def _look(target: str, path: Path) -> Contents:
    """Read what the database at ``target`` (a file name or URI) holds; ``path`` is
    the file the person knows, named in problems."""
    try:
        conn = sqlite3.connect(target, uri=target.startswith("file:"), timeout=PROBE_WAIT_S)
    except sqlite3.Error as exc:
        raise DatabaseProblem(ProblemKind.UNREADABLE, path, str(exc)) from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        if app_id not in (0, APPLICATION_ID):
            raise DatabaseProblem(
                ProblemKind.NOT_BACKCARE, path,
                f"it is another program's SQLite database (application id {app_id:#x}).")
        if version > LATEST_VERSION:
            raise DatabaseProblem(
                ProblemKind.TOO_NEW,
                path,
                f"it has data format {version}; this version of BackCare reads up to "
                f"format {LATEST_VERSION}. Install the newer BackCare to open it.",
            )
        result = [row[0] for row in conn.execute("PRAGMA quick_check")]
        if result != ["ok"]:
            raise DatabaseProblem(ProblemKind.CORRUPT, path, "; ".join(map(str, result[:3])))
        tables = frozenset(str(row[0]) for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        meta: dict[str, str] = {}
        if "meta" in tables:
            with contextlib.suppress(sqlite3.OperationalError):  # a "meta" of another shape
                meta = {str(k): str(v) for k, v in conn.execute(
                    "SELECT key, value FROM meta WHERE key IN (?, ?)", (_ID_KEY, _CLOSES_KEY))}
        closes = meta.get(_CLOSES_KEY)
        return Contents(version, app_id, tables, meta.get(_ID_KEY),
                        int(closes) if closes is not None and closes.isdigit() else None)
    except sqlite3.OperationalError as exc:
        # Cannot be opened, or locked by another program: not damage.
        unreadable = primary_code(exc) in IN_USE_CODES | {sqlite3.SQLITE_CANTOPEN}
        kind = ProblemKind.UNREADABLE if unreadable else ProblemKind.CORRUPT
        raise DatabaseProblem(kind, path, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(ProblemKind.CORRUPT, path, str(exc)) from exc
    finally:
        conn.close()


def _not_backcare(path: Path, contents: Contents) -> DatabaseProblem:
    names = ", ".join(sorted(contents.tables)[:5]) or "none"
    return DatabaseProblem(
        ProblemKind.NOT_BACKCARE, path,
        f"it is an SQLite database without BackCare's data (data format {contents.version}; "
        f"tables: {names}).")


def probe(path: Path) -> int:
    """Return the data format of the single file ``path`` (a backup, or a database
    with nothing beside it), reading only that file and creating nothing.

    Raises ``DatabaseProblem`` when the file is damaged, cannot be opened, was
    written by a newer version of the app or holds another program's data.
    Returns 0 for a missing or new, empty file.
    """
    if not path.exists():
        return 0
    _check_regular_file(path)
    if path.stat().st_size == 0:
        return 0
    contents = _look(_in_place_uri(path), path)
    if not (contents.backcare or contents.blank):
        raise _not_backcare(path, contents)
    return contents.version


def connect(path: Path) -> sqlite3.Connection:
    """Open ``path`` for reading and writing with the app's pragmas.

    The connection is in autocommit mode; writers open explicit transactions.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    # FULL: a committed step survives a power cut as well as a crash.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def migrate(conn: sqlite3.Connection, path: Path, backup_dir: Path, now: datetime,
            *, has_content: bool = False) -> int:
    """Bring the database to ``LATEST_VERSION``; return the version it had.

    A database that holds anything (a format above 0, or ``has_content``: a file
    that was not empty) is backed up first. Each migration and its version bump
    run in one transaction: on failure nothing of it remains.
    """
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current >= LATEST_VERSION:
        return current
    if current > 0 or has_content:
        from backcare_desktop.storage import backups

        saved = backups.create_backup(conn, backup_dir, f"before-v{LATEST_VERSION}", now)
        log.info("backed up %s to %s before migrating from v%d", path, saved, current)
    for migration in MIGRATIONS[current:]:
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version:d}")
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise MigrationError(
                f"BackCare could not upgrade {path} to data format {migration.version} "
                f"({exc}). Your data was not changed; a copy is in {backup_dir}."
            ) from exc
        log.info("migrated %s to v%d: %s", path, migration.version, migration.description)
    return current


def identity_of(conn: sqlite3.Connection) -> Identity | None:
    """The open database's identity; None for a database from before identities."""
    if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
        return None
    meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN (?, ?)",
                             (_ID_KEY, _CLOSES_KEY)).fetchall())
    closes = str(meta.get(_CLOSES_KEY, ""))
    if _ID_KEY not in meta or not closes.isdigit():
        return None
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    return Identity(str(meta[_ID_KEY]), int(closes), version)


def _give_identity(conn: sqlite3.Connection) -> Identity:
    """Mark the database as BackCare's and give it a random id (keeping one it has)."""
    import uuid  # only here: a few milliseconds of every start otherwise

    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
        conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
                     (_ID_KEY, uuid.uuid4().hex))
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (_CLOSES_KEY,)).fetchone()
        if row is None or not str(row[0]).isdigit():
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '0')",
                         (_CLOSES_KEY,))
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    identity = identity_of(conn)
    assert identity is not None
    return identity


def _matches(record: Record, contents: Contents, path: Path) -> bool:
    try:
        _compare(record, contents, path)
    except DatabaseProblem:
        return False
    return True


def _compare(record: Record, contents: Contents, path: Path) -> None:
    """Raise NOT_LAST_WRITTEN unless ``contents`` is the database ``record`` describes.

    One close more than recorded is the same database: the app stopped between
    counting its close and rewriting the record.
    """
    if contents.database_id is None:
        detail = ("it is empty, while BackCare last saved your records in this file."
                  if contents.blank else
                  "it has no BackCare identity, while the data BackCare last saved "
                  "here had one: another file was put in its place.")
    elif contents.database_id != record.database_id:
        detail = ("it holds BackCare data, but not the data BackCare last saved here: "
                  "another data file was put in its place.")
    elif contents.closes is None or contents.closes < record.closes:
        detail = ("it is an older copy of your data than the one BackCare last saved here "
                  f"(closed {contents.closes or 0} times, not {record.closes}). It may have "
                  "been put back by hand, or by a sync or restore tool.")
    elif contents.closes > record.closes + 1:
        detail = ("it is a copy of your data that was used elsewhere after BackCare last "
                  f"saved it here (closed {contents.closes} times, not {record.closes}).")
    elif contents.version < record.version:
        detail = (f"its data format went back from {record.version} to {contents.version}: "
                  "it is an older copy of your data.")
    else:
        return
    raise DatabaseProblem(ProblemKind.NOT_LAST_WRITTEN, path, detail)


def _journals(kept: Path, path: Path) -> list[Path]:
    """The copies in ``kept`` SQLite replays into the database (all but the -shm index)."""
    return [kept / f"{path.name}{suffix}" for suffix in ("-wal", "-journal")
            if (kept / f"{path.name}{suffix}").exists()]


def _look_with_companions(path: Path, kept: Path, record: Record | None, adopt: bool,
                          backup_dir: Path, now: datetime) -> Contents:
    """Look at the copies in ``kept``: the database alone, and as SQLite would open it
    with the journal beside it. Raise FOREIGN_JOURNAL when the journal would make
    the person's data into something else."""
    copy = kept / path.name
    journals = _journals(kept, path)
    names = ", ".join(j.name for j in journals) or f"{path.name}-shm"
    alone: Contents | None
    try:
        alone = BLANK if not copy.exists() or copy.stat().st_size == 0 else _look(
            read_only_uri(copy), path)
    except DatabaseProblem:
        alone = None  # it may need its journal (a checkpoint cut short)
    scratch = Path(tempfile.mkdtemp(prefix=".checking-", dir=backup_dir))
    try:
        if copy.exists():
            shutil.copyfile(copy, scratch / path.name)
        for journal in journals:
            shutil.copyfile(journal, scratch / journal.name)
        opened: Contents | DatabaseProblem
        try:
            opened = _look(str(scratch / path.name), path)
        except DatabaseProblem as problem:
            opened = problem
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    why = None
    if not copy.exists():
        why = f"{names} is there, but the data file itself is missing."
    elif (record is not None and record.clean and not adopt
          and any(j.stat().st_size for j in journals)):
        why = (f"BackCare closed your data cleanly and left no journal beside it; "
               f"{names} was put there since.")
        if alone is not None and alone.backcare and _matches(record, alone, path):
            _save_without_journal(copy, backup_dir, now)
    elif alone is not None and alone.backcare:
        if isinstance(opened, DatabaseProblem):
            why = f"read with {names}, it would no longer be your data: {opened.detail}"
        elif not opened.backcare:
            why = f"read with {names}, your data would no longer be BackCare's."
        elif opened.version < alone.version:
            why = (f"read with {names}, your data would go back from data format "
                   f"{alone.version} to {opened.version}.")
        elif alone.database_id is not None and opened.database_id != alone.database_id:
            why = f"{names} belongs to another BackCare data file."
        if why is not None and (record is None or adopt or _matches(record, alone, path)):
            _save_without_journal(copy, backup_dir, now)
    elif isinstance(opened, Contents) and not opened.blank and not opened.backcare and (
            alone is None or alone.blank):
        why = f"what SQLite would read comes from {names}, and it is not BackCare's data."
    elif isinstance(opened, Contents) and opened.blank and any(
            j.stat().st_size for j in journals):
        why = f"{names} holds nothing BackCare can read."
    if why is not None:
        raise DatabaseProblem(ProblemKind.FOREIGN_JOURNAL, path,
                              f"{why} SQLite would have mixed it into your data.")
    if isinstance(opened, DatabaseProblem):
        raise opened
    return opened


def _save_without_journal(copy: Path, backup_dir: Path, now: datetime) -> None:
    """Back up the person's database as it is in its own file, so that restoring the
    latest backup brings it back without the journal that does not belong to it."""
    from backcare_desktop.storage import backups

    try:
        conn = sqlite3.connect(read_only_uri(copy), uri=True)
        try:
            saved = backups.create_backup(conn, backup_dir, WITHOUT_JOURNAL, now)
        finally:
            conn.close()
        log.warning("saved the data file without its journal to %s", saved)
    except (sqlite3.Error, OSError) as exc:
        log.error("could not back up %s without its journal: %s", copy, exc)


def _judge(path: Path, kept: Path | None, record: Record | None, adopt: bool,
           backup_dir: Path, now: datetime) -> Contents | None:
    """What opening ``path`` would give; None for a first start. Raises
    ``DatabaseProblem`` when it is not the person's data as BackCare left it."""
    if kept is None and not os.path.lexists(path):
        if record is not None and not adopt:
            raise DatabaseProblem(
                ProblemKind.MISSING, path,
                "BackCare saved your records in this file when it last closed, and "
                "it is no longer there. It may have been moved, renamed or deleted.")
        return None
    if kept is not None:
        contents = _look_with_companions(path, kept, record, adopt, backup_dir, now)
    elif path.stat().st_size == 0:
        contents = BLANK
    else:
        contents = _look(_in_place_uri(path), path)
    if not (contents.backcare or contents.blank):
        raise _not_backcare(path, contents)
    if record is not None and not adopt:
        _compare(record, contents, path)
    return contents


def _keep(files: list[Path], backup_dir: Path, now: datetime) -> Path:
    from backcare_desktop.storage import backups

    try:
        return backups.keep_originals(files, backup_dir, now)
    except OSError as exc:
        names = ", ".join(str(f) for f in files)
        raise StorageError(
            f"BackCare could not copy {names} into {backup_dir} before opening them "
            f"({exc.strerror or exc}). Nothing was changed. Make room on the disk, or "
            "check that folder's permissions, and start BackCare again.") from exc


def open_database(path: Path, backup_dir: Path, now: datetime, *,
                  adopt: bool = False) -> sqlite3.Connection:
    """Look at, open, migrate and secure the database at ``path``.

    ``adopt``: take the database as the person's even if it is not the one the
    identity record names (after the person chose to restore, start afresh or
    use it). Raises ``DatabaseProblem`` (nothing of the data changed on disk;
    copies kept as the problem says), ``MigrationError``, or ``StorageError``
    when the copies cannot be made.
    """
    if os.path.lexists(path):
        _check_regular_file(path)
    record = read_record(path)
    companions = side_files(path)
    files = ([path] if os.path.lexists(path) else []) + companions
    kept = _keep(files, backup_dir, now) if companions else None
    try:
        contents = _judge(path, kept, record, adopt, backup_dir, now)
    except DatabaseProblem as problem:
        problem.files = tuple(files)
        if kept is None and files and problem.kind not in (ProblemKind.CORRUPT,
                                                           ProblemKind.UNREADABLE):
            try:
                kept = _keep(files, backup_dir, now)
            except StorageError as exc:
                log.error("%s", exc)
        if kept is not None:
            from backcare_desktop.storage import backups  # (not needed on a normal start)

            problem.kept = kept
            backups.describe_kept(kept, problem.message(), now)
            log.warning("copied %s aside to %s", ", ".join(f.name for f in files), kept)
        raise
    if kept is not None:
        from backcare_desktop.storage import backups

        backups.discard_kept(kept)  # every check passed: the copies were a precaution
    has_content = bool(companions) or (contents is not None and path.stat().st_size > 0)
    # Say "open" before SQLite writes anything: a -wal found at the next start is
    # then known to be one this run may have left.
    written = record
    if contents is not None and contents.database_id is not None and contents.closes is not None:
        opening = Record(contents.database_id, contents.closes, contents.version, clean=False)
        written = _write_record_or_log(path, opening, record)
    if contents is None:
        create_private_file(path)
    conn = connect(path)
    try:
        before = migrate(conn, path, backup_dir, now, has_content=has_content)
        identity = identity_of(conn)
        if identity is None:
            if has_content and before >= LATEST_VERSION:
                from backcare_desktop.storage import backups

                saved = backups.create_backup(conn, backup_dir, "before-identity", now)
                log.info("backed up %s to %s before giving it an identity", path, saved)
            identity = _give_identity(conn)
            log.info("%s now carries the database id %s", path, identity.database_id)
        _write_record_or_log(path, Record.of(identity, clean=False), written)
    except BaseException:
        conn.close()
        raise
    make_database_private(path)
    return conn


def _write_record_or_log(path: Path, record: Record, current: Record | None) -> Record | None:
    """Write ``record`` unless it is ``current`` already; return what is on disk now."""
    if record == current:
        return current
    try:
        write_record(path, record)
    except OSError as exc:
        log.error("could not write %s: %s", record_path(path), exc)
        return current
    return record


def close_database(conn: sqlite3.Connection, path: Path) -> None:
    """Close cleanly: count the close in the database, let SQLite fold its -wal in
    and remove it, then record the new count beside the file, and that nothing
    was left beside it."""
    identity = None
    try:
        identity = identity_of(conn)
        if identity is not None:
            identity = identity._replace(closes=identity.closes + 1)
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE meta SET value = ? WHERE key = ?",
                         (str(identity.closes), _CLOSES_KEY))
            conn.execute("COMMIT")
    except sqlite3.Error as exc:
        with contextlib.suppress(sqlite3.Error):
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        log.warning("could not count the close of %s: %s", path, exc)
        identity = None
    conn.close()
    if identity is not None:
        clean = not side_files(path)  # another connection may have kept the -wal
        _write_record_or_log(path, Record.of(identity, clean=clean), None)
