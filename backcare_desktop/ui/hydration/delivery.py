"""Where a due drink reminder is shown, and what its buttons do.

Signals:
    shown(str): a reminder was shown, and where: "session", "notification",
        "tray" or "banner".

In order of preference:
1. during a session, a quiet note on the session page (never a popup);
2. a desktop notification with "I drank a glass" and "Snooze" buttons;
3. a message from the tray icon (Windows and macOS, or no notification service);
4. a banner in the window, with an optional soft tone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from backcare_desktop.ui.desktop.notifications import Notifier
from backcare_desktop.ui.desktop.reminder_banner import SNOOZE_FROM_BANNER_MIN, ReminderBanner
from backcare_desktop.ui.desktop.tray import Tray
from backcare_desktop.ui.hydration.reminders import Hydration
from backcare_desktop.ui.shell.context import SessionStatus

if TYPE_CHECKING:
    from backcare_desktop.storage.repository import Repository

log = logging.getLogger(__name__)

TITLE = "Time for some water"
TAG = "water"  # this reminder's notifications, apart from the check-in's


class ReminderDelivery(QObject):
    shown = Signal(str)

    def __init__(self, hydration: Hydration, *, banner: ReminderBanner,
                 notifier: Notifier | None, tray: Tray | None,
                 session: SessionStatus, open_window: Callable[[], None],
                 chime: Callable[[], None], prefs: Repository,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hydration = hydration
        self._banner = banner
        self._notifier = notifier
        self._tray = tray
        self._session = session
        self._open_window = open_window
        self._chime = chime
        self._prefs = prefs
        hydration.reminder_due.connect(self.deliver)
        hydration.drink_logged.connect(self.withdraw)
        banner.drank.connect(hydration.log_glass)
        banner.snooze.connect(hydration.snooze)
        if notifier is not None:
            notifier.action_invoked.connect(self._notification_action)
            notifier.failed.connect(self._not_notified)

    def deliver(self, text: str) -> None:
        if self._session.post_note(text):
            where = "session"
        elif self._notifier is not None and self._notifier.show(TAG, TITLE, text, [
                ("drank", "I drank a glass"),
                ("snooze", f"Snooze {SNOOZE_FROM_BANNER_MIN} min"),
                ("default", "Open BackCare")]):
            where = "notification"
        else:
            where = self._fallback(text)
        log.info("drink reminder shown by %s", where)
        self.shown.emit(where)

    def _not_notified(self, tag: str, _title: str, text: str) -> None:
        """The notification service did not show it after all: use the fallback."""
        if tag == TAG:
            where = self._fallback(text)
            log.info("drink reminder shown by %s instead", where)
            self.shown.emit(where)

    def _fallback(self, text: str) -> str:
        if self._tray is not None:
            self._tray.message(TITLE, text)
            return "tray"
        self._banner.show_reminder(text)
        if self._prefs.get_setting("reminder_sound"):
            self._chime()
        return "banner"

    def withdraw(self) -> None:
        """A drink was logged: take any shown reminder away."""
        self._banner.hide()
        self._session.withdraw_note()
        if self._notifier is not None:
            self._notifier.withdraw(TAG)

    def _notification_action(self, tag: str, key: str) -> None:
        if tag != TAG:
            return
        if key == "drank":
            self._hydration.log_glass()
        elif key == "snooze":
            self._hydration.snooze(SNOOZE_FROM_BANNER_MIN)
        else:
            self._open_window()
