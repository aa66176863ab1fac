"""The small dialog that changes one drink's time and amount."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, QTime
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
from backcare_desktop.ui.shell import i18n


class WaterEntryDialog(QDialog):
    def __init__(self, at: datetime, amount_ml: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change this drink"))
        self._at = at
        self.time = QTimeEdit(QTime(at.hour, at.minute))
        self.time.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.time.setAccessibleName(self.tr("Time"))
        self.amount = QSpinBox()
        self.amount.setRange(ENTRY_MIN_ML, ENTRY_MAX_ML)
        self.amount.setSuffix(self.tr(" ml"))
        self.amount.setGroupSeparatorShown(True)
        self.amount.setValue(min(max(amount_ml, ENTRY_MIN_ML), ENTRY_MAX_ML))
        self.amount.setAccessibleName(self.tr("Amount in millilitres"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Time"), self.time)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(QLabel(self.tr("A drink is {low}–{high} ml.").format(
            low=i18n.number_text(ENTRY_MIN_ML), high=i18n.number_text(ENTRY_MAX_ML))))
        form.addRow(buttons)

    def result_entry(self) -> tuple[datetime, int]:
        t = self.time.time()
        return (self._at.replace(hour=t.hour(), minute=t.minute(), second=0, microsecond=0),
                self.amount.value())
