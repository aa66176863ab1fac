"""How fast BackCare's window appears, against a bare PySide6 window.

Each round starts BackCare (``--quit-after-show`` with an existing data folder)
and then ``bare_window.py``, each as a fresh process, and times the launch
until the process prints its "shown" line, which both print once the X server
(or the offscreen platform) has first exposed their window and its first frame
is out. The line also gives the resident memory at that moment. BackCare then
prints a "ready" line once its data is open and the page shown is built; that
time is printed too (a bare window has nothing more to do).

Two platforms are measured in one run:

* ``xcb``: the real X11 platform, on a private ``Xvfb`` display started here
  (skipped, with a note, when ``Xvfb`` is not installed);
* ``offscreen``: Qt's window-less platform, as the tests run.

The very first start (which creates the database) is printed on its own; the
rounds that follow are warm starts. It prints medians, min and max, the ratio
of the medians and the memory difference against the targets (1.3x the bare
window's time, 40 MiB more memory). It measures; it never fails on time.

    .venv/bin/python benchmarks/startup.py [--rounds N] [--platform xcb|offscreen|both]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from screen import xvfb  # noqa: E402

TIME_TARGET = 1.3
MEMORY_TARGET_MIB = 40


class Launch(NamedTuple):
    shown_s: float  # until the "shown" line
    kib: int  # resident memory then
    ready_s: float | None  # until the "ready" line, if the program prints one
    ready_kib: int | None


def launch(command: list[str], env: dict[str, str]) -> Launch:
    """Time one start: until its "shown" line and until its "ready" line, if any."""
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, env=env, text=True) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        second = proc.stdout.readline()
        ready_s = time.perf_counter() - start if second else None
        proc.stdout.read()
        if proc.wait(timeout=60) != 0 or not line:
            raise RuntimeError(f"{command[-1]} did not report a shown window "
                               f"(exit code {proc.returncode})")
    report = json.loads(line)
    ready_kib = int(json.loads(second)["rss_kib"]) if second else None
    return Launch(elapsed, int(report["rss_kib"]), ready_s, ready_kib)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:6.1f} ms"


def measure(platform: str, rounds: int, base_env: dict[str, str]) -> None:
    env = dict(base_env, QT_QPA_PLATFORM=platform)
    env.pop("BACKCARE_DATA_DIR", None)
    with tempfile.TemporaryDirectory() as tmp:
        app = [sys.executable, "-m", "backcare_desktop", "--data-dir", tmp, "--quit-after-show"]
        bare = [sys.executable, str(HERE / "bare_window.py")]
        first = launch(app, env)  # creates the database
        launch(bare, env)  # warms the disk cache as the first app run did
        results: dict[str, list[Launch]] = {"app": [], "bare": []}
        for _ in range(rounds):  # interleaved, so drift hits both alike
            results["app"].append(launch(app, env))
            results["bare"].append(launch(bare, env))

    print(f"{platform}: {rounds} warm rounds, launch until the window is first exposed")
    medians = {}
    for name, runs in results.items():
        times = [r.shown_s for r in runs]
        kib = statistics.median(r.kib for r in runs)
        medians[name] = (statistics.median(times), kib)
        print(f"  {name:5} median {ms(medians[name][0])}  (min {ms(min(times))}, "
              f"max {ms(max(times))}), resident {kib / 1024:5.1f} MiB")
    (app_s, app_kib), (bare_s, bare_kib) = medians["app"], medians["bare"]
    print(f"  time ratio app/bare:  {app_s / bare_s:.2f}x (target <= {TIME_TARGET:.2f}x)")
    print(f"  memory difference:    {(app_kib - bare_kib) / 1024:+.1f} MiB "
          f"(target <= {MEMORY_TARGET_MIB} MiB)")
    ready = [r.ready_s for r in results["app"] if r.ready_s is not None]
    if ready:
        ready_s = statistics.median(ready)
        ready_kib = statistics.median(r.ready_kib for r in results["app"] if r.ready_kib)
        print(f"  ready (data open, page built, start-up work done): median {ms(ready_s)}, "
              f"{ready_s / bare_s:.2f}x the bare median, resident {ready_kib / 1024:5.1f} MiB")
    print(f"  very first start (creates the database): {ms(first.shown_s)}, "
          f"{first.shown_s / bare_s:.2f}x the bare median, resident {first.kib / 1024:.1f} MiB")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--platform", choices=("xcb", "offscreen", "both"), default="both")
    args = parser.parse_args()
    # pip compiles an installed package's bytecode; an editable checkout run
    # with PYTHONDONTWRITEBYTECODE would otherwise recompile on every start.
    compileall.compile_dir(HERE.parent / "backcare_desktop", quiet=1)
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    if args.platform in ("xcb", "both"):
        if shutil.which("Xvfb") is None:
            print("xcb: skipped, Xvfb is not installed (apt-get install xvfb)")
        else:
            with xvfb() as display:
                env_x = dict(env, DISPLAY=display)
                env_x.pop("WAYLAND_DISPLAY", None)
                measure("xcb", args.rounds, env_x)
    if args.platform in ("offscreen", "both"):
        measure("offscreen", args.rounds, env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
