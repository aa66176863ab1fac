"""Export every record to a folder (CSV per kind + one JSON file) and import the
JSON back: checked in full first, then written in one transaction or not at all.
"""

from __future__ import annotations

import contextlib
import csv
import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from backcare_desktop.core.progress.records_file import (
    PainRecord,
    Records,
    SessionRecord,
    StepRecord,
    WaterRecord,
    columns_text,
    csv_tables,
    parse_document,
    to_document,
)
from backcare_desktop.core.settings_schema import SETTINGS
from backcare_desktop.core.vocabulary import (
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
)
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

JSON_NAME = "backcare-records.json"
MAX_IMPORT_BYTES = 256 * 2**20
# Settings that describe this computer's history rather than the person's choices.
_NOT_CARRIED = {"first_run_notice_seen", "close_to_tray_announced", "recent_routines"}


class ImportProblem(Exception):
    """The file cannot be imported; ``problems`` lists every reason."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class ImportReport:
    added: dict[str, int]
    skipped: dict[str, int]
    settings: tuple[str, ...]


# -- reading the database -----------------------------------------------------------------

@dataclass(frozen=True)
class LeftOut:
    """A stored record that the importable file does not hold, and why."""

    kind: str  # "session", "step", "pain entry" or "drink"
    id: int | str  # its number in the database
    why: str
    stored: dict[str, Any]  # its stored values (JSON-safe)


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
        raise _Odd(f"its {what} time cannot be read: {time_text(ts, offset)}")
    return at


def _count(value: object, what: str) -> int:
    if not is_number(value) or value != int(value):
        raise _Odd(f"its {what} is {raw_text(value)}, not a whole number")
    return int(value)


def _seconds(value: object, what: str) -> float:
    if not is_number(value):
        raise _Odd(f"its {what} is {raw_text(value)}, not a number")
    return float(value)


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
        left_out.append(LeftOut(kind, _safe(ident), why,
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
                raise _Odd(f"it belongs to session {raw_text(sid)}, which is not in the "
                           "database")
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
                why += f"; its {len(steps[sid])} steps are left out with it"
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

_CHUNK = 500  # records checked together before they are checked one by one


def importable(document: dict[str, Any]) -> tuple[dict[str, Any], list[LeftOut]]:
    """``document`` with only the records the import accepts, and those it left out.

    The import's own checks decide: the whole file first, and only when they
    find a problem, chunk by chunk and then record by record (a session that
    fails for one of its steps keeps the others). A pain entry whose session
    is not in the file is kept without the link.
    """
    known = {key: spec.validate for key, spec in SETTINGS.items() if key not in _NOT_CARRIED}
    left_out: list[LeftOut] = []

    def unlink_pain() -> None:
        keys = {item.get("session") for item in document["sessions"]}
        for item in document["pain"]:
            key = item.get("session")
            if key is not None and key not in keys:
                left_out.append(LeftOut("session link", f"of the pain entry of {item['time']}",
                                        f"session {key} is not in the file",
                                        {"session": key}))
                item["session"] = None

    unlink_pain()
    if not parse_document(document, known)[1]:
        return document, left_out

    frame = {key: value for key, value in document.items()
             if key not in ("sessions", "pain", "water", "settings")}

    def problems(kind: str, items: Any) -> list[str]:
        if kind == "pain":  # checked on their own: their links were checked above
            items = [{**item, "session": None} for item in items]
        return parse_document({**frame, kind: items}, known)[1]

    def drop(name: str, ident: object, item: dict[str, Any], found: list[str]) -> None:
        left_out.append(LeftOut(name, _safe(ident), found[0].split(": ", 1)[-1], dict(item)))

    def keep(kind: str, items: list[dict[str, Any]],
             alone: Callable[[dict[str, Any]], dict[str, Any] | None]) -> list[dict[str, Any]]:
        kept: list[dict[str, Any]] = []
        for n in range(0, len(items), _CHUNK):
            chunk = items[n:n + _CHUNK]
            if not problems(kind, chunk):
                kept += chunk
                continue
            kept += [item for item in map(alone, chunk) if item is not None]
        return kept

    def session_alone(session: dict[str, Any]) -> dict[str, Any] | None:
        found = problems("sessions", [session])
        if not found:
            return session
        bare = {**session, "steps": []}
        if not session["steps"] or problems("sessions", [bare]):
            drop("session", session["session"], session, found)
            return None
        steps = []
        for step in session["steps"]:
            found = problems("sessions", [{**bare, "steps": [step]}])
            if found:
                drop("step", f"{session['session']}/{step.get('position')}", step, found)
            else:
                steps.append(step)
        return {**bare, "steps": steps}

    def single(kind: str, name: str) -> Callable[[dict[str, Any]], dict[str, Any] | None]:
        def alone(item: dict[str, Any]) -> dict[str, Any] | None:
            found = problems(kind, [item])
            if found:
                drop(name, f"of {item.get('time')}", item, found)
                return None
            return item
        return alone

    document["sessions"] = keep("sessions", document["sessions"], session_alone)
    unlink_pain()
    document["pain"] = keep("pain", document["pain"], single("pain", "pain entry"))
    document["water"] = keep("water", document["water"], single("water", "drink"))
    if problems("settings", document["settings"]):
        document["settings"] = {}
    return document, left_out


@dataclass(frozen=True)
class Exported:
    folder: Path
    left_out: tuple[LeftOut, ...]  # records not in the importable file (in the CSV files)


def export(parent: Path, records: Records | ExportRows, now: datetime,
           app_version: str) -> Exported:
    """Write a new folder inside ``parent`` with one CSV per kind of record, the JSON
    file and a description of the columns. Never overwrites: an existing folder
    of the same name gets a number added.

    The CSV files hold every record as stored, odd ones too. The JSON file holds
    the records BackCare can import, and lists any other under "left_out", with
    its stored values and why; so does ``Exported.left_out``."""
    rows = records if isinstance(records, ExportRows) else ExportRows(records)
    tables = csv_tables(rows.records)
    for kind, extra in rows.odd.items():
        tables[kind] += extra
    document, dropped = importable(to_document(rows.records, now, app_version))
    left_out = (*rows.left_out, *dropped)
    document["left_out"] = [{"kind": item.kind, "id": item.id, "why": item.why,
                             "stored": item.stored} for item in left_out]
    folder = unused_name(parent / f"backcare-export-{now:%Y-%m-%d}")
    folder.mkdir(mode=0o700)
    try:
        for kind, table in tables.items():
            path = folder / f"{kind}.csv"
            with path.open("w", newline="", encoding="utf-8-sig") as out:
                csv.writer(out).writerows(table)
            make_private(path)
        path = folder / JSON_NAME
        path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
        make_private(path)
        (folder / "columns.txt").write_text(columns_text() + _LEFT_OUT_TEXT, encoding="utf-8")
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)  # only the half-written folder made here
        raise
    return Exported(folder, left_out)


def export_to_folder(parent: Path, records: Records | ExportRows, now: datetime,
                     app_version: str) -> Path:
    """``export``, returning the new folder."""
    return export(parent, records, now, app_version).folder


_LEFT_OUT_TEXT = """
A record whose stored values BackCare cannot read (a time that is not a date,
text where a number belongs…) is in its CSV file as stored, but not in
backcare-records.json: that file lists it under "left_out", with its stored
values and the reason.
"""


# -- import -------------------------------------------------------------------------------

def read_export(path: Path) -> Records:
    """Read and check an export file; raises ``ImportProblem`` listing every problem."""
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ImportProblem([f"{path} is {size / 2**20:.0f} MB; a BackCare export is "
                                 f"at most {MAX_IMPORT_BYTES // 2**20} MB."])
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise ImportProblem([f"{path} is not a text file (it is not UTF-8)."]) from None
    except OSError as exc:
        raise ImportProblem([f"{path} could not be read: {exc.strerror or exc}."]) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportProblem([f"{path} is not valid JSON: {exc.msg} at line {exc.lineno}, "
                             f"column {exc.colno}."]) from None
    known = {key: spec.validate for key, spec in SETTINGS.items() if key not in _NOT_CARRIED}
    records, problems = parse_document(document, known)
    if problems:
        raise ImportProblem(problems)
    return records


def import_records(repo: Repository, records: Records) -> ImportReport:
    """Add the records that are not here yet, all in one transaction.

    A session already here (same routine, same start) is skipped with its steps;
    a pain entry or drink with the same time and values is skipped. Settings
    are taken only where this computer still has the default, so nothing chosen
    here is overwritten.
    """
    added = dict.fromkeys(("sessions", "pain entries", "drinks"), 0)
    skipped = dict(added)
    taken_settings: list[str] = []
    try:
        _add(repo, records, added, skipped, taken_settings)
    except sqlite3.IntegrityError as exc:  # the checks should make this impossible
        raise ImportProblem([f"The database refused a record ({exc}); nothing was "
                             "imported."]) from None
    return ImportReport(added, skipped, tuple(taken_settings))


def _add(repo: Repository, records: Records, added: dict[str, int], skipped: dict[str, int],
         taken_settings: list[str]) -> None:
    with repo._transaction() as c:
        have_sessions = {(r, ts): i for i, r, ts in c.execute(
            "SELECT id, routine_id, started_ts FROM sessions")}
        have_pain = set(c.execute(
            "SELECT ts, level, moment, COALESCE(area, ''), note FROM pain_entries"))
        have_water = set(c.execute("SELECT ts, amount_ml FROM water_entries"))
        have_settings = {k for (k,) in c.execute("SELECT key FROM settings")}
        ids: dict[int, int] = {}
        for s in records.sessions:
            ts, off = stamp(s.started)
            if (s.routine_id, ts) in have_sessions:
                ids[s.key] = have_sessions[(s.routine_id, ts)]
                skipped["sessions"] += 1
                continue
            # A session running on the other computer when it was exported never ends here.
            state = (SessionState.INTERRUPTED if s.state == SessionState.RUNNING
                     else s.state)
            cur = c.execute(
                "INSERT INTO sessions (routine_id, routine_title, started_ts, tz_offset,"
                " ended_ts, state, stop_reason, planned_s, active_s, feeling)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (s.routine_id, s.routine_title, ts, off,
                 None if s.ended is None else stamp(s.ended)[0], state, s.stop_reason,
                 s.planned_s, s.active_s, s.feeling))
            ids[s.key] = int(cur.lastrowid or 0)
            c.executemany(
                "INSERT INTO session_steps (session_id, position, exercise_name, outcome,"
                " sets_done, reps_done, seconds_done, ended_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(ids[s.key], t.position, t.exercise, t.outcome, t.sets_done, t.reps_done,
                  t.seconds_done, stamp(t.ended)[0]) for t in s.steps])
            added["sessions"] += 1
        for p in records.pain:
            ts, off = stamp(p.at)
            if (ts, p.level, p.moment, p.area or "", p.note) in have_pain:
                skipped["pain entries"] += 1
                continue
            c.execute("INSERT INTO pain_entries (ts, tz_offset, level, area, note, session_id,"
                      " moment) VALUES (?, ?, ?, ?, ?, ?, ?)",
                      (ts, off, p.level, p.area, p.note,
                       None if p.session_key is None else ids[p.session_key], p.moment))
            added["pain entries"] += 1
        for w in records.water:
            ts, off = stamp(w.at)
            if (ts, w.amount_ml) in have_water:
                skipped["drinks"] += 1
                continue
            c.execute("INSERT INTO water_entries (ts, tz_offset, amount_ml) VALUES (?, ?, ?)",
                      (ts, off, w.amount_ml))
            added["drinks"] += 1
        for key, value in records.settings.items():
            if key not in have_settings:
                c.execute("INSERT INTO settings (key, value) VALUES (?, ?)",
                          (key, json.dumps(value)))
                taken_settings.append(key)

