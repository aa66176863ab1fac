"""Opening the database safely: probe read-only, back up, migrate, then use.

The order matters. A file that exists is first opened read-only and checked;
if it is damaged, unreadable or from a newer BackCare, ``DatabaseProblem`` is
raised before anything touches it. Only a healthy file is opened for writing,
and before it is migrated a backup is taken with ``Connection.backup``.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from backcare_desktop.storage.errors import (
    IN_USE_CODES,
    DatabaseProblem,
    MigrationError,
    ProblemKind,
    primary_code,
)
from backcare_desktop.storage.files import create_private_file, make_database_private
from backcare_desktop.storage.schema import LATEST_VERSION, MIGRATIONS

log = logging.getLogger(__name__)

PROBE_WAIT_S = 5.0  # how long the read-only check waits for another program's lock


def probe(path: Path) -> int:
    """Return the schema version of an existing database, reading only.

    Raises ``DatabaseProblem`` when the file is damaged, cannot be opened, or
    was written by a newer version of the app. Returns 0 for a missing file.
    """
    if not path.exists():
        return 0
    if not path.is_file():
        raise DatabaseProblem(ProblemKind.UNREADABLE, path, "it is not a regular file")
    try:
        with open(path, "rb") as fh:
            fh.read(1)
    except OSError as exc:
        raise DatabaseProblem(ProblemKind.UNREADABLE, path, exc.strerror or str(exc)) from exc
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=PROBE_WAIT_S)
    except sqlite3.Error as exc:
        raise DatabaseProblem(ProblemKind.UNREADABLE, path, str(exc)) from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
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
        return version
    except sqlite3.OperationalError as exc:
        # Cannot be opened, or locked by another program: not damage.
        unreadable = primary_code(exc) in IN_USE_CODES | {sqlite3.SQLITE_CANTOPEN}
        kind = ProblemKind.UNREADABLE if unreadable else ProblemKind.CORRUPT
        raise DatabaseProblem(kind, path, str(exc)) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseProblem(ProblemKind.CORRUPT, path, str(exc)) from exc
    finally:
        conn.close()


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


def migrate(conn: sqlite3.Connection, path: Path, backup_dir: Path, now: datetime) -> int:
    """Bring the database to ``LATEST_VERSION``; return the version it had.

    A database that already holds data is backed up first. Each migration and
    its version bump run in one transaction: on failure nothing of it remains.
    """
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current >= LATEST_VERSION:
        return current
    if current > 0:
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


def open_database(path: Path, backup_dir: Path, now: datetime) -> sqlite3.Connection:
    """Probe, open, migrate and secure the database at ``path``.

    Raises ``DatabaseProblem`` (nothing changed on disk) or ``MigrationError``.
    """
    probe(path)
    if not path.exists():
        create_private_file(path)
    conn = connect(path)
    try:
        migrate(conn, path, backup_dir, now)
    except BaseException:
        conn.close()
        raise
    make_database_private(path)
    return conn
