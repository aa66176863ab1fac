"""Tells the app when a new local day begins, with one timer armed for midnight.

Signals:
    new_day(): emitted a few seconds after local midnight.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from backcare_desktop.core.clock import Clock


def ms_until_next_day(clock: Clock, margin_s: int = 5) -> int:
    now = clock.now()
    tomorrow = (now + timedelta(days=1)).replace(
        hour=0, minute=0, second=margin_s, microsecond=0
    )
    return max(1000, int((tomorrow - now).total_seconds() * 1000))


class DayWatcher(QObject):
    new_day = Signal()

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # The default coarse timer is right here: a few ms either way is fine.
        self._timer.timeout.connect(self._fire)

    def start(self) -> None:
        self._timer.start(ms_until_next_day(self._clock))

    def stop(self) -> None:
        self._timer.stop()

    @property
    def armed_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def _fire(self) -> None:
        self.new_day.emit()
        self.start()
