"""Ten years of BackCare records, as a person who keeps at it would leave them.

About 5,000 sessions of the built-in routines (some days none, some days two or
three) with a row per exercise; most finish, some are stopped, a few stopped
because it hurt, and a few were cut short when the computer went down (no active
time, only their steps' seconds); pain before and after most sessions; one or two
pain entries almost every day, slowly easing over the years; several drinks a
day. Local times follow a European summer time, so the UTC offset changes twice
a year. Seeded: the same arguments give the same records.

    .venv/bin/python benchmarks/decade.py DATA_DIR [--today 2026-11-24] [--years 10]

makes DATA_DIR a data folder the app opens with ``--data-dir DATA_DIR``. The
benchmarks (``record_pages.py``, ``progress.py``) and the storage tests call
``build`` on an open database instead.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

NOTES = ("", "", "", "", "", "long drive", "after gardening", "slept badly", "desk day",
         "better after a walk", "stiff in the morning", "carried the shopping")
AREAS = ("lower_back", "lower_back", "lower_back", "upper_back", "neck", "hips", "legs", None)
GLASSES = (200, 250, 250, 330, 500)


@dataclass
class Counts:
    sessions: int = 0
    steps: int = 0
    pain: int = 0
    water: int = 0
    states: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        states = ", ".join(f"{n} {s}" for s, n in sorted(self.states.items()))
        return (f"{self.sessions} sessions ({states}), {self.steps} steps, "
                f"{self.pain} pain entries, {self.water} drinks")


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def offset_on(day: date) -> int:
    """The UTC offset in seconds of a Central European day (summer time from the
    last Sunday of March to the last Sunday of October)."""
    summer = _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)
    return 7200 if summer else 3600


def _stamp(day: date, hour: float) -> tuple[int, int]:
    off = offset_on(day)
    local = datetime(day.year, day.month, day.day, tzinfo=timezone(timedelta(seconds=off)))
    return int((local + timedelta(hours=hour)).timestamp()), off


def _routines() -> list[tuple[str, str, list[tuple[str, float]]]]:
    """(id, title, [(exercise, seconds)]) of each built-in routine."""
    from backcare_desktop.core.routines.library import builtin_dir, load_folder
    from backcare_desktop.core.routines.plan import expand

    out = []
    for _name, routine in load_folder(builtin_dir(), builtin=True).loaded:
        plan = expand(routine)
        out.append((routine.id, routine.title,
                    [(ex.name, plan.exercise_seconds(i) - ex.rest_after_s - ex.prepare_s)
                     for i, ex in enumerate(routine.exercises)]))
    return out


def build(conn: sqlite3.Connection, today: date, *, years: int = 10, sessions: int = 5000,
          seed: int = 10) -> Counts:
    """Fill an open, migrated and empty BackCare database with ``years`` of records up
    to ``today``; about ``sessions`` sessions in all."""
    rnd = random.Random(seed)
    days = round(years * 365.25)
    first = today - timedelta(days=days - 1)
    routines = _routines()
    weights = [5 if rid in ("core-stability", "flexibility", "gentle-start") else 2
               for rid, _t, _e in routines]
    per_day = sessions / days if days else 0.0
    counts = Counts()
    session_rows: list[tuple[object, ...]] = []
    step_rows: list[tuple[object, ...]] = []
    pain_rows: list[tuple[object, ...]] = []
    water_rows: list[tuple[object, ...]] = []
    sid = 0
    away = 0  # days left of a holiday without sessions
    for n in range(days):
        day = first + timedelta(days=n)
        ease = n / days  # pain eases slowly over the years
        if away:
            away -= 1
        elif rnd.random() < 0.006:
            away = rnd.randint(5, 16)
        # Sessions: none on holiday, else a Poisson-like count around the mean.
        todays = 0 if away else sum(rnd.random() < per_day * 1.06 / 3 for _ in range(3))
        for k in range(todays):
            sid += 1
            rid, title, exercises = rnd.choices(routines, weights)[0]
            start_ts, off = _stamp(day, 7 + 4 * k + rnd.random() * 3)
            roll = rnd.random()
            state = ("finished" if roll < 0.86 else "stopped" if roll < 0.95 else
                     "interrupted")
            hurt = state == "stopped" and rnd.random() < 0.3
            reason = ("hurt" if hurt else "stopped") if state == "stopped" else None
            reach = len(exercises) if state == "finished" else rnd.randint(1, len(exercises))
            t = start_ts
            active = 0.0
            for position, (name, seconds) in enumerate(exercises[:reach]):
                last = position == reach - 1
                if state != "finished" and last:
                    outcome = "hurt" if hurt else "skipped"
                    done_s = round(seconds * rnd.random(), 3)
                elif rnd.random() < 0.08:
                    outcome, done_s = "skipped", round(seconds * rnd.random() * 0.3, 3)
                else:
                    outcome, done_s = "completed", round(seconds * rnd.uniform(0.95, 1.1), 3)
                t += int(done_s) + 25
                active += done_s + 20
                step_rows.append((sid, position, name, outcome, 2 if outcome == "completed"
                                  else 0, 10 if outcome == "completed" else 0, done_s, t))
            planned = sum(s + 25 for _n, s in exercises)
            session_rows.append((sid, rid, title, start_ts, off,
                                 None if state == "interrupted" else t, state, reason, planned,
                                 None if state == "interrupted" else round(active, 3),
                                 rnd.choice(("too_easy", "about_right", "about_right",
                                             "too_hard")) if state == "finished"
                                 and rnd.random() < 0.6 else None))
            counts.states[state] = counts.states.get(state, 0) + 1
            if rnd.random() < 0.7:
                before = max(0, min(10, round(6 - 3 * ease + rnd.gauss(0, 1.4))))
                pain_rows.append((start_ts, off, before, rnd.choice(AREAS), "", sid, "before"))
                if hurt:
                    pain_rows.append((t, off, min(10, before + rnd.randint(1, 3)),
                                      rnd.choice(AREAS), "", sid, "hurt"))
                elif state == "finished":
                    pain_rows.append((t, off, max(0, before - rnd.randint(0, 3)),
                                      rnd.choice(AREAS), "", sid, "after"))
        # Pain at any time: most days once, some twice, a few forgotten.
        for _ in range(rnd.choice((0, 1, 1, 1, 1, 1, 2, 2))):
            level = max(0, min(10, round(6 - 3 * ease + rnd.gauss(0, 1.5))))
            pain_rows.append((*_stamp(day, 8 + rnd.random() * 14), level, rnd.choice(AREAS),
                              rnd.choice(NOTES), None, "any"))
        # Drinks: several a day, spread over the waking hours.
        for _ in range(rnd.randint(3, 9)):
            water_rows.append((*_stamp(day, 7 + rnd.random() * 15), rnd.choice(GLASSES)))
    counts.sessions, counts.steps = len(session_rows), len(step_rows)
    counts.pain, counts.water = len(pain_rows), len(water_rows)
    pain_rows.sort(key=lambda row: row[0])  # entered as time went by
    water_rows.sort(key=lambda row: row[0])
    conn.execute("BEGIN")
    try:
        conn.executemany(
            "INSERT INTO sessions (id, routine_id, routine_title, started_ts, tz_offset,"
            " ended_ts, state, stop_reason, planned_s, active_s, feeling)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", session_rows)
        conn.executemany(
            "INSERT INTO session_steps (session_id, position, exercise_name, outcome,"
            " sets_done, reps_done, seconds_done, ended_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            step_rows)
        conn.executemany(
            "INSERT INTO pain_entries (ts, tz_offset, level, area, note, session_id, moment)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)", pain_rows)
        conn.executemany("INSERT INTO water_entries (ts, tz_offset, amount_ml) VALUES (?, ?, ?)",
                         water_rows)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return counts


def make_data_folder(folder: Path, today: date, *, years: int = 10, seed: int = 10) -> Counts:
    """A data folder (empty or new) holding ``years`` of records up to ``today``."""
    from backcare_desktop.storage import database

    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    now = datetime(today.year, today.month, today.day, 12,
                   tzinfo=timezone(timedelta(seconds=offset_on(today))))
    conn = database.open_database(folder / "backcare.sqlite3", folder / "backups", now)
    try:
        if conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]:
            raise SystemExit(f"{folder} already holds records; give an empty folder")
        counts = build(conn, today, years=years, sessions=round(500 * years), seed=seed)
        # The first start would otherwise show the safety notice and wait for it.
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES"
                     " ('first_run_notice_seen', 'true')")
    finally:
        conn.close()
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--seed", type=int, default=10)
    args = parser.parse_args()
    counts = make_data_folder(args.data_dir, args.today, years=args.years, seed=args.seed)
    size = (args.data_dir / "backcare.sqlite3").stat().st_size / 2**20
    print(f"{args.data_dir}: {counts.line()}; {size:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
