"""What reading every row warily costs, on ten years of records.

Builds the decade of ``decade.py`` (about 5,000 sessions with their steps,
daily pain, several drinks a day) and times, in the same run and interleaved round
by round, each read as it is now (every time checked readable, odd values read
without raising) against the same read as it was before those checks (the
plain queries, kept here as the baseline):

- the Progress page's data (first day, pain per day, sessions per day, pain
  before/after, water per day over the whole history), typed rows included;
  and the same reads with the checks on the local-day indexes of schema
  version 3 against those of version 4, which hold the stored time so the
  checks are read from the index alone;
- the header (this week's sessions, today's water);
- reading every record for an export;
- reading every text column with the tolerant decoder against Python's own.

Prints medians and the ratio now/before; it measures, never fails.

    .venv/bin/python benchmarks/odd_rows.py [--rounds 7]
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from decade import build, offset_on  # noqa: E402

_DAY = "date(ts + tz_offset, 'unixepoch')"
_SDAY = "date(s.started_ts + s.tz_offset, 'unixepoch')"


def before_page_data(conn: sqlite3.Connection, first: date, last: date) -> None:
    """The Progress page's reads as the code before the checks did them: the plain
    queries, and the same typed rows made of their results."""
    import functools

    from backcare_desktop.core.progress.stats import PainDay, SessionDay, SessionPain
    from backcare_desktop.storage.repository import ts_window

    conn.execute(
        "SELECT MIN(day) FROM ("
        f" SELECT MIN({_DAY}) AS day FROM pain_entries"
        f" UNION ALL SELECT MIN(date(started_ts + tz_offset, 'unixepoch')) FROM sessions"
        f" UNION ALL SELECT MIN({_DAY}) FROM water_entries)").fetchone()
    a, b = first.isoformat(), last.isoformat()
    rows = conn.execute(f"SELECT {_DAY}, AVG(level), MAX(level) FROM pain_entries WHERE {_DAY}"
                        f" BETWEEN ? AND ? GROUP BY {_DAY} ORDER BY {_DAY}", (a, b)).fetchall()
    [PainDay(date.fromisoformat(d), float(mean), int(worst)) for d, mean, worst in rows]
    lo, hi = ts_window(first, last)
    rows = conn.execute(f"SELECT {_SDAY} AS day, SUM(s.state = 'finished'), TOTAL(s.active_s)"
                        " FROM sessions AS s WHERE s.started_ts BETWEEN ? AND ?"
                        " GROUP BY day HAVING day BETWEEN ? AND ? ORDER BY day",
                        (lo, hi, a, b)).fetchall()
    [SessionDay(date.fromisoformat(d), int(n), float(sec)) for d, n, sec in rows]
    rows = conn.execute(f"SELECT s.routine_title, {_SDAY} AS day,"
                        " MAX(CASE WHEN p.moment = 'before' THEN p.level END),"
                        " MAX(CASE WHEN p.moment IN ('after', 'hurt') THEN p.level END)"
                        " FROM sessions AS s JOIN pain_entries AS p ON p.session_id = s.id"
                        " WHERE s.started_ts BETWEEN ? AND ? GROUP BY s.id"
                        " HAVING day BETWEEN ? AND ? AND COUNT(DISTINCT p.moment) >= 2"
                        " ORDER BY s.started_ts", (lo, hi, a, b)).fetchall()
    day_of = functools.lru_cache(maxsize=None)(date.fromisoformat)
    [SessionPain(title, day_of(d), int(x), int(y)) for title, d, x, y in rows
     if x is not None and y is not None]
    totals = dict(conn.execute(f"SELECT {_DAY}, SUM(amount_ml) FROM water_entries WHERE {_DAY}"
                               f" BETWEEN ? AND ? GROUP BY {_DAY}", (a, b)).fetchall())
    days = (first + timedelta(days=n) for n in range((last - first).days + 1))
    {day: int(totals.get(day.isoformat(), 0)) for day in days}


def now_page_data(repo: object, first: date, last: date) -> None:
    from backcare_desktop.storage.progress_data import ProgressSource

    source = ProgressSource(repo)  # type: ignore[arg-type]
    source.earliest_day()
    source.pain_days(first, last)
    source.session_days(first, last)
    source.session_pain(first, last)
    source.water_per_day(first, last)


def before_header(conn: sqlite3.Connection, today: date) -> None:
    from backcare_desktop.storage.repository import ts_window

    monday = today - timedelta(days=today.weekday())
    lo, hi = ts_window(monday, monday + timedelta(days=6))
    conn.execute("SELECT COUNT(*) FROM sessions WHERE state = 'finished' AND started_ts"
                 " BETWEEN ? AND ? AND date(started_ts + tz_offset, 'unixepoch')"
                 " BETWEEN ? AND ?", (lo, hi, monday.isoformat(),
                                      (monday + timedelta(days=6)).isoformat())).fetchone()
    conn.execute(f"SELECT {_DAY}, SUM(amount_ml) FROM water_entries WHERE {_DAY}"
                 f" BETWEEN ? AND ? GROUP BY {_DAY}", (today.isoformat(),) * 2).fetchall()


def before_export(conn: sqlite3.Connection) -> None:
    """Every record read as the export read them before the checks (its code as it was)."""
    from datetime import timezone

    from backcare_desktop.core.progress.records_file import (
        PainRecord,
        Records,
        SessionRecord,
        StepRecord,
        WaterRecord,
    )
    from backcare_desktop.core.vocabulary import (
        Feeling,
        PainArea,
        PainMoment,
        SessionState,
        StepOutcome,
    )

    def aware(ts: int, off: int) -> datetime:
        return datetime.fromtimestamp(ts, timezone(timedelta(seconds=off)))

    steps: dict[int, list[StepRecord]] = {}
    offsets = dict(conn.execute("SELECT id, tz_offset FROM sessions").fetchall())
    for sid, pos, name, outcome, sets, reps, secs, ended in conn.execute(
            "SELECT session_id, position, exercise_name, outcome, sets_done, reps_done,"
            " seconds_done, ended_ts FROM session_steps ORDER BY session_id, position"):
        steps.setdefault(sid, []).append(StepRecord(pos, name, StepOutcome(outcome), sets, reps,
                                                    float(secs), aware(ended, offsets[sid])))
    sessions = tuple(
        SessionRecord(sid, rid, title, aware(ts, off), None if end is None else aware(end, off),
                      SessionState(state), reason, float(planned),
                      None if active is None else float(active),
                      None if feeling is None else Feeling(feeling), tuple(steps.get(sid, ())))
        for sid, rid, title, ts, off, end, state, reason, planned, active, feeling
        in conn.execute("SELECT id, routine_id, routine_title, started_ts, tz_offset, ended_ts,"
                        " state, stop_reason, planned_s, active_s, feeling FROM sessions"
                        " ORDER BY started_ts, id"))
    pain = tuple(PainRecord(aware(ts, off), level, None if area is None else PainArea(area), note,
                            PainMoment(moment), sid)
                 for ts, off, level, area, note, moment, sid in conn.execute(
                     "SELECT ts, tz_offset, level, area, note, moment, session_id"
                     " FROM pain_entries ORDER BY ts, id"))
    water = tuple(WaterRecord(aware(ts, off), ml) for ts, off, ml in conn.execute(
        "SELECT ts, tz_offset, amount_ml FROM water_entries ORDER BY ts, id"))
    Records(sessions, pain, water, {})


TEXTS = ("SELECT routine_id, routine_title, exercise_name, note FROM sessions"
         " JOIN session_steps ON session_steps.session_id = sessions.id"
         " LEFT JOIN pain_entries ON pain_entries.session_id = sessions.id")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()

    from backcare_desktop.storage import database, transfer
    from backcare_desktop.storage.repository import Repository

    folder = Path(tempfile.mkdtemp(prefix="backcare-odd-rows-"))
    today = date(2026, 11, 24)
    now = datetime(2026, 11, 24, 12, tzinfo=timezone(timedelta(seconds=offset_on(today))))
    db = folder / "backcare.sqlite3"
    conn = database.open_database(db, folder / "backups", now)
    t0 = time.perf_counter()
    build(conn, today)
    conn.close()
    print(f"built ten years of records in {time.perf_counter() - t0:.1f} s")

    # The same records under the local-day indexes of schema version 3, which did not
    # hold the stored time: the checks then read every row from the table.
    older = folder / "v3-indexes.sqlite3"
    shutil.copyfile(db, older)
    with contextlib.closing(sqlite3.connect(older)) as v3:
        v3.executescript(
            "DROP INDEX pain_by_day; DROP INDEX water_by_day;"
            f" CREATE INDEX pain_by_day ON pain_entries ({_DAY}, level);"
            f" CREATE INDEX water_by_day ON water_entries ({_DAY}, amount_ml);")

    plain = database.connect(db)  # Python's own decoder: the baseline
    tolerant = database.connect(db)
    repo = Repository(tolerant, db)  # sets the tolerant decoder; reads with the checks
    repo_v3 = Repository(database.connect(older), older)
    plain_v3 = database.connect(older)  # the code before the checks, on its indexes
    first = today - timedelta(days=3650)
    pairs: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
        "Progress page data (ten years)": (lambda: before_page_data(plain_v3, first, today),
                                           lambda: now_page_data(repo, first, today)),
        "the same, v3 indexes -> v4 indexes": (lambda: now_page_data(repo_v3, first, today),
                                               lambda: now_page_data(repo, first, today)),
        "header (week, today's water)": (lambda: before_header(plain, today),
                                         lambda: repo.today_status(today)),
        "every record read for export": (lambda: before_export(plain),
                                         lambda: transfer.read_for_export(repo)),
        "text columns decoded (90k rows)": (
            lambda: plain.execute(TEXTS).fetchall(),
            lambda: tolerant.execute(TEXTS).fetchall()),
    }
    print(f"medians over {args.rounds} interleaved rounds; ratio = now / before:")
    for name, (before, now_) in pairs.items():
        times: dict[str, list[float]] = {"before": [], "now": []}
        for _ in range(args.rounds):
            for label, run in (("before", before), ("now", now_)):
                t0 = time.perf_counter()
                run()
                times[label].append((time.perf_counter() - t0) * 1000)
        b, n = (statistics.median(times[k]) for k in ("before", "now"))
        print(f"  {name:33s} before {b:8.2f} ms   now {n:8.2f} ms   ratio {n / b:5.2f}")
    plain.close()
    repo.close()
    repo_v3.close()
    plain_v3.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
