"""Drives a ``SessionEngine`` from the Qt event loop with one precise timer.

The boundary timer is armed for the engine's next deadline (a countdown second
or a phase end); no ticks are counted. While the session runs, a coarse
heartbeat also gives the runner a turn at least every ``HEARTBEAT_MS``; while
it is paused, waiting to start or over, no timer is armed at all.

A gap in the event loop (the computer slept, or the process was stopped) shows
as a timer firing long after it was due: on the monotonic clock where that
counts sleep (Windows) or the process was stopped, and on the clock that counts
sleep (``Clock.boottime``) everywhere. Each timer compares the moment it was due
with the moment it fired on both; an operation or a look at the display
compares now with the heartbeat's due moment the same way. Then the session is
paused from its last turn, the moment the gap began, so no step is counted as
done during the sleep, and says why. The wall clock plays no part: setting the
clock or changing the time zone never pauses a session.

Signals:
    events_happened(list): the engine's events, in order, as they happen.
    slept(): a gap in the event loop paused the session; anything armed for a
        wall-clock moment should look again (no wake signal may have come).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from backcare_desktop.core.clock import Clock, SystemClock
from backcare_desktop.core.session.engine import GET_READY_AFTER_PAUSE_S, SessionEngine
from backcare_desktop.core.session.events import Event, State
from backcare_desktop.core.vocabulary import StopReason

log = logging.getLogger(__name__)

HEARTBEAT_MS = 1000
# A turn this much later than due means the event loop did not run: shorter
# stalls (a slow disk write) are left alone, longer ones pause the session.
GAP_S = 10.0


def asleep_text() -> str:
    return QCoreApplication.translate(
        "SessionRunner", "The session paused because the computer went to sleep.")


@dataclass(frozen=True)
class _Due:
    """When a timer should fire, on the monotonic and the sleep-counting clock."""

    mono: float
    boot: float


class SessionRunner(QObject):
    events_happened = Signal(object)  # a list of events, passed through unconverted
    slept = Signal()  # a gap in the event loop paused the session (the computer slept)

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
        self._heartbeat = QTimer(self)
        self._heartbeat.setObjectName("session-heartbeat")
        self._heartbeat.setSingleShot(True)
        self._heartbeat.setTimerType(Qt.TimerType.CoarseTimer)
        self._heartbeat.timeout.connect(self.beat)
        self._boundary_due: _Due | None = None
        self._heartbeat_due: _Due | None = None
        self._last_turn = self._clock.monotonic()

    # -- operations: each forwards the engine's events and re-arms ---------------

    def start(self) -> None:
        self._do(self.engine.start)

    def pause(self, reason: str | None = None) -> None:
        self._do(lambda: self.engine.pause(reason))

    def resume(self, get_ready_s: float = GET_READY_AFTER_PAUSE_S) -> None:
        """Go on after a short get-ready (the step stands still that long)."""
        self._do(lambda: self.engine.resume(get_ready_s))

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
        self._heartbeat.stop()
        self._boundary_due = self._heartbeat_due = None

    @property
    def armed_ms(self) -> int:
        """Milliseconds until the boundary timer fires; -1 when it is not armed."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    @property
    def heartbeat_armed(self) -> bool:
        return self._heartbeat.isActive()

    # -- the timers and the display ------------------------------------------------

    def wake(self) -> None:
        """The boundary timer fired: report what has happened."""
        if self._notice_gap(self._boundary_due):
            return
        self._apply(self.engine.poll)

    def beat(self) -> None:
        """The heartbeat fired: the event loop runs; note the turn."""
        if self._notice_gap(self._heartbeat_due):
            return
        self._last_turn = self._clock.monotonic()
        self._arm_heartbeat()

    def check_for_sleep(self) -> bool:
        """The display is about to read the clock: if the event loop stopped since
        the last turn, pause from then and say why (True then)."""
        return self._notice_gap(self._heartbeat_due)

    # -- inside -------------------------------------------------------------------

    def _do(self, operation: Callable[[], list[Event]]) -> None:
        """An operation asked for: first pause from a gap, if one came before it."""
        if self.engine.state in (State.FINISHED, State.STOPPED):
            return
        self._notice_gap(self._heartbeat_due)
        self._apply(operation)

    def _apply(self, operation: Callable[[], list[Event]]) -> None:
        events = operation()
        self._last_turn = self._clock.monotonic()
        self._arm()
        if events:
            self.events_happened.emit(events)

    def _notice_gap(self, due: _Due | None) -> bool:
        """Pause from the last turn if the turn that is due came much too late."""
        if due is None or self.engine.state is not State.RUNNING:
            return False
        late = max(self._clock.monotonic() - due.mono, self._clock.boottime() - due.boot)
        if late <= GAP_S:
            return False
        log.info("the event loop did not run for %.0f s: the session pauses", late)
        began = self._last_turn
        self._apply(lambda: self.engine.pause(asleep_text(), at=began))
        self.slept.emit()
        return True

    def _due_in(self, ms: int) -> _Due:
        return _Due(self._clock.monotonic() + ms / 1000, self._clock.boottime() + ms / 1000)

    def _arm(self) -> None:
        self._arm_heartbeat()
        deadline = self.engine.next_deadline()
        if deadline is None:
            self._timer.stop()
            self._boundary_due = None
            return
        # Round up: when the timer fires, the deadline has passed.
        ms = max(0, math.ceil((deadline - self._clock.monotonic()) * 1000))
        self._timer.start(ms)
        self._boundary_due = self._due_in(ms)

    def _arm_heartbeat(self) -> None:
        if self.engine.state is State.RUNNING:
            self._heartbeat.start(HEARTBEAT_MS)
            self._heartbeat_due = self._due_in(HEARTBEAT_MS)
        else:
            self._heartbeat.stop()
            self._heartbeat_due = None
