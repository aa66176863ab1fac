"""The real app, started as ``app.main`` starts it, with a session driven from a test.

Run as ``python -m tests.session_app --data-dir DIR`` (offscreen is fine). It runs
``backcare_desktop.app.main`` itself (its signal handling, event loop and
shutdown), with a fake clock, silent cues, no desktop notifications and every
question answered as a person in a hurry would. It prints ``ready`` once the
window is up, then reads one command a line from its standard input and answers
each with ``ok`` once done:

    start           start the routine below (the session page shows it)
    advance N       let N seconds pass on the fake clock, one second at a time,
                    each followed by what the session's timers would do

Then the test sends it a signal, or closes its standard input to quit.
"""

from __future__ import annotations

import sys
from typing import Any

from backcare_desktop.core.routines.model import Exercise, Hold, Routine
from tests.a11y_app import answer_every_question
from tests.fakes import FakeClock, RecordingCues, fire_timer

# Get ready 5 s, hold 20 s, rest 10 s; then a hold of 30 s.
ROUTINE = Routine("signals", "Signal check", "mobility", "gentle", (
    Exercise("Bird dog", Hold(hold_s=20), prepare_s=5, rest_after_s=10),
    Exercise("Cat-cow", Hold(hold_s=30), prepare_s=0, rest_after_s=0),
))


def main(argv: list[str]) -> int:
    from backcare_desktop import app as app_module

    answer_every_question()
    clock = FakeClock()
    real_start = app_module.start

    def start(paths: Any, **kwargs: Any) -> Any:
        outcome = real_start(paths, clock=clock, make_cues=lambda _repo: RecordingCues(),
                             make_notifier=lambda: None, **kwargs)
        if isinstance(outcome, app_module.Running):
            drive(outcome, clock)
        return outcome

    app_module.start = start  # type: ignore[assignment]
    return app_module.main(argv)


def drive(running: Any, clock: FakeClock) -> None:
    from PySide6.QtCore import QSocketNotifier, QTimer
    from PySide6.QtWidgets import QApplication

    window = running.window

    def say(text: str) -> None:
        print(text, flush=True)

    def when_ready() -> None:
        if running.ready:
            say("ready")
        else:
            QTimer.singleShot(20, window, when_ready)

    def run(line: str) -> None:
        command, _, rest = line.strip().partition(" ")
        if command == "start":
            running.ctx.events.start_routine.emit(ROUTINE)
        elif command == "advance":
            for _ in range(int(rest)):
                clock.advance(1)
                fire_timer(window, "session-boundary")
        else:
            say(f"unknown command: {line.strip()}")
            return
        QApplication.processEvents()
        say("ok")

    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, window)

    def read() -> None:
        line = sys.stdin.readline()
        if not line:  # the test went away
            stdin.setEnabled(False)
            window.quit()
            return
        run(line)

    stdin.activated.connect(read)
    when_ready()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
