"""How long the first Start takes to show its first question, against later Starts.

Runs the real app on a private Xvfb screen (the xcb platform), with a private
PulseAudio server (a null sink) and, when installed, a private
speech-dispatcher, as a person's desktop would have them. Key presses come
from outside through the X server (xdotool): Ctrl+1 (the routines page),
Ctrl+F then Return (into the list), Return (Start). The app is started by this
script with a hook that lives here, not in the product: it prints a line when
a key press reaches the app and when a window (the question "Before you start")
is exposed on the screen. Each round is a fresh app: it waits ``--wait``
seconds after its window appeared (a person finding a routine), presses Start,
skips the question, stops the session, and does that ``--later`` times more.
It prints the medians over the rounds of the time from the Start key press
reaching the app until the question is on screen (and, in brackets, from
xdotool's invocation), for the first Start and for the later ones. It measures;
it never fails on time.

    .venv/bin/python benchmarks/first_start.py [--rounds N] [--wait S] [--voice on|off|both]
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
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from screen import xvfb  # noqa: E402
from sound_server import pulseaudio, speech_dispatcher  # noqa: E402

QUESTION = "Before you start"
STOP = "Stop the session?"


# -- the app, with the benchmark's hook ----------------------------------------------

def child(data_dir: str) -> int:
    """Run the app with a hook that reports key presses and exposed windows."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QKeyEvent, QWindow
    from PySide6.QtWidgets import QApplication, QMessageBox

    from backcare_desktop import app

    def say(**fields: Any) -> None:
        print(json.dumps({"t": time.monotonic(), **fields}), flush=True)

    class Hook(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            kind = event.type()
            if isinstance(obj, QWindow):
                if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                    focus = QApplication.focusWidget()
                    say(event="key", key=event.key(), focus=type(focus).__name__,
                        window=obj.title())
                elif kind == QEvent.Type.Expose and obj.isExposed():
                    say(event="exposed", title=obj.title())
                    if obj.title() == STOP:  # a person clicks "Stop"
                        QTimer.singleShot(50, click_stop)
            return False

    def click_stop() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                for button in widget.buttons():
                    if button.text() == "Stop":
                        button.click()

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
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
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

    def wait_for(self, event: str, title: str | None = None, timeout: float = 30,
                 **fields: Any) -> dict[str, Any]:
        end = time.monotonic() + timeout
        while True:
            try:
                seen = self.lines.get(timeout=max(0.01, end - time.monotonic()))
            except queue.Empty:
                raise TimeoutError(f"no {event} {title or ''} within {timeout} s") from None
            if seen["event"] == event and (title is None or seen.get("title") == title) and all(
                    seen.get(k) == v for k, v in fields.items()):
                return seen

    def keys(self, *keys: str) -> float:
        """Press ``keys`` one after another; the time xdotool was started."""
        sent = time.monotonic()
        subprocess.run(["xdotool", "key", "--delay", "30", *keys], env=self.env, check=True)
        return sent

    def focus(self) -> None:
        subprocess.run(["xdotool", "search", "--sync", "--name", "BackCare", "windowfocus",
                        "--sync"], env=self.env, check=False, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=10)

    def start_once(self) -> tuple[float, float]:
        """Press Start, wait for the question; (ms from the key reaching the app, ms
        from xdotool's invocation). Then skip the question and stop the session."""
        self.focus()
        self.keys("ctrl+1", "ctrl+f", "Return")
        sent = self.keys("Return")
        key = self.wait_for("key", focus="QListView")
        shown = self.wait_for("exposed", QUESTION)
        self.keys("Escape")  # skip the question: the session starts
        time.sleep(0.5)
        self.focus()  # no window manager gives the focus back after a dialog
        self.keys("Escape")  # ask to stop; the hook clicks "Stop"
        self.wait_for("exposed", STOP)
        self.wait_for("exposed")  # the summary
        time.sleep(0.2)
        self.keys("Escape")  # close the summary
        time.sleep(0.3)
        return (shown["t"] - key["t"]) * 1000, (shown["t"] - sent) * 1000

    def close(self) -> None:
        self.focus()
        self.keys("ctrl+q")
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def prepared_data(env: dict[str, str], folder: Path, voice: bool) -> None:
    """A data folder that has been used before: the first-run notice was seen."""
    subprocess.run([sys.executable, "-m", "backcare_desktop", "--data-dir", str(folder),
                    "--quit-after-show"], env=dict(env, QT_QPA_PLATFORM="offscreen"),
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    from datetime import UTC, datetime

    from backcare_desktop.storage import database
    from backcare_desktop.storage.repository import Repository

    db = folder / "backcare.sqlite3"
    repo = Repository(database.open_database(db, folder / "backups", datetime.now(UTC)), db)
    repo.set_setting("first_run_notice_seen", True)
    repo.set_setting("voice_on", voice)
    repo.close()


def run(env: dict[str, str], voice: bool, rounds: int, wait: float,
        later: int) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    first: list[tuple[float, float]] = []
    after: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(dir=ROOT / ".venv") as tmp:
        for n in range(rounds):
            folder = Path(tmp) / f"round-{n}"
            prepared_data(env, folder, voice)
            app = App(env, folder)
            try:
                app.wait_for("exposed", "BackCare")
                app.focus()
                time.sleep(wait)
                first.append(app.start_once())
                for _ in range(later):
                    after.append(app.start_once())
            finally:
                app.close()
    return first, after


def show(label: str, runs: list[tuple[float, float]]) -> float:
    inside = statistics.median(a for a, _ in runs)
    outside = statistics.median(b for _, b in runs)
    print(f"  {label:12} {inside:7.1f} ms  (from xdotool: {outside:7.1f} ms)  "
          f"[{', '.join(f'{a:.0f}' for a, _ in runs)}]")
    return inside


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--wait", type=float, default=2.0,
                        help="seconds between the window appearing and the first Start")
    parser.add_argument("--later", type=int, default=2, help="later Starts per round")
    parser.add_argument("--voice", choices=("on", "off", "both"), default="both")
    parser.add_argument("--child", metavar="DATA_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child)
    for program, package in (("Xvfb", "xvfb"), ("xdotool", "xdotool"),
                             ("pulseaudio", "pulseaudio"), ("parec", "pulseaudio-utils")):
        if shutil.which(program) is None:
            print(f"{program} is not installed (Debian package {package})")
            return 1
    compileall.compile_dir(ROOT / "backcare_desktop", quiet=1)
    voices = {"on": [True], "off": [False], "both": [False, True]}[args.voice]
    with ExitStack() as stack:
        display = stack.enter_context(xvfb())
        pulse = stack.enter_context(pulseaudio())
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", **pulse.env)
        env.pop("WAYLAND_DISPLAY", None)
        speech, why = stack.enter_context(speech_dispatcher(pulse))
        print(f"xcb on Xvfb, PulseAudio null sink; {args.rounds} rounds, first Start "
              f"{args.wait:.1f} s after the window appeared, {args.later} later Starts each")
        print("time from the Start key press reaching the app to the question on screen:")
        for voice in voices:
            if voice and speech is None:
                print(f"voice on: skipped ({why})")
                continue
            run_env = dict(env, **(speech or {}))
            first, after = run(run_env, voice, args.rounds, args.wait, args.later)
            print(f"voice {'on' if voice else 'off'}:")
            a = show("first Start", first)
            b = show("later Starts", after)
            print(f"  ratio first/later: {a / b:.2f}x (target: about 1x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
