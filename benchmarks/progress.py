"""How the Progress page copes with ten years of records.

Builds a database with 3,650 days of pain entries, 5,000 sessions with their
steps (and pain before and after) and 30,000 water entries, then, on the
offscreen platform, times: the first pyqtgraph import; building the page;
switching to it (a full draw with the default range); and each range change.
Medians over several rounds; it measures, never fails. Targets: the page
within 300 ms of switching to it, a range change within 100 ms.

    .venv/bin/python benchmarks/progress.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TZ = timezone(timedelta(hours=1))


def build_history(conn: sqlite3.Connection, today: date, *, days: int = 3650,
                  sessions: int = 5000, water: int = 30_000, seed: int = 7) -> None:
    """Fill an open BackCare database with a plausible decade of records."""
    rnd = random.Random(seed)
    first = today - timedelta(days=days - 1)

    def stamp(day: date, hour: float) -> tuple[int, int]:
        moment = datetime(day.year, day.month, day.day, tzinfo=TZ) + timedelta(hours=hour)
        return int(moment.timestamp()), 3600

    pain_rows = []
    for n in range(days):
        day = first + timedelta(days=n)
        level = max(0, min(10, round(6 - 3 * n / days + rnd.gauss(0, 1.5))))
        pain_rows.append((*stamp(day, 8 + rnd.random() * 12), level, "lower_back", "", None,
                          "any"))
    session_rows, step_rows, session_pain = [], [], []
    for n in range(sessions):
        day = first + timedelta(days=int(n * days / sessions))
        ts, off = stamp(day, 7 + rnd.random() * 3)
        session_rows.append((n + 1, "core-stability", "Core stability" if n % 3 else
                             "Flexibility", ts, off, ts + 900, "finished", None, 900.0,
                             840.0, "about_right"))
        for position in range(6):
            step_rows.append((n + 1, position, f"Exercise {position + 1}",
                              "completed" if rnd.random() > 0.1 else "skipped", 2, 10, 120.0,
                              ts + 120 * (position + 1)))
        before = rnd.randint(3, 8)
        session_pain.append((ts, off, before, None, "", n + 1, "before"))
        session_pain.append((ts + 900, off, max(0, before - rnd.randint(0, 3)), None, "", n + 1,
                             "after"))
    water_rows = []
    for n in range(water):
        day = first + timedelta(days=int(n * days / water))
        water_rows.append((*stamp(day, 8 + rnd.random() * 13), rnd.choice((250, 330, 500))))
    with conn:
        conn.executemany("INSERT INTO sessions (id, routine_id, routine_title, started_ts,"
                         " tz_offset, ended_ts, state, stop_reason, planned_s, active_s,"
                         " feeling) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", session_rows)
        conn.executemany("INSERT INTO session_steps (session_id, position, exercise_name,"
                         " outcome, sets_done, reps_done, seconds_done, ended_ts)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", step_rows)
        conn.executemany("INSERT INTO pain_entries (ts, tz_offset, level, area, note, session_id,"
                         " moment) VALUES (?, ?, ?, ?, ?, ?, ?)", pain_rows + session_pain)
        conn.executemany("INSERT INTO water_entries (ts, tz_offset, amount_ml) VALUES (?, ?, ?)",
                         water_rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from backcare_desktop.storage import database
    from backcare_desktop.storage.progress_data import ProgressSource
    from backcare_desktop.storage.repository import Repository

    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="backcare-progress-"))
    today = date(2026, 11, 24)
    now = datetime(2026, 11, 24, 12, tzinfo=TZ)
    db = folder / "backcare.sqlite3"
    conn = database.open_database(db, folder / "backups", now)
    t0 = time.perf_counter()
    build_history(conn, today)  # before the repository takes the connection over
    repo = Repository(conn, db)
    print(f"built ten years of records in {time.perf_counter() - t0:.1f} s "
          f"({db.stat().st_size / 2**20:.1f} MiB)")

    t0 = time.perf_counter()
    import pyqtgraph  # noqa: F401

    from backcare_desktop.ui.progress.page import ProgressPage
    print(f"first import of pyqtgraph and the page: {(time.perf_counter() - t0) * 1000:.0f} ms")

    shows, changes = [], {name: [] for name in ("2 weeks", "3 months", "1 year", "All")}
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        page = ProgressPage(ProgressSource(repo), lambda: today)
        page.resize(1000, 1800)
        page.show()  # draws with the default range (3 months)
        app.processEvents()
        shows.append((time.perf_counter() - t0) * 1000)
        for name in changes:
            t0 = time.perf_counter()
            page.range.setCurrentText(name)
            app.processEvents()
            changes[name].append((time.perf_counter() - t0) * 1000)
        page.close()
        page.deleteLater()
        app.processEvents()
    print(f"medians over {args.rounds} rounds (offscreen):")
    print(f"  switch to the page (build + first draw, 3 months): {statistics.median(shows):6.1f} ms"
          "  (target 300 ms)")
    for name, values in changes.items():
        print(f"  range change to {name:9s}: {statistics.median(values):6.1f} ms  (target 100 ms)")
    repo.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
