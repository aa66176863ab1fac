"""A reminder shown inside the window, for desktops without notifications or a tray:
a drink reminder, the daily pain check-in, or a planned session.

Signals:
    drank(): "I drank a glass" was pressed.
    snooze(int): "Snooze" was pressed (minutes) on a drink reminder.
    log_pain(): "Log pain…" was pressed (check-in).
    weekly(): "Answer…" was pressed (weekly questions).
    start_session(): "Start now" was pressed (session reminder).
    session_snooze(int): "Snooze" was pressed (minutes) on a session reminder.
    skip_today(): "Skip today" was pressed (session reminder).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

SNOOZE_FROM_BANNER_MIN = 30
SESSION_SNOOZE_MIN = 10


class ReminderBanner(QFrame):
    drank = Signal()
    snooze = Signal(int)
    log_pain = Signal()
    weekly = Signal()
    start_session = Signal()
    session_snooze = Signal(int)
    skip_today = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setAccessibleName(self.tr("Drink reminder"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.drank_button = QPushButton(self.tr("I drank a glass"))
        self.snooze_button = QPushButton(
            self.tr("Snooze {minutes} min").format(minutes=SNOOZE_FROM_BANNER_MIN))
        self.log_pain_button = QPushButton(self.tr("Log pain…"))
        self.weekly_button = QPushButton(self.tr("Answer…"))
        self.weekly_button.setAccessibleName(self.tr("Answer the weekly questions"))
        self.weekly_button.clicked.connect(lambda: self._then(self.weekly.emit))
        self.start_button = QPushButton(self.tr("Start now"))
        self.session_snooze_button = QPushButton(
            self.tr("Snooze {minutes} min").format(minutes=SESSION_SNOOZE_MIN))
        self.skip_button = QPushButton(self.tr("Skip today"))
        self.start_button.clicked.connect(lambda: self._then(self.start_session.emit))
        self.session_snooze_button.clicked.connect(
            lambda: self._then(lambda: self.session_snooze.emit(SESSION_SNOOZE_MIN)))
        self.skip_button.clicked.connect(lambda: self._then(self.skip_today.emit))
        self._kind = ""
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the reminder"))
        self.drank_button.clicked.connect(self._drank)
        self.log_pain_button.clicked.connect(self._log_pain)
        self.snooze_button.clicked.connect(self._snooze)
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 16, 8)
        layout.addWidget(self.text, 1)
        for button in (self.drank_button, self.snooze_button, self.log_pain_button,
                       self.weekly_button, self.start_button, self.session_snooze_button,
                       self.skip_button, self.dismiss_button):
            layout.addWidget(button)
        self.setStyleSheet(
            "#reminderBanner { background: palette(highlight); border: none; }"
            "#reminderBanner QLabel { color: palette(highlighted-text); font-weight: bold; }")
        self.hide()

    @property
    def kind(self) -> str:
        """What the banner shows: "water", "checkin", "weekly" or "session" ("" when
        hidden)."""
        return self._kind if self.isVisible() else ""

    def show_reminder(self, text: str) -> None:
        self._show(text, "water", self.tr("Drink reminder"))

    def show_checkin(self, text: str) -> None:
        self._show(text, "checkin", self.tr("Daily check-in"))

    def show_weekly(self, text: str) -> None:
        self._show(text, "weekly", self.tr("Weekly questions"))

    def show_session(self, text: str) -> None:
        self._show(text, "session", self.tr("Session reminder"))

    def _show(self, text: str, kind: str, name: str) -> None:
        self._kind = kind
        self.text.setText(text)
        self.setAccessibleName(name)
        self.drank_button.setVisible(kind == "water")
        self.snooze_button.setVisible(kind == "water")
        self.log_pain_button.setVisible(kind == "checkin")
        self.weekly_button.setVisible(kind == "weekly")
        for button in (self.start_button, self.session_snooze_button, self.skip_button):
            button.setVisible(kind == "session")
        self.show()

    def hide_if(self, kind: str) -> None:
        """Hide the banner if it shows that kind of reminder."""
        if self.kind == kind:
            self.hide()

    def _then(self, action: Callable[[], None]) -> None:
        self.hide()
        action()

    def _log_pain(self) -> None:
        self.hide()
        self.log_pain.emit()

    def _drank(self) -> None:
        self.hide()
        self.drank.emit()

    def _snooze(self) -> None:
        self.hide()
        self.snooze.emit(SNOOZE_FROM_BANNER_MIN)


class Chime:
    """A soft tone for in-window reminders, loaded the first time it plays."""

    def __init__(self) -> None:
        self._effect: Any = None

    def __call__(self) -> None:
        if self._effect is None:
            from backcare_desktop.ui.desktop.media import quiet_media_logs, sound_dir

            quiet_media_logs()
            from backcare_desktop.ui.desktop.tone import Tone

            self._effect = Tone(sound_dir() / "bell_soft.wav")
            self._effect.setVolume(0.6)
        self._effect.play()
