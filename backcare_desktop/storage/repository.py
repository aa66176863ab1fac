"""The repository: the only API the rest of the app uses to read and write data.

Every write runs in its own transaction and is committed before the method
returns, so whatever the person did is on disk even if the app is killed a
moment later. Write failures (disk full, read-only folder) become
``StorageWriteError`` with a plain message; nothing partial is kept.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, ParamSpec, TypeVar

from backcare_desktop.core.hydration import amounts
from backcare_desktop.core.hydration.schedule import ReminderSettings, ReminderState, in_utc
from backcare_desktop.core.programme.flare import FlareHow, FlarePeriod
from backcare_desktop.core.progress.peg import PegAnswer
from backcare_desktop.core.settings_schema import SettingError, setting
from backcare_desktop.core.status import TodayStatus, week_start
from backcare_desktop.core.vocabulary import (
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
)
from backcare_desktop.storage.errors import StorageWriteError, WriteProblem
from backcare_desktop.storage.glance import UI_STATE_PREFIX
from backcare_desktop.storage.schema import LOCAL_DAY
from backcare_desktop.storage.stored_values import (
    READABLE,
    UNREADABLE,
    is_number,
    moment,
    note_odd,
    number,
    odd_args,
    odd_rows,
    odd_time,
    readable,
    text,
    time_text,
    whole,
    word,
    word_or_none,
)

if TYPE_CHECKING:
    from backcare_desktop.core.programme.plan import WeeklyPlan
    from backcare_desktop.core.programme.progression import LastDecision, SessionFeel
    from backcare_desktop.core.programme.reminders import SessionReminderState
    from backcare_desktop.core.progress.records_file import StepRecord
    from backcare_desktop.storage.progression_store import Decision, RoutineVersion

# Text that is not valid UTF-8 (written by another tool) is read with U+FFFD in
# place of the bad bytes rather than failing the whole query.
_DECODE = functools.partial(str, encoding="utf-8", errors="replace")


def stamp(at: datetime) -> tuple[int, int]:
    """Unix seconds and UTC offset in seconds of an aware datetime."""
    offset = at.utcoffset()
    if offset is None:
        raise ValueError("times given to storage must carry their UTC offset")
    return int(at.timestamp()), int(offset.total_seconds())


def _check_range(name: str, value: int, low: int, high: int, unit: str = "") -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{name} = {value!r} is outside {low}–{high}{unit}")


def _check_area(area: PainArea | None) -> None:
    if area is not None and area not in PainArea.values():
        raise ValueError(f"pain area {area!r} is not one of: {', '.join(PainArea)}")


_LOCAL_DAY = LOCAL_DAY


@dataclass(frozen=True)
class WaterEntry:
    id: int
    at: datetime
    amount_ml: int


@dataclass(frozen=True)
class OddWaterEntry:
    """A drink the app cannot place on a day: its time cannot be read, or it is
    dated before the first day or after today. Shown apart; never counted."""

    id: int
    at: datetime | None  # None when the stored time cannot be read
    time_text: str  # the stored time as well as it can be shown
    reason: str  # why it is apart, e.g. "date not readable"
    amount_ml: int


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _announces(method: Callable[_P, _R]) -> Callable[_P, _R]:
    """Mark a method that writes records: its listeners hear of it once it committed."""
    import functools

    @functools.wraps(method)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        result = method(*args, **kwargs)
        repo = args[0]
        assert isinstance(repo, Repository)
        repo._announce()
        return result
    return wrapper


@dataclass(frozen=True)
class StoredSession:
    """One session as stored: its row of ``sessions``."""

    id: int
    routine_id: str
    routine_title: str
    started: datetime | None  # None when the stored time cannot be read
    ended: datetime | None  # None while it runs, if it was interrupted, or not readable
    state: SessionState
    stop_reason: str | None  # a StopReason when stopped (any text if imported)
    planned_s: float
    active_s: float | None
    feeling: Feeling | None


@dataclass(frozen=True)
class CheckinDays:
    asked_on: date | None  # the last day the daily check-in was shown
    logged_on: date | None  # the last day with pain logged


class Repository:
    """Reads and writes BackCare's records on one SQLite connection.

    The connection, ``_conn`` (and ``_transaction()``, which hands it out), is
    private to the storage package: its modules (backups, transfer, progress_data)
    use it; everything outside storage goes through methods and storage functions
    that take the repository (a test checks).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        conn.text_factory = _DECODE
        self._conn = conn
        self.path = path
        self._listeners: list[Callable[[], None]] = []

    def on_records_changed(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after every committed write of sessions, steps, pain or
        water, so no writer has to remember to tell the pages that show them."""
        self._listeners.append(listener)

    def _announce(self) -> None:
        for listener in list(self._listeners):
            listener()

    def close(self) -> None:
        self._conn.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                # SQLite may have rolled back already (after a full disk or an I/O error): keep the
                # first error rather than one about a missing transaction.
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) or WriteProblem.of(exc) is not None:
                raise StorageWriteError.from_sqlite(self.path, exc) from exc
            raise

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction for storage modules that change several tables at
        once (an import): all of it is committed, or none of it; announced once.
        Private to storage, like the connection it hands out."""
        with self._write() as conn:
            yield conn
        self._announce()

    # -- settings ---------------------------------------------------------

    def get_setting(self, key: str) -> Any:
        """The stored value of a declared setting, or its default."""
        spec = setting(key)
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        if row is None and key == "water_unit":
            return amounts.default_unit()  # the locale's until the person chooses one
        if row is None:
            return spec.default
        try:
            value = spec.validate(json.loads(row[0]))
        except (ValueError, TypeError):
            value = spec.default  # a value edited by hand out of range: fall back, keep the row
        return list(value) if isinstance(value, list) else value

    def set_setting(self, key: str, value: Any) -> None:
        """Validate and store a setting; raises ``SettingError`` naming the limit."""
        setting(key).validate(value)
        self._put_setting_row(key, value)

    def _put_setting_row(self, key: str, value: Any) -> None:
        self._upsert("settings", {key: json.dumps(value)})

    def _upsert(self, table: str, rows: dict[str, str]) -> None:
        """Write key/value rows of ``settings`` or ``meta`` in one transaction."""
        assert table in ("settings", "meta")
        with self._write() as c:
            c.executemany(
                f"INSERT INTO {table} (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                list(rows.items()),
            )

    def get_ui_state(self, name: str) -> str | None:
        """Window layout and similar state that is not worth a backup."""
        row = self._conn.execute(
            "SELECT value FROM settings WHERE key = ?", (UI_STATE_PREFIX + name,)
        ).fetchone()
        if row is None:
            return None
        try:
            return str(json.loads(row[0]))
        except (ValueError, TypeError):  # edited by hand: as if never saved
            note_odd("window state", name, "not readable")
            return None

    def set_ui_state(self, name: str, value: str) -> None:
        self._put_setting_row(UI_STATE_PREFIX + name, value)

    # -- water ------------------------------------------------------------

    @_announces
    def add_water(self, amount_ml: int, at: datetime) -> int:
        amounts.check_entry(amount_ml)
        ts, off = stamp(at)
        with self._write() as c:
            cur = c.execute(
                "INSERT INTO water_entries (ts, tz_offset, amount_ml) VALUES (?, ?, ?)",
                (ts, off, amount_ml),
            )
        return int(cur.lastrowid or 0)

    def water_entries_on(self, day: date) -> list[WaterEntry]:
        lo, hi = ts_window(day, day)
        rows = self._conn.execute(
            f"SELECT id, ts, tz_offset, amount_ml FROM water_entries "
            f"WHERE ts BETWEEN ? AND ? AND {READABLE} AND {_LOCAL_DAY} = ? ORDER BY ts, id",
            (lo, hi, day.isoformat()),
        ).fetchall()
        return [WaterEntry(i, at, whole(ml)) for i, ts, off, ml in rows
                if (at := moment(ts, off)) is not None]

    def last_water_entry(self, not_after: datetime | None = None) -> WaterEntry | None:
        """The latest drink whose time can be read (and is not after ``not_after``)."""
        limit = "" if not_after is None else " AND ts <= ?"
        args = () if not_after is None else (stamp(not_after)[0],)
        for i, ts, off, ml in self._conn.execute(
                f"SELECT id, ts, tz_offset, amount_ml FROM water_entries WHERE {READABLE}"
                f"{limit} ORDER BY ts DESC, id DESC LIMIT 1", args):
            at = moment(ts, off)
            if at is not None:
                return WaterEntry(i, at, whole(ml))
        return None

    def odd_water_entries(self, today: date) -> list[OddWaterEntry]:
        """Drinks kept off every day's list and total (see ``OddWaterEntry``), by id."""
        rows = self._conn.execute(
            f"SELECT id, ts, tz_offset, amount_ml FROM water_entries WHERE {odd_rows()}"
            " ORDER BY id", odd_args(today)).fetchall()
        odd: list[OddWaterEntry] = []
        for i, ts, off, ml in rows:
            at = moment(ts, off)
            reason = odd_time(at, today) or UNREADABLE
            note_odd("drink", i, reason)
            odd.append(OddWaterEntry(i, at, time_text(ts, off), reason, whole(ml, 1)))
        return odd

    @_announces
    def update_water(self, entry_id: int, amount_ml: int, at: datetime) -> None:
        amounts.check_entry(amount_ml)
        ts, off = stamp(at)
        with self._write() as c:
            c.execute("UPDATE water_entries SET amount_ml = ?, ts = ?, tz_offset = ? WHERE id = ?",
                      (amount_ml, ts, off, entry_id))

    @_announces
    def delete_water(self, entry_id: int) -> None:
        with self._write() as c:
            c.execute("DELETE FROM water_entries WHERE id = ?", (entry_id,))

    def water_per_day(self, first: date, last: date) -> dict[date, int]:
        rows = self._conn.execute(  # narrowed by the water_by_day index
            f"SELECT {_LOCAL_DAY}, SUM(amount_ml) FROM water_entries "
            f"WHERE {_LOCAL_DAY} BETWEEN ? AND ? AND {READABLE} GROUP BY {_LOCAL_DAY}",
            (first.isoformat(), last.isoformat())).fetchall()
        totals = dict(rows)
        days = (first + timedelta(days=n) for n in range((last - first).days + 1))
        return {day: round(totals.get(day.isoformat(), 0)) for day in days}

    # -- reminders --------------------------------------------------------

    def reminder_settings(self) -> ReminderSettings:
        names = amounts.DAY_NAMES
        try:
            start = amounts.parse_hhmm(self.get_setting("active_start"))
            end = amounts.parse_hhmm(self.get_setting("active_end"))
        except ValueError:
            start, end = ReminderSettings.start, ReminderSettings.end
        return ReminderSettings(
            enabled=self.get_setting("reminders_enabled"),
            interval_min=self.get_setting("reminder_interval_min"),
            start=start, end=end,
            days=frozenset(names.index(d) for d in self.get_setting("active_days")),
        )

    def save_hydration_settings(self, reminders: ReminderSettings, goal_ml: int,
                                glass_ml: int, unit: str | None) -> None:
        """Save all hydration settings at once, or nothing: every problem is reported.
        ``unit`` None leaves the unit as it is (the locale's while none was chosen)."""
        problems = amounts.settings_problems(reminders, goal_ml, glass_ml)
        if unit is not None:
            try:
                setting("water_unit").validate(unit)
            except SettingError as exc:
                problems.append(str(exc))
        if problems:
            raise ValueError("\n".join(problems))
        values = {
            "reminders_enabled": reminders.enabled,
            "reminder_interval_min": reminders.interval_min,
            "active_start": f"{reminders.start:%H:%M}", "active_end": f"{reminders.end:%H:%M}",
            "active_days": [amounts.DAY_NAMES[d] for d in sorted(reminders.days)],
            "water_goal_ml": goal_ml, "glass_ml": glass_ml,
        }
        if unit is not None:
            values["water_unit"] = unit
        for key, value in values.items():
            setting(key).validate(value)
        self._upsert("settings", {key: json.dumps(value) for key, value in values.items()})

    def reminder_state(self, now: datetime | None = None) -> ReminderState:
        """The reminder bookkeeping; given ``now``, the last drink is the latest one
        not later than ``FUTURE_DRINKS`` after it (see ``core.hydration.schedule``)."""
        from backcare_desktop.core.hydration.schedule import FUTURE_DRINKS

        last = self.last_water_entry(None if now is None else now + FUTURE_DRINKS)
        meta = dict(self._conn.execute(
            "SELECT key, value FROM meta WHERE key LIKE 'reminder.%'").fetchall())

        def meta_moment(key: str) -> datetime | None:
            text = meta.get(key)
            if not text:
                return None
            try:
                value = datetime.fromisoformat(str(text))
                if value.utcoffset() is not None:
                    in_utc(value)  # it can be compared with other times
                    return value
            except (ValueError, TypeError, OverflowError):
                pass
            note_odd("reminder bookkeeping", key, f"{str(text)[:60]!r} is not a time; ignored")
            return None

        return ReminderState(
            last_drink=None if last is None else last.at,
            last_reminder=meta_moment("reminder.last"),
            snoozed_until=meta_moment("reminder.snoozed_until"),
            paused_on=_meta_day(meta.get("reminder.paused_on"), "reminder.paused_on"),
        )

    def save_reminder_state(self, state: ReminderState) -> None:
        """Reminder bookkeeping lives in ``meta``: it is not worth a backup."""
        values = {
            "reminder.last": state.last_reminder.isoformat() if state.last_reminder else "",
            "reminder.snoozed_until": (state.snoozed_until.isoformat()
                                       if state.snoozed_until else ""),
            "reminder.paused_on": state.paused_on.isoformat() if state.paused_on else "",
        }
        self._upsert("meta", values)

    def checkin_days(self, today: date | None = None) -> CheckinDays:
        """The last day the daily check-in was shown, and the last day with pain logged
        (not after ``today`` when given: a record dated in the future does not count)."""
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'checkin.asked_on'"
                                 ).fetchone()
        limit = ""
        args: tuple[object, ...] = ()
        if today is not None:
            limit = f" AND ts <= ? AND {_LOCAL_DAY} <= ?"
            args = (ts_window(today, today)[1], today.isoformat())
        pain = self._conn.execute(
            f"SELECT ts, tz_offset FROM pain_entries WHERE {READABLE}{limit}"
            " ORDER BY ts DESC LIMIT 1", args).fetchone()
        at = None if pain is None else moment(*pain)
        return CheckinDays(_meta_day(row[0] if row else None, "checkin.asked_on"),
                           None if at is None else at.date())

    def save_checkin_asked(self, day: date) -> None:
        self._upsert("meta", {"checkin.asked_on": day.isoformat()})

    def water_on(self, day: date) -> int:
        """Millilitres drunk on a local calendar day."""
        return self.water_per_day(day, day)[day]

    # -- pain -------------------------------------------------------------

    @_announces
    def add_pain(
        self,
        level: int,
        at: datetime,
        *,
        area: PainArea | None = None,
        note: str = "",
        session_id: int | None = None,
        moment: PainMoment = PainMoment.ANY,
    ) -> int:
        _check_range("pain level", level, 0, 10)
        _check_area(area)
        ts, off = stamp(at)
        with self._write() as c:
            cur = c.execute(
                "INSERT INTO pain_entries (ts, tz_offset, level, area, note, session_id, moment)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (ts, off, level, area, note, session_id, moment),
            )
        return int(cur.lastrowid or 0)

    @_announces
    def update_pain(self, entry_id: int, level: int, at: datetime | None, *,
                    area: PainArea | None, note: str) -> None:
        """Change a pain entry; ``at`` None keeps its stored time as it is."""
        _check_range("pain level", level, 0, 10)
        _check_area(area)
        with self._write() as c:
            if at is None:
                c.execute("UPDATE pain_entries SET level = ?, area = ?, note = ? WHERE id = ?",
                          (level, area, note, entry_id))
                return
            ts, off = stamp(at)
            c.execute("UPDATE pain_entries SET level = ?, ts = ?, tz_offset = ?, area = ?,"
                      " note = ? WHERE id = ?", (level, ts, off, area, note, entry_id))

    @_announces
    def delete_pain(self, entry_id: int) -> None:
        with self._write() as c:
            c.execute("DELETE FROM pain_entries WHERE id = ?", (entry_id,))

    # -- sessions ---------------------------------------------------------

    @_announces
    def start_session(
        self, routine_id: str, routine_title: str, planned_s: float, at: datetime
    ) -> int:
        ts, off = stamp(at)
        with self._write() as c:
            cur = c.execute(
                "INSERT INTO sessions (routine_id, routine_title, started_ts, tz_offset, planned_s)"
                " VALUES (?, ?, ?, ?, ?)",
                (routine_id, routine_title, ts, off, planned_s),
            )
        return int(cur.lastrowid or 0)

    @_announces
    def finish_session(
        self, session_id: int, state: SessionState, at: datetime, active_s: float,
        *, stop_reason: str | None = None,
    ) -> None:
        """End a session; ``stop_reason`` is a ``StopReason`` when it was stopped."""
        ts, _ = stamp(at)
        with self._write() as c:
            c.execute(
                "UPDATE sessions SET state = ?, ended_ts = ?, active_s = ?, stop_reason = ?"
                " WHERE id = ?",
                (state, ts, active_s, stop_reason, session_id),
            )

    @_announces
    def record_step(
        self, session_id: int, position: int, exercise_name: str, outcome: StepOutcome,
        sets_done: int, reps_done: int, seconds_done: float, at: datetime,
    ) -> None:
        """Commit one exercise's result; recording it again replaces the earlier row."""
        ts, _ = stamp(at)
        with self._write() as c:
            c.execute(
                "INSERT INTO session_steps (session_id, position, exercise_name, outcome,"
                " sets_done, reps_done, seconds_done, ended_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (session_id, position) DO UPDATE SET outcome = excluded.outcome,"
                " sets_done = excluded.sets_done, reps_done = excluded.reps_done,"
                " seconds_done = excluded.seconds_done, ended_ts = excluded.ended_ts",
                (session_id, position, exercise_name, outcome, sets_done, reps_done,
                 round(seconds_done, 3), ts),
            )

    @_announces
    def delete_session(self, session_id: int) -> None:
        """Delete a session and its steps; pain logged with it stays, on its own.
        (Steps whose session is missing are deleted by their session's number.)"""
        with self._write() as c:
            c.execute("DELETE FROM session_steps WHERE session_id = ?", (session_id,))
            c.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    @_announces
    def set_session_feeling(self, session_id: int, feeling: Feeling) -> None:
        with self._write() as c:
            c.execute("UPDATE sessions SET feeling = ? WHERE id = ?", (feeling, session_id))

    def session_row(self, session_id: int) -> StoredSession | None:
        row = self._conn.execute(
            "SELECT id, routine_id, routine_title, started_ts, tz_offset, ended_ts, state,"
            " stop_reason, planned_s, active_s, feeling FROM sessions WHERE id = ?",
            (session_id,)).fetchone()
        if row is None:
            return None
        sid, rid, title, ts, off, end, state, reason, planned, active, feeling = row
        return StoredSession(sid, text(rid), text(title), moment(ts, off),
                             None if end is None else moment(end, off),
                             word(SessionState, state, SessionState.INTERRUPTED),
                             None if reason is None else text(reason), number(planned),
                             None if active is None else number(active),
                             word_or_none(Feeling, feeling))

    def session_steps(self, session_id: int) -> list[StepRecord]:
        """The results of a session's exercises, in order."""
        from backcare_desktop.core.progress.records_file import StepRecord

        rows = self._conn.execute(
            "SELECT st.position, st.exercise_name, st.outcome, st.sets_done, st.reps_done,"
            " st.seconds_done, st.ended_ts, s.tz_offset FROM session_steps AS st"
            " JOIN sessions AS s ON s.id = st.session_id"
            " WHERE st.session_id = ? ORDER BY st.position", (session_id,)).fetchall()
        steps = []
        for pos, name, outcome, sets, reps, secs, ended, off in rows:
            at = moment(ended, off)
            if at is None or not all(is_number(v) for v in (pos, sets, reps, secs)):
                note_odd("step of session", session_id, f"#{pos!r} is not readable; left out")
                continue
            steps.append(StepRecord(whole(pos), text(name),
                                    word(StepOutcome, outcome, StepOutcome.SKIPPED),
                                    whole(sets), whole(reps), number(secs), at))
        return steps

    def session_pain(self, session_id: int) -> dict[PainMoment, int]:
        """Pain recorded with a session, by moment (before, after, when it hurt)."""
        rows = self._conn.execute(
            "SELECT moment, level FROM pain_entries WHERE session_id = ? ORDER BY ts, id",
            (session_id,)).fetchall()
        return {word(PainMoment, when, PainMoment.ANY): whole(level) for when, level in rows}

    def mark_unfinished_sessions_interrupted(self) -> int:
        """Sessions still running from an earlier run were cut short; say so."""
        with self._write() as c:
            cur = c.execute("UPDATE sessions SET state = ? WHERE state = ?",
                            (SessionState.INTERRUPTED, SessionState.RUNNING))
        return cur.rowcount

    def finished_sessions_in_week(self, monday: date) -> int:
        sunday = monday + timedelta(days=6)
        lo, hi = ts_window(monday, sunday)
        row = self._conn.execute(
            f"SELECT COUNT(*) FROM sessions WHERE state = ? AND {_READABLE_START}"
            " AND started_ts BETWEEN ? AND ?"
            " AND date(started_ts + tz_offset, 'unixepoch') BETWEEN ? AND ?",
            (SessionState.FINISHED, lo, hi, monday.isoformat(), sunday.isoformat()),
        ).fetchone()
        return int(row[0])

    # -- the weekly PEG score (storage/peg_store.py) -------------------------

    def peg_answers(self, first: date, last: date) -> list[PegAnswer]:
        """The PEG answers given on local days ``first`` to ``last``, oldest first."""
        from backcare_desktop.storage import peg_store

        return peg_store.answers(self, first, last)

    @_announces
    def add_peg_answer(self, at: datetime, pain: int, enjoyment: int, activity: int) -> int:
        """Store one PEG answer (each 0–10) given at ``at`` (aware)."""
        from backcare_desktop.storage import peg_store

        return peg_store.add(self, PegAnswer(at, pain, enjoyment, activity))

    def last_peg_answered(self) -> datetime | None:
        from backcare_desktop.storage import peg_store

        return peg_store.last_answered(self)

    def peg_asked(self) -> datetime | None:
        """When the weekly questions were last shown."""
        from backcare_desktop.storage import peg_store

        return peg_store.asked(self)

    def save_peg_asked(self, at: datetime) -> None:
        from backcare_desktop.storage import peg_store

        peg_store.save_asked(self, at)

    # -- flare-ups (storage/flare_store.py) ---------------------------------

    def flare_active(self, now: datetime) -> bool:
        """Whether a flare-up is on at ``now`` (see ``core.programme.flare``)."""
        from backcare_desktop.storage import flare_store

        return flare_store.current(self, now) is not None

    def current_flare(self, now: datetime) -> FlarePeriod | None:
        """The flare-up on at ``now``, if one is."""
        from backcare_desktop.storage import flare_store

        flare = flare_store.current(self, now)
        return None if flare is None else flare.period

    def flare_days(self, first: date, last: date, *, today: date | None = None) -> set[date]:
        """The local days from ``first`` to ``last`` a flare-up was on; one still on
        runs to ``today`` (give it, or it runs to ``last``)."""
        from backcare_desktop.storage import flare_store

        return flare_store.days(self, first, last, today)

    def start_flare(self, at: datetime, how: FlareHow = FlareHow.HAND) -> bool:
        """Start a flare-up at ``at``; False when one is on already."""
        from backcare_desktop.storage import flare_store

        started = flare_store.start(self, at, how)
        if started:
            self._announce()
        return started

    def end_flare(self, at: datetime) -> bool:
        """End by hand the flare-up on at ``at``; False when none is."""
        from backcare_desktop.storage import flare_store

        ended = flare_store.end(self, at)
        if ended:
            self._announce()
        return ended
    # -- the weekly plan (storage/plan_store.py) ----------------------------

    def load_plan(self, today: date | None = None) -> WeeklyPlan:
        """The plan in force on ``today`` (the newest one when None); empty when none."""
        from backcare_desktop.storage import plan_store

        return plan_store.load_plan(self._conn, today)

    def save_plan(self, plan: WeeklyPlan, today: date | None = None) -> None:
        """Save ``plan`` as in force from ``today`` (the computer's local day when
        None); earlier versions stay for the weeks they planned. Raises ``ValueError``
        naming every problem, one per line; nothing is saved then."""
        from backcare_desktop.storage import plan_store

        day = today if today is not None else datetime.now().astimezone().date()
        if problems := plan.problems():
            raise ValueError("\n".join(problems))
        with self._transaction() as c:
            plan_store.save_plan(c, plan, day)

    def planned_days(self, first: date, last: date) -> dict[date, list[str]]:
        """Routine ids planned on each local day of that range, with the plan in force
        on that day; days before any plan are absent, rest days are empty lists."""
        from backcare_desktop.storage import plan_store

        return plan_store.planned_days(self._conn, first, last)

    def routines_done_on(self, day: date) -> set[str]:
        """Ids of the routines with a session started on this local day and finished."""
        from backcare_desktop.storage import plan_store

        return plan_store.routines_done_on(self._conn, day)

    def session_reminder_state(self) -> SessionReminderState:
        from backcare_desktop.storage import plan_store

        return plan_store.reminder_state(self._conn)

    def save_session_reminder_state(self, state: SessionReminderState) -> None:
        """Session-reminder bookkeeping lives in ``meta``: it is not worth a backup."""
        from backcare_desktop.storage import plan_store

        self._upsert("meta", plan_store.reminder_state_rows(state))
    # -- progression (storage/progression_store.py) -------------------------

    def routine_sessions(self, routine_id: str) -> list[SessionFeel]:
        """A routine's last sessions as the progression rules read them, oldest first."""
        from backcare_desktop.storage import progression_store

        return progression_store.routine_sessions(self, routine_id)

    def record_decision(self, routine_id: str, *, accepted: bool, at: datetime,
                        exercise_name: str = "", current: str = "", proposed: str = "",
                        reason: str = "", new_routine_id: str = "") -> int:
        """Remember the person's answer to a suggestion for a routine."""
        from backcare_desktop.storage import progression_store

        return progression_store.record_decision(
            self, routine_id, accepted=accepted, at=at, exercise_name=exercise_name,
            current=current, proposed=proposed, reason=reason, new_routine_id=new_routine_id)

    def progression_decisions(self, routine_id: str) -> list[Decision]:
        from backcare_desktop.storage import progression_store

        return progression_store.decisions(self, routine_id)

    def last_decision(self, routine_id: str) -> LastDecision | None:
        from backcare_desktop.storage import progression_store

        return progression_store.last_decision(self, routine_id)

    def accepted_changes(self, routine_id: str) -> int:
        from backcare_desktop.storage import progression_store

        return progression_store.accepted_changes(self, routine_id)

    def keep_routine_version(self, routine_id: str, toml: str, at: datetime,
                             reason: str) -> int:
        """Keep the text a routine had before an accepted change."""
        from backcare_desktop.storage import progression_store

        return progression_store.keep_version(self, routine_id, toml, at, reason)

    def routine_versions(self, routine_id: str) -> list[RoutineVersion]:
        from backcare_desktop.storage import progression_store

        return progression_store.routine_versions(self, routine_id)

    # -- summaries --------------------------------------------------------

    def today_status(self, today: date) -> TodayStatus:
        return TodayStatus(
            sessions_this_week=self.finished_sessions_in_week(week_start(today)),
            sessions_goal=self.get_setting("sessions_per_week_goal"),
            water_today_ml=self.water_on(today),
            water_goal_ml=self.get_setting("water_goal_ml"),
            water_unit=self.get_setting("water_unit"),
            glass_ml=self.get_setting("glass_ml"),
        )


_READABLE_START = readable("started_ts")


def _meta_day(value: object, key: str) -> date | None:
    """A day kept in ``meta`` ("2026-11-24"), or None when empty or not a day."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        note_odd("bookkeeping", key, f"{str(value)[:60]!r} is not a day; ignored")
        return None


def ts_window(first: date, last: date) -> tuple[int, int]:
    """A Unix-seconds range wide enough to hold every local time of those days.

    UTC offsets lie within ±14 h, so a margin of a day on each side lets the
    index on ``ts`` narrow the scan before the exact local-day test.
    """
    epoch = date(1970, 1, 1)
    lo = ((first - epoch).days - 1) * 86400
    hi = ((last - epoch).days + 2) * 86400
    return lo, hi
