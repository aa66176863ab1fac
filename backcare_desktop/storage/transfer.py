"""Export every record to a folder (CSV per kind + one JSON file) and import the
JSON back: checked in full first, then written in one transaction or not at all.

Reading and checking a file is ``core.progress.records_file``'s work; this
module adds the database. ``import_apart`` and ``export_apart`` open a
connection of their own so that a worker thread can do the work while the
window keeps the app's connection (SQLite's WAL lets it read meanwhile).
"""

from __future__ import annotations

import contextlib
import csv
import json
import shutil
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo
from pathlib import Path
from typing import Any

from backcare_desktop.core.hydration.amounts import parse_hhmm
from backcare_desktop.core.progress.records_file import (
    CSV_COLUMNS,
    MAX_FILE_BYTES,
    Cancelled,
    ImportCancelled,
    ImportProblem,
    PainRecord,
    Progress,
    Records,
    SessionRecord,
    StepRecord,
    WaterRecord,
    columns_text,
    csv_rows,
    read_records_file,
    write_document,
)
from backcare_desktop.core.settings_schema import SETTINGS
from backcare_desktop.core.vocabulary import (
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
)
from backcare_desktop.storage.database import connect
from backcare_desktop.storage.errors import StorageWriteError
from backcare_desktop.storage.files import make_private, unused_name
from backcare_desktop.storage.repository import Repository, aware, stamp

__all__ = ["JSON_NAME", "MAX_IMPORT_BYTES", "ImportCancelled", "ImportProblem", "ImportReport",
           "announce_import", "export_apart", "export_to_folder", "import_apart",
           "import_records", "read_export", "read_records"]

JSON_NAME = "backcare-records.json"
MAX_IMPORT_BYTES = MAX_FILE_BYTES
# Settings that describe this computer's history rather than the person's choices.
_NOT_CARRIED = {"first_run_notice_seen", "close_to_tray_announced", "recent_routines"}
# Settings holding a time of day, "HH:MM".
_TIMES_OF_DAY = ("active_start", "active_end", "checkin_time")
_Row = tuple[Any, ...]


@dataclass(frozen=True)
class ImportReport:
    added: dict[str, int]
    skipped: dict[str, int]
    settings: tuple[str, ...]


# -- reading the database -----------------------------------------------------------------

def read_records(repo: Repository) -> Records:
    """Every session (with its steps), pain entry and drink of ``repo``, oldest first,
    and the settings chosen on this computer."""
    conn = repo._conn
    steps: dict[int, list[StepRecord]] = {}
    offsets = dict(conn.execute("SELECT id, tz_offset FROM sessions").fetchall())
    for sid, pos, name, outcome, sets, reps, secs, ended in conn.execute(
            "SELECT session_id, position, exercise_name, outcome, sets_done, reps_done,"
            " seconds_done, ended_ts FROM session_steps ORDER BY session_id, position"):
        steps.setdefault(sid, []).append(StepRecord(pos, name, StepOutcome(outcome), sets, reps,
                                                    float(secs), aware(ended, offsets[sid])))
    sessions = tuple(
        SessionRecord(sid, rid, title, aware(ts, off), None if end is None else aware(end, off),
                      SessionState(state), reason, float(planned),
                      None if active is None else float(active),
                      None if feeling is None else Feeling(feeling), tuple(steps.get(sid, ())))
        for sid, rid, title, ts, off, end, state, reason, planned, active, feeling
        in conn.execute("SELECT id, routine_id, routine_title, started_ts, tz_offset, ended_ts,"
                        " state, stop_reason, planned_s, active_s, feeling FROM sessions"
                        " ORDER BY started_ts, id"))
    pain = tuple(PainRecord(aware(ts, off), level, None if area is None else PainArea(area), note,
                            PainMoment(moment), sid)
                 for ts, off, level, area, note, moment, sid in conn.execute(
                     "SELECT ts, tz_offset, level, area, note, moment, session_id"
                     " FROM pain_entries ORDER BY ts, id"))
    water = tuple(WaterRecord(aware(ts, off), ml) for ts, off, ml in conn.execute(
        "SELECT ts, tz_offset, amount_ml FROM water_entries ORDER BY ts, id"))
    settings = {}
    for key, value in conn.execute("SELECT key, value FROM settings ORDER BY key"):
        if key in SETTINGS and key not in _NOT_CARRIED:
            with contextlib.suppress(ValueError, TypeError):
                settings[key] = SETTINGS[key].validate(json.loads(value))
    return Records(sessions, pain, water, settings)


# -- export -------------------------------------------------------------------------------

