"""A reminder shown inside the window, for desktops without notifications or a tray:
a drink reminder, or the daily pain check-in.

Signals:
    drank(): "I drank a glass" was pressed.
    snooze(int): "Snooze" was pressed (minutes).
    log_pain(): "Log pain…" was pressed (check-in).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

SNOOZE_FROM_BANNER_MIN = 30


class ReminderBanner(QFrame):
    drank = Signal()
    snooze = Signal(int)
    log_pain = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setAccessibleName("Drink reminder")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.drank_button = QPushButton("I drank a glass")
        self.snooze_button = QPushButton(f"Snooze {SNOOZE_FROM_BANNER_MIN} min")
        self.log_pain_button = QPushButton("Log pain…")
        self.dismiss_button = QPushButton("Dismiss")
        self.dismiss_button.setAccessibleName("Dismiss the reminder")
        self.drank_button.clicked.connect(self._drank)
        self.log_pain_button.clicked.connect(self._log_pain)
        self.snooze_button.clicked.connect(self._snooze)
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 8, 16, 8)
        layout.addWidget(self.text, 1)
        for button in (self.drank_button, self.snooze_button, self.log_pain_button,
                       self.dismiss_button):
            layout.addWidget(button)
        self.setStyleSheet(
            "#reminderBanner { background: palette(highlight); border: none; }"
            "#reminderBanner QLabel { color: palette(highlighted-text); font-weight: bold; }")
        self.hide()

    def show_reminder(self, text: str) -> None:
        self._show(text, checkin=False)

    def show_checkin(self, text: str) -> None:
        self._show(text, checkin=True)

    def _show(self, text: str, *, checkin: bool) -> None:
        self.text.setText(text)
        self.setAccessibleName("Daily check-in" if checkin else "Drink reminder")
        self.drank_button.setVisible(not checkin)
        self.snooze_button.setVisible(not checkin)
        self.log_pain_button.setVisible(checkin)
        self.show()

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
