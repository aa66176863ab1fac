"""What BackCare costs while it waits: CPU used with reminders armed and the window hidden.

Each round starts a fresh process that runs the real app (temporary data
folder, reminders on, the next one due in an hour), hides the window, lets the
event loop run for the measuring time, and reports the CPU time used in that
window only (start-up excluded) and how often the process was woken
(context switches). The baseline in the same run is a bare QApplication with
one hidden widget. Medians over the rounds; it measures, never fails.

    .venv/bin/python benchmarks/idle_cpu.py [--seconds 20] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _usage() -> tuple[float, int]:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime, ru.ru_nvcsw + ru.ru_nivcsw


def measure(kind: str, seconds: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([sys.argv[0]])
    keep: list[object] = []
    if kind == "app":
        from backcare_desktop import app as app_module
        from backcare_desktop.paths import AppPaths

        folder = Path(tempfile.mkdtemp(prefix="backcare-idle-"))
        running = app_module.start(AppPaths(data_dir=folder, log_dir=folder / "logs"))
        assert not isinstance(running, int)
        running.repo.set_setting("first_run_notice_seen", True)
        keep.append(running)
        ready_at = time.monotonic() + 5
        while not running.ready and time.monotonic() < ready_at:
            app.processEvents()
        running.hydration.log_drink(250)  # next reminder: an hour from now (if in active hours)
        running.window.hide()
        armed = running.hydration.armed_ms
    else:
        widget = QWidget()
        widget.show()
        app.processEvents()
        widget.hide()
        keep.append(widget)
        armed = -1
    result: dict[str, float] = {}

    def begin() -> None:
        result["cpu0"], result["sw0"] = _usage()
        result["t0"] = time.monotonic()
        QTimer.singleShot(int(seconds * 1000), end)

    def end() -> None:
        cpu, switches = _usage()
        wall = time.monotonic() - result["t0"]
        print(json.dumps({"cpu_ms": (cpu - result["cpu0"]) * 1000,
                          "wakeups_per_min": (switches - result["sw0"]) / wall * 60,
                          "armed_ms": armed}), flush=True)
        app.quit()

    QTimer.singleShot(500, begin)  # let start-up's leftovers settle first
    app.exec()
    if kind == "app":
        keep[0].shutdown()  # type: ignore[attr-defined]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--measure", choices=("app", "bare"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.seconds)
        return 0
    results: dict[str, list[dict[str, float]]] = {"bare": [], "app": []}
    for _ in range(args.rounds):
        for kind in results:
            out = subprocess.run([sys.executable, __file__, "--measure", kind, "--seconds",
                                  str(args.seconds)], capture_output=True, text=True, check=True)
            results[kind].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"idle for {args.seconds:g} s, {args.rounds} rounds, medians:")
    for kind, label in (("bare", "bare Qt window (baseline)"),
                        ("app", "BackCare, hidden, reminder armed")):
        cpu = statistics.median(r["cpu_ms"] for r in results[kind])
        wake = statistics.median(r["wakeups_per_min"] for r in results[kind])
        print(f"  {label:34s} CPU {cpu:6.1f} ms ({cpu / args.seconds * 60:6.1f} ms/min), "
              f"{wake:6.1f} wake-ups/min")
    armed = statistics.median(r["armed_ms"] for r in results["app"])
    print(f"  reminder timer armed for {armed / 60000:.1f} min ahead")
    bare = statistics.median(r["cpu_ms"] for r in results["bare"]) or 0.001
    app_cpu = statistics.median(r["cpu_ms"] for r in results["app"])
    print(f"  ratio app / baseline CPU: {app_cpu / bare:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
