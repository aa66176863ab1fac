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
from dataclasses import dataclass, field
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
    LeftOut,
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
from backcare_desktop.core.words import tr
from backcare_desktop.storage.database import connect
from backcare_desktop.storage.errors import StorageWriteError
from backcare_desktop.storage.files import make_private, unused_name
from backcare_desktop.storage.repository import Repository, stamp
from backcare_desktop.storage.stored_values import (
    is_number,
    moment,
    note_odd,
    raw_text,
    text,
    time_text,
    word,
    word_or_none,
)

__all__ = ["JSON_NAME", "MAX_IMPORT_BYTES", "ExportRows", "Exported", "ImportCancelled",
           "ImportProblem", "ImportReport", "LeftOut", "announce_import", "export",
           "export_apart", "export_to_folder", "import_apart", "import_records",
           "read_export", "read_for_export", "read_records"]

JSON_NAME = "backcare-records.json"
MAX_IMPORT_BYTES = MAX_FILE_BYTES
# Settings that describe this computer's history rather than the person's choices.
_NOT_CARRIED = {"first_run_notice_seen", "close_to_tray_announced", "recent_routines"}
# Settings holding a time of day, "HH:MM".
_TIMES_OF_DAY = ("active_start", "active_end", "checkin_time", "peg_time")
_Row = tuple[Any, ...]


@dataclass(frozen=True)
class ImportReport:
    added: dict[str, int]
    skipped: dict[str, int]
    settings: tuple[str, ...]


# -- reading the database -----------------------------------------------------------------

@dataclass(frozen=True)
class ExportRows:
    """Every stored record, for an export: ``records`` holds those that can be read
    as records; ``odd`` the CSV rows (stored values as text) of those that cannot,
    by kind; ``left_out`` every record that cannot go into the importable file."""

    records: Records
    odd: dict[str, list[list[str]]] = field(default_factory=dict)
    left_out: tuple[LeftOut, ...] = ()

    def counts(self) -> dict[str, int]:
        counts = self.records.counts()
        for kind, name in _KINDS.items():
            counts[name] += len(self.odd.get(kind, ()))
        return counts


_KINDS = {"sessions": "sessions", "pain": "pain entries", "water": "drinks"}


class _Odd(Exception):
    """A stored value that cannot be part of a record; the message says which."""


def _safe(value: object) -> Any:
    """A stored value for a JSON file: numbers, text and empty as they are."""
    if value is None or isinstance(value, str) or is_number(value):
        return value
    if isinstance(value, bytes):
        return f"x'{value.hex()}'"
    return str(value)  # infinity


def _cell(value: object) -> str:
    """A stored value for a CSV cell."""
    safe = _safe(value)
    return "" if safe is None else str(safe)


def _when(ts: object, offset: object, what: str) -> datetime:
    at = moment(ts, offset)
    if at is None:
        raise _Odd(_unreadable_time(what).format(time=time_text(ts, offset)))
    return at


def _unreadable_time(what: str) -> str:
    if what == "start":
        return tr("its start time cannot be read: {time}")
    if what == "end":
        return tr("its end time cannot be read: {time}")
    if what == "entry":
        return tr("its entry time cannot be read: {time}")
    return tr("its drink time cannot be read: {time}")


def _count(value: object, what: str) -> int:
    if not is_number(value) or value != int(value):
        raise _Odd(_not_whole(what).format(value=raw_text(value)))
    return int(value)


def _not_whole(what: str) -> str:
    if what == "position":
        return tr("its position is {value}, not a whole number")
    if what == "sets done":
        return tr("its sets done is {value}, not a whole number")
    if what == "repetitions done":
        return tr("its repetitions done is {value}, not a whole number")
    if what == "number":
        return tr("its number is {value}, not a whole number")
    if what == "level":
        return tr("its level is {value}, not a whole number")
    if what == "session":
        return tr("its session is {value}, not a whole number")
    return tr("its amount is {value}, not a whole number")


def _seconds(value: object, what: str) -> float:
    if not is_number(value):
        raise _Odd(_not_number(what).format(value=raw_text(value)))
    return float(value)


def _not_number(what: str) -> str:
    if what == "time":
        return tr("its time is {value}, not a number")
    if what == "planned length":
        return tr("its planned length is {value}, not a number")
    return tr("its exercise time is {value}, not a number")


