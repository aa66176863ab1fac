"""How long a large records import takes, how much memory it needs, and whether
the window keeps answering meanwhile.

Writes a valid records file of about 50 MB (sessions with their steps, pain
entries and drinks, as ``write_document`` exports them), then imports it into
a fresh database, each round in a fresh process so its peak memory is its own:

* baseline: the whole document at once, as imports were read before
  (``json.loads`` of the whole text, then ``parse_document``), then written;
* streamed: ``transfer.read_export`` (one batch of records at a time) then
  ``transfer.import_apart``, as the command line and the window do;
* window: the History page's Import… on the offscreen platform, the work in
  its thread; a 10 ms timer in the GUI thread measures the longest time the
  event loop could not run.

Then every file of the hostile corpus (``tests/core/test_records_file.py``)
is refused once, and the slowest refusal and the largest Python memory peak
are printed. Medians over the rounds; it measures, never fails.

    .venv/bin/python benchmarks/records_import.py [--rounds 3] [--megabytes 50]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def write_file(path: Path, megabytes: float) -> dict[str, int]:
    """A valid records file of about ``megabytes``: per day one session of six steps
    with pain before and after, one more pain entry and eight drinks."""
    from backcare_desktop.core.progress.records_file import (
        PainRecord,
        Records,
        SessionRecord,
        StepRecord,
        WaterRecord,
        write_document,
    )
    from backcare_desktop.core.vocabulary import (
        Feeling,
        PainArea,
        PainMoment,
        SessionState,
        StepOutcome,
    )

    days = int(megabytes * 1_000_000 / 2030)  # about 2 KB of JSON a day
    zone = timezone(timedelta(hours=1))
    first = datetime(1990, 1, 1, 8, tzinfo=zone)
    sessions, pain, water = [], [], []
    for n in range(days):
        start = first + timedelta(days=n)
        steps = tuple(StepRecord(p, f"Exercise {p + 1}", StepOutcome.COMPLETED, 2, 10, 120.0,
                                 start + timedelta(minutes=2 * (p + 1))) for p in range(6))
        sessions.append(SessionRecord(n + 1, "core-stability", "Core stability", start,
                                      start + timedelta(minutes=15), SessionState.FINISHED,
                                      None, 900.0, 840.0, Feeling.ABOUT_RIGHT, steps))
        pain += [PainRecord(start, 5, None, "", PainMoment.BEFORE, n + 1),
                 PainRecord(start + timedelta(minutes=15), 3, None, "", PainMoment.AFTER,
                            n + 1),
                 PainRecord(start + timedelta(hours=11), n % 11, PainArea.LOWER_BACK,
                            "stiff after the drive", PainMoment.ANY, None)]
        water += [WaterRecord(start + timedelta(minutes=97 * k), 250) for k in range(8)]
    records = Records(tuple(sessions), tuple(pain), tuple(water), {"water_goal_ml": 2500})
    with path.open("w", encoding="utf-8") as out:
        write_document(records, out, datetime.now(UTC), "benchmark")
    return records.counts()


def fresh_database(folder: Path) -> Path:
    from backcare_desktop.storage import database

    db = folder / "backcare.sqlite3"
    database.open_database(db, folder / "backups", datetime.now(UTC)).close()
    return db


def peak_kib() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def child(mode: str, source: Path, folder: Path) -> dict[str, float]:
    """One import in this process; what it cost."""
    from backcare_desktop.core.progress import records_file
    from backcare_desktop.storage import transfer

    db = fresh_database(folder)
    cpu = time.process_time()
    start = time.perf_counter()
    result: dict[str, float] = {}
    if mode == "baseline":
        document = json.loads(source.read_text(encoding="utf-8-sig"))
        records, problems = records_file.parse_document(document, transfer._known_settings())
        del document
        assert not problems, problems[:3]
        read = time.perf_counter()
        transfer.import_apart(db, records)
    elif mode == "streamed":
        records = transfer.read_export(source)
        read = time.perf_counter()
        transfer.import_apart(db, records)
    else:
        read, result["max_gap_ms"] = window_import(source, db)
    end = time.perf_counter()
    return {**result, "read_s": read - start, "write_s": end - read, "total_s": end - start,
            "cpu_s": time.process_time() - cpu, "peak_mib": peak_kib() / 1024}


def window_import(source: Path, db: Path) -> tuple[float, float]:
    """Import through the History page; when the reading ended, and the longest gap
    between two turns of the event loop meanwhile (ms)."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from backcare_desktop.storage import database
    from backcare_desktop.storage.progress_data import ProgressSource
    from backcare_desktop.storage.repository import Repository
    from backcare_desktop.ui.progress import dialogs as progress_dialogs
    from backcare_desktop.ui.progress.history_page import HistoryPage
    from backcare_desktop.ui.shell import dialogs

    app = QApplication.instance() or QApplication([])
    repo = Repository(database.connect(db), db)
    page = HistoryPage(ProgressSource(repo), repo, lambda: datetime.now().astimezone())
    progress_dialogs.ask_import_file = lambda _parent: source  # type: ignore[assignment]
    outcome: list[str] = []
    dialogs.show_info = lambda _p, title, _text: outcome.append(title)  # type: ignore[assignment]
    dialogs.show_problems = lambda _p, title, *_a: outcome.append(title)  # type: ignore
    dialogs.show_error = lambda _p, title, _text: outcome.append(title)  # type: ignore
    page.show()
    app.processEvents()

    clock = QElapsedTimer()
    clock.start()
    gaps = [0]
    last = [clock.elapsed()]
    read_at = [0.0]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    def progressed(percent: int) -> None:
        if percent >= 60 and not read_at[0]:
            read_at[0] = time.perf_counter()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    loop = QEventLoop()
    page.transfer_done.connect(loop.quit)
    timer.start()
    page.import_records()
    assert page._task is not None
    page._task.progressed.connect(progressed)
    loop.exec()
    timer.stop()
    assert outcome == ["Records imported"], outcome
    page.deleteLater()
    repo.close()
    return read_at[0] or time.perf_counter(), float(max(gaps))


