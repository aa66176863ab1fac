"""How long hostile routine files take to be refused, and how much memory.

Makes the corpus of ``tests/core/routines/hostile.py`` (special files, deep
nesting of every kind, huge numbers, strings and key counts, other encodings,
control characters, files at every limit) in a temporary folder, then measures
for each file: loading it (median of several rounds, and its ratio to loading a
built-in routine in the same run), the peak of Python's allocations while
loading it (tracemalloc), and the growth of a fresh process's peak resident
memory (``VmHWM``, Linux) when it loads the file, against one that loads a built-in
routine. Last, the start-up scan of the whole corpus as the routines folder,
against an empty folder. It measures, never fails. Targets: every file within a
second and a few tens of MB.

    .venv/bin/python benchmarks/hostile_routines.py [--rounds 5] [--no-rss]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from backcare_desktop.core.routines.library import builtin_dir, load_library  # noqa: E402
from backcare_desktop.core.routines.loading import (  # noqa: E402
    RoutineError,
    load_routine_file,
)
from tests.core.routines.hostile import make_corpus  # noqa: E402

# VmHWM, the peak resident memory of this process's own memory (ru_maxrss would
# count the parent's too, which a forked child starts from).
RSS_PROBE = """
import sys
from pathlib import Path
from backcare_desktop.core.routines.loading import RoutineError, load_routine_file
try:
    load_routine_file(Path(sys.argv[1]))
except RoutineError:
    pass
with open("/proc/self/status", encoding="ascii") as status:
    print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
"""


def load(path: Path) -> None:
    with contextlib.suppress(RoutineError):
        load_routine_file(path)


def median_ms(action: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def traced_peak_mb(action: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def rss_kib(path: Path) -> int:
    """The peak resident memory of a fresh process that loads ``path``."""
    out = subprocess.run(
        [sys.executable, "-c", RSS_PROBE, os.fsencode(path)], capture_output=True,
        text=True, timeout=60, cwd=ROOT, stdin=subprocess.DEVNULL, check=True)
    return int(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-rss", action="store_true", help="skip the per-file processes")
    args = parser.parse_args(argv)

    baseline_file = builtin_dir() / "core-stability.toml"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "routines"
        cases = make_corpus(folder)
        base_ms = median_ms(lambda: load(baseline_file), args.rounds)
        base_rss = 0 if args.no_rss else rss_kib(baseline_file)
        print(f"baseline: a built-in routine ({baseline_file.name}) loads in {base_ms:.2f} ms"
              + ("" if args.no_rss else f"; its process peaks at {base_rss / 1024:.1f} MB"))
        print(f"{'file':30} {'median':>9} {'ratio':>7} {'traced':>8} {'rss +':>8}")
        worst: dict[str, tuple[float, str]] = {}
        for case in cases:
            path = folder / case.name
            ms = median_ms(lambda p=path: load(p), args.rounds)
            peak = traced_peak_mb(lambda p=path: load(p))
            grown = "" if args.no_rss else f"{(rss_kib(path) - base_rss) / 1024:7.1f}M"
            print(f"{case.shown[:30]:30} {ms:7.2f}ms {ms / base_ms:6.2f}x {peak:7.1f}M {grown:>8}")
            for key, value in (("time (ms)", ms), ("traced peak (MB)", peak)):
                if value > worst.get(key, (-1.0, ""))[0]:
                    worst[key] = (value, case.shown)
            if grown and float(grown[:-1]) > worst.get("rss growth (MB)", (-1.0, ""))[0]:
                worst["rss growth (MB)"] = (float(grown[:-1]), case.shown)

        empty = Path(tmp) / "empty"
        empty.mkdir()
        scan_empty = median_ms(lambda: load_library(empty), args.rounds)
        scan_all = median_ms(lambda: load_library(folder), args.rounds)
        scan_peak = traced_peak_mb(lambda: load_library(folder))
        print(f"start-up scan: the built-ins alone {scan_empty:.1f} ms; with the corpus of "
              f"{len(cases)} files {scan_all:.1f} ms ({scan_all / scan_empty:.1f}x), "
              f"traced peak {scan_peak:.1f} MB")
        for key, (value, name) in worst.items():
            print(f"worst {key}: {value:.1f} ({name})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