def read_for_export(repo: Repository) -> ExportRows:
    """Every session (with its steps), pain entry and drink of ``repo``, oldest first,
    and the settings chosen on this computer. Never fails on an odd row: a row
    whose values cannot be read as a record is kept as stored text."""
    conn = repo._conn
    odd: dict[str, list[list[str]]] = {}
    left_out: list[LeftOut] = []

    def set_apart(kind: str, csv_kind: str, ident: object, why: str,
                  stored: dict[str, object], cells: list[object]) -> None:
        note_odd(kind, ident, f"{why}; exported as stored")
        odd.setdefault(csv_kind, []).append([_cell(c) for c in cells])
        left_out.append(LeftOut.of(kind, _safe(ident), why,
                                   {k: _safe(v) for k, v in stored.items()}))

    sessions: dict[object, tuple[object, ...]] = {}
    for row in conn.execute("SELECT id, routine_id, routine_title, started_ts, tz_offset,"
                            " ended_ts, state, stop_reason, planned_s, active_s, feeling"
                            " FROM sessions ORDER BY started_ts, id"):
        sessions[row[0]] = row

    steps: dict[object, list[StepRecord]] = {}
    step_columns = ("session_id", "position", "exercise_name", "outcome", "sets_done",
                    "reps_done", "seconds_done", "ended_ts")
    for row in conn.execute(f"SELECT {', '.join(step_columns)} FROM session_steps"
                            " ORDER BY session_id, position"):
        sid, pos, name, outcome, sets, reps, secs, ended = row
        session = sessions.get(sid)
        offset = None if session is None else session[4]
        try:
            if session is None:
                raise _Odd(tr("it belongs to session {number}, which is not in the database")
                           .format(number=raw_text(sid)))
            steps.setdefault(sid, []).append(StepRecord(
                _count(pos, "position"), text(name),
                word(StepOutcome, outcome, StepOutcome.SKIPPED), _count(sets, "sets done"),
                _count(reps, "repetitions done"), _seconds(secs, "time"),
                _when(ended, offset, "end")))
        except _Odd as exc:
            set_apart("step", "session_steps", f"{raw_text(sid)}/{raw_text(pos)}", str(exc),
                      dict(zip(step_columns, row, strict=True)),
                      [sid, pos, name, outcome, sets, reps, secs, time_text(ended, offset)])

    read: list[SessionRecord] = []
    session_columns = ("id", "routine_id", "routine_title", "started_ts", "tz_offset",
                       "ended_ts", "state", "stop_reason", "planned_s", "active_s", "feeling")
    for row in sessions.values():
        sid, rid, title, ts, off, end, state, reason, planned, active, feeling = row
        try:
            read.append(SessionRecord(
                _count(sid, "number"), text(rid), text(title), _when(ts, off, "start"),
                None if end is None else _when(end, off, "end"),
                word(SessionState, state, SessionState.INTERRUPTED),
                None if reason is None else text(reason), _seconds(planned, "planned length"),
                None if active is None else _seconds(active, "exercise time"),
                word_or_none(Feeling, feeling), tuple(steps.get(sid, ()))))
        except _Odd as exc:
            why = str(exc)
            if steps.get(sid):
                why = tr("{problems}; left out with its %n step(s)", "",
                         len(steps[sid])).format(problems=why)
            set_apart("session", "sessions", sid, why, dict(zip(session_columns, row,
                                                                strict=True)),
                      [sid, rid, title, time_text(ts, off),
                       "" if end is None else time_text(end, off), state, reason, planned,
                       active, feeling])
            for step in steps.get(sid, ()):
                odd.setdefault("session_steps", []).append(
                    [_cell(sid), str(step.position), step.exercise, step.outcome,
                     str(step.sets_done), str(step.reps_done), f"{step.seconds_done:g}",
                     step.ended.isoformat(timespec="seconds")])

    pain: list[PainRecord] = []
    pain_columns = ("id", "ts", "tz_offset", "level", "area", "note", "moment", "session_id")
    for row in conn.execute(f"SELECT {', '.join(pain_columns)} FROM pain_entries"
                            " ORDER BY ts, id"):
        pid, ts, off, level, area, note, when, sid = row
        try:
            pain.append(PainRecord(_when(ts, off, "entry"), _count(level, "level"),
                                   word_or_none(PainArea, area), text(note),
                                   word(PainMoment, when, PainMoment.ANY),
                                   None if sid is None else _count(sid, "session")))
        except _Odd as exc:
            set_apart("pain entry", "pain", pid, str(exc),
                      dict(zip(pain_columns, row, strict=True)),
                      [time_text(ts, off), level, area, note, when, sid])

    water: list[WaterRecord] = []
    for wid, ts, off, ml in conn.execute("SELECT id, ts, tz_offset, amount_ml"
                                         " FROM water_entries ORDER BY ts, id"):
        try:
            water.append(WaterRecord(_when(ts, off, "drink"), _count(ml, "amount")))
        except _Odd as exc:
            set_apart("drink", "water", wid, str(exc),
                      {"id": wid, "ts": ts, "tz_offset": off, "amount_ml": ml},
                      [time_text(ts, off), ml])

    settings = {}
    for key, value in conn.execute("SELECT key, value FROM settings ORDER BY key"):
        if key in SETTINGS and key not in _NOT_CARRIED:
            with contextlib.suppress(ValueError, TypeError):
                settings[key] = SETTINGS[key].validate(json.loads(value))
    return ExportRows(Records(tuple(read), tuple(pain), tuple(water), settings), odd,
                      tuple(left_out))


