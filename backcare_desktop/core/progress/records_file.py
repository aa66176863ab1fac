"""BackCare's records as a file: the export format, its CSV columns, and the
checks an import must pass before anything is written.

Times are ISO 8601 with the UTC offset the record was made in
(``2026-11-24T09:05:00+01:00``), so a record keeps its local day on any
computer. The JSON file holds everything; the CSV files hold one kind of
record each, with the columns documented in ``CSV_COLUMNS``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from backcare_desktop.core.vocabulary import (
    NAME_MAX,
    NOTE_MAX,
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
    StopReason,
    Word,
)

FORMAT = "backcare-records"
VERSION = 1

_TIME = "time in ISO 8601 with its UTC offset, e.g. 2026-11-24T09:05:00+01:00"
_W = TypeVar("_W", bound=Word)


def _either(*words: str) -> str:
    """``a, b or c``."""
    return f"{', '.join(words[:-1])} or {words[-1]}"


# Every CSV file's columns, in order, with what each holds (also in the README).
CSV_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "sessions": (
        ("session", "number of the session in this export (steps and pain refer to it)"),
        ("routine_id", "id of the routine"),
        ("routine_title", "name of the routine at the time"),
        ("started", f"start {_TIME}"),
        ("ended", f"end {_TIME}; empty if it never ended"),
        ("state", _either(SessionState.FINISHED, SessionState.STOPPED,
                          SessionState.INTERRUPTED, SessionState.RUNNING)),
        ("stop_reason", f"why it was stopped early ({StopReason.HURT}, tired, …); "
                        "empty otherwise"),
        ("planned_s", "planned length in seconds"),
        ("active_s", "seconds of exercise actually done; empty if unknown"),
        ("feeling", f"{_either(*Feeling)}; empty if not answered"),
    ),
    "session_steps": (
        ("session", "the session the step belongs to (see sessions.csv)"),
        ("position", "0 for the first step of the session, 1 for the next…"),
        ("exercise", "name of the exercise"),
        ("outcome", _either(*StepOutcome)),
        ("sets_done", "sets done"),
        ("reps_done", "repetitions done"),
        ("seconds_done", "seconds spent on the step"),
        ("ended", f"end {_TIME}"),
    ),
    "pain": (
        ("time", _TIME),
        ("level", "0 (no pain) to 10 (worst imaginable)"),
        ("area", f"{_either(*PainArea)}; empty if not given"),
        ("note", "the note written with it"),
        ("moment", f"{PainMoment.ANY} (logged at any time), {PainMoment.BEFORE}, "
                   f"{PainMoment.AFTER} or {PainMoment.HURT} (during a session)"),
        ("session", "the session it belongs to (see sessions.csv); empty if none"),
    ),
    "water": (
        ("time", _TIME),
        ("amount_ml", "millilitres drunk"),
    ),
}


@dataclass(frozen=True)
class StepRecord:
    position: int
    exercise: str
    outcome: StepOutcome
    sets_done: int
    reps_done: int
    seconds_done: float
    ended: datetime


@dataclass(frozen=True)
class SessionRecord:
    key: int  # the session's number in the file
    routine_id: str
    routine_title: str
    started: datetime
    ended: datetime | None
    state: SessionState
    stop_reason: str | None  # a StopReason, or any text an older export held
    planned_s: float
    active_s: float | None
    feeling: Feeling | None
    steps: tuple[StepRecord, ...] = ()


@dataclass(frozen=True)
class PainRecord:
    at: datetime
    level: int
    area: PainArea | None
    note: str
    moment: PainMoment
    session_key: int | None


@dataclass(frozen=True)
class WaterRecord:
    at: datetime
    amount_ml: int


@dataclass(frozen=True)
class Records:
    sessions: tuple[SessionRecord, ...] = ()
    pain: tuple[PainRecord, ...] = ()
    water: tuple[WaterRecord, ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {"sessions": len(self.sessions), "pain entries": len(self.pain),
                "drinks": len(self.water)}


# -- writing ------------------------------------------------------------------------------

def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def to_document(records: Records, exported_at: datetime, app_version: str) -> dict[str, Any]:
    """The JSON document for ``records`` (plain dicts, lists and strings)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": _iso(exported_at),
        "app_version": app_version,
        "sessions": [{
            "session": s.key, "routine_id": s.routine_id, "routine_title": s.routine_title,
            "started": _iso(s.started), "ended": _iso(s.ended), "state": s.state,
            "stop_reason": s.stop_reason, "planned_s": s.planned_s, "active_s": s.active_s,
            "feeling": s.feeling,
            "steps": [{"position": t.position, "exercise": t.exercise, "outcome": t.outcome,
                       "sets_done": t.sets_done, "reps_done": t.reps_done,
                       "seconds_done": t.seconds_done, "ended": _iso(t.ended)}
                      for t in s.steps],
        } for s in records.sessions],
        "pain": [{"time": _iso(p.at), "level": p.level, "area": p.area, "note": p.note,
                  "moment": p.moment, "session": p.session_key} for p in records.pain],
        "water": [{"time": _iso(w.at), "amount_ml": w.amount_ml} for w in records.water],
        "settings": dict(records.settings),
    }


