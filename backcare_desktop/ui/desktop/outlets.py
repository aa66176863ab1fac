"""Where one kind of reminder is shown: the first of the desktop's ways that works.

Drink reminders, session reminders and the daily and weekly check-ins all show
their message the same way, each under its own notification tag:

1. a desktop notification with the reminder's actions;
2. else a message from the tray icon (Windows and macOS, or no notification
   service);
3. else the in-window banner, with an optional soft tone.

Each reminder decides for itself what happens during a session (a quiet note,
or nothing) before it asks ``show``.

Signals:
    shown_instead(str): the notification service did not show it after all; it
        was shown by the fallback instead: "tray" or "banner".
    action(str): an action of this tag's notification was chosen (its key;
        "default" for a click on the notification itself).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from backcare_desktop.ui.desktop.notifications import Notifier
from backcare_desktop.ui.desktop.tray import Tray


class Outlets(QObject):
    shown_instead = Signal(str)
    action = Signal(str)

    def __init__(self, tag: str, *, notifier: Notifier | None, tray: Tray | None,
                 show_banner: Callable[[str], None],
                 chime: Callable[[], None] | None = None,
                 tray_text: Callable[[str], str] = lambda text: text,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tag = tag
        self._notifier, self._tray = notifier, tray
        self._show_banner, self._chime, self._tray_text = show_banner, chime, tray_text
        if notifier is not None:
            notifier.action_invoked.connect(self._action)
            notifier.failed.connect(self._failed)

    def show(self, title: str, text: str, actions: list[tuple[str, str]]) -> str:
        """Show the message; where it went: "notification", "tray" or "banner"."""
        if self._notifier is not None and self._notifier.show(self.tag, title, text, actions):
            return "notification"
        return self._fallback(title, text)

    def withdraw_notification(self) -> None:
        if self._notifier is not None:
            self._notifier.withdraw(self.tag)

    def _fallback(self, title: str, text: str) -> str:
        if self._tray is not None:
            self._tray.message(title, self._tray_text(text))
            return "tray"
        self._show_banner(text)
        if self._chime is not None:
            self._chime()
        return "banner"

    def _failed(self, tag: str, title: str, text: str) -> None:
        if tag == self.tag:
            self.shown_instead.emit(self._fallback(title, text))

    def _action(self, tag: str, key: str) -> None:
        if tag == self.tag:
            self.action.emit(key)
