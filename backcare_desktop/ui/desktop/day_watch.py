"""Tells the app when a new local day begins, with one timer armed for midnight.

Qt timers count on the monotonic clock, which stops while the computer sleeps
(Linux, macOS) and never follows a clock set or a new time zone: so the timer is
armed again (``rearm``) whenever the clock or the time zone changed or the
computer woke, and a new day is told as soon as the local date is not the one
last seen, once. Where none of that is heard (Windows, a desktop without
logind), the timer waits at most ``LONGEST_WAIT_S`` before it looks again.

Signals:
    new_day(): the local date changed: emitted a few seconds after local
        midnight, or as soon as a clock change or a wake shows a new date.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from backcare_desktop.core.clock import Clock

MARGIN_S = 5
LONGEST_WAIT_S = 3600


def next_day_begins(now: datetime, margin_s: int = MARGIN_S) -> datetime:
    """The moment, a little after local midnight, the day after ``now`` begins."""
    return (now + timedelta(days=1)).replace(hour=0, minute=0, second=margin_s,
                                             microsecond=0)


def ms_until_next_day(clock: Clock, margin_s: int = MARGIN_S) -> int:
    now = clock.now()
    return max(1000, int((next_day_begins(now, margin_s) - now).total_seconds() * 1000))


class DayWatcher(QObject):
    new_day = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setObjectName("day-watch")
        self._timer.setSingleShot(True)
        # The default coarse timer is right here: a few ms either way is fine.
        self._timer.timeout.connect(self._look)
        self._day: date | None = None  # the date last seen; None while stopped
        self.due: datetime | None = None  # when the next day begins, as armed

    def start(self) -> None:
        self._day = self._clock.now().date()
        self._arm()

    def stop(self) -> None:
        self._timer.stop()
        self._day = self.due = None

    def rearm(self) -> bool:
        """The clock or the time zone changed, or the computer woke: tell a new day
        if the date changed, and arm for the next midnight. True when a new day was
        told. Nothing happens while the watcher is stopped."""
        return self._day is not None and self._look()

    @property
    def armed_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    @property
    def wait_ms(self) -> int:
        """The wait the timer was last armed with; -1 when it is not armed."""
        return self._timer.interval() if self._timer.isActive() else -1

    def _look(self) -> bool:
        today = self._clock.now().date()
        changed = today != self._day
        self._day = today
        self._arm()
        if changed:
            self.new_day.emit()
        return changed

    def _arm(self) -> None:
        self.due = next_day_begins(self._clock.now())
        self._timer.start(min(ms_until_next_day(self._clock), LONGEST_WAIT_S * 1000))