def hostile() -> tuple[str, float, str, float]:
    """The slowest refusal of the hostile corpus and the largest Python memory peak."""
    import tracemalloc

    from backcare_desktop.core.progress import records_file
    from tests.core.test_records_file import CORPUS, KNOWN

    slowest = ("", 0.0)
    largest = ("", 0.0)
    for name, make, _ in CORPUS:
        data = make()
        tracemalloc.start()
        start = time.perf_counter()
        with contextlib.suppress(records_file.ImportProblem):
            records_file.read_records_bytes(data, "hostile.json", KNOWN)
        took = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        if took > slowest[1]:
            slowest = (name, took)
        if peak > largest[1]:
            largest = (name, peak)
    return slowest[0], slowest[1], largest[0], largest[1] / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--megabytes", type=float, default=50)
    parser.add_argument("--child", nargs=3, metavar=("MODE", "FILE", "FOLDER"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, source, folder = args.child
        print(json.dumps(child(mode, Path(source), Path(folder))))
        return 0

    with tempfile.TemporaryDirectory(prefix="backcare-import-bench-") as tmp:
        source = Path(tmp) / "backcare-records.json"
        counts = write_file(source, args.megabytes)
        size = source.stat().st_size / 2**20
        print(f"records file: {size:.1f} MB, " + ", ".join(f"{n:,} {k}"
                                                         for k, n in counts.items()))
        results: dict[str, list[dict[str, float]]] = {}
        for n in range(args.rounds):
            for mode in ("baseline", "streamed", "window"):
                folder = Path(tmp) / f"{mode}-{n}"
                folder.mkdir()
                done = subprocess.run([sys.executable, __file__, "--child", mode, str(source),
                                       str(folder)], capture_output=True, text=True,
                                      check=True, cwd=ROOT)
                results.setdefault(mode, []).append(json.loads(done.stdout.splitlines()[-1]))

        def median(mode: str, key: str) -> float:
            return statistics.median(r[key] for r in results[mode])

        print(f"medians of {args.rounds} rounds, each import in a fresh process:")
        print(f"{'':10} {'read+check':>11} {'write':>7} {'total':>7} {'CPU':>7} {'peak RSS':>9}")
        for mode in results:
            print(f"{mode:10} {median(mode, 'read_s'):10.2f}s {median(mode, 'write_s'):6.2f}s "
                  f"{median(mode, 'total_s'):6.2f}s {median(mode, 'cpu_s'):6.2f}s "
                  f"{median(mode, 'peak_mib'):6.0f} MB")
        for mode in ("streamed", "window"):
            time_ratio = median(mode, "total_s") / median("baseline", "total_s")
            cpu_ratio = median(mode, "cpu_s") / median("baseline", "cpu_s")
            memory_ratio = median(mode, "peak_mib") / median("baseline", "peak_mib")
            print(f"{mode} / baseline: time {time_ratio:.2f}, CPU time {cpu_ratio:.2f}, "
                  f"peak memory {memory_ratio:.2f}")
        print(f"window: longest pause of the event loop during the import "
              f"{median('window', 'max_gap_ms'):.0f} ms (median of the rounds' longest)")
    name, took, big_name, peak = hostile()
    print(f"hostile corpus: slowest refusal {took * 1000:.0f} ms ({name}); "
          f"largest Python memory peak {peak:.1f} MB ({big_name})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
