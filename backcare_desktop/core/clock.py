"""The clocks the domain code reads, behind one small interface.

Sessions measure durations on a monotonic clock; reminders and records use the
wall clock with the local UTC offset. The session runner also reads a clock
that keeps counting while the computer sleeps, to notice that its event loop
did not run for a while (the computer slept or the app was stopped): whether
the monotonic clock counts sleep differs by platform (it stops on Linux and
macOS, it runs on Windows), and the wall clock may be set at any moment.
Production code passes ``SystemClock``; tests pass a fake they step by hand.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds on a clock that never goes backwards."""

    def boottime(self) -> float:
        """Seconds on a clock that never goes backwards and keeps counting while
        the computer sleeps."""

    def now(self) -> datetime:
        """The local wall-clock time, timezone-aware."""

    def timestamp(self) -> float:
        """The wall-clock time in seconds since the epoch (it may jump)."""


if sys.platform == "win32":
    import ctypes

    _tick_count = ctypes.windll.kernel32.GetTickCount64
    _tick_count.restype = ctypes.c_uint64

    def _boottime() -> float:
        # Milliseconds since the system started, time asleep included.
        return float(_tick_count()) / 1000.0

elif sys.platform == "darwin":

    def _boottime() -> float:
        # On macOS CLOCK_MONOTONIC counts sleep (time.monotonic does not).
        return time.clock_gettime(time.CLOCK_MONOTONIC)

elif sys.platform == "linux":

    def _boottime() -> float:
        return time.clock_gettime(time.CLOCK_BOOTTIME)

else:

    def _boottime() -> float:
        return time.monotonic()


class SystemClock:
    """The real clocks of this computer."""

    def monotonic(self) -> float:
        return time.monotonic()

    def boottime(self) -> float:
        return _boottime()

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def timestamp(self) -> float:
        return time.time()
