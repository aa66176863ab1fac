"""Flare-up periods: stored when they start and when they end by hand; the end
by pain is worked out from the pain entries each time it is asked (the rules
are ``core.programme.flare``), and written down when the next flare-up starts.

Times are Unix seconds with the UTC offset of that moment, as every record's,
so a period's local days never move when the clocks change. A row whose time
cannot be read is left out (and noted once), never a reason to fail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from backcare_desktop.core.programme.flare import (
    FlareHow,
    FlarePeriod,
    PainReading,
    flare_days,
    settled,
)
from backcare_desktop.storage.stored_values import (
    DAY_S,
    READABLE,
    moment,
    note_odd,
    whole,
)

if TYPE_CHECKING:
    from backcare_desktop.storage.repository import Repository


@dataclass(frozen=True)
class StoredFlare:
    """One stored flare-up, its end filled in from the pain entries if due."""

    id: int
    period: FlarePeriod
    stored_open: bool  # no end written yet (it may have ended by pain since)


def flares(repo: Repository) -> list[StoredFlare]:
    """Every readable flare-up period, oldest first, with ends by pain filled in."""
    rows = repo._conn.execute(
        "SELECT id, started_ts, tz_offset, started_how, ended_ts, end_offset, ended_how"
        " FROM flare_periods ORDER BY started_ts, id").fetchall()
    found: list[tuple[int, FlarePeriod, bool]] = []
    for fid, ts, off, how, end_ts, end_off, end_how in rows:
        started = moment(ts, off)
        started_how = _how(how)
        if started is None or started_how is None:
            note_odd("flare-up", fid, "start not readable; left out")
            continue
        ended = None if end_ts is None else moment(end_ts, end_off)
        ended_how = _how(end_how)
        if end_ts is not None and (ended is None or ended_how is None):
            note_odd("flare-up", fid, "end not readable; taken as ended where it started")
            ended, ended_how = started, FlareHow.HAND
        found.append((fid, FlarePeriod(started, started_how, ended, ended_how), end_ts is None))
    opened = [period.started for _, period, still in found if still]
    readings = _pain_since(repo, min(opened)) if opened else []
    return [StoredFlare(fid, settled(period, readings) if still else period, still)
            for fid, period, still in found]


def _how(value: object) -> FlareHow | None:
    return FlareHow(value) if isinstance(value, str) and value in set(FlareHow) else None


def _pain_since(repo: Repository, since: datetime) -> list[PainReading]:
    """Pain entries from the day before ``since`` on (a day's margin covers any offset)."""
    rows = repo._conn.execute(
        f"SELECT ts, tz_offset, level FROM pain_entries WHERE ts >= ? AND {READABLE}",
        (int(since.timestamp()) - DAY_S,)).fetchall()
    return [PainReading(at, whole(level)) for ts, off, level in rows
            if (at := moment(ts, off)) is not None]


def current(repo: Repository, now: datetime) -> StoredFlare | None:
    """The flare-up on at ``now``, if one is."""
    for flare in reversed(flares(repo)):
        if flare.period.active(now):
            return flare
    return None


def days(repo: Repository, first: date, last: date, today: date | None = None) -> set[date]:
    return flare_days((f.period for f in flares(repo)), first, last, today)


def start(repo: Repository, at: datetime, how: FlareHow) -> bool:
    """Start a flare-up at ``at``; False (nothing written) when one is on already.
    One that has ended by pain since is closed first, in the same transaction."""
    from backcare_desktop.storage.repository import stamp

    known = flares(repo)
    if any(f.period.active(at) for f in known):
        return False
    ts, off = stamp(at)
    with repo._write() as c:
        for flare in known:
            ended = flare.period.ended
            if flare.stored_open and ended is not None and flare.period.ended_how is not None:
                end_ts, end_off = stamp(ended)
                c.execute("UPDATE flare_periods SET ended_ts = ?, end_offset = ?, ended_how = ?"
                          " WHERE id = ?", (end_ts, end_off, flare.period.ended_how, flare.id))
        c.execute("INSERT INTO flare_periods (started_ts, tz_offset, started_how)"
                  " VALUES (?, ?, ?)", (ts, off, how))
    return True


def end(repo: Repository, at: datetime) -> bool:
    """End by hand, at ``at``, the flare-up that is on then; False when none is."""
    from backcare_desktop.storage.repository import stamp

    flare = current(repo, at)
    if flare is None:
        return False
    ts, off = stamp(at)
    with repo._write() as c:
        c.execute("UPDATE flare_periods SET ended_ts = ?, end_offset = ?, ended_how = ?"
                  " WHERE id = ?", (ts, off, FlareHow.HAND, flare.id))
    return True
