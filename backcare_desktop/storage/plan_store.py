"""The weekly plan on disk, kept as versions.

Each saved plan is a version with the local day it came into force; saving
twice on one day replaces that day's version. A day is read with the version
in force on it, so changing the plan never rewrites what past weeks planned.
Days before the first version have no plan (they are absent from
``planned_days``); from then on every day is present, a rest day with an empty
list.

Session-reminder bookkeeping lives in ``meta`` (keys ``plan_reminder.*``),
like the drink reminder's: it is not worth a backup.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

from backcare_desktop.core.programme.plan import Slot, WeeklyPlan
from backcare_desktop.core.programme.reminders import SessionReminderState
from backcare_desktop.core.vocabulary import SessionState
from backcare_desktop.storage.stored_values import note_odd

_META_KEYS = ("plan_reminder.last", "plan_reminder.snoozed_until", "plan_reminder.skipped_on")


def _day(value: object, what: str) -> date | None:
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        note_odd("plan", what, f"{str(value)[:60]!r} is not a day; ignored")
        return None


def _versions(conn: sqlite3.Connection) -> list[tuple[int, date, date | None]]:
    """(id, in force from, first week's start) of every readable version, oldest first."""
    out = []
    for vid, since, start in conn.execute(
            "SELECT id, in_force_from, first_week_start FROM plan_versions"):
        day = _day(since, "in_force_from")
        if day is not None:
            out.append((int(vid), day, _day(start, "first_week_start")))
    return sorted(out, key=lambda v: v[1])


def _plan(conn: sqlite3.Connection, vid: int, start: date | None) -> WeeklyPlan:
    weekly: list[Slot] = []
    first: list[Slot] = []
    for first_week, weekday, at, routine_id in conn.execute(
            "SELECT first_week, weekday, at, routine_id FROM plan_slots WHERE version_id = ?",
            (vid,)):
        (first if first_week else weekly).append(Slot(int(weekday), str(at), str(routine_id)))
    return WeeklyPlan(tuple(weekly), tuple(first), start)


def load_plan(conn: sqlite3.Connection, today: date | None = None) -> WeeklyPlan:
    """The plan in force on ``today`` (the newest when None); an empty plan when none."""
    versions = _versions(conn)
    if today is not None:
        versions = [v for v in versions if v[1] <= today] or versions[:0]
    if not versions:
        return WeeklyPlan()
    vid, _since, start = versions[-1]
    return _plan(conn, vid, start)


def save_plan(conn: sqlite3.Connection, plan: WeeklyPlan, today: date) -> None:
    """Write ``plan`` as the version in force from ``today`` (inside the caller's
    transaction). Raises ``ValueError`` with the plan's problems, one per line."""
    problems = plan.problems()
    if problems:
        raise ValueError("\n".join(problems))
    conn.execute("DELETE FROM plan_versions WHERE in_force_from = ?", (today.isoformat(),))
    cur = conn.execute(
        "INSERT INTO plan_versions (in_force_from, first_week_start) VALUES (?, ?)",
        (today.isoformat(), plan.start.isoformat() if plan.start else None))
    vid = cur.lastrowid
    rows = [(vid, 0, s.weekday, s.at, s.routine_id) for s in plan.slots]
    rows += [(vid, 1, s.weekday, s.at, s.routine_id) for s in plan.first_week]
    conn.executemany("INSERT INTO plan_slots (version_id, first_week, weekday, at, routine_id)"
                     " VALUES (?, ?, ?, ?, ?)", rows)


def planned_days(conn: sqlite3.Connection, first: date, last: date) -> dict[date, list[str]]:
    """Routine ids planned on each local day from ``first`` to ``last``, each day read
    with the plan in force on it; days before any plan are absent."""
    versions = _versions(conn)
    out: dict[date, list[str]] = {}
    if not versions or last < first:
        return out
    plans = {vid: _plan(conn, vid, start) for vid, _since, start in versions}
    day = max(first, versions[0][1])
    index = 0
    while day <= last:
        while index + 1 < len(versions) and versions[index + 1][1] <= day:
            index += 1
        out[day] = [s.routine_id for s in plans[versions[index][0]].planned_on(day)]
        day += timedelta(days=1)
    return out


def _moment(value: object, key: str) -> datetime | None:
    if value is None or value == "":
        return None
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        note_odd("session reminder bookkeeping", key, f"{str(value)[:60]!r} is not a time; ignored")
        return None
    return moment


def reminder_state(conn: sqlite3.Connection) -> SessionReminderState:
    meta = dict(conn.execute(
        "SELECT key, value FROM meta WHERE key LIKE 'plan\\_reminder.%' ESCAPE '\\'").fetchall())
    return SessionReminderState(
        last_reminder=_moment(meta.get(_META_KEYS[0]), _META_KEYS[0]),
        snoozed_until=_moment(meta.get(_META_KEYS[1]), _META_KEYS[1]),
        skipped_on=_day(meta.get(_META_KEYS[2]), _META_KEYS[2]),
    )


def reminder_state_rows(state: SessionReminderState) -> dict[str, str]:
    return dict(zip(_META_KEYS, (
        state.last_reminder.isoformat() if state.last_reminder else "",
        state.snoozed_until.isoformat() if state.snoozed_until else "",
        state.skipped_on.isoformat() if state.skipped_on else ""), strict=True))


def routines_done_on(conn: sqlite3.Connection, day: date) -> set[str]:
    """Ids of the routines with a session started on this local day and finished
    (one stopped part-way is not done: the header would say "done" of it)."""
    from backcare_desktop.storage.repository import ts_window
    from backcare_desktop.storage.stored_values import readable

    lo, hi = ts_window(day, day)
    rows = conn.execute(
        f"SELECT DISTINCT routine_id FROM sessions WHERE {readable('started_ts')}"
        " AND started_ts BETWEEN ? AND ? AND state = ?"
        " AND date(started_ts + tz_offset, 'unixepoch') = ?",
        (lo, hi, SessionState.FINISHED, day.isoformat())).fetchall()
    return {str(r[0]) for r in rows}
