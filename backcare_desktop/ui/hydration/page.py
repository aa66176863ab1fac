"""The Hydration page: today's progress, one-click logging, today's entries, the week.

Everything it changes goes through ``Hydration``; limits are checked in core
and storage, and their messages are shown here as they are.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.hydration.amounts import entry_problem
from backcare_desktop.core.progress.stats import FIRST_DAY
from backcare_desktop.storage import stored_values
from backcare_desktop.storage.stored_values import shown_text
from backcare_desktop.ui.hydration import dialogs as hydration_dialogs
from backcare_desktop.ui.hydration.reminders import BOTTLE_ML, Hydration
from backcare_desktop.ui.hydration.widgets import ProgressRing, WeekBars
from backcare_desktop.ui.shell import dialogs, i18n
from backcare_desktop.ui.shell.pages import fill_with_scrolling

if TYPE_CHECKING:
    from backcare_desktop.storage.repository import OddWaterEntry

# Wide enough that any typed number reaches the checks and gets a message
# naming the limit, rather than being silently clamped.
TYPED_MAX = 99_999


def _spin(suffix: str, tip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, TYPED_MAX)
    box.setSuffix(suffix)
    box.setGroupSeparatorShown(True)
    box.setAccessibleName(tip)
    return box


def apart_reason(reason: str) -> str:
    """Why a drink is kept apart (``stored_values.odd_time``), in the person's language."""
    if reason == stored_values.UNREADABLE:
        return QCoreApplication.translate("HydrationPage", "Date not readable")
    if reason == stored_values.TOO_EARLY:
        return QCoreApplication.translate("HydrationPage", "Dated before {year}").format(
            year=FIRST_DAY.year)
    if reason == stored_values.AFTER_TODAY:
        return QCoreApplication.translate("HydrationPage", "Dated after today")
    return reason


def _clock(moment: datetime) -> str:
    """A time of day as the locale writes it: "09:30", "9:30 AM"."""
    return i18n.time_text(moment.time())


