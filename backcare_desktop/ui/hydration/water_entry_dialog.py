"""The small dialog that changes one drink's time and amount."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from backcare_desktop.core.hydration.amounts import ENTRY_MAX_ML, ENTRY_MIN_ML


class WaterEntryDialog(QDialog):
    def __init__(self, at: datetime, amount_ml: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Change this drink")
        self._at = at
        self.time = QTimeEdit(QTime(at.hour, at.minute))
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName("Time")
        self.amount = QSpinBox()
        self.amount.setRange(ENTRY_MIN_ML, ENTRY_MAX_ML)
        self.amount.setSuffix(" ml")
        self.amount.setValue(min(max(amount_ml, ENTRY_MIN_ML), ENTRY_MAX_ML))
        self.amount.setAccessibleName("Amount in millilitres")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Time", self.time)
        form.addRow("Amount", self.amount)
        form.addRow(QLabel(f"A drink is {ENTRY_MIN_ML}–{ENTRY_MAX_ML:,} ml."))
        form.addRow(buttons)

    def result_entry(self) -> tuple[datetime, int]:
        t = self.time.time()
        return (self._at.replace(hour=t.hour(), minute=t.minute(), second=0, microsecond=0),
                self.amount.value())
