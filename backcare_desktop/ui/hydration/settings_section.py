"""Drink reminders and units, a section of the Settings page.

Each change is checked as a whole (``settings_problems`` in core: the active
hours, the days, the limits of every number) and saved at once when all is
allowed; otherwise every problem is named under the form and nothing is saved
until the form is valid again.
"""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from backcare_desktop.core.hydration.amounts import DAY_NAMES, UNITS, settings_problems
from backcare_desktop.core.hydration.schedule import ReminderSettings
from backcare_desktop.ui.shell import i18n
from backcare_desktop.ui.shell.settings_page import NoteLabel, problem_label

if TYPE_CHECKING:
    from backcare_desktop.ui.hydration.reminders import Hydration

# Wide enough that any typed number reaches the checks and gets a message
# naming the limit, rather than being silently clamped.
TYPED_MAX = 99_999


def _spin(suffix: str, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, TYPED_MAX)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    box.setKeyboardTracking(False)  # checked and saved when typed in full, not per digit
    box.setAccessibleName(name)
    return box


class HydrationSettings(QWidget):
    def __init__(self, hydration: Hydration, prefs: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hydration = hydration
        self._prefs = prefs
        self._loading = False
        self.enabled = QCheckBox(self.tr("Remind me to drink"))
        self.interval = _spin(self.tr(" min"), self.tr("Minutes between reminders"))
        self.start_time = QTimeEdit()
        time_format = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
        self.start_time.setDisplayFormat(time_format)
        self.start_time.setAccessibleName(self.tr("Reminders from"))
        self.end_time = QTimeEdit()
        self.end_time.setDisplayFormat(time_format)
        self.end_time.setAccessibleName(self.tr("Reminders until"))
        hours = QHBoxLayout()
        hours.addWidget(self.start_time)
        hours.addWidget(QLabel(self.tr("to")))
        hours.addWidget(self.end_time)
        hours.addStretch(1)
        self.day_boxes: list[QCheckBox] = []
        days = QGridLayout()  # two rows: the days fit a narrow window with large text
        for n, _key in enumerate(DAY_NAMES):
            box = QCheckBox(i18n.weekday_text(n, short=True))
            box.setAccessibleName(i18n.weekday_text(n))
            self.day_boxes.append(box)
            days.addWidget(box, n // 4, n % 4)
        self.goal = _spin(self.tr(" ml"), self.tr("Daily goal in millilitres"))
        self.glass = _spin(self.tr(" ml"), self.tr("Glass size in millilitres"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Show amounts in"))
        self.unit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.unit.addItem(self.tr("Millilitres (ml)"), "ml")
        self.unit.addItem(self.tr("Fluid ounces (fl oz)"), "fl_oz")
        self.unit.addItem(self.tr("Glasses"), "glasses")
        self._unit_chosen = False  # the locale's unit stays in force until one is chosen
        self.sound = QCheckBox(self.tr("A soft tone with reminders"))
        self.sound.setToolTip(self.tr("Play a soft tone with reminders shown in this window"))
        self.close_to_tray = QCheckBox(self.tr("Keep running in the tray"))
        self.close_to_tray.setToolTip(self.tr("Closing the window keeps reminders coming"))
        tray_note = QLabel(self.tr("When this is on, closing the window keeps reminders "
                                   "coming from the tray; Quit ends BackCare."))
        tray_note.setWordWrap(True)
        narrow = self.fontMetrics().averageCharWidth() * 14
        for spin in (self.interval, self.goal, self.glass):
            spin.setMaximumWidth(narrow)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.enabled)
        form.addRow(self.tr("Every"), self.interval)
        form.addRow(self.tr("Active hours"), hours)
        form.addRow(self.tr("Days"), days)
        form.addRow(self.tr("Daily goal"), self.goal)
        form.addRow(self.tr("Glass size"), self.glass)
        form.addRow(self.tr("Show amounts in"), self.unit)
        form.addRow(self.sound)
        form.addRow(self.close_to_tray)
        form.addRow(tray_note)
        self.problems = problem_label()
        self.saved = NoteLabel()
        self.saved.setAccessibleDescription(self.tr("What was just done"))
        form.addRow(self.problems)
        form.addRow(self.saved)
        self.load_settings()
        for spin in (self.interval, self.goal, self.glass):
            spin.valueChanged.connect(self._changed)
        for edit in (self.start_time, self.end_time):
            edit.timeChanged.connect(self._changed)
        for box in (self.enabled, *self.day_boxes, self.sound, self.close_to_tray):
            box.toggled.connect(self._changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)

    def load_settings(self) -> None:
        prefs = self._prefs
        reminders: ReminderSettings = prefs.reminder_settings()
        self._loading = True
        self.enabled.setChecked(reminders.enabled)
        self.interval.setValue(reminders.interval_min)
        self.start_time.setTime(QTime(reminders.start.hour, reminders.start.minute))
        self.end_time.setTime(QTime(reminders.end.hour, reminders.end.minute))
        for n, box in enumerate(self.day_boxes):
            box.setChecked(n in reminders.days)
        get = prefs.get_setting
        self.goal.setValue(get("water_goal_ml"))
        self.glass.setValue(get("glass_ml"))
        self.unit.setCurrentIndex(UNITS.index(get("water_unit")))
        self.sound.setChecked(get("reminder_sound"))
        self.close_to_tray.setChecked(get("close_to_tray"))
        self._loading = False
        self.problems.setText("")

    def _form_settings(self) -> ReminderSettings:
        start, end = self.start_time.time(), self.end_time.time()
        return ReminderSettings(
            enabled=self.enabled.isChecked(), interval_min=self.interval.value(),
            start=time(start.hour(), start.minute()), end=time(end.hour(), end.minute()),
            days=frozenset(n for n, box in enumerate(self.day_boxes) if box.isChecked()))

    def form_problems(self) -> list[str]:
        """Everything wrong with the form as it stands, in the words of the checks."""
        return settings_problems(self._form_settings(), self.goal.value(), self.glass.value())

    def _unit_changed(self) -> None:
        if not self._loading:
            self._unit_chosen = True
        self._changed()

    def _changed(self) -> None:
        if not self._loading:
            self.save_settings()

    def save_settings(self) -> bool:
        """Save the whole form if it is valid (True); else name every problem."""
        problems = self.form_problems()
        self.problems.setText("\n".join(f"• {p[0].upper()}{p[1:]}." for p in problems))
        if problems:
            self.saved.setText(self.tr("Not saved until the form is valid."))
            return False
        try:
            self._hydration.save_settings(self._form_settings(), self.goal.value(),
                                          self.glass.value(),
                                          self.unit.currentData() if self._unit_chosen else None)
        except ValueError as exc:
            self.problems.setText(str(exc))
            return False
        self._prefs.set_setting("reminder_sound", self.sound.isChecked())
        self._prefs.set_setting("close_to_tray", self.close_to_tray.isChecked())
        self.saved.setText(self.tr("Saved."))
        return True
