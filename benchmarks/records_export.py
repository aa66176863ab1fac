"""What checking every exported record with the import's own checks costs.

An export writes into backcare-records.json only what the import accepts: each
record goes through the import's checks as it is written (``write_document``
with ``known_settings``). This script builds ten years of records (per day one
session of six steps, two pain entries and eight drinks; a few records the
import refuses) and writes the JSON file to memory, three ways:

* unchecked: every record written as it is (the streamed export before the
  checks; the file may then hold what the import refuses);
* checked: the export as it is, record by record;
* whole document: ``to_document`` then ``parse_document`` over the whole
  document once, the least any check of the whole file could cost (and it
  holds the whole document in memory).

Medians over the rounds, and ratios against the unchecked run of the same
process; it measures, never fails.

    .venv/bin/python benchmarks/records_export.py [--rounds 5] [--years 10]
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backcare_desktop.core.progress.records_file import (  # noqa: E402
    PainRecord,
    Records,
    SessionRecord,
    StepRecord,
    WaterRecord,
    parse_document,
    to_document,
    write_document,
)
from backcare_desktop.core.vocabulary import (  # noqa: E402
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
)
from backcare_desktop.storage import transfer  # noqa: E402


def decade(years: int) -> Records:
    zone = timezone(timedelta(hours=1))
    first = datetime(2016, 1, 1, 8, tzinfo=zone)
    sessions, pain, water = [], [], []
    for n in range(365 * years):
        start = first + timedelta(days=n)
        steps = tuple(StepRecord(p, f"Exercise {p + 1}", StepOutcome.COMPLETED, 2, 10, 120.0,
                                 start + timedelta(minutes=2 * (p + 1))) for p in range(6))
        sessions.append(SessionRecord(n + 1, "core-stability", "Core stability", start,
                                      start + timedelta(minutes=15), SessionState.FINISHED,
                                      None, 900.0, 840.0, Feeling.ABOUT_RIGHT, steps))
        pain += [PainRecord(start, 5, None, "", PainMoment.BEFORE, n + 1),
                 PainRecord(start + timedelta(hours=11), n % 11, PainArea.LOWER_BACK,
                            "stiff\x07" if n % 1000 == 999 else "stiff", PainMoment.ANY,
                            None)]
        water += [WaterRecord(start + timedelta(minutes=97 * k), 250) for k in range(8)]
    water.append(WaterRecord(datetime(1960, 1, 1, tzinfo=UTC), 250))
    return Records(tuple(sessions), tuple(pain), tuple(water), {"water_goal_ml": 2500})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--years", type=int, default=10)
    args = parser.parse_args()
    records = decade(args.years)
    known = transfer._known_settings()
    at = datetime.now(UTC)
    left_out: list[int] = []

    def unchecked() -> None:
        write_document(records, io.StringIO(), at, "benchmark")

    def checked() -> None:
        left_out.append(len(write_document(records, io.StringIO(), at, "benchmark",
                                           known_settings=known)))

    def whole() -> None:
        parse_document(to_document(records, at, "benchmark"), known)

    runs: dict[str, Callable[[], None]] = {"unchecked": unchecked, "checked": checked,
                                           "whole document": whole}
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.rounds):
        for name, run in runs.items():
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    counts = records.counts()
    print(f"{args.years} years: {counts['sessions']:,} sessions "
          f"({sum(len(s.steps) for s in records.sessions):,} steps), "
          f"{counts['pain entries']:,} pain entries, {counts['drinks']:,} drinks; "
          f"{left_out[0]} left out by the checks")
    base = statistics.median(times["unchecked"])
    for name, taken in times.items():
        median = statistics.median(taken)
        print(f"  {name:15} median {median * 1000:7.0f} ms   x{median / base:.2f}")


if __name__ == "__main__":
    main()
