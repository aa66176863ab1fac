"""The daily pain check-in, shown the way drink reminders are.

Never during a session (which asks about pain itself).

Signals:
    shown(str): the check-in was shown, and where: "notification", "tray" or
        "banner".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from backcare_desktop.ui.desktop.notifications import Notifier
from backcare_desktop.ui.desktop.reminder_banner import ReminderBanner
from backcare_desktop.ui.desktop.tray import Tray
from backcare_desktop.ui.shell.context import SessionStatus

CHECKIN_TITLE = "Daily check-in"


class CheckInDelivery(QObject):
    shown = Signal(str)

    def __init__(self, *, banner: ReminderBanner, notifier: Notifier | None,
                 tray: Tray | None, session: SessionStatus,
                 log_pain: Callable[[], None], open_window: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._banner, self._notifier, self._tray = banner, notifier, tray
        self._session = session
        self._log_pain, self._open_window = log_pain, open_window
        self._notified = False  # a check-in notification is out (its buttons are ours)
        banner.log_pain.connect(log_pain)
        if notifier is not None:
            notifier.action_invoked.connect(self._notification_action)

    def deliver(self, text: str) -> bool:
        if self._session.active:
            return False
        if self._notifier is not None and self._notifier.show(CHECKIN_TITLE, text, [
                ("log", "Log pain…"), ("default", "Open BackCare")]):
            self._notified = True
            where = "notification"
        elif self._tray is not None:
            self._tray.message(CHECKIN_TITLE, text)
            where = "tray"
        else:
            self._banner.show_checkin(text)
            where = "banner"
        self.shown.emit(where)
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
