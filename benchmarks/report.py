"""How long the progress report takes over ten years of records.

Builds ten years of records (``decade.py``), then, on the offscreen platform,
times the report of the whole ten years: reading the records, working the
report out, and drawing the PDF, each apart and together; and, as the
baseline in the same run, the report of the last eight weeks. Medians over
several rounds; it measures, never fails. Target: under 3 s for ten years.

    .venv/bin/python benchmarks/report.py [--rounds 5]
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

    from PySide6.QtGui import QGuiApplication

    from backcare_desktop.core.programme.plan import Slot, WeeklyPlan
    from backcare_desktop.core.progress.report import build_report
    from backcare_desktop.core.routines.library import builtin_dir, load_folder
    from backcare_desktop.storage import database
    from backcare_desktop.storage.report_data import report_records
    from backcare_desktop.storage.repository import Repository
    from backcare_desktop.ui.progress.report_make import report_words
    from backcare_desktop.ui.progress.report_pdf import report_images, report_pdf

    app = QGuiApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="backcare-report-"))
    today = date(2026, 11, 24)
    now = datetime(2026, 11, 24, 12, tzinfo=timezone(timedelta(seconds=offset_on(today))))
    db = folder / "backcare.sqlite3"
    conn = database.open_database(db, folder / "backups", now)
    counts = build(conn, today)
    repo = Repository(conn, db)
    repo.save_plan(WeeklyPlan((Slot(0, "08:00", "core-stability"),
                               Slot(3, "18:30", "flexibility"))), date(2017, 1, 2))
    routines = {r.id: r for _n, r in load_folder(builtin_dir(), builtin=True).loaded}
    print(f"ten years of records: {counts.line()}")

    def once(first: date) -> tuple[float, float, float, int]:
        t0 = time.perf_counter()
        rec = report_records(repo, first, today, today)
        t1 = time.perf_counter()
        report = build_report(rec, plan=repo.load_plan(today), routines=routines,
                              words=report_words())
        t2 = time.perf_counter()
        pdf = report_pdf(report)
        t3 = time.perf_counter()
        return t1 - t0, t2 - t1, t3 - t2, len(pdf)

    for label, first in (("8 weeks", today - timedelta(days=55)),
                         ("10 years", today - timedelta(days=3652))):
        rounds = [once(first) for _ in range(args.rounds)]
        read = statistics.median(r[0] for r in rounds)
        work = statistics.median(r[1] for r in rounds)
        draw = statistics.median(r[2] for r in rounds)
        total = statistics.median(sum(r[:3]) for r in rounds)
        print(f"{label:>8}: {total * 1000:7.0f} ms in all (read {read * 1000:.0f} ms, "
              f"work out {work * 1000:.0f} ms, draw {draw * 1000:.0f} ms); "
              f"PDF {rounds[-1][3] / 1024:.0f} KiB")
        if label == "8 weeks":
            baseline = total
    print(f"ten years take {total / baseline:.1f}× the eight weeks (target: under 3 s)")
    report = build_report(report_records(repo, today - timedelta(days=3652), today, today),
                          plan=repo.load_plan(today), routines=routines,
                              words=report_words())
    times = []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        images = report_images(report, dpi=80)
        times.append(time.perf_counter() - t0)
    print(f"the window's preview of ten years ({len(images)} pages at 80 dpi): "
          f"{statistics.median(times) * 1000:.0f} ms on the GUI thread")
    repo.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
