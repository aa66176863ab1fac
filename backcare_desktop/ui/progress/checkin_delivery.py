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
from backcare_desktop.ui.desktop.outlets import Outlets
from backcare_desktop.ui.desktop.reminder_banner import ReminderBanner
from backcare_desktop.ui.desktop.tray import Tray
from backcare_desktop.ui.shell.context import SessionStatus

TAG = "checkin"  # the check-in's notifications, apart from the drink reminder's


class CheckInDelivery(QObject):
    shown = Signal(str)

    def __init__(self, *, banner: ReminderBanner, notifier: Notifier | None,
                 tray: Tray | None, session: SessionStatus,
                 log_pain: Callable[[], None], open_window: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._banner = banner
        self._session = session
        self._log_pain, self._open_window = log_pain, open_window
        self._outlets = Outlets(TAG, notifier=notifier, tray=tray,
                                show_banner=banner.show_checkin, parent=self)
        self._outlets.shown_instead.connect(self.shown)
        self._outlets.action.connect(self._notification_action)
        banner.log_pain.connect(log_pain)

    def deliver(self, text: str) -> bool:
        if self._session.active:
            return False
        self.shown.emit(self._outlets.show(self.tr("Daily check-in"), text, [
            ("log", self.tr("Log pain…")), ("default", self.tr("Open BackCare"))]))
        return True

    def withdraw(self) -> None:
        """Pain was logged: the question is answered."""
        self._outlets.withdraw_notification()
        if self._banner.isVisible() and self._banner.log_pain_button.isVisible():
            self._banner.hide()

    def _notification_action(self, key: str) -> None:
        if key not in ("log", "default"):
            return
        self._open_window()
        if key == "log":
            self._log_pain()
