"""What the progress report reads: the records of a range, as plain rows.

Everything is aggregated or narrowed in SQL on the indexed time columns, so
ten years of records come back as a few thousand rows. The report itself is
worked out from these in ``core.progress.report``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from backcare_desktop.core.progress.report import (
    AreaCount,
    HurtEvent,
    NoteLine,
    ReportRecords,
    StepCount,
    StepMiss,
)
from backcare_desktop.core.vocabulary import PainArea, PainMoment, StepOutcome, StopReason
from backcare_desktop.storage import progress_data
from backcare_desktop.storage.repository import Repository, ts_window
from backcare_desktop.storage.schema import LOCAL_DAY
from backcare_desktop.storage.stored_values import READABLE, readable, text, whole, word

_SESSION_DAY = "date(s.started_ts + s.tz_offset, 'unixepoch')"
_SESSION_READABLE = readable("s.started_ts", "s.tz_offset")
NOTES_SHOWN = 60
"""The newest notes the report lists; it says how many more there were."""


@dataclass
class _Steps:
    counts: list[StepCount] = field(default_factory=list)
    misses: list[StepMiss] = field(default_factory=list)


def _steps(repo: Repository, first: date, last: date) -> _Steps:
    conn = repo._conn
    lo, hi = ts_window(first, last)
    where = (f"s.started_ts BETWEEN ? AND ? AND {_SESSION_READABLE}"
             f" AND {_SESSION_DAY} BETWEEN ? AND ?")
    args = (lo, hi, first.isoformat(), last.isoformat())
    out = _Steps()
    for rid, title, name, outcome, n in conn.execute(
            "SELECT s.routine_id, MAX(s.routine_title), st.exercise_name, st.outcome, COUNT(*)"
            " FROM sessions AS s JOIN session_steps AS st ON st.session_id = s.id"
            f" WHERE {where} GROUP BY s.routine_id, st.exercise_name, st.outcome", args):
        out.counts.append(StepCount(text(rid), text(title), text(name),
                                    word(StepOutcome, outcome, StepOutcome.SKIPPED), whole(n)))
    for rid, title, name, outcome, day in conn.execute(
            f"SELECT s.routine_id, s.routine_title, st.exercise_name, st.outcome, {_SESSION_DAY}"
            " FROM sessions AS s JOIN session_steps AS st ON st.session_id = s.id"
            f" WHERE {where} AND st.outcome != ? ORDER BY s.started_ts, st.position",
            (*args, StepOutcome.COMPLETED)):
        out.misses.append(StepMiss(text(rid), text(title), text(name),
                                   word(StepOutcome, outcome, StepOutcome.SKIPPED),
                                   date.fromisoformat(day)))
    return out


def _hurt(repo: Repository, first: date, last: date) -> list[HurtEvent]:
    lo, hi = ts_window(first, last)
    rows = repo._conn.execute(
        f"SELECT {_SESSION_DAY}, s.routine_title,"
        " (SELECT exercise_name FROM session_steps WHERE session_id = s.id AND outcome = ?"
        "  ORDER BY position DESC LIMIT 1),"
        " (SELECT level FROM pain_entries WHERE session_id = s.id AND moment = ?"
        "  ORDER BY ts DESC LIMIT 1)"
        f" FROM sessions AS s WHERE s.started_ts BETWEEN ? AND ? AND {_SESSION_READABLE}"
        f" AND {_SESSION_DAY} BETWEEN ? AND ? AND s.stop_reason = ? ORDER BY s.started_ts",
        (StepOutcome.HURT, PainMoment.HURT, lo, hi, first.isoformat(), last.isoformat(),
         StopReason.HURT)).fetchall()
    return [HurtEvent(date.fromisoformat(d), text(title), text(name) if name else "",
                      whole(level) if isinstance(level, int | float) else None)
            for d, title, name, level in rows]


def _areas(repo: Repository, first: date, last: date) -> list[AreaCount]:
    rows = repo._conn.execute(
        f"SELECT area, COUNT(*), AVG(level) FROM pain_entries WHERE {LOCAL_DAY} BETWEEN ? AND ?"
        f" AND {READABLE} GROUP BY area ORDER BY COUNT(*) DESC",
        (first.isoformat(), last.isoformat())).fetchall()
    out = []
    for area, n, mean in rows:
        known = area if area in PainArea.values() else None
        out.append(AreaCount(None if known is None else PainArea(known), whole(n), float(mean)))
    return out


def _notes(repo: Repository, first: date, last: date) -> tuple[list[NoteLine], int]:
    lo, hi = ts_window(first, last)
    where = (f"ts BETWEEN ? AND ? AND {READABLE} AND {LOCAL_DAY} BETWEEN ? AND ?"
             " AND typeof(note) = 'text' AND trim(note) != ''")
    args = (lo, hi, first.isoformat(), last.isoformat())
    total = repo._conn.execute(f"SELECT COUNT(*) FROM pain_entries WHERE {where}",
                               args).fetchone()[0]
    rows = repo._conn.execute(
        f"SELECT {LOCAL_DAY}, level, area, note FROM pain_entries WHERE {where}"
        " ORDER BY ts DESC LIMIT ?", (*args, NOTES_SHOWN)).fetchall()
    lines = [NoteLine(date.fromisoformat(d), whole(level),
                      PainArea(area) if area in PainArea.values() else None, text(note).strip())
             for d, level, area, note in rows]
    return lines, whole(total)


def report_records(repo: Repository, first: date, last: date, today: date) -> ReportRecords:
    """Every record of ``first``..``last`` the report uses."""
    conn = repo._conn
    steps = _steps(repo, first, last)
    notes, notes_total = _notes(repo, first, last)
    return ReportRecords(
        first=first, last=last, today=today,
        pain_days=progress_data.pain_days(conn, first, last),
        session_days=progress_data.session_days(conn, first, last),
        session_pain=progress_data.session_pain(conn, first, last),
        flare_days=frozenset(repo.flare_days(first, last, today=today)),
        planned=repo.planned_days(first, last),
        water=repo.water_per_day(first, last),
        sessions_goal=int(repo.get_setting("sessions_per_week_goal")),
        water_goal_ml=int(repo.get_setting("water_goal_ml")),
        step_counts=tuple(steps.counts), step_misses=tuple(steps.misses),
        hurt=tuple(_hurt(repo, first, last)), areas=tuple(_areas(repo, first, last)),
        notes=tuple(notes), notes_total=notes_total,
        earliest=progress_data.earliest_day(conn))
