"""The Progress page's data, aggregated in SQL: one row per day or per session.

Every query narrows by the indexed ``ts``/``started_ts`` column first (a day's
margin each side covers any UTC offset) and then groups by the local day the
record was made on, so ten years of records come back as a few thousand rows.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from backcare_desktop.core.progress.records_file import StepRecord
from backcare_desktop.core.progress.stats import PainDay, SessionDay, SessionPain
from backcare_desktop.core.vocabulary import (
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
)
from backcare_desktop.storage.repository import Repository, aware, ts_window
from backcare_desktop.storage.schema import LOCAL_DAY

_PAIN_DAY = LOCAL_DAY
_SESSION_DAY = "date(s.started_ts + s.tz_offset, 'unixepoch')"
# A session's seconds of exercise: what it recorded when it ended or, for one that
# never ended (interrupted, or still running), the seconds its steps saved. The
# steps are read through their (session_id, position) index, only for those.
SESSION_SECONDS = ("COALESCE(s.active_s, (SELECT TOTAL(st.seconds_done) FROM session_steps"
                   " AS st WHERE st.session_id = s.id))")
# Pain after a session: logged at its end, or when it was stopped because it hurt.
_AFTER = (PainMoment.AFTER, PainMoment.HURT)


def pain_days(conn: sqlite3.Connection, first: date, last: date) -> list[PainDay]:
    rows = conn.execute(  # read from the pain_by_day index alone
        f"SELECT {_PAIN_DAY}, AVG(level), MAX(level) FROM pain_entries"
        f" WHERE {_PAIN_DAY} BETWEEN ? AND ? GROUP BY {_PAIN_DAY} ORDER BY {_PAIN_DAY}",
        (first.isoformat(), last.isoformat())).fetchall()
    return [PainDay(date.fromisoformat(d), float(mean), int(worst)) for d, mean, worst in rows]


def session_days(conn: sqlite3.Connection, first: date, last: date) -> list[SessionDay]:
    lo, hi = ts_window(first, last)
    rows = conn.execute(
        f"SELECT {_SESSION_DAY} AS day, SUM(s.state = ?), TOTAL({SESSION_SECONDS})"
        f" FROM sessions AS s WHERE s.started_ts BETWEEN ? AND ?"
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
        f" WHERE s.started_ts BETWEEN ? AND ? GROUP BY s.started_ts, s.id"
        f" HAVING day BETWEEN ? AND ? AND COUNT(DISTINCT p.moment) >= 2"
        f" ORDER BY s.started_ts",
        (PainMoment.BEFORE, *_AFTER, lo, hi, first.isoformat(), last.isoformat())).fetchall()
    day = functools.lru_cache(maxsize=None)(date.fromisoformat)  # many sessions share a day
    return [SessionPain(title, day(d), int(b), int(a))
            for title, d, b, a in rows if b is not None and a is not None]


def earliest_day(conn: sqlite3.Connection) -> date | None:
    """The local day of the oldest record of any kind (each read through an index:
    for sessions, those within two days of the first, as UTC offsets differ)."""
    row = conn.execute(
        "SELECT MIN(day) FROM ("
        " SELECT MIN(date(ts + tz_offset, 'unixepoch')) AS day FROM pain_entries"
        " UNION ALL SELECT MIN(date(started_ts + tz_offset, 'unixepoch')) FROM sessions"
        "  WHERE started_ts <= (SELECT MIN(started_ts) FROM sessions) + 172800"
        " UNION ALL SELECT MIN(date(ts + tz_offset, 'unixepoch')) FROM water_entries)"
    ).fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else None


# -- the pain log ------------------------------------------------------------------------

@dataclass(frozen=True)
class PainEntry:
    id: int
    at: datetime
    level: int
    area: PainArea | None
    note: str
    moment: PainMoment
    session_id: int | None

    @property
    def key(self) -> tuple[int, int]:
        """Where it stands in the pain log, newest first: (Unix seconds, id)."""
        return int(self.at.timestamp()), self.id


def pain_entries(conn: sqlite3.Connection, first: date, last: date, *,
                 before: tuple[int, int] | None = None,
                 limit: int | None = None) -> list[PainEntry]:
    """Pain entries of those days, newest first: all of them, or ``limit`` of them
    that come after the entry whose ``key`` is ``before``."""
    lo, hi = ts_window(first, last)
    where, args = "", []
    if before is not None:  # the index range starts right there
        hi = min(hi, before[0])
        where = " AND (ts, id) < (?, ?)"
        args = list(before)
    rows = conn.execute(
        f"SELECT id, ts, tz_offset, level, area, note, moment, session_id FROM pain_entries"
        f" WHERE ts BETWEEN ? AND ? AND {_PAIN_DAY} BETWEEN ? AND ?{where}"
        f" ORDER BY ts DESC, id DESC LIMIT ?",
        (lo, hi, first.isoformat(), last.isoformat(), *args,
         -1 if limit is None else limit)).fetchall()
    return [PainEntry(i, aware(ts, off), lvl, None if area is None else PainArea(area), note,
                      PainMoment(moment), sid)
            for i, ts, off, lvl, area, note, moment, sid in rows]


# -- history -----------------------------------------------------------------------------

@dataclass(frozen=True)
class SessionRecord:
    id: int
    routine_id: str
    routine_title: str
    started: datetime
    state: SessionState
    stop_reason: str | None  # a StopReason, or any text an imported record held
    active_s: float  # seconds of exercise (an interrupted session's: its steps')
    done: int  # steps completed
    skipped: int  # steps skipped or stopped because they hurt
    pain_before: int | None
    pain_after: int | None
    feeling: Feeling | None

    @property
    def key(self) -> tuple[int, int]:
        """Where it stands in the history, newest first: (Unix seconds, id)."""
        return int(self.started.timestamp()), self.id


@dataclass(frozen=True)
class HistoryFilter:
    """Which sessions the History page lists: one routine or all, within days."""

    routine_id: str | None = None
    first: date | None = None
    last: date | None = None

    def where(self, before: tuple[int, int] | None = None) -> tuple[str, list[object]]:
        """The SQL condition on ``sessions AS s`` and its arguments, for the sessions
        older than the ``key`` ``before`` if given. The range of the indexed
        ``started_ts`` narrows first, then the exact local days."""
        where: list[str] = ["1"]
        args: list[object] = []
        if self.first is not None or self.last is not None or before is not None:
            lo, hi = ts_window(self.first or date.min + timedelta(days=2),
                               self.last or date.max - timedelta(days=2))
            if before is not None:  # so a page deep in the history starts right there
                hi = min(hi, before[0])
            where.append("s.started_ts BETWEEN ? AND ?")
            args += [lo, hi]
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
                    *, before: tuple[int, int] | None = None,
                    limit: int | None = None) -> list[SessionRecord]:
    """Past sessions, newest first: all that ``flt`` lets through, or ``limit`` of
    them that come after the session whose ``key`` is ``before`` (keyset paging on
    the ``started_ts`` index, so any page costs the same)."""
    where, args = flt.where(before)
    rows = conn.execute(
        "SELECT s.id, s.routine_id, s.routine_title, s.started_ts, s.tz_offset, s.state,"
        f" s.stop_reason, {SESSION_SECONDS}, s.feeling,"
        " (SELECT COUNT(*) FROM session_steps WHERE session_id = s.id AND outcome = ?),"
        " (SELECT COUNT(*) FROM session_steps WHERE session_id = s.id AND outcome != ?),"
        " (SELECT level FROM pain_entries WHERE session_id = s.id AND moment = ?"
        "  ORDER BY ts DESC LIMIT 1),"
        " (SELECT level FROM pain_entries WHERE session_id = s.id AND moment IN (?, ?)"
        "  ORDER BY ts DESC LIMIT 1)"
        f" FROM sessions AS s WHERE {where}"
        " ORDER BY s.started_ts DESC, s.id DESC LIMIT ?",
        (StepOutcome.COMPLETED, StepOutcome.COMPLETED, PainMoment.BEFORE, *_AFTER, *args,
         -1 if limit is None else limit)).fetchall()
    return [SessionRecord(i, rid, title, aware(ts, off), SessionState(state), reason,
                          float(active), int(done), int(skipped), before_, after,
                          None if feeling is None else Feeling(feeling))
            for (i, rid, title, ts, off, state, reason, active, feeling, done, skipped,
                 before_, after) in rows]


@dataclass(frozen=True)
class HistoryRoutine:
    id: str
    title: str  # the title of its latest session


def routines_in_history(conn: sqlite3.Connection) -> list[HistoryRoutine]:
    """Every routine with a session, by title."""
    rows = conn.execute(
        "SELECT routine_id, routine_title FROM sessions GROUP BY routine_id"
        " HAVING started_ts = MAX(started_ts) ORDER BY routine_title").fetchall()
    return [HistoryRoutine(str(r), str(t)) for r, t in rows]


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
                        *, before: tuple[int, int] | None = None,
                        limit: int | None = None) -> list[SessionRecord]:
        return session_history(self._conn, flt, before=before, limit=limit)

    def history_totals(self, flt: HistoryFilter) -> HistoryTotals:
        return history_totals(self._conn, flt)

    def routines_in_history(self) -> list[HistoryRoutine]:
        return routines_in_history(self._conn)

    def session_steps(self, session_id: int) -> list[StepRecord]:
        return self._repo.session_steps(session_id)

    def pain_entries(self, first: date, last: date, *, before: tuple[int, int] | None = None,
                     limit: int | None = None) -> list[PainEntry]:
        return pain_entries(self._conn, first, last, before=before, limit=limit)

    def setting(self, key: str) -> Any:
        return self._repo.get_setting(key)
