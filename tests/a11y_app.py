"""The real app on a real screen, driven line by line, for the AT-SPI tests.

Run as ``python -m tests.a11y_app --data-dir DIR`` with a display, a session
bus and the AT-SPI bus (``tests/desktop_services.py: accessibility_bus``). It
starts BackCare as ``app.main`` would, with silent cues and every question to
the person answered, prints ``ready`` once the window is up, then reads one
command a line from its standard input and answers each with ``ok`` once done:

    start           start the test routine below (the session page shows it)
    advance N       let N seconds pass on the fake clock, one second at a time,
                    each followed by what the session's timers would do
    key NAME        press a key (Space, Right, Left, ...) in the window, made active
    quit            close the app

``--real-clock`` runs on the computer's clocks instead (``advance`` is then
refused): for measuring what a screen reader receives while time really passes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from backcare_desktop.core.clock import Clock, SystemClock
from backcare_desktop.core.routines.model import Exercise, Hold, Routine
from tests.fakes import FakeClock, RecordingCues, fire_timer

# Get ready 5 s, then hold 30 s on each side (a 5 s switch between).
ROUTINE = Routine("a11y", "Screen reader check", "mobility", "gentle", (
    Exercise("Bird dog", Hold(hold_s=30, per_side=True, switch_s=5),
             instructions=("On hands and knees, reach one arm and the other leg.",),
             prepare_s=5, rest_after_s=10),
    Exercise("Cat-cow", Hold(hold_s=20), prepare_s=0, rest_after_s=0),
))


def answer_every_question() -> None:
    """Nothing modal opens: the questions get the answers a person in a hurry gives."""
    from backcare_desktop.ui.programme import dialogs as programme_dialogs
    from backcare_desktop.ui.session import dialogs as session_dialogs
    from backcare_desktop.ui.shell import dialogs

    dialogs.show_first_run_notice = lambda *_a, **_k: None  # type: ignore[assignment]
    programme_dialogs.ask_first_plan = lambda *_a, **_k: None  # type: ignore[assignment]
    dialogs.confirm = lambda *_a, **_k: True  # type: ignore[assignment]
    session_dialogs.ask_pain = lambda *_a, **_k: None  # type: ignore[assignment]
    session_dialogs.show_session_summary = (  # type: ignore[assignment]
        lambda *_a, **_k: (None, None))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--real-clock", action="store_true")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSocketNotifier, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from backcare_desktop import app as app_module
    from backcare_desktop.paths import AppPaths

    answer_every_question()
    qapp = QApplication([sys.argv[0]])
    app_module.configure_application(qapp)
    clock: Clock = SystemClock() if args.real_clock else FakeClock()
    data = Path(args.data_dir)
    outcome = app_module.start(AppPaths(data_dir=data, log_dir=data / "logs"), clock=clock,
                               make_cues=lambda _repo: RecordingCues(),
                               make_notifier=lambda: None)
    if isinstance(outcome, int):
        return outcome
    running = outcome
    window = running.window

    def say(text: str) -> None:
        print(text, flush=True)

    def when_ready() -> None:
        if running.ready:
            say("ready")
        else:
            QTimer.singleShot(20, when_ready)

    def session_page() -> Any:
        return window.page("session")

    def run(line: str) -> None:
        command, _, rest = line.strip().partition(" ")
        if command == "start":
            running.ctx.events.start_routine.emit(ROUTINE)
        elif command == "advance" and isinstance(clock, FakeClock):
            for _ in range(int(rest)):
                clock.advance(1)
                fire_timer(window, "session-boundary")
                session_page().refresh()
        elif command == "key":
            # Keys go to the focused widget of the active window, as a person's would.
            window.activateWindow()
            if not QTest.qWaitForWindowActive(window, 5000):
                say("the window did not become active")
                return
            target = QApplication.focusWidget() or session_page()
            QTest.keyClick(target, getattr(Qt.Key, f"Key_{rest}"))
        elif command == "quit":
            say("ok")
            qapp.quit()
            return
        else:
            say(f"unknown command: {line.strip()}")
            return
        QApplication.processEvents()
        say("ok")

    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def read() -> None:
        line = sys.stdin.readline()
        if not line:  # the test went away
            stdin.setEnabled(False)
            qapp.quit()
            return
        run(line)

    stdin.activated.connect(read)
    when_ready()
    try:
        return qapp.exec()
    finally:
        running.shutdown()


if __name__ == "__main__":
    sys.exit(main())
