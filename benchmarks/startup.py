"""How fast BackCare's window appears, against a bare PySide6 window.

Runs the app (``--quit-after-show`` with an existing data folder) and
``bare_window.py`` in turn, several rounds in one run, each as a fresh process,
and prints the median time from launch until each window is exposed, the
resident memory at that moment, and the ratios. Targets: within 1.3x the bare
window's time and 40 MiB of its memory. It measures; it never fails on time.

    .venv/bin/python benchmarks/startup.py [--rounds N] [--platform offscreen|xcb]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def launch(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        proc.wait(timeout=60)
    report = json.loads(line)
    return elapsed, int(report["rss_kib"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    # pip compiles an installed package's bytecode; an editable checkout run
    # with PYTHONDONTWRITEBYTECODE would otherwise recompile on every start.
    compileall.compile_dir(HERE.parent / "backcare_desktop", quiet=1)

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, BACKCARE_DATA_DIR=tmp)
        app = [sys.executable, "-m", "backcare_desktop", "--quit-after-show"]
        bare = [sys.executable, str(HERE / "bare_window.py")]
        launch(app, env)  # first run: creates the database; also warms the disk cache
        launch(bare, env)
        results: dict[str, list[tuple[float, int]]] = {"app": [], "bare": []}
        for _ in range(args.rounds):
            results["app"].append(launch(app, env))
            results["bare"].append(launch(bare, env))

    medians = {
        name: (statistics.median(t for t, _ in runs), statistics.median(m for _, m in runs))
        for name, runs in results.items()
    }
    print(f"platform {args.platform}, {args.rounds} rounds, medians:")
    for name, (seconds, kib) in medians.items():
        print(f"  {name:5} window shown after {seconds * 1000:7.1f} ms, "
              f"resident {kib / 1024:6.1f} MiB")
    (app_s, app_kib), (bare_s, bare_kib) = medians["app"], medians["bare"]
    print(f"  time ratio app/bare: {app_s / bare_s:.2f}x (target <= 1.30x)")
    print(f"  memory difference:   {(app_kib - bare_kib) / 1024:+.1f} MiB (target <= 40 MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
