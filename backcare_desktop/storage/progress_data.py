"""The Progress page's data, aggregated in SQL: one row per day or per session.

Every query narrows by the indexed ``ts``/``started_ts`` column first (a day's
margin each side covers any UTC offset) and then groups by the local day the
record was made on, so ten years of records come back as a few thousand rows.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
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
        f"SELECT {_SESSION_DAY} AS day, SUM(s.state = ?), TOTAL(s.active_s)"
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
        f" FROM sessions AS s JOIN pain_entries AS p ON p.session_id = s.id"
        f" WHERE s.started_ts BETWEEN ? AND ? GROUP BY s.id"
        f" HAVING day BETWEEN ? AND ? AND COUNT(DISTINCT p.moment) >= 2"
        f" ORDER BY s.started_ts",
        (PainMoment.BEFORE, *_AFTER, lo, hi, first.isoformat(), last.isoformat())).fetchall()
    day = functools.lru_cache(maxsize=None)(date.fromisoformat)  # many sessions share a day
    return [SessionPain(title, day(d), int(b), int(a))
            for title, d, b, a in rows if b is not None and a is not None]


def earliest_day(conn: sqlite3.Connection) -> date | None:
    """The local day of the oldest record of any kind."""
    row = conn.execute(
        "SELECT MIN(day) FROM ("
        " SELECT MIN(date(ts + tz_offset, 'unixepoch')) AS day FROM pain_entries"
        " UNION ALL SELECT MIN(date(started_ts + tz_offset, 'unixepoch')) FROM sessions"
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


def pain_entries(conn: sqlite3.Connection, first: date, last: date) -> list[PainEntry]:
    lo, hi = ts_window(first, last)
    rows = conn.execute(
        f"SELECT id, ts, tz_offset, level, area, note, moment, session_id FROM pain_entries"
        f" WHERE ts BETWEEN ? AND ? AND {_PAIN_DAY} BETWEEN ? AND ? ORDER BY ts DESC, id DESC",
        (lo, hi, first.isoformat(), last.isoformat())).fetchall()
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
    active_s: float
    done: int  # steps completed
    skipped: int  # steps skipped or stopped because they hurt
    pain_before: int | None
    pain_after: int | None
    feeling: Feeling | None


def session_history(conn: sqlite3.Connection, *, routine_id: str | None = None,
                    first: date | None = None, last: date | None = None,
                    limit: int = 2000) -> list[SessionRecord]:
    """Past sessions, newest first, optionally for one routine and a range of days."""
    where: list[str] = ["1"]
    args: list[str] = []
    if routine_id:
        where.append("s.routine_id = ?")
        args.append(routine_id)
    if first is not None:
        where.append(f"{_SESSION_DAY} >= ?")
        args.append(first.isoformat())
    if last is not None:
        where.append(f"{_SESSION_DAY} <= ?")
        args.append(last.isoformat())
    rows = conn.execute(
        "SELECT s.id, s.routine_id, s.routine_title, s.started_ts, s.tz_offset, s.state,"
        " s.stop_reason, COALESCE(s.active_s, 0), s.feeling,"
        " (SELECT COUNT(*) FROM session_steps WHERE session_id = s.id AND outcome = ?),"
        " (SELECT COUNT(*) FROM session_steps WHERE session_id = s.id AND outcome != ?),"
        " (SELECT level FROM pain_entries WHERE session_id = s.id AND moment = ?"
        "  ORDER BY ts DESC LIMIT 1),"
        " (SELECT level FROM pain_entries WHERE session_id = s.id AND moment IN (?, ?)"
        "  ORDER BY ts DESC LIMIT 1)"
        f" FROM sessions AS s WHERE {' AND '.join(where)}"
        " ORDER BY s.started_ts DESC LIMIT ?",
        (StepOutcome.COMPLETED, StepOutcome.COMPLETED, PainMoment.BEFORE, *_AFTER, *args,
         limit)).fetchall()
    return [SessionRecord(i, rid, title, aware(ts, off), SessionState(state), reason,
                          float(active), int(done), int(skipped), before, after,
                          None if feeling is None else Feeling(feeling))
            for (i, rid, title, ts, off, state, reason, active, feeling, done, skipped, before,
                 after) in rows]


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

    def session_history(self, *, routine_id: str | None = None, first: date | None = None,
                        last: date | None = None) -> list[SessionRecord]:
        return session_history(self._conn, routine_id=routine_id, first=first, last=last)

    def routines_in_history(self) -> list[HistoryRoutine]:
        return routines_in_history(self._conn)

    def session_steps(self, session_id: int) -> list[StepRecord]:
        return self._repo.session_steps(session_id)

    def pain_entries(self, first: date, last: date) -> list[PainEntry]:
        return pain_entries(self._conn, first, last)

    def setting(self, key: str) -> Any:
        return self._repo.get_setting(key)
