"""The Progress page's data, aggregated in SQL: one row per day or per session.

Every query narrows by the indexed ``ts``/``started_ts`` column first (a day's
margin each side covers any UTC offset) and then groups by the local day the
record was made on, so ten years of records come back as a few thousand rows.

Only records whose time can be read are counted (``stored_values``); the
record pages list the others apart (``odd_pain_entries``, ``odd_sessions``)
with their stored time, so they can be deleted.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from backcare_desktop.core.progress.records_file import StepRecord
from backcare_desktop.core.progress.stats import (
    FIRST_DAY,
    LONGEST_SESSION_S,
    PainDay,
    SessionDay,
    SessionPain,
)
from backcare_desktop.core.vocabulary import (
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
)
from backcare_desktop.storage.repository import Repository, ts_window
from backcare_desktop.storage.schema import LOCAL_DAY
from backcare_desktop.storage.stored_values import (
    DAY_S,
    FIRST_TS,
    LAST_TS,
    NO_SESSION,
    READABLE,
    is_number,
    moment,
    note_odd,
    number,
    odd_args,
    odd_rows,
    odd_time,
    raw_text,
    readable,
    text,
    time_text,
    whole,
    word,
    word_or_none,
)

Key = tuple[float, int]
"""Where a record stands in a list, newest first: (stored Unix seconds, id)."""
_PAIN_DAY = LOCAL_DAY
_SESSION_DAY = "date(s.started_ts + s.tz_offset, 'unixepoch')"
_SESSION_READABLE = readable("s.started_ts", "s.tz_offset")


def _countable(column: str) -> str:
    """``column`` when it holds exercise time that can be counted, a number from 0 to
    a day; NULL otherwise (text, which SQLite orders after every number, is left
    out by the bounds alone)."""
    return f"CASE WHEN {column} BETWEEN 0 AND {LONGEST_SESSION_S} THEN {column} END"


# A session's seconds of exercise: what it recorded when it ended or, for one that
# never ended (interrupted, or still running), the seconds its steps saved; only
# figures that can be counted. The steps are read through their (session_id,
# position) index, only for those sessions.
SESSION_SECONDS = (f"CASE WHEN s.active_s IS NULL THEN (SELECT TOTAL("
                   f"{_countable('st.seconds_done')}) FROM session_steps AS st"
                   f" WHERE st.session_id = s.id) ELSE {_countable('s.active_s')} END")
# Pain after a session: logged at its end, or when it was stopped because it hurt.
_AFTER = (PainMoment.AFTER, PainMoment.HURT)


def pain_days(conn: sqlite3.Connection, first: date, last: date) -> list[PainDay]:
    rows = conn.execute(  # narrowed by the pain_by_day index
        f"SELECT {_PAIN_DAY}, AVG(level), MAX(level) FROM pain_entries"
        f" WHERE {_PAIN_DAY} BETWEEN ? AND ? AND {READABLE}"
        f" GROUP BY {_PAIN_DAY} ORDER BY {_PAIN_DAY}",
        (first.isoformat(), last.isoformat())).fetchall()
    return [PainDay(date.fromisoformat(d), float(mean), round(worst)) for d, mean, worst in rows]


def session_days(conn: sqlite3.Connection, first: date, last: date) -> list[SessionDay]:
    lo, hi = ts_window(first, last)
    rows = conn.execute(
        f"SELECT {_SESSION_DAY} AS day, SUM(s.state = ?), TOTAL({SESSION_SECONDS})"
        f" FROM sessions AS s WHERE s.started_ts BETWEEN ? AND ? AND {_SESSION_READABLE}"
        f" GROUP BY day HAVING day BETWEEN ? AND ? ORDER BY day",
        (SessionState.FINISHED, lo, hi, first.isoformat(), last.isoformat())).fetchall()
    return [SessionDay(date.fromisoformat(d), int(n), float(sec)) for d, n, sec in rows]


def session_pain(conn: sqlite3.Connection, first: date, last: date) -> list[SessionPain]:
    """Sessions with pain recorded both before and after, oldest first."""
    lo, hi = ts_window(first, last)
    rows = conn.execute(
        f"SELECT s.routine_title, {_SESSION_DAY} AS day,"
        f" MAX(CASE WHEN p.moment = ? THEN p.level END),"
        f" MAX(CASE WHEN p.moment IN (?, ?) THEN p.level END)"
        # CROSS JOIN keeps sessions outside, grouped in the order of their started_ts
        # index: the range of days is read from it, each one's pain by pain_by_session.
        f" FROM sessions AS s CROSS JOIN pain_entries AS p ON p.session_id = s.id"
        f" WHERE s.started_ts BETWEEN ? AND ? AND {_SESSION_READABLE}"
        f" GROUP BY s.started_ts, s.id"
        f" HAVING day BETWEEN ? AND ? AND COUNT(DISTINCT p.moment) >= 2"
        f" ORDER BY s.started_ts",
        (PainMoment.BEFORE, *_AFTER, lo, hi, first.isoformat(), last.isoformat())).fetchall()
    day = functools.lru_cache(maxsize=None)(date.fromisoformat)  # many sessions share a day
    return [SessionPain(text(title), day(d), round(b), round(a))
            for title, d, b, a in rows if b is not None and a is not None]


def earliest_day(conn: sqlite3.Connection) -> date | None:
    """The local day of the oldest record of any kind that lies on the calendar
    (readable, and not before ``FIRST_DAY``), each read through an index: for
    sessions, those within two days of the first, as UTC offsets differ. The
    weekly questions' answers count too (a few a month, read without an index of
    their days), so a person who has only answered those sees them."""
    first = FIRST_DAY.isoformat()
    lo = ts_window(FIRST_DAY, FIRST_DAY)[0]
    # Each query walks an index from its start and stops at the first readable record.
    queries: list[tuple[str, tuple[object, ...]]] = [
        (f"SELECT {LOCAL_DAY} FROM {table} WHERE {LOCAL_DAY} >= ? AND {READABLE}"
         f" ORDER BY {LOCAL_DAY} LIMIT 1", (first,))
        for table in ("pain_entries", "water_entries")]
    queries.append((f"SELECT MIN({LOCAL_DAY}) FROM peg_answers"
                    f" WHERE {READABLE} AND {LOCAL_DAY} >= ?", (first,)))
    days = [day for sql, args in queries for (day,) in conn.execute(sql, args)
            if day is not None]
    on_calendar = f"{_SESSION_READABLE} AND {_SESSION_DAY} >= ?"
    for (start,) in conn.execute(
            f"SELECT s.started_ts FROM sessions AS s WHERE s.started_ts >= ? AND {on_calendar}"
            " ORDER BY s.started_ts LIMIT 1", (lo, first)):
        days += [day for (day,) in conn.execute(
            f"SELECT MIN({_SESSION_DAY}) FROM sessions AS s"
            f" WHERE s.started_ts BETWEEN ? AND ? AND {on_calendar}",
            (start, start + 2 * DAY_S, first)) if day is not None]
    return date.fromisoformat(min(days)) if days else None


# -- the pain log ------------------------------------------------------------------------

@dataclass(frozen=True)
class PainEntry:
    id: int
    at: datetime | None  # None when the stored time cannot be read
    level: int
    area: PainArea | None
    note: str
    moment: PainMoment
    session_id: int | None
    time_text: str = ""  # the stored time as well as it can be shown
    odd: str = ""  # why it is kept off the calendar ("date not readable"…), or ""
    ts: float = 0  # the stored Unix seconds (0 when they are not a number)

    @property
    def key(self) -> Key:
        """Where it stands in the pain log, newest first: (stored Unix seconds, id)."""
        return self.ts, self.id


_PAIN_COLUMNS = "id, ts, tz_offset, level, area, note, moment, session_id"


def _pain_entry(row: tuple[object, ...], today: date | None) -> PainEntry:
    i, ts, off, level, area, note, when, sid = row
    at = moment(ts, off)
    odd = "" if today is None else odd_time(at, today)
    if odd:
        note_odd("pain entry", i, odd)
    return PainEntry(whole(i), at, whole(level), word_or_none(PainArea, area), text(note),
                     word(PainMoment, when, PainMoment.ANY),
                     whole(sid) if is_number(sid) else None, time_text(ts, off), odd,
                     ts if is_number(ts) else 0)


def pain_entries(conn: sqlite3.Connection, first: date, last: date, *,
                 before: Key | None = None,
                 limit: int | None = None) -> list[PainEntry]:
    """Pain entries of those days whose time can be read, newest first: all of them,
    or ``limit`` of them that come after the entry whose ``key`` is ``before``."""
    lo, hi = ts_window(first, last)
    top: float = hi
    where, args = "", []
    if before is not None:  # the index range starts right there
        top = min(top, before[0])
        where = " AND (ts, id) < (?, ?)"
        args = list(before)
    rows = conn.execute(
        f"SELECT {_PAIN_COLUMNS} FROM pain_entries WHERE ts BETWEEN ? AND ? AND {READABLE}"
        f" AND {_PAIN_DAY} BETWEEN ? AND ?{where} ORDER BY ts DESC, id DESC LIMIT ?",
        (lo, top, first.isoformat(), last.isoformat(), *args,
         -1 if limit is None else limit)).fetchall()
    return [_pain_entry(row, None) for row in rows]


def odd_pain_entries(conn: sqlite3.Connection, today: date) -> list[PainEntry]:
    """Pain entries kept off the calendar: their time cannot be read, or they are
    dated before ``FIRST_DAY`` or after ``today``. Oldest id first."""
    rows = conn.execute(f"SELECT {_PAIN_COLUMNS} FROM pain_entries WHERE {odd_rows()}"
                        " ORDER BY id", odd_args(today)).fetchall()
    return [_pain_entry(row, today) for row in rows]


# -- history -----------------------------------------------------------------------------

@dataclass(frozen=True)
class SessionRecord:
    id: int
    routine_id: str
    routine_title: str
    started: datetime | None  # None when the stored time cannot be read
    state: SessionState
    stop_reason: str | None  # a StopReason, or any text an imported record held
    active_s: float  # seconds of exercise (an interrupted session's: its steps')
    done: int  # steps completed
    skipped: int  # steps skipped or stopped because they hurt
    pain_before: int | None
    pain_after: int | None
    feeling: Feeling | None
    time_text: str = ""  # the stored start as well as it can be shown
    odd: str = ""  # why it is kept off the calendar ("date not readable"…), or ""
    ts: float = 0  # the stored start in Unix seconds (0 when it is not a number)

    @property
    def key(self) -> Key:
        """Where it stands in the history, newest first: (stored Unix seconds, id)."""
        return self.ts, self.id


_SESSION_COLUMNS = (
    "SELECT s.id, s.routine_id, s.routine_title, s.started_ts, s.tz_offset, s.state,"
    f" s.stop_reason, {SESSION_SECONDS}, s.feeling,"
    " (SELECT COUNT(*) FROM session_steps WHERE session_id = s.id AND outcome = ?),"
    " (SELECT COUNT(*) FROM session_steps WHERE session_id = s.id AND outcome != ?),"
    " (SELECT level FROM pain_entries WHERE session_id = s.id AND moment = ?"
    "  ORDER BY ts DESC LIMIT 1),"
    " (SELECT level FROM pain_entries WHERE session_id = s.id AND moment IN (?, ?)"
    "  ORDER BY ts DESC LIMIT 1)"
    " FROM sessions AS s")
_SESSION_ARGS = (StepOutcome.COMPLETED, StepOutcome.COMPLETED, PainMoment.BEFORE, *_AFTER)


def _session_record(row: tuple[object, ...], today: date | None) -> SessionRecord:
    (i, rid, title, ts, off, state, reason, active, feeling, done, skipped, before,
     after) = row
    at = moment(ts, off)
    odd = "" if today is None else odd_time(at, today)
    if odd:
        note_odd("session", i, odd)
    return SessionRecord(whole(i), text(rid), text(title), at,
                         word(SessionState, state, SessionState.INTERRUPTED),
                         None if reason is None else text(reason), number(active),
                         whole(done), whole(skipped),
                         whole(before) if is_number(before) else None,
                         whole(after) if is_number(after) else None,
                         word_or_none(Feeling, feeling), time_text(ts, off), odd,
                         ts if is_number(ts) else 0)


@dataclass(frozen=True)
class HistoryFilter:
    """Which sessions the History page lists: one routine or all, within days."""

    routine_id: str | None = None
    first: date | None = None
    last: date | None = None

    def where(self, before: Key | None = None) -> tuple[str, list[object]]:
        """The SQL condition on ``sessions AS s`` and its arguments, for the sessions
        older than the ``key`` ``before`` if given. The range of the indexed
        ``started_ts`` narrows first, then the exact local days. Only sessions
        whose start can be read pass (the others are listed apart: ``odd_sessions``)."""
        where: list[str] = [_SESSION_READABLE]
        args: list[object] = []
        if self.first is not None or self.last is not None or before is not None:
            lo, hi = ts_window(self.first or date.min + timedelta(days=2),
                               self.last or date.max - timedelta(days=2))
            if self.first is None:  # every readable start, as without a range
                lo = FIRST_TS
            top: float = hi if self.last is not None else LAST_TS
            if before is not None:  # so a page deep in the history starts right there
                top = min(top, before[0])
            where.append("s.started_ts BETWEEN ? AND ?")
            args += [lo, top]
        if before is not None:
            where.append("(s.started_ts, s.id) < (?, ?)")
            args += list(before)
        if self.first is not None:
            where.append(f"{_SESSION_DAY} >= ?")
            args.append(self.first.isoformat())
        if self.last is not None:
            where.append(f"{_SESSION_DAY} <= ?")
            args.append(self.last.isoformat())
        if self.routine_id:
            where.append("s.routine_id = ?")
            args.append(self.routine_id)
        return " AND ".join(where), args


@dataclass(frozen=True)
class HistoryTotals:
    sessions: int
    seconds: float  # of exercise, interrupted sessions' steps included


def history_totals(conn: sqlite3.Connection, flt: HistoryFilter) -> HistoryTotals:
    """How many sessions the filter lets through, and their seconds of exercise,
    summed in SQL over the whole range."""
    where, args = flt.where()
    count, seconds = conn.execute(
        f"SELECT COUNT(*), TOTAL({SESSION_SECONDS}) FROM sessions AS s WHERE {where}",
        args).fetchone()
    return HistoryTotals(int(count), float(seconds))


def session_history(conn: sqlite3.Connection, flt: HistoryFilter = HistoryFilter(),
                    *, before: Key | None = None,
                    limit: int | None = None) -> list[SessionRecord]:
    """Past sessions whose start can be read, newest first: all that ``flt`` lets
    through, or ``limit`` of them that come after the session whose ``key`` is
    ``before`` (keyset paging on the ``started_ts`` index, so any page costs the
    same)."""
    where, args = flt.where(before)
    rows = conn.execute(
        f"{_SESSION_COLUMNS} WHERE {where} ORDER BY s.started_ts DESC, s.id DESC LIMIT ?",
        (*_SESSION_ARGS, *args, -1 if limit is None else limit)).fetchall()
    return [_session_record(row, None) for row in rows]


def odd_sessions(conn: sqlite3.Connection, today: date) -> list[SessionRecord]:
    """Sessions kept off the calendar: their start cannot be read, or they are
    dated before ``FIRST_DAY`` or after ``today``. Oldest id first."""
    rows = conn.execute(
        f"{_SESSION_COLUMNS} WHERE {odd_rows('s.started_ts', 's.tz_offset')} ORDER BY s.id",
        (*_SESSION_ARGS, *odd_args(today))).fetchall()
    odd = [_session_record(row, today) for row in rows]
    # Steps written by another tool for a session that is not there: listed as a
    # session of their own, so they can be seen and deleted.
    for sid, done, skipped in conn.execute(
            "SELECT session_id, SUM(outcome = ?), SUM(outcome != ?) FROM session_steps"
            " WHERE session_id NOT IN (SELECT id FROM sessions)"
            " AND typeof(session_id) = 'integer' GROUP BY session_id ORDER BY session_id",
            (StepOutcome.COMPLETED, StepOutcome.COMPLETED)):
        note_odd("steps of session", sid, NO_SESSION)
        odd.append(SessionRecord(sid, "", "", None, SessionState.INTERRUPTED, None, 0.0,
                                 whole(done), whole(skipped), None, None, None,
                                 f"session {sid}", NO_SESSION))
    return odd


@dataclass(frozen=True)
class StepLine:
    """One step of a session as the History page lists it: each number as stored,
    or the stored text when it is not a number."""

    position: int | str
    exercise: str
    outcome: StepOutcome
    sets_done: int | str
    reps_done: int | str
    seconds_done: float | str


def session_step_lines(conn: sqlite3.Connection, session_id: int) -> list[StepLine]:
    def odd(value: object) -> str:
        note_odd("step of session", session_id, f"{raw_text(value)} is not a number")
        return raw_text(value)

    def count(value: object) -> int | str:
        return whole(value) if is_number(value) else odd(value)

    def seconds(value: object) -> float | str:
        return number(value) if is_number(value) else odd(value)

    rows = conn.execute(
        "SELECT position, exercise_name, outcome, sets_done, reps_done, seconds_done"
        " FROM session_steps WHERE session_id = ? ORDER BY position", (session_id,)).fetchall()
    return [StepLine(count(pos), text(name), word(StepOutcome, outcome, StepOutcome.SKIPPED),
                     count(sets), count(reps), seconds(secs))
            for pos, name, outcome, sets, reps, secs in rows]


@dataclass(frozen=True)
class HistoryRoutine:
    id: str
    title: str  # the title of its latest session


def routines_in_history(conn: sqlite3.Connection) -> list[HistoryRoutine]:
    """Every routine with a session, by title."""
    rows = conn.execute(
        "SELECT routine_id, routine_title FROM sessions GROUP BY routine_id"
        " HAVING started_ts = MAX(started_ts) ORDER BY routine_title").fetchall()
    return [HistoryRoutine(text(r), text(t)) for r, t in rows]


class ProgressSource:
    """What the Progress page reads, in one place (all of it aggregated in SQL)."""

    def __init__(self, repo: Repository) -> None:
        self._repo = repo

    @property
    def _conn(self) -> sqlite3.Connection:
        return self._repo._conn

    def pain_days(self, first: date, last: date) -> list[PainDay]:
        return pain_days(self._conn, first, last)

    def session_days(self, first: date, last: date) -> list[SessionDay]:
        return session_days(self._conn, first, last)

    def session_pain(self, first: date, last: date) -> list[SessionPain]:
        return session_pain(self._conn, first, last)

    def water_per_day(self, first: date, last: date) -> dict[date, int]:
        return self._repo.water_per_day(first, last)

    def earliest_day(self) -> date | None:
        return earliest_day(self._conn)

    def session_history(self, flt: HistoryFilter = HistoryFilter(),
                        *, before: Key | None = None,
                        limit: int | None = None) -> list[SessionRecord]:
        return session_history(self._conn, flt, before=before, limit=limit)

    def history_totals(self, flt: HistoryFilter) -> HistoryTotals:
        return history_totals(self._conn, flt)

    def routines_in_history(self) -> list[HistoryRoutine]:
        return routines_in_history(self._conn)

    def session_steps(self, session_id: int) -> list[StepRecord]:
        return self._repo.session_steps(session_id)

    def pain_entries(self, first: date, last: date, *, before: Key | None = None,
                     limit: int | None = None) -> list[PainEntry]:
        return pain_entries(self._conn, first, last, before=before, limit=limit)

    def session_step_lines(self, session_id: int) -> list[StepLine]:
        return session_step_lines(self._conn, session_id)

    def odd_sessions(self, today: date) -> list[SessionRecord]:
        return odd_sessions(self._conn, today)

    def odd_pain_entries(self, today: date) -> list[PainEntry]:
        return odd_pain_entries(self._conn, today)

    def setting(self, key: str) -> Any:
        return self._repo.get_setting(key)
