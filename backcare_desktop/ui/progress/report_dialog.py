"""Report for your physiotherapist… and the programme sheet: choose, look, save.

One dialog for each: the report's name and range on top, the pages below as
they will print (drawn from the same layout as the PDF), and Save as PDF….
The PDF is made on the GUI thread (a QPainter on a QPdfWriter; eight weeks
take about 30 ms, ten years about 0.2 s with the preview; benchmarks/report.py), under
a busy cursor. The file is written whole, 0600, never over another file
without asking.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.progress.report import default_range
from backcare_desktop.core.routines.model import Routine
from backcare_desktop.storage.errors import StorageError
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.progress import dialogs as progress_dialogs
from backcare_desktop.ui.progress import report_make
from backcare_desktop.ui.progress.pdf_pages import WriteRefused, write_file
from backcare_desktop.ui.shell import dialogs
from backcare_desktop.ui.shell.i18n import tr

NAME_STATE = "report.name"
PREVIEW_DPI = 80


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class PdfPreview(QDialog):
    """Pages shown one under the other, and Save as PDF…."""

    def __init__(self, title: str, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.suggested = suggested
        self.pdf: bytes = b""
        self.saved_to: Path | None = None
        self.top = QVBoxLayout()
        self.pages = QVBoxLayout()
        self.pages.setSpacing(12)
        holder = QWidget()
        holder.setLayout(self.pages)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setAccessibleName(self.tr("Pages"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 820)

    def show_pages(self, images: list[QImage], pdf: bytes) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # gone at once (Python owns it now)
        for n, image in enumerate(images, start=1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page {n} of {total}").format(n=n,
                                                                           total=len(images)))
            self.pages.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        self.pdf = pdf
        self.save_button.setEnabled(bool(pdf))

    def save(self) -> None:
        path = progress_dialogs.ask_save_pdf(self, self.suggested)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        replace = False
        if path.exists():
            if not dialogs.confirm(self, self.tr("Replace the file?"),
                                   self.tr("{name} is already there. Replace it with this "
                                           "PDF?").format(name=path.name),
                                   self.tr("Replace")):
                return
            replace = True
        try:
            write_file(path, self.pdf, replace=replace)
        except WriteRefused as exc:
            dialogs.show_error(self, self.tr("The PDF was not saved"), str(exc))
            return
        self.saved_to = path
        self.status.setText(self.tr("Saved to {path}.").format(path=path))
        self.saved()

    def saved(self) -> None:
        """After a save (the report remembers its last day)."""


class ReportDialog(PdfPreview):
    def __init__(self, repo: Repository, routines: Callable[[], dict[str, Routine]],
                 today: date, parent: QWidget | None = None) -> None:
        first, last = report_make.default_report_range(repo, today)
        super().__init__(self.tr("Report for your physiotherapist"),
                         f"backcare-report-{last.isoformat()}.pdf", parent)
        self._repo = repo
        self._routines = routines
        self._today = today
        self.name = QLineEdit(repo.get_ui_state(NAME_STATE) or "")
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("optional"))
        self.first = QDateEdit(_qdate(first))
        self.last = QDateEdit(_qdate(last))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setMaximumDate(_qdate(today))
        self.first.setAccessibleName(self.tr("From"))
        self.last.setAccessibleName(self.tr("To"))
        eight = QPushButton(self.tr("Last 8 weeks"))
        eight.clicked.connect(self._eight_weeks)
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.refresh)
        form = QFormLayout()
        form.addRow(self.tr("Name on the report:"), self.name)
        dates = QHBoxLayout()
        dates.addWidget(self.first)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.last)
        dates.addWidget(eight)
        dates.addWidget(show)
        dates.addStretch(1)
        form.addRow(self.tr("Period:"), dates)
        self.top.addLayout(form)
        self.refresh()

    def _eight_weeks(self) -> None:
        first, last = default_range(self._today, None)
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))
        self.refresh()

    def range(self) -> tuple[date, date]:
        return _day(self.first.date()), _day(self.last.date())

    def refresh(self) -> None:
        from backcare_desktop.ui.progress.report_pdf import report_images

        first, last = self.range()
        if last < first:
            self.show_pages([], b"")
            self.status.setText(self.tr("The period ends before it starts; choose its first "
                                        "day again."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = report_make.make_report(self._repo, self._routines(),
                                           first, last, self._today, name=self.name.text(),
                                           locale=QLocale())
            images = report_images(made.report, QLocale(), PREVIEW_DPI)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.suggested = f"backcare-report-{last.isoformat()}.pdf"
        self.show_pages(images, made.pdf)
        self.status.setText(tr("%n page(s). Check it, then save it as a PDF to print "
                                    "or send.", "", len(images)))

    def saved(self) -> None:
        _first, last = self.range()
        with contextlib.suppress(StorageError):  # saved; the next one starts 8 weeks back
            self._repo.set_ui_state(report_make.LAST_REPORT, last.isoformat())
            self._repo.set_ui_state(NAME_STATE, self.name.text().strip())


class ProgrammeDialog(PdfPreview):
    def __init__(self, repo: Repository, routines: dict[str, Routine], today: date,
                 parent: QWidget | None = None) -> None:
        from backcare_desktop.ui.progress.programme_pdf import programme_images, programme_pdf

        super().__init__(self.tr("Programme sheet"), "backcare-programme.pdf", parent)
        plan = repo.load_plan(today)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pdf = programme_pdf(plan, routines, QLocale())
            images = programme_images(plan, routines, QLocale(), PREVIEW_DPI)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_pages(images, pdf)
        self.status.setText(tr("%n page(s).", "", len(images)))
