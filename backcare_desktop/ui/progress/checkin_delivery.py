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
TAG = "checkin"  # the check-in's notifications, apart from the drink reminder's


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
        banner.log_pain.connect(log_pain)
        if notifier is not None:
            notifier.action_invoked.connect(self._notification_action)
            notifier.failed.connect(self._not_notified)

    def deliver(self, text: str) -> bool:
        if self._session.active:
            return False
        if self._notifier is not None and self._notifier.show(TAG, CHECKIN_TITLE, text, [
                ("log", "Log pain…"), ("default", "Open BackCare")]):
            where = "notification"
        else:
            where = self._fallback(text)
        self.shown.emit(where)
        return True

    def _not_notified(self, tag: str, _title: str, text: str) -> None:
        """The notification service did not show it after all: use the fallback."""
        if tag == TAG:
            self.shown.emit(self._fallback(text))

    def _fallback(self, text: str) -> str:
        if self._tray is not None:
            self._tray.message(CHECKIN_TITLE, text)
            return "tray"
        self._banner.show_checkin(text)
        return "banner"

    def withdraw(self) -> None:
        """Pain was logged: the question is answered."""
        if self._notifier is not None:
            self._notifier.withdraw(TAG)
        if self._banner.isVisible() and self._banner.log_pain_button.isVisible():
            self._banner.hide()

    def _notification_action(self, tag: str, key: str) -> None:
        if tag != TAG or key not in ("log", "default"):
            return
        self._open_window()
        if key == "log":
            self._log_pain()
