"""The clocks the domain code reads, behind one small interface.

Sessions measure durations on a monotonic clock; reminders and records use the
wall clock with the local UTC offset. Production code passes ``SystemClock``;
tests pass a fake they step by hand.
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


class SystemClock:
    """The real clocks of this computer."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now().astimezone()
