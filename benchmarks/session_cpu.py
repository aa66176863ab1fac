"""What a running session costs: CPU while the figure moves, against the same
session with the figure hidden, and with the window hidden.

Each round starts a fresh process running the real app on a private Xvfb
screen (the xcb platform, so frames are really drawn and sent to an X server;
offscreen when Xvfb is missing), skips the "how is your back" question, starts
Core stability and moves to the Bird dog hold, then measures the CPU time the
process uses for the measuring time (start-up excluded) and counts the
figure's paints. Three kinds, interleaved each round:

* ``figure``: the window shown at 1366x768, the figure moving at the page's
  frame rate (the target: at most 10 % of one core more than ``no-figure``);
* ``no-figure``: the same session with the figure kept hidden (the baseline);
* ``hidden``: the window hidden while the session runs (nothing is drawn).

It prints medians of CPU as a share of one core, paints per second, and the
figure's cost over the baseline. It measures; it never fails on a figure.

    .venv/bin/python benchmarks/session_cpu.py [--seconds 10] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from screen import xvfb  # noqa: E402

KINDS = ("no-figure", "figure", "hidden")
TARGET = 10.0  # % of one core, over the baseline


def _cpu_s() -> float:
    ru = resource.getrusage(resource.RUSAGE_SELF)
    return ru.ru_utime + ru.ru_stime


def measure(kind: str, seconds: float) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QTimer

    import backcare_desktop.ui.session.controller as controller_module
    from backcare_desktop import app as app_module
    from backcare_desktop.core.routines.library import builtin_dir
    from backcare_desktop.core.routines.loading import load_routine_file
    from backcare_desktop.paths import AppPaths
    from backcare_desktop.ui.session.page import SessionPage
    from backcare_desktop.ui.shell import figure_view, theme

    paints = [0]
    original = figure_view.FigureView.paintEvent

    def counted(self: figure_view.FigureView, event: object) -> None:
        if self.objectName() == "sessionFigure":
            paints[0] += 1
        original(self, event)  # type: ignore[arg-type]

    figure_view.FigureView.paintEvent = counted  # type: ignore[method-assign]
    controller_module.session_dialogs.ask_pain = (  # type: ignore[attr-defined]
        lambda *args, **kwargs: None)
    qapp = theme.create_application([sys.argv[0]])
    app_module.configure_application(qapp)
    folder = Path(tempfile.mkdtemp(prefix="backcare-session-cpu-"))
    paths = AppPaths(data_dir=folder, log_dir=folder / "logs")
    running = app_module.start(paths)
    assert not isinstance(running, int)
    for key, value in (("first_run_notice_seen", True), ("reminders_enabled", False),
                       ("voice_on", False), ("sound_muted", True)):
        running.repo.set_setting(key, value)
    window = running.window
    window.resize(1366, 743)
    result: dict[str, float] = {}

    def go() -> None:
        window.show_page("session")
        page = window.findChild(SessionPage)
        assert page is not None
        if kind == "no-figure":
            page._show_figure = lambda shown: page.figure_view.hide()  # type: ignore[method-assign]
        page.controller.begin(load_routine_file(builtin_dir() / "core-stability.toml"))
        while page.controller.display() is not None and "Bird dog" not in (
                page.controller.display().exercise.name):  # type: ignore[union-attr]
            page.controller.next_phase()
        page.controller.next_phase()  # from its get-ready into the hold
        if kind == "hidden":
            window.hide()
        QTimer.singleShot(1000, begin)

    def begin() -> None:
        result["cpu0"], result["t0"], result["p0"] = _cpu_s(), time.monotonic(), paints[0]
        QTimer.singleShot(int(seconds * 1000), end)

    def end() -> None:
        wall = time.monotonic() - result["t0"]
        print(json.dumps({"core_percent": (_cpu_s() - result["cpu0"]) / wall * 100,
                          "paints_per_s": (paints[0] - result["p0"]) / wall}), flush=True)
        page = window.findChild(SessionPage)
        assert page is not None
        page.controller.abandon()
        qapp.quit()

    QTimer.singleShot(1500, go)  # after start-up's idle work
    qapp.exec()
    running.shutdown()
    shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def screen() -> Iterator[dict[str, str]]:
    env = dict(os.environ)
    if shutil.which("Xvfb") is None:
        print("Xvfb is not installed (apt-get install xvfb): measuring offscreen")
        env["QT_QPA_PLATFORM"] = "offscreen"
        yield env
        return
    with xvfb() as display:
        env["DISPLAY"] = display
        env["QT_QPA_PLATFORM"] = "xcb"
        yield env


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--measure", choices=KINDS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        measure(args.measure, args.seconds)
        return 0
    results: dict[str, list[dict[str, float]]] = {kind: [] for kind in KINDS}
    with screen() as env:
        platform = env["QT_QPA_PLATFORM"]
        for _ in range(args.rounds):
            for kind in KINDS:
                out = subprocess.run(
                    [sys.executable, __file__, "--measure", kind, "--seconds",
                     str(args.seconds)], env=env, capture_output=True, text=True, check=True)
                results[kind].append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{platform}, Bird dog hold, {args.seconds:g} s a round, {args.rounds} rounds, "
          "medians:")
    median: dict[str, float] = {}
    for kind, label in (("no-figure", "figure hidden (baseline)"),
                        ("figure", "figure moving"),
                        ("hidden", "window hidden")):
        median[kind] = statistics.median(r["core_percent"] for r in results[kind])
        paints = statistics.median(r["paints_per_s"] for r in results[kind])
        print(f"  {label:26s} {median[kind]:5.1f} % of one core, "
              f"{paints:5.1f} figure paints a second")
    extra = median["figure"] - median["no-figure"]
    print(f"  the moving figure costs {extra:+.1f} % of one core (target: at most "
          f"{TARGET:g} %); ratio {median['figure'] / max(median['no-figure'], 0.01):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
