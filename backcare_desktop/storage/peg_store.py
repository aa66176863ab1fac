"""Answers to the weekly PEG questions (``core.progress.peg``).

Times are Unix seconds with the UTC offset of that moment, as a pain entry's,
so an answer's local day never moves when the clocks change. A row whose time
or values cannot be read is left out (and noted once), never a reason to fail.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from backcare_desktop.core.progress.peg import PegAnswer
from backcare_desktop.storage.stored_values import (
    LOCAL_DAY_OF,
    READABLE,
    moment,
    note_odd,
)

if TYPE_CHECKING:
    from backcare_desktop.storage.repository import Repository

ASKED_KEY = "peg.asked_at"
_LOCAL_DAY = LOCAL_DAY_OF.format(ts="ts", offset="tz_offset")


def _answer(row: tuple[object, ...]) -> PegAnswer | None:
    pid, ts, off, pain, enjoyment, activity = row
    at = moment(ts, off)
    if at is None:
        note_odd("PEG answer", pid, "time not readable; left out")
        return None
    try:
        return PegAnswer(at, pain, enjoyment, activity)  # type: ignore[arg-type]
    except ValueError:
        note_odd("PEG answer", pid, "an answer is not 0–10; left out")
        return None


def answers(repo: Repository, first: date, last: date) -> list[PegAnswer]:
    """The answers given on local days ``first`` to ``last``, oldest first."""
    from backcare_desktop.storage.repository import ts_window

    lo, hi = ts_window(first, last)
    rows = repo._conn.execute(
        "SELECT id, ts, tz_offset, pain, enjoyment, activity FROM peg_answers"
        f" WHERE ts BETWEEN ? AND ? AND {READABLE} AND {_LOCAL_DAY} BETWEEN ? AND ?"
        " ORDER BY ts, id", (lo, hi, first.isoformat(), last.isoformat())).fetchall()
    return [a for row in rows if (a := _answer(row)) is not None]


def last_answered(repo: Repository) -> datetime | None:
    """When the latest readable answer was given."""
    row = repo._conn.execute(
        f"SELECT ts, tz_offset FROM peg_answers WHERE {READABLE} ORDER BY ts DESC LIMIT 1"
    ).fetchone()
    return None if row is None else moment(*row)


def add(repo: Repository, answer: PegAnswer) -> int:
    from backcare_desktop.storage.repository import stamp

    ts, off = stamp(answer.answered)
    with repo._write() as c:
        cur = c.execute(
            "INSERT INTO peg_answers (ts, tz_offset, pain, enjoyment, activity)"
            " VALUES (?, ?, ?, ?, ?)", (ts, off, answer.pain, answer.enjoyment, answer.activity))
    return int(cur.lastrowid or 0)


def asked(repo: Repository) -> datetime | None:
    """When the weekly questions were last shown, or None."""
    row = repo._conn.execute("SELECT value FROM meta WHERE key = ?", (ASKED_KEY,)).fetchone()
    if not row or not row[0]:
        return None
    try:
        at = datetime.fromisoformat(str(row[0]))
    except ValueError:
        at = None
    if at is None or at.utcoffset() is None:
        note_odd("bookkeeping", ASKED_KEY, f"{str(row[0])[:60]!r} is not a time; ignored")
        return None
    return at


def save_asked(repo: Repository, at: datetime) -> None:
    if at.utcoffset() is None:
        raise ValueError("times given to storage must carry their UTC offset")
    repo._upsert("meta", {ASKED_KEY: at.isoformat()})
