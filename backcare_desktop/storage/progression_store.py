"""What progression keeps: the person's decisions and earlier versions of their routines.

``progression_decisions`` holds every answer to a suggestion (accepted or "Not
now", when, for which routine, what was proposed), so a decline is remembered
and the exercises take turns. ``routine_versions`` holds the text of the
person's own routine file as it was before an accepted change (for a copy made
from a built-in routine, the built-in's text), with when and why, so no earlier
version is lost when the file is rewritten.

The sessions the rules read come from ``sessions``, their pain from
``pain_entries`` by ``moment`` (before/after), and the exercise a session was
stopped on from ``session_steps`` (outcome ``StepOutcome.HURT``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from backcare_desktop.core.programme.progression import LastDecision, SessionFeel
from backcare_desktop.core.vocabulary import Feeling, PainMoment, SessionState, StepOutcome
from backcare_desktop.storage.repository import Repository, stamp
from backcare_desktop.storage.stored_values import moment, text, word, word_or_none

RECENT_SESSIONS = 10
"""Sessions of a routine read for the rules (they look at the last three)."""


@dataclass(frozen=True)
class Decision:
    id: int
    at: datetime | None
    routine_id: str
    accepted: bool
    exercise_name: str
    current: str  # the dose in words
    proposed: str
    reason: str
    new_routine_id: str  # the routine the change went into ("" when declined)


@dataclass(frozen=True)
class RoutineVersion:
    id: int
    at: datetime | None
    routine_id: str
    reason: str
    toml: str


def record_decision(repo: Repository, routine_id: str, *, accepted: bool, at: datetime,
                    exercise_name: str = "", current: str = "", proposed: str = "",
                    reason: str = "", new_routine_id: str = "") -> int:
    ts, off = stamp(at)
    with repo._write() as c:
        cur = c.execute(
            "INSERT INTO progression_decisions (ts, tz_offset, routine_id, accepted,"
            " exercise_name, current, proposed, reason, new_routine_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (ts, off, routine_id, int(accepted), exercise_name, current, proposed, reason,
             new_routine_id))
    return int(cur.lastrowid or 0)


def decisions(repo: Repository, routine_id: str) -> list[Decision]:
    """Every decision about a routine, oldest first."""
    rows = repo._conn.execute(
        "SELECT id, ts, tz_offset, routine_id, accepted, exercise_name, current, proposed,"
        " reason, new_routine_id FROM progression_decisions WHERE routine_id = ?"
        " ORDER BY ts, id", (routine_id,)).fetchall()
    return [Decision(int(i), moment(ts, off), text(rid), bool(acc), text(name), text(cur),
                     text(prop), text(why), text(new)) for
            i, ts, off, rid, acc, name, cur, prop, why, new in rows]


def last_decision(repo: Repository, routine_id: str) -> LastDecision | None:
    for decision in reversed(decisions(repo, routine_id)):
        if decision.at is not None:
            return LastDecision(decision.at, decision.accepted)
    return None


def accepted_changes(repo: Repository, routine_id: str) -> int:
    """How many accepted changes went into the routine, counting the one that made
    it as a copy (so the exercises keep taking turns in the copy)."""
    row = repo._conn.execute(
        "SELECT COUNT(*) FROM progression_decisions WHERE accepted = 1"
        " AND (routine_id = ? OR new_routine_id = ?)", (routine_id, routine_id)).fetchone()
    return int(row[0])


def keep_version(repo: Repository, routine_id: str, toml: str, at: datetime,
                 reason: str) -> int:
    """Keep the text a routine had before a change."""
    ts, off = stamp(at)
    with repo._write() as c:
        cur = c.execute(
            "INSERT INTO routine_versions (ts, tz_offset, routine_id, reason, toml)"
            " VALUES (?, ?, ?, ?, ?)", (ts, off, routine_id, reason, toml))
    return int(cur.lastrowid or 0)


def routine_versions(repo: Repository, routine_id: str) -> list[RoutineVersion]:
    """The kept earlier versions of a routine, oldest first."""
    rows = repo._conn.execute(
        "SELECT id, ts, tz_offset, routine_id, reason, toml FROM routine_versions"
        " WHERE routine_id = ? ORDER BY ts, id", (routine_id,)).fetchall()
    return [RoutineVersion(int(i), moment(ts, off), text(rid), text(why), text(toml))
            for i, ts, off, rid, why, toml in rows]


def routine_sessions(repo: Repository, routine_id: str,
                     limit: int = RECENT_SESSIONS) -> list[SessionFeel]:
    """The routine's last sessions as the rules read them, oldest first (a
    session whose start cannot be read is left out)."""
    conn = repo._conn
    rows = conn.execute(
        "SELECT id, started_ts, tz_offset, state, feeling, stop_reason FROM sessions"
        " WHERE routine_id = ? ORDER BY started_ts DESC, id DESC LIMIT ?",
        (routine_id, limit)).fetchall()
    feels = []
    for sid, ts, off, state, feeling, reason in rows:
        started = moment(ts, off)
        if started is None:
            continue
        pain = dict(conn.execute(
            "SELECT moment, level FROM pain_entries WHERE session_id = ? AND moment IN (?, ?)"
            " ORDER BY ts, id", (sid, PainMoment.BEFORE, PainMoment.AFTER)).fetchall())
        hurt = conn.execute(
            "SELECT exercise_name FROM session_steps WHERE session_id = ? AND outcome = ?"
            " ORDER BY position LIMIT 1", (sid, StepOutcome.HURT)).fetchone()
        feels.append(SessionFeel(
            started, word(SessionState, state, SessionState.INTERRUPTED),
            word_or_none(Feeling, feeling), _level(pain.get(PainMoment.BEFORE)),
            _level(pain.get(PainMoment.AFTER)), None if reason is None else text(reason),
            "" if hurt is None else text(hurt[0])))
    feels.reverse()
    return feels


def _level(value: object) -> int | None:
    return value if isinstance(value, int) and 0 <= value <= 10 else None
