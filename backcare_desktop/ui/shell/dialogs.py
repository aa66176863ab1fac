"""Every modal dialog the app shows, each behind one function.

Tests replace these functions (monkeypatch) to answer for the person; the rest
of the code calls them and never builds a QMessageBox of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from backcare_desktop.storage.errors import DatabaseProblem, ProblemKind
from backcare_desktop.storage.recovery import RecoveryChoice
from backcare_desktop.ui.shell import texts

if TYPE_CHECKING:
    from datetime import datetime

    from backcare_desktop.core.routines.model import Routine
    from backcare_desktop.ui.session.pain_and_summary import SessionSummary

ROUTINE_FILTER = "Routine files (*.toml);;All files (*)"


def ask_database_recovery(problem: DatabaseProblem, backup: Path | None) -> RecoveryChoice:
    """Explain a database problem and let the person choose what to do."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("BackCare cannot open your data")
    if problem.kind is ProblemKind.TOO_NEW:
        headline = "Your data was saved by a newer version of BackCare."
        advice = "The safest choice is to quit and install the newer version."
    elif problem.kind is ProblemKind.UNREADABLE:
        headline = "Your data file cannot be opened."
        advice = "Check the file's permissions, or choose below."
    else:
        headline = "Your data file is damaged."
        advice = "Nothing has been changed yet. Choose what to do:"
    box.setText(f"<b>{headline}</b>")
    lines = [f"File: {problem.path}", f"Details: {problem.detail}", "", advice]
    if backup is not None:
        lines.append(f"• Restore the latest backup ({backup.name}).")
    lines.append("• Start with empty data. The current file is kept, renamed, next to it.")
    lines.append("• Quit and change nothing.")
    box.setInformativeText("\n".join(lines))
    restore = None
    if backup is not None:
        restore = box.addButton("Restore backup", QMessageBox.ButtonRole.AcceptRole)
    fresh = box.addButton("Start with empty data", QMessageBox.ButtonRole.DestructiveRole)
    quit_button = box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or quit_button)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return RecoveryChoice.RESTORE_BACKUP
    if clicked is fresh:
        return RecoveryChoice.START_FRESH
    return RecoveryChoice.QUIT


def show_first_run_notice(parent: QWidget | None) -> None:
    """The one-time safety notice: not medical advice, consult, stop if it hurts."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(texts.SAFETY_NOTICE_TITLE)
    box.setText(texts.SAFETY_NOTICE)
    box.addButton("I understand", QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def show_about(parent: QWidget | None, version: str, data_dir: Path, log_file: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle("About BackCare")
    box.setText(f"<h3>BackCare {version}</h3><p>{texts.PRIVACY_LINE}</p>")
    box.setInformativeText(
        f"{texts.SAFETY_NOTICE}<p><b>Your data:</b> {data_dir}<br><b>Log file:</b> {log_file}</p>"
    )
    box.exec()


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_problems(parent: QWidget | None, title: str, intro: str,
                  problems: Sequence[str]) -> None:
    """List every problem, one per line (the same lines ``--check-routine`` prints)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(intro)
    box.setInformativeText("\n".join(problems[:12]) + (
        f"\n… and {len(problems) - 12} more" if len(problems) > 12 else ""))
    box.setDetailedText("\n".join(problems))
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is yes


def ask_open_routine_file(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "Import a routine", str(Path.home()),
                                          ROUTINE_FILTER)
    return Path(name) if name else None


def ask_save_routine_file(parent: QWidget | None, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Export routine",
                                          str(Path.home() / suggested), ROUTINE_FILTER)
    return Path(name) if name else None


def edit_routine(parent: QWidget | None, routine: Routine, taken_ids: set[str],
                 *, creating: bool = False) -> Routine | None:
    """Open the editor; the edited routine, or None if the person cancelled."""
    from backcare_desktop.ui.routines.editor import RoutineEditor

    editor = RoutineEditor(routine, taken_ids, creating=creating, parent=parent)
    return editor.routine if editor.exec() == RoutineEditor.DialogCode.Accepted else None


def show_plan_preview(parent: QWidget | None, routine: Routine) -> None:
    """Every timed step of a routine, with when it starts."""
    from backcare_desktop.ui.routines.plan_preview import PlanPreview

    PlanPreview(routine, parent).exec()


def ask_pain(parent: QWidget | None, title: str, question: str, *, can_skip: bool) -> int | None:
    """A 0–10 pain level, or None when the person skips."""
    from backcare_desktop.ui.session.pain_and_summary import PainDialog

    dialog = PainDialog(title, question, can_skip=can_skip, parent=parent)
    if dialog.exec() == PainDialog.DialogCode.Accepted:
        return dialog.scale.level()
    return None


def show_hurt_advice(parent: QWidget | None, exercise: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(f"Stopped at {exercise}")
    box.setText(texts.HURT_ADVICE)
    box.exec()


def show_session_summary(parent: QWidget | None,
                         summary: SessionSummary) -> tuple[int | None, str | None]:
    """Show how the session went; return (pain now, how it felt), each optional."""
    from backcare_desktop.ui.session.pain_and_summary import SummaryDialog

    dialog = SummaryDialog(summary, parent)
    dialog.exec()
    return dialog.scale.level(), dialog.feeling()


def show_sound_settings(parent: QWidget | None, prefs: object) -> bool:
    """Edit the sound and voice settings; True if they were saved."""
    from backcare_desktop.ui.session.sound_settings import SoundSettings

    dialog = SoundSettings(prefs, parent)
    return dialog.exec() == SoundSettings.DialogCode.Accepted


def edit_water_entry(parent: QWidget | None, at: datetime,
                     amount_ml: int) -> tuple[datetime, int] | None:
    """Change the time (same day) and amount of a drink; None when cancelled."""
    from backcare_desktop.ui.hydration.water_entry_dialog import WaterEntryDialog

    dialog = WaterEntryDialog(at, amount_ml, parent)
    if dialog.exec() == WaterEntryDialog.DialogCode.Accepted:
        return dialog.result_entry()
    return None


def log_pain(parent: QWidget | None, *, level: int | None = None, area: str | None = None,
             note: str = "") -> tuple[int, str | None, str] | None:
    """Ask for a pain level (0–10), an optional area and a note; None when cancelled."""
    from backcare_desktop.ui.progress.pain_log_dialog import PainLogDialog

    dialog = PainLogDialog(parent, level=level, area=area, note=note)
    if dialog.exec() == PainLogDialog.DialogCode.Accepted:
        return dialog.result_entry()
    return None


def ask_save_png(parent: QWidget | None, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, "Save chart as PNG", suggested,
                                          "PNG images (*.png)")
    return Path(path) if path else None


def ask_export_folder(parent: QWidget | None) -> Path | None:
    """The folder to export into (BackCare makes a new folder inside it)."""
    path = QFileDialog.getExistingDirectory(parent, "Export your records into…",
                                            str(Path.home()))
    return Path(path) if path else None


def ask_import_file(parent: QWidget | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Import records from a BackCare export",
                                          str(Path.home()), "BackCare export (*.json)")
    return Path(path) if path else None
