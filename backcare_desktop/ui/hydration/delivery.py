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
from backcare_desktop.ui.desktop.outlets import Outlets
from backcare_desktop.ui.desktop.reminder_banner import SNOOZE_FROM_BANNER_MIN, ReminderBanner
from backcare_desktop.ui.desktop.tray import Tray
from backcare_desktop.ui.hydration.reminders import Hydration
from backcare_desktop.ui.shell.context import SessionStatus

if TYPE_CHECKING:
    from backcare_desktop.storage.repository import Repository

log = logging.getLogger(__name__)

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
        self._session = session
        self._open_window = open_window
        self._chime = chime
        self._prefs = prefs
        self._outlets = Outlets(TAG, notifier=notifier, tray=tray,
                                show_banner=banner.show_reminder, chime=self._soft_tone,
                                parent=self)
        self._outlets.shown_instead.connect(self._shown_instead)
        self._outlets.action.connect(self._notification_action)
        hydration.reminder_due.connect(self.deliver)
        hydration.drink_logged.connect(self.withdraw)
        banner.drank.connect(hydration.log_glass)
        banner.snooze.connect(hydration.snooze)

    def deliver(self, text: str) -> None:
        if self._session.post_note(text):
            where = "session"
        else:
            where = self._outlets.show(self.tr("Time for some water"), text, [
                ("drank", self.tr("I drank a glass")),
                ("snooze", self.tr("Snooze {minutes} min").format(
                    minutes=SNOOZE_FROM_BANNER_MIN)),
                ("default", self.tr("Open BackCare"))])
        log.info("drink reminder shown by %s", where)
        self.shown.emit(where)

    def _shown_instead(self, where: str) -> None:
        """The notification service did not show it after all: the fallback did."""
        log.info("drink reminder shown by %s instead", where)
        self.shown.emit(where)

    def _soft_tone(self) -> None:
        if self._prefs.get_setting("reminder_sound"):
            self._chime()

    def withdraw(self) -> None:
        """A drink was logged: take any shown reminder away."""
        self._banner.hide()
        self._session.withdraw_note()
        self._outlets.withdraw_notification()

    def _notification_action(self, key: str) -> None:
        if key == "drank":
            self._hydration.log_glass()
        elif key == "snooze":
            self._hydration.snooze(SNOOZE_FROM_BANNER_MIN)
        else:
            self._open_window()
