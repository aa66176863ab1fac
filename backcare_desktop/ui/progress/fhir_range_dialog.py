"""Which records go into a FHIR export: everything, or the days from one date to another."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QWidget,
)


class FhirRangeDialog(QDialog):
    """Everything (the default), or From … To … (whole local days, both included)."""

    def __init__(self, parent: QWidget | None, first: date, last: date) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for a health record (FHIR)"))
        self.everything = QRadioButton(self.tr("&Everything"))
        self.between = QRadioButton(self.tr("&Only these days:"))
        group = QButtonGroup(self)
        group.addButton(self.everything)
        group.addButton(self.between)
        self.everything.setChecked(True)
        self.first = self._date_edit(first, self.tr("From"))
        self.last = self._date_edit(last, self.tr("To"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Choose the file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for signal in (self.between.toggled, self.first.dateChanged, self.last.dateChanged):
            signal.connect(self._check)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr(
            "Your sessions, pain entries and weekly scores as an HL7 FHIR R4 file that a "
            "health record can take in. It names no one.")))
        form.addRow(self.everything)
        form.addRow(self.between)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow(self.problem)
        form.addRow(buttons)
        self._check()

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        edit.setAccessibleName(name)
        return edit

    def _check(self) -> None:
        between = self.between.isChecked()
        self.first.setEnabled(between)
        self.last.setEnabled(between)
        backwards = between and self.first.date() > self.last.date()
        self.problem.setText(self.tr("“From” is after “To”.") if backwards else "")
        self.ok.setEnabled(not backwards)

    def chosen(self) -> tuple[date | None, date | None]:
        """(None, None) for everything, else the first and last day."""
        if not self.between.isChecked():
            return None, None
        return self.first.date().toPython(), self.last.date().toPython()  # type: ignore[return-value]
