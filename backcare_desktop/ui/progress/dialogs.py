"""The record pages' dialogs, each behind one function (tests answer them)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from backcare_desktop.core.vocabulary import PainArea
from backcare_desktop.ui.shell import modal

if TYPE_CHECKING:
    from backcare_desktop.storage.repository import Repository


def log_pain(parent: QWidget | None, *, level: int | None = None,
             area: PainArea | None = None,
             note: str = "") -> tuple[int, PainArea | None, str] | None:
    """Ask for a pain level (0–10), an optional area and a note; None when cancelled."""
    from backcare_desktop.ui.progress.pain_log_dialog import PainLogDialog

    dialog = PainLogDialog(parent, level=level, area=area, note=note)
    if modal.run(dialog) == PainLogDialog.DialogCode.Accepted:
        return dialog.result_entry()
    return None


def ask_peg(parent: QWidget | None) -> tuple[int, int, int] | None:
    """Ask the three weekly questions (each 0–10); None when cancelled."""
    from backcare_desktop.ui.progress.peg_dialog import PegDialog

    dialog = PegDialog(parent)
    if modal.run(dialog) == PegDialog.DialogCode.Accepted:
        return dialog.answers()
    return None


def ask_save_png(parent: QWidget | None, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ProgressDialogs", "Save chart as PNG"), suggested,
        QCoreApplication.translate("ProgressDialogs", "PNG images (*.png)"))
    return Path(path) if path else None


def ask_export_folder(parent: QWidget | None) -> Path | None:
    """The folder to export into (BackCare makes a new folder inside it)."""
    path = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("ProgressDialogs", "Export your records into…"),
        str(Path.home()))
    return Path(path) if path else None


def ask_import_file(parent: QWidget | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("ProgressDialogs",
                                           "Import records from a BackCare export"),
        str(Path.home()), QCoreApplication.translate("ProgressDialogs",
                                                     "BackCare export (*.json)"))
    return Path(path) if path else None


def ask_fhir_file(parent: QWidget | None, suggested: Path) -> Path | None:
    """The new file for a FHIR export (BackCare itself asks before replacing one)."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("FhirExport", "Export for a health record (FHIR)"),
        str(suggested), QCoreApplication.translate("FhirExport", "FHIR JSON (*.json)"),
        options=QFileDialog.Option.DontConfirmOverwrite)
    return Path(path) if path else None


def ask_save_pdf(parent: QWidget | None, suggested: str) -> Path | None:
    """Where to save a PDF; the caller asks before replacing a file that is there."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Report", "Save as PDF"),
        str(Path.home() / suggested), QCoreApplication.translate("Report", "PDF files (*.pdf)"),
        options=QFileDialog.Option.DontConfirmOverwrite)
    return Path(path) if path else None


def ask_fhir_range(parent: QWidget | None, first: date,
                   last: date) -> tuple[date | None, date | None] | None:
    """Everything ((None, None)) or the first and last day of a FHIR export; None when
    cancelled. ``first``-``last`` is what the dates show at first."""
    from backcare_desktop.ui.progress.fhir_range_dialog import FhirRangeDialog

    dialog = FhirRangeDialog(parent, first, last)
    if modal.run(dialog) == FhirRangeDialog.DialogCode.Accepted:
        return dialog.chosen()
    return None


def show_report(parent: QWidget, repo: Repository, routines_dir: Path, today: date) -> None:
    """Report for your physiotherapist…: its period, its pages, Save as PDF…."""
    from backcare_desktop.ui.progress import report_make
    from backcare_desktop.ui.progress.report_dialog import ReportDialog

    modal.run(ReportDialog(repo, lambda: report_make.routines_by_id(routines_dir), today,
                           parent))


def show_programme(parent: QWidget, repo: Repository, routines_dir: Path, today: date) -> None:
    """The programme sheet: its pages, Save as PDF…."""
    from backcare_desktop.ui.progress import report_make
    from backcare_desktop.ui.progress.report_dialog import ProgrammeDialog

    modal.run(ProgrammeDialog(repo, report_make.routines_by_id(routines_dir), today, parent))