def read_records(repo: Repository) -> Records:
    """Every session (with its steps), pain entry and drink of ``repo`` that can be
    read as a record, oldest first, and the settings chosen on this computer."""
    return read_for_export(repo).records


# -- export -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Exported:
    """What an export wrote: its folder, every record saved in the CSV files (by
    kind), and the records the importable file does not hold (with why)."""

    folder: Path
    left_out: tuple[LeftOut, ...]
    counts: dict[str, int] = field(default_factory=dict)


def export(parent: Path, records: Records | ExportRows, now: datetime, app_version: str, *,
           progress: Progress | None = None,
           cancelled: Cancelled | None = None) -> Exported:
    """Write a new folder inside ``parent`` with one CSV per kind of record, the JSON
    file and a description of the columns. Never overwrites: an existing folder
    of the same name gets a number added. Rows are written as they are made, so
    memory stays small. ``ImportCancelled`` when ``cancelled`` says so (the
    half-written folder is removed).

    The CSV files hold every record as stored, odd ones too. The JSON file holds
    the records the import accepts, as its own checks (the same as reading a
    file) decide record by record while the file is written, and lists any
    other under "left_out", with its stored values and why; so does
    ``Exported.left_out``."""
    rows = records if isinstance(records, ExportRows) else ExportRows(records)
    folder = unused_name(parent / f"backcare-export-{now:%Y-%m-%d}")
    folder.mkdir(mode=0o700)
    steps = len(CSV_COLUMNS) + 2  # the CSV files, then the JSON file (twice their work)

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled
        if progress is not None:
            progress(done / steps)

    try:
        for done, (kind, table) in enumerate(csv_rows(rows.records).items()):
            step(done)
            path = folder / f"{kind}.csv"
            with path.open("w", newline="", encoding="utf-8-sig") as out:
                writer = csv.writer(out)
                writer.writerows(table)
                writer.writerows(rows.odd.get(kind, ()))
            make_private(path)
        step(len(CSV_COLUMNS))
        path = folder / JSON_NAME
        with path.open("w", encoding="utf-8") as out:
            left_out = write_document(rows.records, out, now, app_version,
                                      known_settings=_known_settings(),
                                      set_apart=rows.left_out, cancelled=cancelled)
        make_private(path)
        (folder / "columns.txt").write_text(columns_text() + _LEFT_OUT_TEXT, encoding="utf-8")
    except (OSError, ImportCancelled):
        shutil.rmtree(folder, ignore_errors=True)  # only the half-written folder made here
        raise
    if progress is not None:
        progress(1.0)
    return Exported(folder, left_out, rows.counts())


def export_to_folder(parent: Path, records: Records | ExportRows, now: datetime,
                     app_version: str, *, progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> Path:
    """``export``, returning the new folder."""
    return export(parent, records, now, app_version, progress=progress,
                  cancelled=cancelled).folder


_LEFT_OUT_TEXT = """
A record BackCare cannot import as it is stored (a time that is not a date or
lies outside 1970-2100, text where a number belongs, a control character in a
note…) is in its CSV file as stored, but not in backcare-records.json: that
file lists it under "left_out", with its stored values and the reason.
"""


def export_apart(database: Path, parent: Path, now: datetime, app_version: str, *,
                 progress: Progress | None = None,
                 cancelled: Cancelled | None = None) -> Exported:
    """``export`` of every record of the database file ``database``, read on a
    connection of its own (for a worker thread; the app's connection stays with
    its thread)."""
    with _own_repository(database) as repo:
        rows = read_for_export(repo)
    if cancelled is not None and cancelled():
        raise ImportCancelled
    share = None if progress is None else (lambda done: progress(0.3 + 0.7 * done))
    if progress is not None:
        progress(0.3)
    return export(parent, rows, now, app_version, progress=share, cancelled=cancelled)


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
                raise ValueError(tr("setting {name} = {value} is not a time of day like "
                                    "09:00").format(name=key, value=repr(value))) from None
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
        raise ImportProblem(name, [tr("The database refused a record ({reason}); nothing was "
                                      "imported.").format(reason=exc)]) from None
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