def csv_tables(records: Records) -> dict[str, list[list[str]]]:
    """One table per kind of record: a header row, then one row per record."""
    def cell(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            return _iso(value) or ""
        if isinstance(value, float):
            return f"{value:g}"
        return str(value)

    rows: dict[str, list[list[Any]]] = {
        "sessions": [[s.key, s.routine_id, s.routine_title, s.started, s.ended, s.state,
                      s.stop_reason, s.planned_s, s.active_s, s.feeling]
                     for s in records.sessions],
        "session_steps": [[s.key, t.position, t.exercise, t.outcome, t.sets_done, t.reps_done,
                           t.seconds_done, t.ended]
                          for s in records.sessions for t in s.steps],
        "pain": [[p.at, p.level, p.area, p.note, p.moment, p.session_key]
                 for p in records.pain],
        "water": [[w.at, w.amount_ml] for w in records.water],
    }
    return {kind: [[name for name, _ in CSV_COLUMNS[kind]],
                   *([cell(v) for v in row] for row in table)]
            for kind, table in rows.items()}


# -- reading ------------------------------------------------------------------------------

class _Checker:
    """Reads values out of a parsed JSON document, noting every problem found."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def fail(self, where: str, text: str) -> None:
        if len(self.problems) < 200:
            self.problems.append(f"{where}: {text}")
        elif len(self.problems) == 200:
            self.problems.append("… and more problems; the first 200 are listed.")

    def get(self, item: Mapping[str, Any], key: str, where: str, kinds: tuple[type, ...],
            *, optional: bool = False) -> Any:
        if key not in item or item[key] is None:
            if not optional:
                self.fail(where, f"“{key}” is missing")
            return None
        value = item[key]
        ok = isinstance(value, kinds) and not isinstance(value, bool)
        if isinstance(value, float) and not math.isfinite(value):
            ok = False
        if not ok:
            names = " or ".join(dict.fromkeys(
                "number" if k in (int, float) else "text" if k is str else k.__name__
                for k in kinds))
            self.fail(where, f"“{key}” is {value!r}; it must be a {names}")
            return None
        return value

    def number(self, item: Mapping[str, Any], key: str, where: str, low: float, high: float,
               *, whole: bool = False, optional: bool = False) -> Any:
        value = self.get(item, key, where, (int,) if whole else (int, float), optional=optional)
        if value is not None and not low <= value <= high:
            self.fail(where, f"“{key}” is {value}; allowed is {low:g}–{high:g}")
            return None
        return value

    def choice(self, item: Mapping[str, Any], key: str, where: str, allowed: type[_W],
               *, optional: bool = False) -> _W | None:
        value = self.get(item, key, where, (str,), optional=optional)
        if value is None:
            return None
        if value not in allowed.values():
            self.fail(where, f"“{key}” is {value!r}; allowed: {', '.join(allowed)}")
            return None
        return allowed(value)

    def text(self, item: Mapping[str, Any], key: str, where: str, *, limit: int = NAME_MAX,
             optional: bool = False) -> Any:
        value = self.get(item, key, where, (str,), optional=optional)
        if value is not None and len(value) > limit:
            self.fail(where, f"“{key}” is {len(value)} characters long; the limit is {limit}")
            return None
        return value

    def time(self, item: Mapping[str, Any], key: str, where: str, *,
             optional: bool = False) -> datetime | None:
        value = self.get(item, key, where, (str,), optional=optional)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
        if moment is None or moment.utcoffset() is None:
            self.fail(where, f"“{key}” is {value!r}; it must be a {_TIME}")
            return None
        return moment

    def items(self, document: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
        value = document.get(key, [])
        if not isinstance(value, list):
            self.fail(key, "must be a list")
            return []
        good: list[Mapping[str, Any]] = []
        for n, item in enumerate(value, 1):
            if isinstance(item, dict):
                good.append(item)
            else:
                self.fail(f"{key} #{n}", "must be an object with named values")
                good.append({})
        return good


def parse_document(document: Any, known_settings: Mapping[str, Any]) -> tuple[Records, list[str]]:
    """Check a parsed JSON document; the records, and every problem found (none: safe to import).

    ``known_settings`` maps each setting key to a function that validates a
    value (raising ``ValueError`` with a message) — settings of other versions
    are ignored rather than refused.
    """
    check = _Checker()
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return Records(), ["This is not a BackCare export (its “format” is not "
                           f"“{FORMAT}”)."]
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        return Records(), [f"This export has format version {version!r}; this BackCare reads "
                           f"version {VERSION} and older. Update BackCare, then import again."]

    sessions: list[SessionRecord] = []
    keys: set[int] = set()
    for n, item in enumerate(check.items(document, "sessions"), 1):
        where = f"session #{n}"
        key = check.number(item, "session", where, 1, 2**53, whole=True)
        if key is not None and key in keys:
            check.fail(where, f"session number {key} is used twice")
        if key is not None:
            keys.add(key)
        steps: list[StepRecord] = []
        raw_steps = item.get("steps", [])
        if not isinstance(raw_steps, list):
            check.fail(where, "“steps” must be a list")
            raw_steps = []
        positions: set[int] = set()
        for m, step in enumerate(raw_steps, 1):
            place = f"{where}, step #{m}"
            if not isinstance(step, dict):
                check.fail(place, "must be an object with named values")
                continue
            values = (check.number(step, "position", place, 0, 10_000, whole=True),
                      check.text(step, "exercise", place),
                      check.choice(step, "outcome", place, StepOutcome),
                      check.number(step, "sets_done", place, 0, 10_000, whole=True),
                      check.number(step, "reps_done", place, 0, 100_000, whole=True),
                      check.number(step, "seconds_done", place, 0, 86_400),
                      check.time(step, "ended", place))
            if values[0] is not None and values[0] in positions:
                check.fail(place, f"position {values[0]} is used twice in this session")
                continue
            if values[0] is not None:
                positions.add(values[0])
            if None not in values:
                steps.append(StepRecord(*values))  # type: ignore[arg-type]
        routine_id = check.text(item, "routine_id", where)
        title = check.text(item, "routine_title", where)
        started = check.time(item, "started", where)
        ended = check.time(item, "ended", where, optional=True)
        state = check.choice(item, "state", where, SessionState)
        stop_reason = check.text(item, "stop_reason", where, optional=True)
        planned = check.number(item, "planned_s", where, 0, 86_400)
        active = check.number(item, "active_s", where, 0, 86_400, optional=True)
        feeling = check.choice(item, "feeling", where, Feeling, optional=True)
        if (None not in (key, routine_id, title, planned) and state is not None
                and started is not None):
            sessions.append(SessionRecord(
                key, routine_id, title, started, ended, state, stop_reason,
                float(planned), None if active is None else float(active), feeling,
                tuple(steps)))

    pain: list[PainRecord] = []
    for n, item in enumerate(check.items(document, "pain"), 1):
        where = f"pain entry #{n}"
        at = check.time(item, "time", where)
        level = check.number(item, "level", where, 0, 10, whole=True)
        area = check.choice(item, "area", where, PainArea, optional=True)
        note = check.text(item, "note", where, limit=NOTE_MAX, optional=True) or ""
        moment = (check.choice(item, "moment", where, PainMoment, optional=True)
                  or PainMoment.ANY)
        session = check.number(item, "session", where, 1, 2**53, whole=True, optional=True)
        if session is not None and session not in keys:
            check.fail(where, f"it belongs to session {session}, which is not in the file")
        if at is not None and level is not None:
            pain.append(PainRecord(at, level, area, note, moment, session))

    water: list[WaterRecord] = []
    for n, item in enumerate(check.items(document, "water"), 1):
        where = f"drink #{n}"
        at = check.time(item, "time", where)
        amount = check.number(item, "amount_ml", where, 1, 3000, whole=True)
        if at is not None and amount is not None:
            water.append(WaterRecord(at, amount))

    settings: dict[str, Any] = {}
    raw = document.get("settings", {})
    if not isinstance(raw, dict):
        check.fail("settings", "must be an object with named values")
        raw = {}
    for key, value in raw.items():
        validate = known_settings.get(key)
        if validate is None:
            continue
        try:
            settings[key] = validate(value)
        except ValueError as exc:
            check.fail("settings", str(exc))
    return Records(tuple(sessions), tuple(pain), tuple(water), settings), check.problems


def columns_text() -> str:
    """A plain description of every CSV file and column, saved beside an export."""
    lines = ["BackCare export", "", "Times are ISO 8601 with the UTC offset of the moment",
             "the record was made. Every file is UTF-8 CSV with a header row.", ""]
    for kind, columns in CSV_COLUMNS.items():
        lines.append(f"{kind}.csv")
        lines += [f"  {name}: {meaning}" for name, meaning in columns]
        lines.append("")
    lines.append("backcare-records.json holds all of it (and the settings) and can be")
    lines.append("imported into BackCare on another computer (Data → Import…).")
    return "\n".join(lines) + "\n"
