"""Arming a single-shot timer for a moment on the wall clock (reminders)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer

LONGEST_WAIT_MS = 2**31 - 1  # what a QTimer can hold (about 24 days)


def arm_for(timer: QTimer, due: datetime, now: datetime) -> None:
    """Start ``timer`` to fire at ``due`` (at once if that is past; a long wait is
    cut to what a QTimer holds, and the timer re-checks when it fires).

    A reminder a second late does not matter, and a coarse timer lets the system
    group wake-ups. (Qt's enums are touched only here, after start-up: building
    them costs start-up time.)
    """
    from PySide6.QtCore import Qt

    timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
    wait_ms = int((due - now).total_seconds() * 1000)
    timer.start(min(max(wait_ms, 0), LONGEST_WAIT_MS))