def export_to_folder(parent: Path, records: Records, now: datetime, app_version: str, *,
                     progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> Path:
    """Write a new folder inside ``parent`` with one CSV per kind of record, the JSON
    file and a description of the columns; returns the new folder. Never
    overwrites: an existing folder of the same name gets a number added. Rows
    are written as they are made, so memory stays small. ``ImportCancelled``
    when ``cancelled`` says so (the half-written folder is removed)."""
    folder = unused_name(parent / f"backcare-export-{now:%Y-%m-%d}")
    folder.mkdir(mode=0o700)
    steps = len(CSV_COLUMNS) + 1

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled
        if progress is not None:
            progress(done / steps)

    try:
        for done, (kind, rows) in enumerate(csv_rows(records).items()):
            step(done)
            path = folder / f"{kind}.csv"
            with path.open("w", newline="", encoding="utf-8-sig") as out:
                csv.writer(out).writerows(rows)
            make_private(path)
        step(steps - 1)
        path = folder / JSON_NAME
        with path.open("w", encoding="utf-8") as out:
            write_document(records, out, now, app_version)
        make_private(path)
        (folder / "columns.txt").write_text(columns_text(), encoding="utf-8")
    except (OSError, ImportCancelled):
        shutil.rmtree(folder, ignore_errors=True)  # only the half-written folder made here
        raise
    if progress is not None:
        progress(1.0)
    return folder


def export_apart(database: Path, parent: Path, now: datetime, app_version: str, *,
                 progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> tuple[Path, Records]:
    """``export_to_folder`` of every record of the database file ``database``, read
    on a connection of its own (for a worker thread; the app's connection stays
    with its thread). Returns the new folder and what was exported."""
    with _own_repository(database) as repo:
        records = read_records(repo)
    if cancelled is not None and cancelled():
        raise ImportCancelled
    share = None if progress is None else (lambda done: progress(0.3 + 0.7 * done))
    if progress is not None:
        progress(0.3)
    return export_to_folder(parent, records, now, app_version, progress=share,
                            cancelled=cancelled), records


# -- import -------------------------------------------------------------------------------

def _known_settings() -> dict[str, Callable[[Any], Any]]:
    """A validator for every setting an import may carry."""
    known: dict[str, Callable[[Any], Any]] = {
        key: spec.validate for key, spec in SETTINGS.items() if key not in _NOT_CARRIED}

    def time_of_day(key: str) -> Callable[[Any], Any]:
        def validate(value: Any) -> Any:
            value = SETTINGS[key].validate(value)
            try:
                parse_hhmm(value)
            except ValueError:
                raise ValueError(f"setting {key} = {value!r} is not a time of day like "
                                 "09:00") from None
            return value
        return validate

    for key in _TIMES_OF_DAY:
        known[key] = time_of_day(key)
    return known


def read_export(path: Path, *, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> Records:
    """Read and check an export file; raises ``ImportProblem`` naming the file and
    listing every problem, ``ImportCancelled`` when ``cancelled`` says so. Never
    blocks on a pipe or a device; memory stays near the size of the file."""
    return read_records_file(path, _known_settings(), progress=progress, cancelled=cancelled)


def import_records(repo: Repository, records: Records, *, progress: Progress | None = None,
                   cancelled: Cancelled | None = None, name: str = "The file") -> ImportReport:
    """Add the records that are not here yet, all in one transaction.

    A session already here (same routine, same start) is skipped with its steps;
    a pain entry or drink with the same time and values is skipped. Settings
    are taken only where this computer still has the default, so nothing chosen
    here is overwritten. ``cancelled`` is asked every few thousand rows: when it
    says so, ``ImportCancelled`` is raised and nothing is kept.
    """
    added = dict.fromkeys(("sessions", "pain entries", "drinks"), 0)
    skipped = dict(added)
    taken_settings: list[str] = []
    try:
        _add(repo, records, added, skipped, taken_settings, _Ticker(records, progress, cancelled))
    except sqlite3.IntegrityError as exc:  # the checks should make this impossible
        raise ImportProblem(name, [f"The database refused a record ({exc}); nothing was "
                                   "imported."]) from None
    return ImportReport(added, skipped, tuple(taken_settings))


def import_apart(database: Path, records: Records, *, progress: Progress | None = None,
                 cancelled: Cancelled | None = None, name: str = "The file") -> ImportReport:
    """``import_records`` into the database file ``database`` on a connection of its
    own, for a worker thread. Call ``announce_import`` on the app's repository
    afterwards so the pages redraw."""
    with _own_repository(database) as repo:
        return import_records(repo, records, progress=progress, cancelled=cancelled,
                              name=name)


def announce_import(repo: Repository) -> None:
    """Tell ``repo``'s listeners that records were added by ``import_apart``."""
    repo._announce()


_OFFSETS: dict[tzinfo, int] = {}


def _stamp(at: datetime) -> tuple[int, int]:
    """``repository.stamp``, quicker for the fixed offsets records carry (one look-up
    per offset instead of a ``utcoffset()`` per record)."""
    zone = at.tzinfo
    if type(zone) is not timezone:
        return stamp(at)
    offset = _OFFSETS.get(zone)
    if offset is None:
        offset = _OFFSETS.setdefault(zone, stamp(at)[1])
    return int(at.timestamp()), offset


@contextlib.contextmanager
def _own_repository(path: Path) -> Iterator[Repository]:
    try:
        conn = connect(path)
    except sqlite3.Error as exc:
        raise StorageWriteError.from_sqlite(path, exc) from exc
    try:
        yield Repository(conn, path)
    finally:
        conn.close()


class _Ticker:
    """Counts written rows: reports progress, and stops when cancelled."""

    EVERY = 2048

    def __init__(self, records: Records, progress: Progress | None,
                 cancelled: Cancelled | None) -> None:
        self.total = max(1, len(records.sessions) + len(records.pain) + len(records.water)
                         + sum(len(s.steps) for s in records.sessions))
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled

    def rows(self, rows: Iterable[_Row]) -> Iterator[_Row]:
        for row in rows:
            self.done += 1
            if self.done % self.EVERY == 0:
                self.tick()
            yield row

    def tick(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled
        if self.progress is not None:
            self.progress(min(1.0, self.done / self.total))


def _add(repo: Repository, records: Records, added: dict[str, int], skipped: dict[str, int],
         taken_settings: list[str], ticker: _Ticker) -> None:
    with repo._transaction() as c:
        have_sessions = {(r, ts): i for i, r, ts in c.execute(
            "SELECT id, routine_id, started_ts FROM sessions")}
        have_pain = set(c.execute(
            "SELECT ts, level, moment, COALESCE(area, ''), note FROM pain_entries"))
        have_water = set(c.execute("SELECT ts, amount_ml FROM water_entries"))
        have_settings = {k for (k,) in c.execute("SELECT key FROM settings")}
        next_id = int(c.execute("SELECT COALESCE(MAX(id), 0) FROM sessions").fetchone()[0]) + 1
        ids: dict[int, int] = {}
        new_sessions: list[SessionRecord] = []
        for s in records.sessions:
            ts, _ = _stamp(s.started)
            if (s.routine_id, ts) in have_sessions:
                ids[s.key] = have_sessions[(s.routine_id, ts)]
                skipped["sessions"] += 1
            else:
                ids[s.key] = next_id
                next_id += 1
                new_sessions.append(s)
        added["sessions"] = len(new_sessions)
        c.executemany(
            "INSERT INTO sessions (id, routine_id, routine_title, started_ts, tz_offset,"
            " ended_ts, state, stop_reason, planned_s, active_s, feeling)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ticker.rows(
                (ids[s.key], s.routine_id, s.routine_title, *_stamp(s.started),
                 None if s.ended is None else _stamp(s.ended)[0],
                 # A session running on the other computer when it was exported never
                 # ends here.
                 SessionState.INTERRUPTED if s.state == SessionState.RUNNING else s.state,
                 s.stop_reason, s.planned_s, s.active_s, s.feeling)
                for s in new_sessions))
        c.executemany(
            "INSERT INTO session_steps (session_id, position, exercise_name, outcome,"
            " sets_done, reps_done, seconds_done, ended_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            ticker.rows(
                (ids[s.key], t.position, t.exercise, t.outcome, t.sets_done, t.reps_done,
                 t.seconds_done, _stamp(t.ended)[0]) for s in new_sessions for t in s.steps))

        def new_pain() -> Iterator[_Row]:
            for p in records.pain:
                ts, off = _stamp(p.at)
                if (ts, p.level, p.moment, p.area or "", p.note) in have_pain:
                    skipped["pain entries"] += 1
                    continue
                added["pain entries"] += 1
                yield (ts, off, p.level, p.area, p.note,
                       None if p.session_key is None else ids[p.session_key], p.moment)

        c.executemany("INSERT INTO pain_entries (ts, tz_offset, level, area, note, session_id,"
                      " moment) VALUES (?, ?, ?, ?, ?, ?, ?)", ticker.rows(new_pain()))

        def new_water() -> Iterator[_Row]:
            for w in records.water:
                ts, off = _stamp(w.at)
                if (ts, w.amount_ml) in have_water:
                    skipped["drinks"] += 1
                    continue
                added["drinks"] += 1
                yield (ts, off, w.amount_ml)

        c.executemany("INSERT INTO water_entries (ts, tz_offset, amount_ml) VALUES (?, ?, ?)",
                      ticker.rows(new_water()))
        for key, value in records.settings.items():
            if key not in have_settings:
                c.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                          (key, json.dumps(value)))
                taken_settings.append(key)
        ticker.tick()  # the last chance to cancel before the commit
