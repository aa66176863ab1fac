"""How long the first switch to Progress and to History takes, with ten years of records.

Runs the real app on a private Xvfb screen (the xcb platform), once with a data
folder holding a decade of records (``decade.py``: about 5,000 sessions with
their steps, daily pain, several drinks a day) and once with an empty one. Each
round is a fresh app on a fresh copy of the folder: it waits for the window,
then ``--wait`` seconds (a person reaching for the keyboard), and presses the
page's key through the X server with xdotool (Ctrl+4 Progress, Ctrl+5 History).
The app is started by this script with a hook that lives here, not in the
product: it prints a line when a key press reaches the app, when the page
becomes the current one, and once the page has been painted (the first paint
inside it, reported from the event loop's next turn, after the frame was
flushed to the X server).

It prints, per page and data set, the medians over the rounds of the time from
xdotool's invocation until the page was painted (and, in brackets, from the key
reaching the app), and the ratio of ten years against empty data. It measures;
it never fails on time. Target: 300 ms from the key press.

    .venv/bin/python benchmarks/record_pages.py [--rounds N] [--wait S] [--years N]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from decade import make_data_folder  # noqa: E402
from screen import xvfb  # noqa: E402
from sound_server import pulseaudio  # noqa: E402

PAGES = {"progress": "Ctrl+4", "history": "Ctrl+5"}
TARGET_MS = 300


# -- the app, with the benchmark's hook ----------------------------------------------

def child(data_dir: str) -> int:
    """Run the app with a hook that reports key presses, page switches and paints."""
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent, QShortcutEvent, QWindow
    from PySide6.QtWidgets import QApplication, QWidget

    from backcare_desktop import app
    from backcare_desktop.ui.shell.main_window import MainWindow
    from backcare_desktop.ui.shell.pages import PAGES as ALL_PAGES

    def say(**fields: Any) -> None:
        print(json.dumps({"t": time.monotonic(), **fields}), flush=True)

    class Hook(QObject):
        def __init__(self, parent: QObject) -> None:
            super().__init__(parent)
            self.window: MainWindow | None = None
            self.waiting: QWidget | None = None  # the page switched to, until painted
            self.ticks: QTimer | None = None

        def watch_stalls(self) -> None:
            """From the window's first frame until the key press, the longest time the
            event loop did not get round to a 5 ms timer (the app's idle-time work)."""
            self.ticks = QTimer(self)
            self.ticks.setTimerType(Qt.TimerType.PreciseTimer)
            self.last, self.longest = time.monotonic(), 0.0
            self.ticks.timeout.connect(self.tick)
            self.ticks.start(5)

        def tick(self) -> None:
            now = time.monotonic()
            self.longest = max(self.longest, now - self.last)
            self.last = now

        def switched(self, row: int) -> None:
            assert self.window is not None
            self.waiting = self.window.stack.widget(row)
            say(event="switched", page=ALL_PAGES[row].key)

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            kind = event.type()
            if kind == QEvent.Type.Shortcut and isinstance(event, QShortcutEvent):
                if self.ticks is not None and self.ticks.isActive():
                    self.ticks.stop()
                    say(event="stalls", longest_ms=self.longest * 1000)
                say(event="shortcut", keys=event.key().toString())
            elif isinstance(obj, QWindow):
                if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                    say(event="key", key=event.key())
                elif kind == QEvent.Type.Expose and obj.isExposed():
                    if self.window is None:
                        self.window = next(w for w in QApplication.topLevelWidgets()
                                           if isinstance(w, MainWindow))
                        self.window.stack.currentChanged.connect(self.switched)
                        self.watch_stalls()
                    say(event="exposed", title=obj.title())
            elif (kind == QEvent.Type.Paint and self.waiting is not None
                  and isinstance(obj, QWidget)
                  and (obj is self.waiting or self.waiting.isAncestorOf(obj))):
                page = self.waiting
                self.waiting = None
                # The whole frame is painted and flushed before the next turn.
                QTimer.singleShot(0, lambda: say(event="painted",
                                                 page=page.accessibleName().lower()))
            return False

    configure = app.configure_application

    def hooked(qapp: QApplication) -> None:
        configure(qapp)
        qapp.installEventFilter(Hook(qapp))

    app.configure_application = hooked  # type: ignore[assignment]
    return app.main(["--data-dir", data_dir])


# -- driving it from outside ------------------------------------------------------------

class App:
    def __init__(self, env: dict[str, str], data_dir: Path) -> None:
        self.env = env
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--child", str(data_dir)], env=env,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=None if os.environ.get("BENCH_DEBUG") else subprocess.DEVNULL,
            text=True)
        self.lines: queue.Queue[dict[str, Any]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if os.environ.get("BENCH_DEBUG"):
                print("   ", line.strip(), file=sys.stderr)
            if line.startswith("{"):
                self.lines.put(json.loads(line))

    def wait_for(self, event: str, timeout: float = 30, **fields: Any) -> dict[str, Any]:
        end = time.monotonic() + timeout
        while True:
            try:
                seen = self.lines.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                raise TimeoutError(f"no {event} {fields} within {timeout} s") from None
            if seen["event"] == event and all(seen.get(k) == v for k, v in fields.items()):
                return seen

    def key(self, key: str) -> float:
        """Press ``key``; the time xdotool was started."""
        sent = time.monotonic()
        subprocess.run(["xdotool", "key", key], env=self.env, check=True)
        return sent

    def focus(self) -> None:
        subprocess.run(["xdotool", "search", "--sync", "--name", "^BackCare$", "windowfocus",
                        "--sync"], env=self.env, check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=10)

    def close(self) -> None:
        self.focus()
        self.key("ctrl+q")
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def first_switch(env: dict[str, str], pristine: Path, work: Path, page: str,
                 wait: float) -> tuple[float, float, float]:
    """A fresh app on a fresh copy of ``pristine``: (ms from xdotool, ms from the key
    reaching the app) until ``page`` is painted, and the longest stall of the event
    loop between the window's first frame and the key press."""
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(pristine, work)
    app = App(env, work)
    try:
        app.wait_for("exposed", title="BackCare")
        app.focus()
        time.sleep(wait)
        sent = app.key(PAGES[page])
        stalls = app.wait_for("stalls")
        key = app.wait_for("shortcut", keys=PAGES[page])
        painted = app.wait_for("painted", page=page)
    finally:
        app.close()
    return (painted["t"] - sent) * 1000, (painted["t"] - key["t"]) * 1000, stalls["longest_ms"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--wait", type=float, default=2.0,
                        help="seconds between the window appearing and the key press")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--child", metavar="DATA_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child)
    for program, package in (("Xvfb", "xvfb"), ("xdotool", "xdotool")):
        if shutil.which(program) is None:
            print(f"{program} is not installed (Debian package {package})")
            return 1
    compileall.compile_dir(ROOT / "backcare_desktop", quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="backcare-pages-") as tmp, ExitStack() as stack:
        data = {"ten years": Path(tmp) / "decade", "empty": Path(tmp) / "empty"}
        counts = make_data_folder(data["ten years"], date.today(), years=args.years)
        make_data_folder(data["empty"], date.today(), years=0)
        print(f"{args.years} years: {counts.line()}")
        env["DISPLAY"] = stack.enter_context(xvfb())
        sound = "no sound server (pulseaudio not installed)"
        if shutil.which("pulseaudio"):
            env.update(stack.enter_context(pulseaudio()).env)
            sound = "a private PulseAudio null sink"
        results: dict[tuple[str, str], list[tuple[float, float, float]]] = {
            (page, name): [] for page in PAGES for name in data}
        for _ in range(args.rounds):  # interleaved, so drift hits all alike
            for page in PAGES:
                for name, folder in data.items():
                    results[page, name].append(first_switch(
                        env, folder, Path(tmp) / "work", page, args.wait))
    print(f"xcb on Xvfb with {sound}; {args.rounds} rounds, a fresh app each, the key "
          f"{args.wait:.1f} s after the window appeared.")
    print("First switch, from the key press (xdotool started) until the page is painted:")
    for page in PAGES:
        medians = {}
        for name in data:
            runs = results[page, name]
            medians[name] = statistics.median(a for a, _, _ in runs)
            inside = statistics.median(b for _, b, _ in runs)
            print(f"  {page:8} {name:9} {medians[name]:7.1f} ms  (in the app: {inside:6.1f} ms)"
                  f"  [{', '.join(f'{a:.0f}' for a, _, _ in runs)}]")
        print(f"  {page:8} ratio ten years/empty: {medians['ten years'] / medians['empty']:.2f}x"
              f"  (target: <= {TARGET_MS} ms with ten years)")
    print("Longest stall of the event loop between the first frame and the key press "
          "(median over the rounds):")
    for name in data:
        stalls = [c for page in PAGES for _, _, c in results[page, name]]
        print(f"  {name:9} {statistics.median(stalls):6.1f} ms  (max {max(stalls):.1f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
