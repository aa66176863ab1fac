"""BackCare's records as a file: the export format, its CSV columns, and the
checks an import must pass before anything is written.

Times are ISO 8601 with the UTC offset the record was made in
(``2026-11-24T09:05:00+01:00``), so a record keeps its local day on any
computer. The JSON file holds everything; the CSV files hold one kind of
record each, with the columns documented in ``CSV_COLUMNS``.

A records file comes from anywhere, so reading it trusts nothing. The file is
read through ``core.files.read_limited`` (never a pipe or a device, never more
than ``MAX_FILE_BYTES``), decoded as UTF-8 (a byte-order mark is allowed),
and then read one record at a time: before the JSON decoder sees a record, a
regular expression finds where it ends, so a record nested too deeply or
larger than ``MAX_ITEM_CHARS`` is refused without being built. Numbers have
at most ``MAX_NUMBER_CHARS`` characters, an object at most ``MAX_KEYS`` names
(each once). Every value is then checked against what the app can store and
show: times from 1970 to 2100 with offsets from -12:00 to +14:00, amounts,
pain levels and durations within their limits, text within the vocabulary's
lengths and free of control characters, direction overrides and broken
(surrogate) characters. Any problem refuses the whole file; ``ImportProblem``
names the file and lists every problem in plain words.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from json import JSONDecodeError
from pathlib import Path
from typing import Any, NamedTuple, TextIO, TypeVar

from backcare_desktop.core.files import FileRefused, read_limited
from backcare_desktop.core.hydration.amounts import ENTRY_MAX_ML, ENTRY_MIN_ML
from backcare_desktop.core.patterns import POSSESSIVE_GROUPS_WORK, repeated
from backcare_desktop.core.vocabulary import (
    NAME_MAX,
    NOTE_MAX,
    WORDS,
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
    StopReason,
    Word,
)
from backcare_desktop.core.words import tr

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


@dataclass(frozen=True, slots=True)
class StepRecord:
    position: int
    exercise: str
    outcome: StepOutcome
    sets_done: int
    reps_done: int
    seconds_done: float
    ended: datetime


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class PainRecord:
    at: datetime
    level: int
    area: PainArea | None
    note: str
    moment: PainMoment
    session_key: int | None


@dataclass(frozen=True, slots=True)
class WaterRecord:
    at: datetime
    amount_ml: int


@dataclass(frozen=True, slots=True)
class Records:
    sessions: tuple[SessionRecord, ...] = ()
    pain: tuple[PainRecord, ...] = ()
    water: tuple[WaterRecord, ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {"sessions": len(self.sessions), "pain entries": len(self.pain),
                "drinks": len(self.water)}


LEFT_OUT_TEXT_MAX = 1000
"""Characters of one stored text kept under "left_out" (the CSV files hold all of it)."""


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A stored record that an export's importable file does not hold, and why.

    ``kind`` is "session", "step", "pain entry", "drink", "session link" or
    "setting"; ``id`` says which (a session's number, "3/2" for step 2 of
    session 3, "of <time>" for a pain entry or drink); ``stored`` its values as
    JSON can hold them (long texts cut, see ``LEFT_OUT_TEXT_MAX``)."""

    kind: str
    id: int | str
    why: str
    stored: dict[str, Any]

    @classmethod
    def of(cls, kind: str, ident: int | str, why: str, stored: Mapping[str, Any]) -> LeftOut:
        """A LeftOut whose ``stored`` values are made safe for a records file."""
        kept = {str(key): _bounded(value) for key, value in stored.items()}
        steps = kept.get("steps")
        if (isinstance(steps, list) and steps
                and len(json.dumps(kept, ensure_ascii=False)) > MAX_ITEM_CHARS // 4):
            kept["steps"] = f"{len(steps):,} steps, in session_steps.csv"
        return cls(kind, ident, why, kept)

    def item(self) -> dict[str, Any]:
        """As listed under "left_out" in a records file."""
        return {"kind": self.kind, "id": self.id, "why": self.why, "stored": self.stored}


def _bounded(value: Any) -> Any:
    """``value`` as a records file can hold it under "left_out"."""
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, str):
        if len(value) <= LEFT_OUT_TEXT_MAX:
            return value
        return f"{value[:LEFT_OUT_TEXT_MAX]}… ({len(value):,} characters in all)"
    if isinstance(value, Mapping):
        return {str(key): _bounded(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_bounded(item) for item in value]
    return _bounded(str(value))


# -- limits -------------------------------------------------------------------------------

MAX_FILE_BYTES = 64 * 2**20
"""The largest records file read. Ten years of daily sessions, pain entries and
drinks export to about 11 MB."""

MAX_ITEM_CHARS = 2**20
"""Characters of one record (a session with its steps), of the settings, or of
any other value in the file."""

MAX_DEPTH = 5
"""Lists and objects nested inside one record (a session's steps need 3)."""

MAX_KEYS = 64
"""Names in one object (a session has 11)."""

MAX_STEPS = 1000
"""Steps of one session (a routine has at most 60 exercises)."""

MAX_NUMBER_CHARS = 40
"""Characters of one number: more digits than any count or duration needs."""

MAX_PROBLEMS = 200
"""Problems listed before reading stops."""

EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
LATEST = datetime(2101, 1, 1, tzinfo=UTC)
"""Times are accepted from ``EARLIEST`` up to, not including, ``LATEST``: with any
offset from ``OFFSET_MIN`` to ``OFFSET_MAX`` such a time is a date and time the
app (and Python, and SQLite) can show and count days with."""
TIME_RANGE = "times from 1970 to 2100 (UTC)"

OFFSET_MIN, OFFSET_MAX = timedelta(hours=-12), timedelta(hours=14)
"""UTC offsets in use on Earth."""

MAX_SECONDS = 86_400
"""Longest duration of a session or a step, in seconds."""

Progress = Callable[[float], None]
"""Called now and then with the share of the work done, 0.0 to 1.0."""
Cancelled = Callable[[], bool]
"""Asked now and then; True stops the work with ``ImportCancelled``."""


class ImportProblem(Exception):
    """The records file ``name`` cannot be imported; ``problems`` lists every reason
    in plain words. ``str()`` names the file and the first problems."""

    def __init__(self, name: str, problems: list[str]) -> None:
        self.name = name
        self.problems = problems
        shown = "; ".join(problems[:3]) + ("; …" if len(problems) > 3 else "")
        super().__init__(tr("{file} was not imported: {problems}").format(
            file=name, problems=shown))


class ImportCancelled(Exception):
    """The person cancelled the import or export; nothing was changed."""


def shown_name(path: Path | str) -> str:
    """A path as text that can be printed and shown anywhere: bytes that are not
    UTF-8 and characters that are not printable appear as escapes."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in text)


# -- writing ------------------------------------------------------------------------------

def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def _word(value: str | None) -> str | None:
    """A vocabulary word as the plain text a file holds (and the import's checks read)."""
    return None if value is None else str(value)


def _session_item(s: SessionRecord) -> dict[str, Any]:
    return {
        "session": s.key, "routine_id": s.routine_id, "routine_title": s.routine_title,
        "started": _iso(s.started), "ended": _iso(s.ended), "state": _word(s.state),
        "stop_reason": s.stop_reason, "planned_s": s.planned_s, "active_s": s.active_s,
        "feeling": _word(s.feeling),
        "steps": [{"position": t.position, "exercise": t.exercise,
                   "outcome": _word(t.outcome), "sets_done": t.sets_done,
                   "reps_done": t.reps_done, "seconds_done": t.seconds_done,
                   "ended": _iso(t.ended)}
                  for t in s.steps],
    }


def _pain_item(p: PainRecord) -> dict[str, Any]:
    return {"time": _iso(p.at), "level": p.level, "area": _word(p.area), "note": p.note,
            "moment": _word(p.moment), "session": p.session_key}


def _water_item(w: WaterRecord) -> dict[str, Any]:
    return {"time": _iso(w.at), "amount_ml": w.amount_ml}


def _header(exported_at: datetime, app_version: str) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "exported_at": _iso(exported_at),
            "app_version": app_version}


def to_document(records: Records, exported_at: datetime, app_version: str) -> dict[str, Any]:
    """The JSON document for ``records`` (plain dicts, lists and strings)."""
    return {
        **_header(exported_at, app_version),
        "sessions": [_session_item(s) for s in records.sessions],
        "pain": [_pain_item(p) for p in records.pain],
        "water": [_water_item(w) for w in records.water],
        "settings": dict(records.settings),
    }


def write_document(records: Records, out: TextIO, exported_at: datetime,
                   app_version: str, *,
                   known_settings: Mapping[str, Callable[[Any], Any]] | None = None,
                   set_apart: Iterable[LeftOut] = (),
                   cancelled: Cancelled | None = None) -> tuple[LeftOut, ...]:
    """Write the JSON document for ``records`` to ``out`` one record per line, never
    holding the whole text in memory.

    With ``known_settings`` (those the import takes), the file holds only what
    the import accepts: each record goes through the import's own checks
    (``ImportCheck``) as it is written, and one they refuse is left out, with
    the reason and its values, under "left_out", after ``set_apart`` (records
    the caller could not make into records at all). A session refused for some
    of its steps keeps the others; a pain entry whose session is left out keeps
    its place without the link. Returns everything listed under "left_out".
    ``ImportCancelled`` when ``cancelled`` says so (asked every few thousand
    records)."""
    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    keep = None if known_settings is None else _Importable(known_settings, set_apart)
    done = 0

    def checked(kind: str, items: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        nonlocal done
        for item in items:
            done += 1
            if cancelled is not None and done % 2048 == 0 and cancelled():
                raise ImportCancelled
            kept = item if keep is None else keep.item(kind, item)
            if kept is not None:
                yield kept

    out.write("{\n")
    for key, value in _header(exported_at, app_version).items():
        out.write(f" {dumps(key)}: {dumps(value)},\n")
    lists = (("sessions", map(_session_item, records.sessions)),
             ("pain", map(_pain_item, records.pain)), ("water", map(_water_item, records.water)))
    for key, items in lists:
        out.write(f" {dumps(key)}: [")
        separator = "\n  "
        for item in checked(key, items):
            out.write(separator + dumps(item))
            separator = ",\n  "
        out.write("],\n" if separator == "\n  " else "\n ],\n")
    settings = dict(records.settings) if keep is None else keep.settings(records.settings)
    if keep is None:
        out.write(f' "settings": {dumps(settings)}\n}}\n')
        return ()
    out.write(f' "settings": {dumps(settings)},\n "left_out": [')
    separator = "\n  "
    for left in keep.left_out:
        out.write(separator + dumps(left.item()))
        separator = ",\n  "
    out.write("]\n}\n" if separator == "\n  " else "\n ]\n}\n")
    return tuple(keep.left_out)


def csv_rows(records: Records) -> dict[str, Iterator[list[str]]]:
    """One table per kind of record, made row by row: a header, then one row per record."""
    def cell(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            return _iso(value) or ""
        if isinstance(value, float):
            return f"{value:g}"
        return str(value)

    rows: dict[str, Iterator[list[Any]]] = {
        "sessions": ([s.key, s.routine_id, s.routine_title, s.started, s.ended, s.state,
                      s.stop_reason, s.planned_s, s.active_s, s.feeling]
                     for s in records.sessions),
        "session_steps": ([s.key, t.position, t.exercise, t.outcome, t.sets_done, t.reps_done,
                           t.seconds_done, t.ended]
                          for s in records.sessions for t in s.steps),
        "pain": ([p.at, p.level, p.area, p.note, p.moment, p.session_key]
                 for p in records.pain),
        "water": ([w.at, w.amount_ml] for w in records.water),
    }

    def table(kind: str, body: Iterator[list[Any]]) -> Iterator[list[str]]:
        yield [name for name, _ in CSV_COLUMNS[kind]]
        for row in body:
            yield [cell(v) for v in row]

    return {kind: table(kind, body) for kind, body in rows.items()}


def csv_tables(records: Records) -> dict[str, list[list[str]]]:
    """One table per kind of record: a header row, then one row per record."""
    return {kind: list(rows) for kind, rows in csv_rows(records).items()}


# -- checking values ----------------------------------------------------------------------

# Characters refused in text: C0 controls but tab and line breaks, DEL and C1 controls,
# the bidirectional embeddings, overrides and isolates (they can make text display as
# something else), and lone surrogates (broken characters that UTF-8 cannot store).
_UNWANTED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
                       "\ud800-\udfff]")
# One time-zone object for each offset accepted: from -12:00 to +14:00, whole minutes.
_ZONES: dict[timedelta, timezone] = {
    timedelta(minutes=m): timezone(timedelta(minutes=m))
    for m in range(OFFSET_MIN // timedelta(minutes=1), OFFSET_MAX // timedelta(minutes=1) + 1)}
_EARLIEST_S, _LATEST_S = EARLIEST.timestamp(), LATEST.timestamp()
_ZONE_OF_SUFFIX: dict[str, timezone] = {
    f"{'-' if offset < timedelta(0) else '+'}{abs(offset) // timedelta(hours=1):02d}:"
    f"{abs(offset) % timedelta(hours=1) // timedelta(minutes=1):02d}": zone
    for offset, zone in _ZONES.items()}
_from_iso = datetime.fromisoformat
_MEMBERS: dict[type[Word], dict[str, Word]] = {
    kind: {member.value: member for member in kind} for kind in WORDS}

Where = tuple[str, int, int]
"""Where a value is: ("session", 3, 2) is step #2 of session #3; 0 for none."""


def _place(where: Where) -> str:
    """Where a problem is, in the shown language: "session #3, step #2"."""
    label, n, step = where
    if label == "session" and n and step:
        return tr("session #{number}, step #{step}").format(number=n, step=step)
    if label == "session" and n:
        return tr("session #{number}").format(number=n)
    if label == "pain entry" and n:
        return tr("pain entry #{number}").format(number=n)
    if label == "drink" and n:
        return tr("drink #{number}").format(number=n)
    if label == "record left out" and n:
        return tr("record left out #{number}").format(number=n)
    if label == "settings":
        return tr("settings")
    return f"{label} #{n}" if n else label  # a name in the file, or the file's name


def _shown(value: Any, limit: int = 40) -> str:
    """``value`` as it may appear in a message: short, printable, one line."""
    if isinstance(value, dict):
        return tr("an object")
    if isinstance(value, list):
        return tr("a list")
    text = repr(value)  # escapes quotes, controls, direction marks and surrogates
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _unwanted(text: str) -> str | None:
    """The first character of ``text`` that cannot be kept, or None."""
    found = _UNWANTED.search(text)
    return None if found is None else found[0]


def _unwanted_why(subject: str, text: str) -> str:
    """Why ``text`` (told as ``subject``), which ``_unwanted`` refuses, cannot be kept."""
    code = ord(_unwanted(text) or "\0")
    if 0xD800 <= code <= 0xDFFF:
        return tr("{subject} holds a broken character (a lone surrogate, U+{code})").format(
            subject=subject, code=f"{code:04X}")
    if 0x202A <= code <= 0x2069:
        return tr("{subject} holds the direction control U+{code}, which can make text show "
                  "differently from what it says").format(subject=subject, code=f"{code:04X}")
    return tr("{subject} holds the control character U+{code}").format(
        subject=subject, code=f"{code:04X}")


class _Checker:
    """Reads values out of parsed JSON objects, noting every problem found.

    Each check returns the value when it is good, else None (having noted the
    problem; a missing optional value is None without a problem). The common
    case, a good value, is tried first in a few cheap tests; the messages are
    made only for values that fail them.
    """

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.bare: list[str] = []  # the same problems without their place
        self.full = False  # MAX_PROBLEMS were noted: reading may stop

    def fail(self, where: Where, text: str) -> None:
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(tr("{place}: {problem}").format(place=_place(where),
                                                                 problem=text))
            self.bare.append(text)
        elif not self.full:
            self.full = True
            self.problems.append(tr("… and more problems; the first {count} are listed.")
                                 .format(count=MAX_PROBLEMS))

    def missing(self, where: Where, key: str, optional: bool) -> None:
        if not optional:
            self.fail(where, tr("“{name}” is missing").format(name=key))

    def whole(self, item: Mapping[str, Any], key: str, where: Where, low: int, high: int,
              *, optional: bool = False) -> int | None:
        value = item.get(key)
        if type(value) is int and low <= value <= high:
            return value
        self.number_problem(value, key, where, low, high, "whole number", optional)
        return None

    def amount(self, item: Mapping[str, Any], key: str, where: Where, low: float, high: float,
               *, optional: bool = False) -> float | None:
        value = item.get(key)
        if (type(value) is float or type(value) is int) and low <= value <= high:
            return float(value)  # NaN fails the comparison; infinity the range
        self.number_problem(value, key, where, low, high, "number", optional)
        return None

    def number_problem(self, value: Any, key: str, where: Where, low: float, high: float,
                       kind: str, optional: bool) -> None:
        if value is None:
            self.missing(where, key, optional)
        elif (isinstance(value, bool) or not isinstance(value, int | float)
              or (kind == "whole number" and not isinstance(value, int))
              or not math.isfinite(value)):
            if kind == "whole number":
                self.fail(where, tr("“{name}” is {value}; it must be a whole number").format(
                    name=key, value=_shown(value)))
            else:
                self.fail(where, tr("“{name}” is {value}; it must be a number").format(
                    name=key, value=_shown(value)))
        else:
            self.fail(where, tr("“{name}” is {value}; allowed is {low}–{high}").format(
                name=key, value=_shown(value), low=f"{low:g}", high=f"{high:g}"))

    def choice(self, item: Mapping[str, Any], key: str, where: Where, allowed: type[_W],
               *, optional: bool = False) -> _W | None:
        value = item.get(key)
        member = _MEMBERS[allowed].get(value) if type(value) is str else None
        if member is not None:
            return member  # type: ignore[return-value]
        if value is None:
            self.missing(where, key, optional)
        elif not isinstance(value, str):
            self.fail(where, tr("“{name}” is {value}; it must be a text").format(
                name=key, value=_shown(value)))
        else:
            self.fail(where, tr("“{name}” is {value}; allowed: {allowed}").format(
                name=key, value=_shown(value), allowed=", ".join(allowed)))
        return None

    def text(self, item: Mapping[str, Any], key: str, where: Where, *, limit: int = NAME_MAX,
             optional: bool = False) -> str | None:
        value = item.get(key)
        if (type(value) is str and len(value) <= limit
                and (value.isprintable() or _UNWANTED.search(value) is None)):
            return value
        if value is None:
            self.missing(where, key, optional)
        elif not isinstance(value, str):
            self.fail(where, tr("“{name}” is {value}; it must be a text").format(
                name=key, value=_shown(value)))
        elif len(value) > limit:
            self.fail(where, tr("“{name}” is {length} characters long; the limit is {limit}")
                      .format(name=key, length=f"{len(value):,}", limit=f"{limit:,}"))
        else:
            self.fail(where, _unwanted_why(f"“{key}”", value))
        return None

    def time(self, item: Mapping[str, Any], key: str, where: Where, *,
             optional: bool = False) -> datetime | None:
        value = item.get(key)
        # The common case first: "2026-11-24T09:05:00+01:00", well inside the range.
        if type(value) is str and len(value) <= 64:
            zone = _ZONE_OF_SUFFIX.get(value[-6:])
            if zone is not None:
                try:
                    moment = _from_iso(value)
                except ValueError:
                    pass
                else:
                    if (moment.tzinfo is not None and not moment.microsecond
                            and 1970 < moment.year < 2100):
                        return moment.replace(tzinfo=zone)  # one zone object per offset
        return self.any_time(value, key, where, optional)

    def any_time(self, value: Any, key: str, where: Where, optional: bool) -> datetime | None:
        if value is None:
            self.missing(where, key, optional)
            return None
        try:
            moment = _from_iso(value) if isinstance(value, str) and len(value) <= 64 else None
        except ValueError:
            moment = None
        offset = None if moment is None else moment.utcoffset()
        if moment is None or offset is None:
            self.fail(where, tr("“{name}” is {value}; it must be a time in ISO 8601 with its "
                                "UTC offset, e.g. 2026-11-24T09:05:00+01:00").format(
                name=key, value=_shown(value)))
            return None
        zone = _ZONES.get(offset)
        if zone is None:
            self.fail(where, tr("“{name}” is {value}; its UTC offset must be whole minutes "
                                "from -12:00 to +14:00").format(name=key, value=_shown(value)))
            return None
        if not _EARLIEST_S <= moment.timestamp() < _LATEST_S:
            self.fail(where, tr("“{name}” is {value}; BackCare accepts times from 1970 to "
                                "2100 (UTC)").format(name=key, value=_shown(value)))
            return None
        # Whole seconds, as the database keeps them; one zone object per offset.
        return moment.replace(microsecond=0, tzinfo=zone)


class _Collector:
    """Checks records one at a time and keeps those that pass."""

    def __init__(self, known_settings: Mapping[str, Callable[[Any], Any]]) -> None:
        self.check = _Checker()
        self.known_settings = known_settings
        self.sessions: list[SessionRecord] = []
        self.pain: list[PainRecord] = []
        self.water: list[WaterRecord] = []
        self.settings: dict[str, Any] = {}
        self.keys: set[int] = set()
        self.references: list[tuple[Where, int]] = []  # pain entries' sessions, for the end

    def session(self, item: Any, n: int) -> None:
        check = self.check
        where: Where = ("session", n, 0)
        if type(item) is not dict:
            check.fail(where, tr("must be an object with named values"))
            return
        key = check.whole(item, "session", where, 1, 2**53)
        if key is not None and key in self.keys:
            check.fail(where, tr("session number {number} is used twice").format(number=key))
        if key is not None:
            self.keys.add(key)
        steps: list[StepRecord] = []
        raw_steps = item.get("steps", [])
        if type(raw_steps) is not list:
            check.fail(where, tr("“steps” must be a list"))
            raw_steps = []
        elif len(raw_steps) > MAX_STEPS:
            check.fail(where, tr("it has {count} steps; the limit is {limit}").format(
                count=f"{len(raw_steps):,}", limit=f"{MAX_STEPS:,}"))
            raw_steps = []
        positions: set[int] = set()
        for m, step in enumerate(raw_steps, 1):
            place: Where = ("session", n, m)
            if type(step) is not dict:
                check.fail(place, tr("must be an object with named values"))
                continue
            position = check.whole(step, "position", place, 0, 10_000)
            exercise = check.text(step, "exercise", place)
            outcome = check.choice(step, "outcome", place, StepOutcome)
            sets = check.whole(step, "sets_done", place, 0, 10_000)
            reps = check.whole(step, "reps_done", place, 0, 100_000)
            seconds = check.amount(step, "seconds_done", place, 0, MAX_SECONDS)
            ended = check.time(step, "ended", place)
            if position is not None and position in positions:
                check.fail(place, tr("position {position} is used twice in this session")
                           .format(position=position))
                continue
            if position is not None:
                positions.add(position)
            if (position is not None and exercise is not None and outcome is not None
                    and sets is not None and reps is not None and seconds is not None
                    and ended is not None):
                steps.append(StepRecord(position, exercise, outcome, sets, reps, seconds,
                                        ended))
        routine_id = check.text(item, "routine_id", where)
        title = check.text(item, "routine_title", where)
        started = check.time(item, "started", where)
        ended_at = check.time(item, "ended", where, optional=True)
        state = check.choice(item, "state", where, SessionState)
        stop_reason = check.text(item, "stop_reason", where, optional=True)
        planned = check.amount(item, "planned_s", where, 0, MAX_SECONDS)
        active = check.amount(item, "active_s", where, 0, MAX_SECONDS, optional=True)
        feeling = check.choice(item, "feeling", where, Feeling, optional=True)
        if (key is not None and routine_id is not None and title is not None
                and planned is not None and state is not None and started is not None):
            self.sessions.append(SessionRecord(
                key, routine_id, title, started, ended_at, state, stop_reason, planned, active,
                feeling, tuple(steps)))

    def pain_entry(self, item: Any, n: int) -> None:
        check = self.check
        where: Where = ("pain entry", n, 0)
        if type(item) is not dict:
            check.fail(where, tr("must be an object with named values"))
            return
        at = check.time(item, "time", where)
        level = check.whole(item, "level", where, 0, 10)
        area = check.choice(item, "area", where, PainArea, optional=True)
        note = check.text(item, "note", where, limit=NOTE_MAX, optional=True) or ""
        moment = (check.choice(item, "moment", where, PainMoment, optional=True)
                  or PainMoment.ANY)
        session = check.whole(item, "session", where, 1, 2**53, optional=True)
        if session is not None:
            self.references.append((where, session))
        if at is not None and level is not None:
            self.pain.append(PainRecord(at, level, area, note, moment, session))

    def drink(self, item: Any, n: int) -> None:
        check = self.check
        where: Where = ("drink", n, 0)
        if type(item) is not dict:
            check.fail(where, tr("must be an object with named values"))
            return
        at = check.time(item, "time", where)
        amount = check.whole(item, "amount_ml", where, ENTRY_MIN_ML, ENTRY_MAX_ML)
        if at is not None and amount is not None:
            self.water.append(WaterRecord(at, amount))

    def take_settings(self, raw: Any) -> None:
        where: Where = ("settings", 0, 0)
        if not isinstance(raw, dict):
            self.check.fail(where, tr("must be an object with named values"))
            return
        for key, value in raw.items():
            validate = self.known_settings.get(key)
            if validate is None:
                continue  # a setting of another version: ignored
            texts = value if isinstance(value, list) else [value]
            bad = next((t for t in texts if isinstance(t, str)
                        and (len(t) > NAME_MAX or _unwanted(t))), None)
            if bad is not None:
                subject = tr("setting {name}: {value}").format(name=key, value=_shown(bad))
                why = (_unwanted_why(subject, bad) if _unwanted(bad) else
                       tr("{subject} is longer than {limit} characters").format(
                           subject=subject, limit=NAME_MAX))
                self.check.fail(where, why)
                continue
            try:
                self.settings[key] = validate(value)
            except ValueError as exc:
                self.check.fail(where, str(exc))

    def records(self) -> Records:
        for where, session in self.references:
            if session not in self.keys:
                self.check.fail(where, tr("it belongs to session {number}, which is not in "
                                          "the file").format(number=session))
        return Records(tuple(self.sessions), tuple(self.pain), tuple(self.water),
                       self.settings)


_LISTS = ("sessions", "pain", "water")
_LEFT_OUT = "left_out"
"""What an export could not put in the file: read one record at a time (each
within the same bounds) and otherwise ignored."""


def _ignore(_item: Any, _n: int) -> None:
    pass


def _not_backcare() -> str:
    return tr("This is not a BackCare export (its “format” is not “{format}”).").format(
        format=FORMAT)


def _document_problem(document: Mapping[str, Any]) -> str | None:
    """Why the top of a document shows it is not one this version reads, or None."""
    if document.get("format") != FORMAT:
        return _not_backcare()
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        return tr("This export has format version {version}; this BackCare reads version "
                  "{supported} and older. Update BackCare, then import again.").format(
            version=_shown(version), supported=VERSION)
    return None


def parse_document(document: Any, known_settings: Mapping[str, Callable[[Any], Any]]
                   ) -> tuple[Records, list[str]]:
    """Check an already parsed JSON document; the records, and every problem found
    (none: safe to import).

    ``known_settings`` maps each setting key to a function that validates a
    value (raising ``ValueError`` with a message) — settings of other versions
    are ignored rather than refused. Reading a file goes through
    ``read_records_file``, which never builds the whole document.
    """
    if not isinstance(document, dict):
        return Records(), [_not_backcare()]
    problem = _document_problem(document)
    if problem is not None:
        return Records(), [problem]
    collect = _Collector(known_settings)
    adders = {"sessions": collect.session, "pain": collect.pain_entry, "water": collect.drink}
    for key in _LISTS:
        items = document.get(key, [])
        if not isinstance(items, list):
            collect.check.fail((key, 0, 0), tr("must be a list"))
            continue
        for n, item in enumerate(items, 1):
            adders[key](item, n)
    collect.take_settings(document.get("settings", {}))
    records = collect.records()
    return records, collect.check.problems


# -- writing only what the import accepts --------------------------------------------------

class ImportCheck:
    """The import's own checks, one record at a time, for a file being written.

    Each method takes one record as a file holds it (a dict as ``to_document``
    makes it) and answers the problems the import would find in it, in plain
    words without the record's place; none: the import accepts it. Links
    between records (a pain entry's session) are the caller's to keep right.
    """

    def __init__(self, known_settings: Mapping[str, Callable[[Any], Any]]) -> None:
        self._collect = _Collector(known_settings)

    def _found(self) -> list[str]:
        """The problems the last check found; the collector is emptied for the next."""
        collect = self._collect
        found = collect.check.bare
        if collect.check.problems:
            collect.check = _Checker()
        collect.sessions.clear()
        collect.pain.clear()
        collect.water.clear()
        collect.settings.clear()
        collect.keys.clear()
        collect.references.clear()
        return found

    def session(self, item: Any) -> list[str]:
        self._collect.session(item, 1)
        return self._found()

    def pain_entry(self, item: Any) -> list[str]:
        self._collect.pain_entry(item, 1)
        return self._found()

    def drink(self, item: Any) -> list[str]:
        self._collect.drink(item, 1)
        return self._found()

    def setting(self, key: str, value: Any) -> list[str]:
        self._collect.take_settings({key: value})
        return self._found()


class _Importable:
    """Keeps, record by record, what the import accepts; ``left_out`` the rest."""

    def __init__(self, known_settings: Mapping[str, Callable[[Any], Any]],
                 set_apart: Iterable[LeftOut]) -> None:
        self.check = ImportCheck(known_settings)
        self.left_out: list[LeftOut] = list(set_apart)
        self.keys: set[int] = set()  # sessions written

    def item(self, kind: str, item: dict[str, Any]) -> dict[str, Any] | None:
        if kind == "sessions":
            return self.session(item)
        if kind == "pain":
            return self.pain_entry(item)
        found = self.check.drink(item)
        if found:
            self.leave_out("drink", f"of {item.get('time')}", found, item)
            return None
        return item

    def leave_out(self, kind: str, ident: int | str, found: list[str],
                  item: Mapping[str, Any], steps: int = 0) -> None:
        why = "; ".join(found)
        if steps:
            why = tr("{problems}; left out with its %n step(s)", "", steps).format(
                problems=why)
        self.left_out.append(LeftOut.of(kind, ident, why, item))

    def session(self, item: dict[str, Any]) -> dict[str, Any] | None:
        key = item["session"]
        if key in self.keys:
            self.leave_out("session", key, [tr("session number {number} is used twice")
                                            .format(number=key)], item)
            return None
        found = self.check.session(item)
        if found:
            steps = item.get("steps") or []
            bare = {**item, "steps": []}
            bare_found = self.check.session(bare)
            if bare_found:
                self.leave_out("session", key, bare_found, item, len(steps))
                return None
            kept = []
            for step in steps:
                step_found = self.check.session({**bare, "steps": [step]})
                if step_found:
                    ident = f"{key}/{step.get('position') if isinstance(step, dict) else '?'}"
                    self.leave_out("step", ident, step_found,
                                   step if isinstance(step, dict) else {"step": step})
                else:
                    kept.append(step)
            item = {**bare, "steps": kept}
            found = self.check.session(item)
            if found:  # the steps together (one position twice): the session goes
                self.leave_out("session", key, found, item)
                return None
        self.keys.add(key)
        return item

    def pain_entry(self, item: dict[str, Any]) -> dict[str, Any] | None:
        session = item.get("session")
        if session is not None and session not in self.keys:
            self.left_out.append(LeftOut.of(
                "session link", f"of the pain entry of {item.get('time')}",
                tr("session {number} is not in the file").format(number=session),
                {"session": session}))
            item = {**item, "session": None}
        found = self.check.pain_entry(item)
        if found:
            self.leave_out("pain entry", f"of {item.get('time')}", found, item)
            return None
        return item

    def settings(self, settings: Mapping[str, Any]) -> dict[str, Any]:
        kept = {}
        for key, value in settings.items():
            found = self.check.setting(key, value)
            if found:
                self.leave_out("setting", key, found, {key: value})
            else:
                kept[key] = value
        return kept


# -- reading a file -----------------------------------------------------------------------

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_SCALAR_AT = re.compile(r'[^\s,\]}"\[{:]*+')
_PLAIN_RUN = re.compile(r'[^"\[\]{}]*+')


class _Patterns(NamedTuple):
    string: re.Pattern[str]
    value: re.Pattern[str]
    batch: re.Pattern[str]


def _patterns(possessive: bool = POSSESSIVE_GROUPS_WORK) -> _Patterns:
    """A text in quotes; a list or object holding lists and objects at most
    ``MAX_DEPTH`` deep; a batch of those separated by commas. Each in one match.

    The brackets are only counted (the decoder checks that they pair up); text in
    quotes is skipped whole, so brackets inside it do not count. Repeats are
    possessive (``core.patterns``): the match never backtracks, its time is
    linear in the text.
    """
    def again(group: str) -> str:
        return repeated(group, possessive=possessive)

    string = '"' + again(r'[^"\\]++|\\.') + '"'
    inner = again(r'[^"\[\]{}]++|' + string)
    for _ in range(MAX_DEPTH):
        container = r"[\[{]" + inner + r"[\]}]"
        inner = again(r'[^"\[\]{}]++|' + string + "|" + container)
    batch = container + again(r"[ \t\n\r]*+,[ \t\n\r]*+" + container)
    return _Patterns(re.compile(string, re.DOTALL), re.compile(container, re.DOTALL),
                     re.compile(batch, re.DOTALL))


_STRING_AT, _VALUE_AT, _BATCH = _patterns()
BATCH_CHARS = 2**18
"""Characters of records decoded at once (a few thousand drinks)."""

def _plain_json(what: str) -> str:
    """The decoder's message ``what`` in plain words (itself when it is not known)."""
    if what.startswith("Expecting value"):
        return tr("a value is missing or is not JSON")
    if what.startswith("Expecting ',' delimiter"):
        return tr("a comma is missing")
    if what.startswith("Expecting ':' delimiter"):
        return tr("a colon is missing")
    if what.startswith("Expecting property name enclosed in double quotes"):
        return tr("a name in double quotes is expected")
    if what.startswith("Unterminated string"):
        return tr("a text in double quotes is not closed")
    if what.startswith("Invalid control character"):
        return tr("a text in double quotes holds a control character")
    if what.startswith("Invalid \\uXXXX escape"):
        return tr("a text in double quotes holds a broken \\u escape")
    if what.startswith("Invalid \\escape"):
        return tr("a text in double quotes holds a broken \\ escape")
    if what.startswith("Extra data"):
        return tr("more follows after the end of the data")
    return what


class _Refused(Exception):
    """One value that cannot be read (too large, too deep, a number too long…)."""


class _Broken(Exception):
    """The text stops being JSON at ``pos``: nothing after it can be read."""

    def __init__(self, what: str, pos: int) -> None:
        super().__init__(what)
        self.what = what
        self.pos = pos


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document = dict(pairs)
    if len(document) != len(pairs) or len(pairs) > MAX_KEYS:
        _pairs_problem(pairs)
    return document


def _pairs_problem(pairs: list[tuple[str, Any]]) -> None:
    if len(pairs) > MAX_KEYS:
        raise _Refused(tr("an object has {count} names; a records file has at most {limit}")
                       .format(count=f"{len(pairs):,}", limit=MAX_KEYS))
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            raise _Refused(tr("the name {name} appears twice in one object, so it is not "
                              "clear which value to take").format(name=_shown(key)))
        seen.add(key)


def _whole_number(text: str) -> int:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(tr("a number has {count} digits; a records file needs at most "
                          "{limit}").format(count=f"{len(text):,}", limit=MAX_NUMBER_CHARS))
    return int(text)


def _decimal_number(text: str) -> float:
    if len(text) > MAX_NUMBER_CHARS:
        raise _Refused(tr("a number has {count} characters; a records file needs at most "
                          "{limit}").format(count=f"{len(text):,}", limit=MAX_NUMBER_CHARS))
    return float(text)


def _not_a_number(text: str) -> Any:
    raise _Refused(tr("{value} is not a number JSON allows").format(value=text))


_DECODER = json.JSONDecoder(object_pairs_hook=_pairs, parse_int=_whole_number,
                            parse_float=_decimal_number, parse_constant=_not_a_number)
"""The careful decoder, for one value: every object, whole number and decimal is
looked at by a hook (names given twice, too many names, numbers too long)."""


def _fast_decoder() -> json.JSONDecoder | None:
    """The quick decoder, for batches of records whose size ``_BATCH`` bounded:
    numbers are not hooked. Python refuses to turn more than 4,300 digits into an
    int (``ValueError``: the batch is then read again with the careful decoder,
    which says which record and why), so a long number costs little; where that
    limit was lifted, every batch goes to the careful decoder (None)."""
    digits = sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 0
    if not 0 < digits <= 4300:
        return None
    return json.JSONDecoder(object_pairs_hook=_pairs, parse_constant=_not_a_number)


_FAST = _fast_decoder()


class _Reader:
    """Reads a records document one value at a time, checking each as it comes."""

    def __init__(self, text: str, name: str, collect: _Collector,
                 progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.text = text
        self.name = name
        self.collect = collect
        self.progress = progress
        self.cancelled = cancelled
        self.header: dict[str, Any] = {}

    # -- the pieces of JSON ------------------------------------------------------

    def skip_space(self, pos: int) -> int:
        return _WHITESPACE.match(self.text, pos).end()  # type: ignore[union-attr]

    def char(self, pos: int) -> str:
        return self.text[pos] if pos < len(self.text) else ""

    def expect(self, pos: int, char: str, what: str) -> int:
        if self.char(pos) != char:
            raise _Broken(what, pos)
        return pos + 1

    def extent(self, pos: int) -> int:
        """Where the value starting at ``pos`` ends; ``_Refused`` if it is too large or
        too deep to build."""
        text = self.text
        limit = min(len(text), pos + MAX_ITEM_CHARS + 1)
        first = self.char(pos)
        if first in ("[", "{"):
            found = _VALUE_AT.match(text, pos, limit)
            if found is None:
                self.why_unbounded(pos, limit)
            end = found.end()  # type: ignore[union-attr]
        elif first == '"':
            found = _STRING_AT.match(text, pos, limit)
            if found is None:
                if _STRING_AT.match(text, pos) is None:
                    raise _Broken("Unterminated string", pos)
                raise _Refused(tr("a text is longer than {size} MB").format(
                    size=MAX_ITEM_CHARS // 2**20))
            end = found.end()
        else:
            end = _SCALAR_AT.match(text, pos, limit).end()  # type: ignore[union-attr]
            if end - pos > MAX_NUMBER_CHARS:
                raise _Refused(f"a value of {end - pos:,} characters is not a number or word "
                               "JSON allows here")
        if end - pos > MAX_ITEM_CHARS:
            raise _Refused(tr("one value is larger than {size} MB").format(
                size=MAX_ITEM_CHARS // 2**20))
        return end

    def why_unbounded(self, pos: int, limit: int) -> None:
        """Raise why no bounded value starts at ``pos``: too deep, too large, or broken."""
        text, depth = self.text, 0
        while True:
            pos = _PLAIN_RUN.match(text, pos, limit).end()  # type: ignore[union-attr]
            if pos >= limit:
                break
            char = text[pos]
            if char in "[{":
                depth += 1
                if depth > MAX_DEPTH:
                    raise _Refused(tr("lists and objects are nested more than {depth} deep")
                                   .format(depth=MAX_DEPTH))
            elif char in "]}":
                depth -= 1
            elif char == '"':
                found = _STRING_AT.match(text, pos, limit)
                if found is None:
                    break
                pos = found.end() - 1
            pos += 1
        if limit < len(text):
            raise _Refused(tr("one value is larger than {size} MB").format(
                size=MAX_ITEM_CHARS // 2**20))
        raise _Broken("Unterminated string" if pos < limit else "Expecting value", pos)

    def value(self, pos: int) -> tuple[Any, int]:
        """The value at ``pos`` and where it ends; ``_Refused`` or ``_Broken``."""
        end = self.extent(pos)
        try:
            value, stop = _DECODER.raw_decode(self.text, pos)
        except JSONDecodeError as exc:
            raise _Broken(exc.msg, exc.pos) from None
        except RecursionError:  # not expected after ``extent``; kept as a guard
            raise _Refused(tr("lists and objects are nested too deeply")) from None
        except (ValueError, MemoryError, OverflowError) as exc:
            raise _Refused(tr("a value cannot be read ({reason})").format(reason=exc)) from None
        if stop != end:  # cannot happen for JSON the decoder accepted; kept as a guard
            raise _Broken("Expecting ',' delimiter", stop)
        return value, end

    def key(self, pos: int) -> tuple[str, int]:
        if self.char(pos) != '"':
            raise _Broken("Expecting property name enclosed in double quotes", pos)
        found = _STRING_AT.match(self.text, pos, min(len(self.text), pos + 1000))
        if found is None:
            if _STRING_AT.match(self.text, pos) is None:
                raise _Broken("Unterminated string", pos)
            raise ImportProblem(self.name, [tr("{file}: a name at the top of the file is "
                                               "longer than 1,000 characters.").format(
                file=self.name)])
        key, end = self.value(pos)
        return str(key), end

    # -- the document ---------------------------------------------------------------

    def read(self) -> Records:
        check = self.collect.check
        try:
            self.document()
        except _Broken as exc:
            raise ImportProblem(self.name, [self.broken(exc)]) from None
        except _Refused as exc:  # a value whose end cannot be told: nothing after it is read
            check.fail((self.name, 0, 0), str(exc))
        except _Stop:
            pass
        else:
            problem = _document_problem(self.header)
            if problem is not None:
                raise ImportProblem(self.name, [tr("{file}: {problem}").format(
                    file=self.name, problem=problem)])
            records = self.collect.records()
            if not check.problems:
                return records
        raise ImportProblem(self.name, check.problems)

    def broken(self, exc: _Broken) -> str:
        text = self.text
        line = text.count("\n", 0, exc.pos) + 1
        column = exc.pos - text.rfind("\n", 0, exc.pos)
        return tr("{file} is not valid JSON: {problem} (line {line}, column {column}).").format(
            file=self.name, problem=_plain_json(exc.what), line=f"{line:,}",
            column=f"{column:,}")

    def document(self) -> None:
        pos = self.skip_space(0)
        first = self.char(pos)
        if first != "{":
            if first == "":
                raise ImportProblem(self.name, [tr("{file} is empty.").format(file=self.name)])
            if first in '["-0123456789tfn':
                raise ImportProblem(self.name, [tr("{file}: {problem}").format(
                    file=self.name, problem=_not_backcare())])
            raise _Broken("Expecting value", pos)
        pos = self.skip_space(pos + 1)
        seen: set[str] = set()
        if self.char(pos) == "}":
            return self.end(pos + 1)
        while True:
            key, pos = self.key(pos)
            if key in seen:
                raise ImportProblem(self.name, [
                    tr("{file}: the name {name} appears twice at the top of the file, so it "
                       "is not clear which to read.").format(file=self.name, name=_shown(key))])
            seen.add(key)
            pos = self.skip_space(self.expect(self.skip_space(pos), ":", "Expecting ':' "
                                                                         "delimiter"))
            pos = (self.records(key, pos)
                   if key in _LISTS or (key == _LEFT_OUT and self.char(pos) == "[")
                   else self.top_value(key, pos))
            pos = self.skip_space(pos)
            if self.char(pos) == "}":
                return self.end(pos + 1)
            pos = self.skip_space(self.expect(pos, ",", "Expecting ',' delimiter"))

    def end(self, pos: int) -> None:
        pos = self.skip_space(pos)
        if pos != len(self.text):
            raise _Broken("Extra data", pos)

    def top_value(self, key: str, pos: int) -> int:
        try:
            value, end = self.value(pos)
        except _Refused as exc:
            self.collect.check.fail((f"“{_shown(key)[1:-1]}”", 0, 0), str(exc))
            raise _Stop from None
        if key in ("format", "version"):
            self.header[key] = value
            problem = _document_problem({"format": FORMAT, "version": VERSION, **self.header})
            if problem is not None:  # no need to read on
                raise ImportProblem(self.name, [tr("{file}: {problem}").format(
                    file=self.name, problem=problem)])
        elif key == "settings":
            self.collect.take_settings(value)
        return end

    def records(self, key: str, pos: int) -> int:
        """Read the list of records ``key`` starting at ``pos``; where it ends.

        Records are decoded a batch at a time: one match of ``_BATCH`` finds as
        many whole records (each within ``MAX_DEPTH``) as fit in ``BATCH_CHARS``,
        and the decoder reads them as one list. A record too large for a batch
        is read alone, within ``MAX_ITEM_CHARS``.
        """
        add = {"sessions": self.collect.session, "pain": self.collect.pain_entry,
               "water": self.collect.drink, _LEFT_OUT: _ignore}[key]
        label = {"sessions": "session", "pain": "pain entry", "water": "drink",
                 _LEFT_OUT: "record left out"}[key]
        text = self.text
        if self.char(pos) != "[":
            end = self.extent(pos)
            self.collect.check.fail((key, 0, 0), "must be a list")
            return end
        pos = self.skip_space(pos + 1)
        if self.char(pos) == "]":
            return pos + 1
        size = len(text)
        n = 0
        while True:
            found = _BATCH.match(text, pos, min(size, pos + BATCH_CHARS))
            end = pos if found is None else found.end()
            items = None if found is None else self.batch(pos, end)
            if items is None:  # read one by one with the careful decoder
                items = []
                while True:
                    try:
                        item, pos = self.value(pos)
                    except _Refused as exc:
                        self.collect.check.fail((label, n + len(items) + 1, 0), str(exc))
                        raise _Stop from None
                    items.append(item)
                    if pos >= end:
                        break
                    pos = self.skip_space(self.expect(self.skip_space(pos), ",",
                                                      "Expecting ',' delimiter"))
                end = pos
            for item in items:
                n += 1
                add(item, n)
            self.tick(end / size)
            pos = self.skip_space(end)
            if self.char(pos) == "]":
                return pos + 1
            pos = self.skip_space(self.expect(pos, ",", "Expecting ',' delimiter"))

    def batch(self, start: int, end: int) -> list[Any] | None:
        """The values between ``start`` and ``end`` (separated by commas), decoded as a
        list; None when they must be read one by one to tell which is wrong."""
        if _FAST is None:
            return None
        try:
            items, stop = _FAST.raw_decode(f"[{self.text[start:end]}]")
        except JSONDecodeError as exc:
            raise _Broken(exc.msg, start + exc.pos - 1) from None
        except (ValueError, _Refused):  # a number too long, a name twice…
            return None
        if stop != end - start + 2:  # cannot happen for what _BATCH matched; a guard
            raise _Broken("Expecting ',' delimiter", start + stop - 1)
        return items  # type: ignore[no-any-return]

    def tick(self, done: float) -> None:
        if self.collect.check.full:
            raise _Stop
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled
        if self.progress is not None:
            self.progress(done)


class _Stop(Exception):
    """Reading stops: enough problems were found, or one value could not be bounded."""


_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
         (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))


def _decode(data: bytes, name: str) -> str:
    """The text of a records file: UTF-8, with or without a byte-order mark."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            raise ImportProblem(name, [
                tr("{file} is saved as {encoding} text; BackCare reads records files saved as "
                   "UTF-8. Save it as UTF-8, then import again.").format(
                    file=name, encoding=encoding)])
    if b"\x00" in data:
        raise ImportProblem(name, [
            tr("{file} holds zero bytes, so it is not UTF-8 text (it may be UTF-16 or not "
               "text at all). BackCare reads records files saved as UTF-8.").format(file=name)])
    skip = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        return str(memoryview(data)[skip:], "utf-8")
    except UnicodeDecodeError as exc:
        raise ImportProblem(name, [
            tr("{file} is not UTF-8 text (byte {byte} is not UTF-8). BackCare reads records "
               "files saved as UTF-8.").format(file=name, byte=f"{exc.start + skip + 1:,}")
        ]) from None


def read_records_text(text: str, name: str, known_settings: Mapping[str, Callable[[Any], Any]],
                      *, progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> Records:
    """The records of a records file's text, checked in full; ``ImportProblem`` (naming
    the file as ``name``) lists every problem, ``ImportCancelled`` when ``cancelled``."""
    records = _Reader(text, name, _Collector(known_settings), progress, cancelled).read()
    if progress is not None:
        progress(1.0)
    return records


def read_records_bytes(data: bytes, name: str,
                       known_settings: Mapping[str, Callable[[Any], Any]], *,
                       progress: Progress | None = None,
                       cancelled: Cancelled | None = None) -> Records:
    """Like ``read_records_text`` for the bytes of a file (UTF-8, BOM allowed)."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportProblem(name, [tr("{file} is larger than {size} MB, the most that is "
                                      "allowed.").format(file=name,
                                                         size=MAX_FILE_BYTES // 2**20)])
    return read_records_text(_decode(data, name), name, known_settings, progress=progress,
                             cancelled=cancelled)


def read_records_file(path: Path, known_settings: Mapping[str, Callable[[Any], Any]], *,
                      progress: Progress | None = None,
                      cancelled: Cancelled | None = None) -> Records:
    """Read and check the records file ``path`` (through ``read_limited``: a pipe,
    device or folder is refused without waiting)."""
    name = shown_name(path)
    try:
        text = _decode(read_limited(path, MAX_FILE_BYTES, name=name), name)
    except FileRefused as exc:
        raise ImportProblem(name, [str(exc)]) from None
    return read_records_text(text, name, known_settings, progress=progress,
                             cancelled=cancelled)


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
