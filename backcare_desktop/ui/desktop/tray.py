"""BackCare's icon in the system tray, with the reminder actions in its menu.

Signals:
    log_glass(), snooze(int minutes), pause_today(), resume(), flare_requested(),
    open_window(), quit_requested(): what the person chose from the menu (a click
    on the icon itself opens the window).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from backcare_desktop import APP_NAME
from backcare_desktop.core.hydration.schedule import SNOOZE_MINUTES
from backcare_desktop.ui.shell.i18n import tr


def tray_available() -> bool:
    """Whether the desktop shows tray icons (tests patch this)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    log_glass = Signal()
    snooze = Signal(int)
    pause_today = Signal()
    resume = Signal()
    flare_requested = Signal()
    open_window = Signal()
    quit_requested = Signal()

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.menu = QMenu()
        self.glass_action = self._add(self.tr("Log a glass"), self.log_glass.emit)
        snooze_menu = self.menu.addMenu(self.tr("Snooze"))
        self.snooze_actions = []
        for minutes in SNOOZE_MINUTES:
            action = QAction(tr("%n minute(s)", "", minutes), snooze_menu)
            action.triggered.connect(lambda _c=False, m=minutes: self.snooze.emit(m))
            snooze_menu.addAction(action)
            self.snooze_actions.append(action)
        self.pause_action = self._add(self.tr("Pause for today"), self._pause_or_resume)
        self.menu.addSeparator()
        self.flare_action = self._add(self.tr("Flare-up…"), self.flare_requested.emit)
        self.open_action = self._add(self.tr("Open BackCare"), self.open_window.emit)
        self.quit_action = self._add(self.tr("Quit"), self.quit_requested.emit)
        self._paused = False

        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip(APP_NAME)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.open_window.emit)

    def _add(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(lambda _c=False: slot())  # type: ignore[operator]
        self.menu.addAction(action)
        return action

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def update(self, tooltip: str, *, paused: bool, reminders_on: bool) -> None:
        """Refresh the tooltip and the menu from the current state."""
        self.icon.setToolTip(tooltip)
        self._paused = paused
        self.pause_action.setText(self.tr("Resume reminders") if paused
                                 else self.tr("Pause for today"))
        self.pause_action.setEnabled(reminders_on)
        for action in self.snooze_actions:
            action.setEnabled(reminders_on and not paused)

    def _pause_or_resume(self) -> None:
        if self._paused:
            self.resume.emit()
        else:
            self.pause_today.emit()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_window.emit()

    def message(self, title: str, text: str) -> None:
        """A balloon from the icon (Windows and macOS notifications go this way)."""
        self.icon.showMessage(title, text, self.icon.icon(), 15_000)

    def close(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()
