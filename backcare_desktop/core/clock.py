"""The clocks the domain code reads, behind one small interface.

Sessions measure durations on a monotonic clock; reminders and records use the
wall clock with the local UTC offset. A session also compares the two to notice
that the computer slept (the monotonic clock stops then, the wall clock does
not). Production code passes ``SystemClock``; tests pass a fake they step by
hand.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards."""

    def now(self) -> datetime:
        """The local wall-clock time, timezone-aware."""

    def timestamp(self) -> float:
        """The wall-clock time in seconds since the epoch (it may jump)."""


class SystemClock:
    """The real clocks of this computer."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def timestamp(self) -> float:
        return time.time()
