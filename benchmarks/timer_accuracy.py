"""How precisely the guided session starts each phase, through the real Qt event loop.

Runs a real routine of just over a minute (tempo reps, holds, rests and a
breathing exercise: many short phases) with the app's SessionRunner on the
offscreen platform, records when each phase actually started on the monotonic
clock, and compares it with when it should have (the session's start plus the
planned durations). Then it runs again with the other CPU core kept busy by a
second process, and a third time with the exercise's figure drawn and moved at
the session page's frame rate, as a session shows it. It prints the largest
and the median lateness and the CPU time the process used. Target: every
boundary within 15 ms. It measures; it never fails on time.

    .venv/bin/python benchmarks/timer_accuracy.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from backcare_desktop.core.figures.in_session import shown_at
from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Reps, Routine
from backcare_desktop.core.routines.plan import expand
from backcare_desktop.core.session.engine import SessionEngine
from backcare_desktop.core.session.events import Finished, PhaseStarted
from backcare_desktop.ui.session.page import PACER_MS
from backcare_desktop.ui.session.runner import SessionRunner
from backcare_desktop.ui.shell.figure_view import FigureView

ROUTINE = Routine("bench", "Benchmark", "mixed", "moderate", (
    Exercise("Bridge", Reps(6, sets=2, rest_between_sets_s=4, move_s=1.5, hold_s=1,
                            return_s=1.5), prepare_s=3, rest_after_s=4),
    Exercise("Side plank", Hold(6, sets=1, per_side=True, switch_s=2), prepare_s=2,
             rest_after_s=3),
    Exercise("Box breathing", Breathing(2, 2, hold_in_s=1, hold_out_s=1, cycles=2),
             prepare_s=2),
))


# A fresh interpreter keeps the other core busy (forking a process with Qt in
# it is not safe).
BURN = "import time\nend = time.monotonic() + float(__import__('sys').argv[1])\n" \
       "while time.monotonic() < end:\n    pass\n"


def animate(engine: SessionEngine) -> tuple[FigureView, QTimer]:
    """The exercise's figure, moved with the timer as the session page moves it."""
    view = FigureView()
    view.resize(640, 480)
    view.show()
    exercises = engine.plan.routine.exercises

    def frame() -> None:
        now = engine.view()
        nxt = now.next_phase
        shown = shown_at(now.phase, exercises[now.phase.exercise_index], nxt,
                         None if nxt is None else exercises[nxt.exercise_index],
                         now.phase_elapsed_s)
        if shown is None:
            return
        if view.figure() is not shown.figure:
            view.set_figure(shown.figure, shown.pose)
        else:
            view.set_pose(shown.pose)

    timer = QTimer()
    timer.timeout.connect(frame)
    timer.start(PACER_MS)
    return view, timer


def run_once(app: QCoreApplication, *, moving: bool = False) -> tuple[list[float], float,
                                                                     float]:
    plan = expand(ROUTINE)
    engine = SessionEngine(plan, time.monotonic)
    runner = SessionRunner(engine)
    figure = animate(engine) if moving else None
    planned = []
    elapsed = 0.0
    for phase in plan.phases:
        planned.append(elapsed)
        elapsed += phase.duration_s or 0.0
    actual: dict[int, float] = {}

    def on_events(events: list[object]) -> None:
        now = time.monotonic()
        for event in events:
            if isinstance(event, PhaseStarted):
                actual.setdefault(event.index, now)
            if isinstance(event, Finished):
                actual[len(plan.phases)] = now
                app.quit()

    runner.events_happened.connect(on_events)
    cpu0 = time.process_time()
    start = time.monotonic()
    runner.start()
    app.exec()
    cpu = time.process_time() - cpu0
    planned.append(elapsed)
    lateness = [(actual[i] - start - planned[i]) * 1000 for i in sorted(actual)]
    runner.shutdown()
    if figure is not None:
        figure[1].stop()
        figure[0].hide()
    return lateness, cpu, elapsed


def report(label: str, lateness: list[float], cpu: float, length: float) -> None:
    worst = max(lateness, key=abs)
    print(f"{label}: {len(lateness)} boundaries over {length:.0f} s; "
          f"largest error {worst:+.2f} ms, median {statistics.median(lateness):+.2f} ms, "
          f"CPU {cpu * 1000:.0f} ms ({100 * cpu / length:.2f} % of one core)")


def main() -> int:
    app = QApplication(sys.argv[:1])
    quiet, cpu, length = run_once(app)
    report("idle machine     ", quiet, cpu, length)
    busy = subprocess.Popen([sys.executable, "-c", BURN, str(length + 10)])
    try:
        loaded, cpu2, _ = run_once(app)
    finally:
        busy.terminate()
        busy.wait()
    report("other core busy  ", loaded, cpu2, length)
    moving, cpu3, _ = run_once(app, moving=True)
    report("figure moving    ", moving, cpu3, length)
    worst = max(abs(x) for x in quiet + loaded + moving)
    print(f"worst of all three: {worst:.2f} ms (target: within 15 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
