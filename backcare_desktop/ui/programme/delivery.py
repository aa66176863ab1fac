"""Where a due session reminder is shown, and what its buttons do (as drink
reminders are shown, ``ui/hydration/delivery.py``).

Signals:
    shown(str): a reminder was shown, and where: "session", "notification",
        "tray" or "banner".
    start_requested(str): "Start now" was chosen for this routine id.

In order of preference:
1. during a session, a quiet note on the session page (never a popup);
2. a desktop notification with "Start now", "Snooze 10 min" and "Skip today";
3. a message from the tray icon (Windows and macOS, or no notification service);
4. a banner in the window with the same three buttons, with an optional soft tone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from backcare_desktop.ui.desktop.notifications import Notifier
from backcare_desktop.ui.desktop.outlets import Outlets
from backcare_desktop.ui.desktop.reminder_banner import SESSION_SNOOZE_MIN, ReminderBanner
from backcare_desktop.ui.desktop.tray import Tray
from backcare_desktop.ui.programme.reminders import SessionReminders
from backcare_desktop.ui.shell.context import SessionStatus

log = logging.getLogger(__name__)

TAG = "session"  # this reminder's notifications, apart from water and check-in


class SessionReminderDelivery(QObject):
    shown = Signal(str)
    start_requested = Signal(str)

    def __init__(self, reminders: SessionReminders, *, banner: ReminderBanner,
                 notifier: Notifier | None, tray: Tray | None, session: SessionStatus,
                 open_window: Callable[[], None], chime: Callable[[], None],
                 sound_on: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reminders = reminders
        self._banner = banner
        self._session = session
        self._open_window = open_window
        self._chime = chime
        self._sound_on = sound_on
        self._routine_id = ""
        self._outlets = Outlets(TAG, notifier=notifier, tray=tray,
                                show_banner=banner.show_session, chime=self._soft_tone,
                                parent=self)
        self._outlets.shown_instead.connect(self._shown_instead)
        self._outlets.action.connect(self._notification_action)
        reminders.reminder_due.connect(self.deliver)
        reminders.withdrawn.connect(self.withdraw)
        banner.start_session.connect(self._start)
        banner.session_snooze.connect(reminders.snooze)
        banner.skip_today.connect(reminders.skip_today)

    @property
    def title(self) -> str:
        return self.tr("Time for your session")

    def deliver(self, text: str, routine_id: str) -> None:
        self._routine_id = routine_id
        if self._session.post_note(text):
            where = "session"
        else:
            where = self._outlets.show(self.title, text, [
                ("start", self.tr("Start now")),
                ("snooze", self.tr("Snooze {minutes} min").format(minutes=SESSION_SNOOZE_MIN)),
                ("skip", self.tr("Skip today")),
                ("default", self.tr("Open BackCare"))])
        log.info("session reminder shown by %s", where)
        self.shown.emit(where)

    def _shown_instead(self, where: str) -> None:
        log.info("session reminder shown by %s instead", where)
        self.shown.emit(where)

    def _soft_tone(self) -> None:
        if self._sound_on():
            self._chime()

    def withdraw(self) -> None:
        """The reminder is no longer due: take it away wherever it is shown."""
        self._banner.hide_if("session")
        self._outlets.withdraw_notification()

    def _start(self) -> None:
        if self._routine_id:
            self.start_requested.emit(self._routine_id)

    def _notification_action(self, key: str) -> None:
        if key == "start":
            self._open_window()
            self._start()
        elif key == "snooze":
            self._reminders.snooze(SESSION_SNOOZE_MIN)
        elif key == "skip":
            self._reminders.skip_today()
        else:
            self._open_window()
