"""Where sessions the database refused are kept until a start merges them.

While a session's records wait for the disk (``storage.session_log``), the
sessions as known so far are kept in one file of the data folder,
``unsaved-sessions``, so that neither a quit nor a crash on a full disk loses
them; the next start merges them into the database (``take_in_unsaved``:
missing steps, the end, the feeling and pain entries are added, nothing twice).

The file is made at its full size (``STORE_BYTES``) when a session starts,
while there is room, and is then only ever overwritten in place: on a disk
that has since filled up, writing it needs no new space. It holds two slots;
each write goes to the slot that does not hold the latest version, with a
sequence number, its length and a checksum, so a write cut short (a crash, a
power cut) leaves the previous version readable. (On copy-on-write file
systems such as btrfs or ZFS an overwrite needs new space too; there, a disk
full to the last block can still refuse it, and the quit says so.)

No session module is imported here, and the records-file format only when the
store exists: start-up merges before the window shows.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import struct
import zlib
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from backcare_desktop.core.vocabulary import SessionState
from backcare_desktop.storage.repository import Repository, stamp

if TYPE_CHECKING:
    from backcare_desktop.core.progress.records_file import Records

log = logging.getLogger(__name__)

STORE_NAME = "unsaved-sessions"
SLOT_BYTES = 64 * 1024  # a session of 60 exercises takes about 15 KiB
STORE_BYTES = 2 * SLOT_BYTES
_MAGIC = b"BCKEPT01"
_HEADER = struct.Struct(">8sQII")  # magic, sequence number, length, CRC-32 of the text


class StoreTooSmall(OSError):
    """The sessions to keep do not fit in a slot."""


def store_path(folder: Path) -> Path:
    return folder / STORE_NAME


def prepare(folder: Path) -> bool:
    """Make sure the store exists at its full size (a session is starting); False,
    quietly, when there is no room for it now."""
    path = store_path(folder)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        size = -1
    except OSError:
        return False
    if size >= STORE_BYTES:
        return True
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            start = max(0, size)
            os.pwrite(fd, bytes(STORE_BYTES - start), start)  # zeros: no valid slot
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        log.info("no room to prepare %s: %s", path, exc)
        if size < 0:
            with contextlib.suppress(OSError):
                path.unlink()
        return False
    return True


def _slots(fd: int) -> list[tuple[int, int, bytes]]:
    """(sequence, slot, text) of each valid slot."""
    found = []
    for slot in (0, 1):
        raw = os.pread(fd, SLOT_BYTES, slot * SLOT_BYTES)
        if len(raw) < _HEADER.size:
            continue
        magic, sequence, length, crc = _HEADER.unpack_from(raw)
        text = raw[_HEADER.size:_HEADER.size + length]
        if magic == _MAGIC and len(text) == length and zlib.crc32(text) == crc:
            found.append((sequence, slot, text))
    return found


def keep(folder: Path, records: Records, now: datetime) -> Path:
    """Put ``records`` in the store, over the slot that holds the older version;
    returns the store's path. Raises ``OSError`` (``StoreTooSmall`` when they do
    not fit)."""
    from backcare_desktop import __version__
    from backcare_desktop.core.progress.records_file import to_document

    path = store_path(folder)
    text = json.dumps(to_document(records, now, __version__), ensure_ascii=False,
                      separators=(",", ":")).encode("utf-8")
    if _HEADER.size + len(text) > SLOT_BYTES:
        raise StoreTooSmall(f"{len(text)} bytes do not fit in a slot of {path}")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        latest = max(_slots(fd), default=(0, 1, b""))
        sequence, slot = latest[0] + 1, 1 - latest[1]
        data = _HEADER.pack(_MAGIC, sequence, len(text), zlib.crc32(text)) + text
        written = os.pwrite(fd, data, slot * SLOT_BYTES)
        if written != len(data):
            raise OSError(f"only {written} of {len(data)} bytes written to {path}")
        os.fsync(fd)
    finally:
        os.close(fd)
    return path


def read_kept(folder: Path) -> Records:
    """The sessions the store holds (none if it is missing or holds nothing valid)."""
    from backcare_desktop.core.progress.records_file import Records, parse_document

    try:
        fd = os.open(store_path(folder), os.O_RDONLY)
    except FileNotFoundError:
        return Records()
    try:
        found = _slots(fd)
    finally:
        os.close(fd)
    if not found:
        return Records()
    _sequence, _slot, text = max(found)
    try:
        document = json.loads(text.decode("utf-8"))
    except ValueError as exc:
        log.error("the unsaved sessions in %s cannot be read: %s", folder, exc)
        return Records()
    records, problems = parse_document(document, {})
    if problems:
        log.error("the unsaved sessions in %s cannot be read: %s", folder, "; ".join(problems))
        return Records()
    return records


def take_in_unsaved(repo: Repository, folder: Path, now: datetime) -> int:
    """Merge the sessions kept in ``folder`` into ``repo`` and empty the store; the
    number of sessions merged. ``StorageWriteError`` when the database refuses
    (they stay kept for a later start)."""
    if not store_path(folder).exists():
        return 0  # no session ever needed it: nothing more is read or imported
    from backcare_desktop.core.progress.records_file import Records

    records = read_kept(folder)
    if not records.sessions and not records.pain:
        return 0
    _merge(repo, records)
    try:
        keep(folder, Records(), now)
    except OSError as exc:  # merged again next time: that adds nothing twice
        log.warning("could not empty %s: %s", store_path(folder), exc)
    return len(records.sessions)


def _merge(repo: Repository, records: Records) -> None:
    """Add what ``records`` holds that the database does not, in one transaction: a
    session already there (same routine, same start) gets its missing steps, its
    end and its feeling; pain entries are added once."""
    with repo._transaction() as c:
        ids: dict[int, int] = {}
        for s in records.sessions:
            ts, off = stamp(s.started)
            row = c.execute("SELECT id, state FROM sessions WHERE routine_id = ?"
                            " AND started_ts = ?", (s.routine_id, ts)).fetchone()
            ended = None if s.ended is None else stamp(s.ended)[0]
            if row is None:
                # It was running when its app ended: it never ends now.
                state = (SessionState.INTERRUPTED if s.state == SessionState.RUNNING
                         else s.state)
                cur = c.execute(
                    "INSERT INTO sessions (routine_id, routine_title, started_ts, tz_offset,"
                    " ended_ts, state, stop_reason, planned_s, active_s, feeling)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (s.routine_id, s.routine_title, ts, off, ended, state, s.stop_reason,
                     s.planned_s, s.active_s, s.feeling))
                session_id = int(cur.lastrowid or 0)
            else:
                session_id = int(row[0])
                unended = (SessionState.RUNNING, SessionState.INTERRUPTED)
                if s.state != SessionState.RUNNING and row[1] in unended:
                    c.execute("UPDATE sessions SET state = ?, ended_ts = ?, active_s = ?,"
                              " stop_reason = ? WHERE id = ?",
                              (s.state, ended, s.active_s, s.stop_reason, session_id))
                if s.feeling is not None:
                    c.execute("UPDATE sessions SET feeling = COALESCE(feeling, ?) WHERE id = ?",
                              (s.feeling, session_id))
            ids[s.key] = session_id
            c.executemany(
                "INSERT INTO session_steps (session_id, position, exercise_name, outcome,"
                " sets_done, reps_done, seconds_done, ended_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (session_id, position) DO UPDATE SET outcome = excluded.outcome,"
                " sets_done = excluded.sets_done, reps_done = excluded.reps_done,"
                " seconds_done = excluded.seconds_done, ended_ts = excluded.ended_ts",
                [(session_id, t.position, t.exercise, t.outcome, t.sets_done, t.reps_done,
                  t.seconds_done, stamp(t.ended)[0]) for t in s.steps])
        for p in records.pain:
            ts, off = stamp(p.at)
            owner = None if p.session_key is None else ids.get(p.session_key)
            if c.execute("SELECT 1 FROM pain_entries WHERE ts = ? AND level = ? AND moment = ?"
                         " AND session_id IS ?", (ts, p.level, p.moment, owner)).fetchone():
                continue
            c.execute("INSERT INTO pain_entries (ts, tz_offset, level, area, note, session_id,"
                      " moment) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      (ts, off, p.level, p.area, p.note, owner, p.moment))
