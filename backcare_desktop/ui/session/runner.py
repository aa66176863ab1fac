"""Drives a ``SessionEngine`` from the Qt event loop with one precise timer.

The timer is armed for the engine's next deadline (a countdown second or a
phase end) and nothing else runs: no ticks are counted, and while the session
is paused or waiting for the person no timer is armed at all.

If the wall clock jumps far ahead of the monotonic clock between two looks,
the computer was asleep (on Linux the monotonic clock stops during suspend):
the session is paused and says why.

Signals:
    events_happened(list): the engine's events, in order, as they happen.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from backcare_desktop.core.clock import Clock, SystemClock
from backcare_desktop.core.session.engine import SessionEngine
from backcare_desktop.core.session.events import Event, State
from backcare_desktop.core.vocabulary import StopReason

SLEEP_GAP_S = 20.0
ASLEEP = "The session paused because the computer went to sleep."


class SessionRunner(QObject):
    events_happened = Signal(object)  # a list of events, passed through unconverted

    def __init__(self, engine: SessionEngine, clock: Clock | None = None, *,
                 parent: QObject | None = None) -> None:
        """``clock`` should be the one ``engine`` reads (default: the real clocks)."""
        super().__init__(parent)
        self.engine = engine
        self._clock = clock or SystemClock()
        self._timer = QTimer(self)
        self._timer.setObjectName("session-boundary")
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.wake)
        self._last_look = self._look()

    # -- operations: each forwards the engine's events and re-arms ---------------

    def start(self) -> None:
        self._do(self.engine.start)

    def pause(self, reason: str | None = None) -> None:
        self._do(lambda: self.engine.pause(reason))

    def resume(self) -> None:
        self._do(self.engine.resume)

    def toggle_pause(self) -> None:
        if self.engine.state is State.RUNNING:
            self.pause()
        elif self.engine.state is State.PAUSED:
            self.resume()

    def next_phase(self) -> None:
        self._do(self.engine.next_phase)

    def previous_phase(self) -> None:
        self._do(self.engine.previous_phase)

    def skip_exercise(self) -> None:
        self._do(self.engine.skip_exercise)

    def count_rep(self) -> None:
        self._do(self.engine.count_rep)

    def stop(self, reason: StopReason) -> None:
        self._do(lambda: self.engine.stop(reason))

    def shutdown(self) -> None:
        self._timer.stop()

    @property
    def armed_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    # -- inside -------------------------------------------------------------------

    def wake(self) -> None:
        """The timer fired (or the display looked): report what has happened."""
        if self.check_for_sleep():
            return
        self._do(self.engine.poll)

    def check_for_sleep(self) -> bool:
        mono, wall = self._look()
        last_mono, last_wall = self._last_look
        self._last_look = (mono, wall)
        if self.engine.state is State.RUNNING and (wall - last_wall) - (mono - last_mono) > (
                SLEEP_GAP_S):
            self.pause(ASLEEP)
            return True
        return False

    def _do(self, operation: Callable[[], list[Event]]) -> None:
        if self.engine.state in (State.FINISHED, State.STOPPED):
            return
        events = operation()
        self._last_look = self._look()
        self._arm()
        if events:
            self.events_happened.emit(events)

    def _look(self) -> tuple[float, float]:
        return self._clock.monotonic(), self._clock.timestamp()

    def _arm(self) -> None:
        deadline = self.engine.next_deadline()
        if deadline is None:
            self._timer.stop()
            return
        # Round up: when the timer fires, the deadline has passed.
        self._timer.start(max(0, math.ceil((deadline - self._clock.monotonic()) * 1000)))
