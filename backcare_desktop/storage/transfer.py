"""Export every record to a folder (CSV per kind + one JSON file) and import the
JSON back: checked in full first, then written in one transaction or not at all.
"""

from __future__ import annotations

import contextlib
import csv
import json
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

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
from backcare_desktop.storage.repository import Repository, aware, stamp

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

def export_to_folder(parent: Path, records: Records, now: datetime, app_version: str) -> Path:
    """Write a new folder inside ``parent`` with one CSV per kind of record, the JSON
    file and a description of the columns; returns the new folder. Never
    overwrites: an existing folder of the same name gets a number added."""
    folder = unused_name(parent / f"backcare-export-{now:%Y-%m-%d}")
    folder.mkdir(mode=0o700)
    try:
        for kind, rows in csv_tables(records).items():
            path = folder / f"{kind}.csv"
            with path.open("w", newline="", encoding="utf-8-sig") as out:
                csv.writer(out).writerows(rows)
            make_private(path)
        path = folder / JSON_NAME
        path.write_text(json.dumps(to_document(records, now, app_version), ensure_ascii=False,
                                   indent=1), encoding="utf-8")
        make_private(path)
        (folder / "columns.txt").write_text(columns_text(), encoding="utf-8")
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)  # only the half-written folder made here
        raise
    return folder


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