def _title(text: str, scale: float = 1.8) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class HydrationPage(QWidget):
    """Today's water and reminders; ``settings_requested`` asks for their settings."""

    settings_requested = Signal()

    def __init__(self, hydration: Hydration, prefs: object,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-hydration")
        self.setAccessibleName(self.tr("Hydration"))
        self._hydration = hydration
        self._prefs = prefs
        self._loading = False

        # -- today --
        self.ring = ProgressRing()
        self.glass_button = QPushButton()
        self.glass_button.clicked.connect(lambda: self._log(self._hydration.glass_ml))
        self.bottle_button = QPushButton()
        self.bottle_button.clicked.connect(lambda: self._log(BOTTLE_ML))
        self.custom = _spin(self.tr(" ml"), self.tr("Custom amount in millilitres"))
        self.custom.setValue(330)
        self.custom_button = QPushButton(self.tr("Add"))
        self.custom_button.setAccessibleName(self.tr("Add the custom amount"))
        self.custom_button.clicked.connect(lambda: self._log(self.custom.value()))
        self.undo_button = QPushButton(self.tr("Undo last entry"))
        self.undo_button.clicked.connect(self.undo)
        # A label's text is its accessible name; the description says what it is.
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("What was just done"))
        self.reminder_status = QLabel()
        self.reminder_status.setAccessibleDescription(self.tr("Drink reminders"))
        self.snooze_button = QPushButton(self.tr("Snooze 30 min"))
        self.snooze_button.clicked.connect(lambda: self._hydration.snooze(30))
        self.pause_button = QPushButton(self.tr("Pause for today"))
        self.pause_button.clicked.connect(self._pause_or_resume)

        custom_row = QHBoxLayout()
        custom_row.addWidget(self.custom, 1)
        custom_row.addWidget(self.custom_button)
        quick = QVBoxLayout()
        quick.addWidget(self.glass_button)
        quick.addWidget(self.bottle_button)
        quick.addLayout(custom_row)
        quick.addWidget(self.undo_button)
        quick.addStretch(1)
        reminder_row = QHBoxLayout()
        reminder_row.addWidget(self.reminder_status, 1)
        reminder_row.addWidget(self.snooze_button)
        reminder_row.addWidget(self.pause_button)
        today_row = QHBoxLayout()
        today_row.addWidget(self.ring)
        today_row.addSpacing(24)
        quick_box = QWidget()
        quick_box.setLayout(quick)
        quick_box.setMaximumWidth(420)
        today_row.addWidget(quick_box, 1)
        today_row.addStretch(0)

        # -- today's entries --
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Amount")])
        self.table.setAccessibleName(self.tr("Today's drinks"))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(160)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        entry_buttons = QHBoxLayout()
        entry_buttons.addStretch(1)
        entry_buttons.addWidget(self.edit_button)
        entry_buttons.addWidget(self.delete_button)
        entries_box = QGroupBox(self.tr("Today's drinks"))
        entries_layout = QVBoxLayout(entries_box)
        entries_layout.addWidget(self.table)
        entries_layout.addLayout(entry_buttons)

        # -- drinks no day can show (a time that cannot be read, or far off) --
        self.odd_table = QTableWidget(0, 3)
        self.odd_table.setHorizontalHeaderLabels(
            [self.tr("Stored time"), self.tr("Amount"), self.tr("Why it is here")])
        self.odd_table.setAccessibleName(self.tr("Drinks with a date that cannot be used"))
        self.odd_table.verticalHeader().hide()
        self.odd_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.odd_table.horizontalHeader().setStretchLastSection(True)
        self.odd_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.odd_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.odd_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.odd_table.doubleClicked.connect(lambda _index: self.edit_odd())
        self.odd_table.itemSelectionChanged.connect(self._update_buttons)
        odd_delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.odd_table)
        odd_delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        odd_delete_key.activated.connect(self.delete_odd)
        self.odd_edit_button = QPushButton(self.tr("Move to today…"))
        self.odd_edit_button.setToolTip(self.tr("Give this drink a time today"))
        self.odd_edit_button.clicked.connect(self.edit_odd)
        self.odd_delete_button = QPushButton(self.tr("Delete"))
        self.odd_delete_button.setAccessibleName(self.tr("Delete the chosen drink"))
        self.odd_delete_button.clicked.connect(self.delete_odd)
        odd_buttons = QHBoxLayout()
        odd_buttons.addStretch(1)
        odd_buttons.addWidget(self.odd_edit_button)
        odd_buttons.addWidget(self.odd_delete_button)
        self.odd_box = QGroupBox(self.tr("Drinks with a date that cannot be used"))
        odd_layout = QVBoxLayout(self.odd_box)
        odd_note = QLabel(self.tr(
            "These drinks are in your records, but their date cannot be read or lies far "
            "off, so no day counts them and reminders ignore them. Move one to today or "
            "delete it."))
        odd_note.setWordWrap(True)
        odd_layout.addWidget(odd_note)
        odd_layout.addWidget(self.odd_table)
        odd_layout.addLayout(odd_buttons)
        self.odd_box.hide()
        self._odd: list[OddWaterEntry] = []

        self.week = WeekBars()
        week_box = QGroupBox(self.tr("Last 7 days"))
        self.week_box = week_box
        QVBoxLayout(week_box).addWidget(self.week)
        lists_row = QHBoxLayout()
        lists_row.addWidget(entries_box, 1)
        lists_row.addWidget(week_box, 1)

        # -- settings live on the Settings page --
        self.settings_link = QPushButton(self.tr("Reminder settings…"))
        self.settings_link.setToolTip(self.tr(
            "Drink reminders, active hours, the daily goal and units, in Settings"))
        self.settings_link.clicked.connect(self.settings_requested)
        settings_row = QHBoxLayout()
        settings_row.addWidget(self.settings_link)
        settings_row.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(16)
        layout.addWidget(_title(self.tr("Hydration")))
        layout.addLayout(today_row)
        layout.addWidget(self.message)
        layout.addLayout(reminder_row)
        layout.addLayout(lists_row)
        layout.addWidget(self.odd_box)
        layout.addLayout(settings_row)
        layout.addStretch(1)
        fill_with_scrolling(self, content)

        # changed also comes when a reminder fires or the clock moves, so "Next
        # reminder" never shows a time that has passed.
        hydration.changed.connect(self.refresh)
        self.refresh()

    # -- today --------------------------------------------------------------------------

    def refresh(self) -> None:
        h = self._hydration
        total, goal = h.total_today(), h.goal_ml
        self.ring.set_progress(total, goal, h.amount_text(total), h.amount_text(goal))
        glass, bottle = h.size_text(h.glass_ml), h.size_text(BOTTLE_ML)
        self.glass_button.setText(self.tr("+ Glass ({amount})").format(amount=glass))
        self.glass_button.setAccessibleName(self.tr("Log a glass of {amount}").format(
            amount=glass))
        self.bottle_button.setText(self.tr("+ Bottle ({amount})").format(amount=bottle))
        self.bottle_button.setAccessibleName(self.tr("Log a bottle of {amount}").format(
            amount=bottle))
        entries = h.entries_today()
        self._entry_ids = [e.id for e in entries]
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for col, text in enumerate((_clock(entry.at), h.amount_text(entry.amount_ml))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, col, item)
        self.undo_button.setEnabled(bool(entries))
        self._show_odd(h.odd_entries())
        per_day = h.last_days(7)
        self.week.set_days(per_day, goal, [h.number_text(ml) for _, ml in sorted(per_day.items())])
        self.week_box.setTitle(self.tr("Last 7 days ({unit})").format(unit=h.unit_name))
        self.reminder_status.setText(h.status_text())
        paused = h.paused_today()
        self.pause_button.setText(self.tr("Resume reminders") if paused
                                  else self.tr("Pause for today"))
        on = bool(self._prefs.get_setting("reminders_enabled"))  # type: ignore[attr-defined]
        self.pause_button.setEnabled(on)
        self.snooze_button.setEnabled(on and not paused)
        self._update_buttons()

    def _log(self, amount_ml: int) -> None:
        problem = entry_problem(amount_ml)
        if problem is not None:
            self._say(self.tr("Not logged: {problem}.").format(problem=problem))
            return
        self._hydration.log_drink(amount_ml)
        self._say(self.tr("Logged {amount}.").format(
            amount=self._hydration.amount_text(amount_ml)))

    def undo(self) -> None:
        removed = self._hydration.undo_last()
        if removed is not None:
            self._say(self.tr("Removed {amount} from {time}.").format(
                amount=self._hydration.amount_text(removed.amount_ml), time=_clock(removed.at)))

    def _selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entry_ids[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self._selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        odd = self.selected_odd() is not None
        self.odd_edit_button.setEnabled(odd)
        self.odd_delete_button.setEnabled(odd)

    # -- drinks no day can show ----------------------------------------------------------

    def _show_odd(self, entries: list[OddWaterEntry]) -> None:
        chosen = self.selected_odd()
        self._odd = entries
        self.odd_table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            texts = (shown_text(entry.time_text, 80),
                     self._hydration.amount_text(entry.amount_ml), apart_reason(entry.reason))
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.odd_table.setItem(row, col, item)
            if chosen is not None and entry.id == chosen.id:
                self.odd_table.selectRow(row)
        self.odd_box.setVisible(bool(entries))

    def selected_odd(self) -> OddWaterEntry | None:
        rows = self.odd_table.selectionModel().selectedRows()
        return self._odd[rows[0].row()] if rows and rows[0].row() < len(self._odd) else None

    def _odd_text(self, entry: OddWaterEntry) -> str:
        return self.tr("{amount} stored with the time {time}").format(
            amount=self._hydration.amount_text(entry.amount_ml),
            time=shown_text(entry.time_text, 80))

    def edit_odd(self) -> None:
        """Give the chosen drink a time today (and perhaps another amount)."""
        entry = self.selected_odd()
        if entry is None:
            return
        answer = hydration_dialogs.edit_water_entry(self, self._hydration.today,
                                                    entry.amount_ml)
        if answer is None:
            return
        at, amount = answer
        try:
            self._hydration.update_entry(entry.id, amount, at)
        except ValueError as exc:
            self._say(self.tr("Not changed: {problem}.").format(problem=exc))
            return
        self._say(self.tr("Moved to today: {amount} at {time}.").format(
            amount=self._hydration.amount_text(amount), time=_clock(at)))

    def delete_odd(self) -> None:
        entry = self.selected_odd()
        if entry is None:
            return
        what = self._odd_text(entry)
        if dialogs.confirm(self, self.tr("Delete this drink?"),
                           self.tr("Delete the drink of {what}?").format(what=what),
                           self.tr("Delete")):
            self._hydration.delete_entry(entry.id)
            self._say(self.tr("Deleted the drink of {what}.").format(what=what))

    def edit_selected(self) -> None:
        entry_id = self._selected_id()
        entry = next((e for e in self._hydration.entries_today() if e.id == entry_id), None)
        if entry is None:
            return
        answer = hydration_dialogs.edit_water_entry(self, entry.at, entry.amount_ml)
        if answer is None:
            return
        at, amount = answer
        problem = entry_problem(amount)
        if problem is not None:
            self._say(self.tr("Not changed: {problem}.").format(problem=problem))
            return
        try:
            self._hydration.update_entry(entry.id, amount, at)
        except ValueError as exc:
            self._say(self.tr("Not changed: {problem}.").format(problem=exc))
            return
        self._say(self.tr("Changed to {amount} at {time}.").format(
            amount=self._hydration.amount_text(amount), time=_clock(at)))

    def delete_selected(self) -> None:
        entry_id = self._selected_id()
        entry = next((e for e in self._hydration.entries_today() if e.id == entry_id), None)
        if entry is None:
            return
        amount = self._hydration.amount_text(entry.amount_ml)
        when = _clock(entry.at)
        if dialogs.confirm(self, self.tr("Delete this drink?"),
                           self.tr("Delete {amount} at {time} from today's log?").format(
                               amount=amount, time=when), self.tr("Delete")):
            self._hydration.delete_entry(entry.id)
            self._say(self.tr("Deleted {amount} at {time}.").format(amount=amount, time=when))

    def _pause_or_resume(self) -> None:
        if self._hydration.paused_today():
            self._hydration.resume()
        else:
            self._hydration.pause_for_today()

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def showEvent(self, event: object) -> None:
        self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]
