"""Where a due drink reminder is shown, and what its buttons do.

In order of preference:
1. during a session, a quiet note on the session page (never a popup);
2. a desktop notification with "I drank a glass" and "Snooze" buttons;
3. a message from the tray icon (Windows and macOS, or no notification service);
4. a banner in the window, with an optional soft tone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from backcare_desktop.ui.desktop.notifications import Notifier
from backcare_desktop.ui.desktop.reminder_banner import SNOOZE_FROM_BANNER_MIN, ReminderBanner
from backcare_desktop.ui.desktop.tray import Tray
from backcare_desktop.ui.hydration.reminders import Hydration

log = logging.getLogger(__name__)

TITLE = "Time for some water"


class ReminderDelivery(QObject):
    def __init__(self, hydration: Hydration, *, banner: ReminderBanner,
                 notifier: Notifier | None, tray: Tray | None,
                 session_page: Callable[[], Any], open_window: Callable[[], None],
                 chime: Callable[[], None], prefs: Any,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hydration = hydration
        self._banner = banner
        self._notifier = notifier
        self._tray = tray
        self._session_page = session_page
        self._open_window = open_window
        self._chime = chime
        self._prefs = prefs
        self.shown_by: list[str] = []  # where each reminder went, newest last
        hydration.reminder_due.connect(self.deliver)
        hydration.drink_logged.connect(self.withdraw)
        banner.drank.connect(hydration.log_glass)
        banner.snooze.connect(hydration.snooze)
        if notifier is not None:
            notifier.action_invoked.connect(self._notification_action)

    def deliver(self, text: str) -> None:
        page = self._session_page()
        if page is not None and page.active:
            page.show_water_note(text)
            self.shown_by.append("session")
        elif self._notifier is not None and self._notifier.show(TITLE, text, [
                ("drank", "I drank a glass"),
                ("snooze", f"Snooze {SNOOZE_FROM_BANNER_MIN} min"),
                ("default", "Open BackCare")]):
            self.shown_by.append("notification")
        elif self._tray is not None:
            self._tray.message(TITLE, text)
            self.shown_by.append("tray")
        else:
            self._banner.show_reminder(text)
            if self._prefs.get_setting("reminder_sound"):
                self._chime()
            self.shown_by.append("banner")
        log.info("drink reminder shown by %s", self.shown_by[-1])

    def withdraw(self) -> None:
        """A drink was logged: take any shown reminder away."""
        self._banner.hide()
        page = self._session_page()
        if page is not None:
            page.clear_water_note()
        if self._notifier is not None:
            self._notifier.withdraw()

    def _notification_action(self, key: str) -> None:
        if key == "drank":
            self._hydration.log_glass()
        elif key == "snooze":
            self._hydration.snooze(SNOOZE_FROM_BANNER_MIN)
        else:
            self._open_window()


CHECKIN_TITLE = "Daily check-in"


class CheckInDelivery(QObject):
    """Shows the daily pain check-in the way drink reminders are shown; never during
    a session (which asks about pain itself)."""

    def __init__(self, *, banner: ReminderBanner, notifier: Notifier | None,
                 tray: Tray | None, session_page: Callable[[], Any],
                 log_pain: Callable[[], None], open_window: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._banner, self._notifier, self._tray = banner, notifier, tray
        self._session_page = session_page
        self._log_pain, self._open_window = log_pain, open_window
        self.shown_by: list[str] = []
        self._notified = False  # a check-in notification is out (its buttons are ours)
        banner.log_pain.connect(log_pain)
        if notifier is not None:
            notifier.action_invoked.connect(self._notification_action)

    def deliver(self, text: str) -> bool:
        page = self._session_page()
        if page is not None and page.active:
            return False
        if self._notifier is not None and self._notifier.show(CHECKIN_TITLE, text, [
                ("log", "Log pain…"), ("default", "Open BackCare")]):
            self._notified = True
            self.shown_by.append("notification")
        elif self._tray is not None:
            self._tray.message(CHECKIN_TITLE, text)
            self.shown_by.append("tray")
        else:
            self._banner.show_checkin(text)
            self.shown_by.append("banner")
        return True

    def withdraw(self) -> None:
        """Pain was logged: the question is answered."""
        if self._notifier is not None and self._notified:
            self._notifier.withdraw()
            self._notified = False
        if self._banner.isVisible() and self._banner.log_pain_button.isVisible():
            self._banner.hide()

    def _notification_action(self, key: str) -> None:
        if not self._notified or key not in ("log", "default"):
            return
        self._notified = False
        self._open_window()
        if key == "log":
            self._log_pain()
