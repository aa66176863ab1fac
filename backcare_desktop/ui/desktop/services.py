"""The app's contact with the desktop, made once at start-up.

The banner and the midnight watcher exist from the start; the tray, the
clock/time-zone watcher and the sleep/screen-lock listener are brought up once
the window is on screen (``bring_up``), so the first frame never waits for
D-Bus. A clock set, a new time zone or a wake re-arms the midnight watcher
(which tells a new day at once if the date changed) before anything else hears
that time moved.

Signals:
    time_moved(): the wall clock or time zone changed, a new day began, or the
        computer woke: anything armed for a wall-clock moment must re-arm.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from backcare_desktop.core.clock import Clock
from backcare_desktop.core.words import QT_TRANSLATE_NOOP
from backcare_desktop.ui.desktop.day_watch import DayWatcher
from backcare_desktop.ui.desktop.reminder_banner import ReminderBanner

if TYPE_CHECKING:
    from backcare_desktop.ui.desktop.background import Background
    from backcare_desktop.ui.desktop.clock_watch import ClockWatch
    from backcare_desktop.ui.desktop.notifications import Notifier
    from backcare_desktop.ui.desktop.system_watch import SystemWatch
    from backcare_desktop.ui.desktop.tray import Tray
    from backcare_desktop.ui.shell.context import SessionStatus
    from backcare_desktop.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

SCREEN_LOCKED = QT_TRANSLATE_NOOP("Services", "The session paused because the screen was locked.")
GOING_TO_SLEEP = QT_TRANSLATE_NOOP(
    "Services", "The session paused because the computer went to sleep.")


class DesktopServices(QObject):
    time_moved = Signal()

    def __init__(self, window: MainWindow, clock: Clock,
                 make_notifier: Callable[[], Notifier | None]) -> None:
        super().__init__(window)
        self._window = window
        self._make_notifier = make_notifier
        self._notifier: Notifier | None = None
        self._notifier_made = False
        self.banner = ReminderBanner()
        window.set_banner(self.banner)
        self.day_watch = DayWatcher(clock, window)
        self._background: Background | None = None
        self.day_watch.new_day.connect(self.time_moved)
        self.tray: Tray | None = None
        self.clock_watch: ClockWatch | None = None
        self.system_watch: SystemWatch | None = None
        self._closers: list[Callable[[], None]] = [self.day_watch.stop]

    def notifier(self) -> Notifier | None:
        """The sender of desktop notifications (one for the app, made when first
        asked for), or None where the desktop has none."""
        if not self._notifier_made:
            self._notifier_made = True
            self._notifier = self._make_notifier()
            if self._notifier is not None:
                self._closers.append(self._notifier.close)
        return self._notifier

    def bring_up(self, session: SessionStatus) -> None:
        """Tray, clock and sleep watchers: called once the window is on screen."""
        from backcare_desktop.ui.desktop.clock_watch import ClockWatch
        from backcare_desktop.ui.desktop.system_watch import SystemWatch
        from backcare_desktop.ui.desktop.tray import Tray, tray_available

        if tray_available():
            from backcare_desktop.ui.shell.icons import app_icon

            tray = Tray(app_icon(), self._window)
            tray.open_window.connect(self._window.bring_to_front)
            tray.quit_requested.connect(self._window.quit)
            tray.show()
            self.tray = tray
            self._closers.append(tray.close)
        clocks = ClockWatch(self._window)
        clocks.changed.connect(self.clock_moved)
        self._closers.append(clocks.close)
        self.clock_watch = clocks
        watch = SystemWatch(self._window)
        watch.woke.connect(self.clock_moved)
        watch.screen_locked.connect(lambda: session.pause_requested.emit(
            QCoreApplication.translate("Services", SCREEN_LOCKED)))
        watch.going_to_sleep.connect(lambda: session.pause_requested.emit(
            QCoreApplication.translate("Services", GOING_TO_SLEEP)))
        self.system_watch = watch

    def clock_moved(self) -> None:
        """The clock was set, the time zone changed or the computer woke: re-arm the
        midnight watcher, then tell whatever waits for a wall-clock moment (once: a
        new day tells it too)."""
        if not self.day_watch.rearm():
            self.time_moved.emit()

    @property
    def background(self) -> Background:
        """Work on a worker thread (made when first needed, after start-up)."""
        if self._background is None:
            from backcare_desktop.ui.desktop.background import Background

            self._background = Background(self._window)
        return self._background

    def close(self) -> None:
        """Stop the watchers, take the tray icon away and let work on a worker
        thread finish (for at most half a minute)."""
        for close in reversed(self._closers):
            close()
        self._closers.clear()
        if self._background is not None and not self._background.wait(30.0):
            log.error("work on a worker thread did not finish in 30 s; quitting without it")


def default_notifier() -> Notifier | None:
    """Desktop notifications through D-Bus on Linux and other free desktops."""
    import sys

    if sys.platform in ("win32", "darwin"):
        return None
    from backcare_desktop.ui.desktop.notifications import DBusNotifier

    return DBusNotifier()
