"""Hears, over D-Bus, when the screen locks or the computer is about to sleep.

Listens for ``ActiveChanged(true)`` from the desktop's screen saver
(org.freedesktop.ScreenSaver, and GNOME's own name for it) on the session
bus, and for ``PrepareForSleep(true)`` from systemd-logind on the system bus.
Where a bus is missing (Windows, macOS, a bare session) it stays silent: a
running session still notices a sleep afterwards by its own timers firing late
(``ui/session/runner.py``), and the midnight watcher looks again within the hour.

Signals:
    screen_locked(): the screen was locked.
    going_to_sleep(): the computer is about to suspend.
    woke(): the computer has just resumed from suspend.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import SLOT, QObject, Signal, Slot

log = logging.getLogger(__name__)

SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class SystemWatch(QObject):
    screen_locked = Signal()
    going_to_sleep = Signal()
    woke = Signal()

    def __init__(self, parent: QObject | None = None, *, session_bus: object = None,
                 system_bus: object = None) -> None:
        super().__init__(parent)
        from PySide6.QtDBus import QDBusConnection

        session = session_bus or QDBusConnection.sessionBus()
        system = system_bus or QDBusConnection.systemBus()
        self.listening: list[str] = []
        if session.isConnected():  # type: ignore[attr-defined]
            for path, interface in SCREEN_SAVERS:
                if session.connect("", path, interface, "ActiveChanged", self,  # type: ignore[attr-defined]
                                   SLOT("_screen_saver(bool)")):
                    self.listening.append(interface)
        if system.isConnected() and system.connect(  # type: ignore[attr-defined]
                "org.freedesktop.login1", "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager", "PrepareForSleep", self,
                SLOT("_sleep(bool)")):
            self.listening.append("org.freedesktop.login1.Manager")
        log.debug("listening for screen lock and sleep on: %s", self.listening)

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()

    @Slot(bool)
    def _sleep(self, going: bool) -> None:
        if going:
            self.going_to_sleep.emit()
        else:
            self.woke.emit()
