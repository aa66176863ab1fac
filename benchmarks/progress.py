"""How the Progress page copes with ten years of records.

Builds a database with ten years of records (``decade.py``: about 5,000
sessions with their steps, daily pain, several drinks a day), then, on the
offscreen platform, times: the first pyqtgraph import; building the page;
switching to it (a full draw with the default range); and each range change.
Then the "is it working?" figures over ten years and the year calendar: its
days worked out, and one paint of the grid, each also as a share of the
page's first draw in the same run. Medians over several rounds; it measures,
never fails. Targets: the page within 300 ms of switching to it, a range
change within 100 ms.

    .venv/bin/python benchmarks/progress.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from decade import build, offset_on  # noqa: E402


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
    now = datetime(2026, 11, 24, 12, tzinfo=timezone(timedelta(seconds=offset_on(today))))
    db = folder / "backcare.sqlite3"
    conn = database.open_database(db, folder / "backups", now)
    t0 = time.perf_counter()
    counts = build(conn, today)  # before the repository takes the connection over
    repo = Repository(conn, db)
    print(f"built ten years of records in {time.perf_counter() - t0:.1f} s: {counts.line()} "
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
    calendar_and_sentence(app, repo, today, args.rounds, statistics.median(shows))
    repo.close()
    return 0


def calendar_and_sentence(app: object, repo: object, today: date, rounds: int,
                          show_ms: float) -> None:
    from backcare_desktop.core.progress import outlook
    from backcare_desktop.storage.progress_data import ProgressSource
    from backcare_desktop.ui.progress.calendar import CalendarPanel

    source = ProgressSource(repo)  # type: ignore[arg-type]
    first = today - timedelta(days=3652)
    pain, sessions = source.pain_days(first, today), source.session_days(first, today)
    planned = {today - timedelta(days=n): ["core"] for n in range(3652) if n % 2 == 0}
    flares = {today - timedelta(days=n) for n in range(0, 3652, 40)}
    timings: dict[str, list[float]] = {"sentence, ten years": [],
                                       "planned vs done, ten years": [],
                                       "calendar days": [], "calendar paint": []}
    panel = CalendarPanel()
    panel.resize(1100, 300)
    panel.show()
    app.processEvents()  # type: ignore[attr-defined]
    for _ in range(rounds):
        t0 = time.perf_counter()
        outlook.outlook(first, today, pain, sessions, 3, today)
        timings["sentence, ten years"].append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        outlook.planned_weeks(first, today, planned, sessions, today)
        timings["planned vs done, ten years"].append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        cal = outlook.year_calendar(today, sessions, pain, planned, flares, today)
        timings["calendar days"].append((time.perf_counter() - t0) * 1000)
        panel.set_calendar(cal)
        t0 = time.perf_counter()
        panel.view.grab()
        timings["calendar paint"].append((time.perf_counter() - t0) * 1000)
    print(f"  (with {len(pain)} pain days, {len(sessions)} session days, "
          f"{len(planned)} planned days, {len(flares)} flare days)")
    for name, values in timings.items():
        median = statistics.median(values)
        print(f"  {name:27s}: {median:6.2f} ms  ({median / show_ms:.1%} of the page's first draw)")
    panel.close()


if __name__ == "__main__":
    sys.exit(main())
