"""Tells the app when the wall clock is set or the time zone changes.

Reminders are due at wall-clock times, but Qt timers count on the monotonic
clock, so a clock change would leave a timer armed for the wrong moment.

- Clock set (Linux): a ``timerfd`` on CLOCK_REALTIME armed with
  TFD_TIMER_CANCEL_ON_SET wakes us the moment anyone sets the clock; it costs
  nothing while nothing happens.
- Time zone (Linux and other Unix): a file watcher on ``/etc/localtime``.
- Elsewhere these stay silent; the reminder timer still re-checks the
  schedule when it fires and after every wake from sleep, and the midnight
  watcher looks at the date at least once an hour.

A running session never listens here: setting the clock does not pause it.

Signals:
    changed(): the clock or time zone changed; re-read local times.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QSocketNotifier, Signal

log = logging.getLogger(__name__)

ZONE_FILE = Path("/etc/localtime")

_CLOCK_REALTIME = 0
_TFD_NONBLOCK = os.O_NONBLOCK
_TFD_CLOEXEC = os.O_CLOEXEC
_TFD_TIMER_ABSTIME = 1
_TFD_TIMER_CANCEL_ON_SET = 2
_FAR_FUTURE_S = 10 * 365 * 86400


class _Timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]


class _Itimerspec(ctypes.Structure):
    _fields_ = [("it_interval", _Timespec), ("it_value", _Timespec)]


class ClockWatch(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None, *, zone_file: Path = ZONE_FILE) -> None:
        super().__init__(parent)
        self._fd = -1
        self._notifier: QSocketNotifier | None = None
        self._libc: ctypes.CDLL | None = None
        if sys.platform.startswith("linux"):
            self._open_timerfd()
        self._zone_file = zone_file
        self._watcher = QFileSystemWatcher(self)
        if zone_file.exists():
            self._watcher.addPath(str(zone_file))
        self._watcher.fileChanged.connect(self._zone_changed)

    @property
    def watches_clock(self) -> bool:
        return self._fd >= 0

    @property
    def watches_zone(self) -> bool:
        return bool(self._watcher.files())

    # -- clock set --------------------------------------------------------------------

    def _open_timerfd(self) -> None:
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
            fd = libc.timerfd_create(_CLOCK_REALTIME, _TFD_NONBLOCK | _TFD_CLOEXEC)
        except (OSError, AttributeError) as exc:
            log.info("cannot watch for clock changes: %s", exc)
            return
        if fd < 0:
            log.info("cannot watch for clock changes: %s", os.strerror(ctypes.get_errno()))
            return
        self._libc, self._fd = libc, fd
        if not self._arm():
            self.close()
            return
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._clock_set)

    def _arm(self) -> bool:
        assert self._libc is not None
        spec = _Itimerspec()
        spec.it_value.tv_sec = int(time.time()) + _FAR_FUTURE_S
        flags = _TFD_TIMER_ABSTIME | _TFD_TIMER_CANCEL_ON_SET
        if self._libc.timerfd_settime(self._fd, flags, ctypes.byref(spec), None) != 0:
            log.info("cannot watch for clock changes: %s", os.strerror(ctypes.get_errno()))
            return False
        return True

    def _clock_set(self) -> None:
        try:
            os.read(self._fd, 8)
        except BlockingIOError:
            return
        except OSError as exc:
            if exc.errno != errno.ECANCELED:
                raise
        log.info("the system clock was set")
        self._arm()
        self.changed.emit()

    # -- time zone ----------------------------------------------------------------------

    def _zone_changed(self, path: str) -> None:
        # Tools replace the file (or its link) rather than edit it, which ends
        # the watch: watch the new one.
        if path not in self._watcher.files() and Path(path).exists():
            self._watcher.addPath(path)
        if hasattr(time, "tzset"):
            time.tzset()
        log.info("the time zone changed")
        self.changed.emit()

    def close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
