"""The app's common dialogs (errors, questions, the safety notice, About, database
recovery), each behind one function.

Each feature keeps its own dialogs the same way in its ``dialogs`` module. Tests
replace these functions (monkeypatch) to answer for the person; the rest of the
code calls them and never builds a QMessageBox of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QTextEdit, QWidget

from backcare_desktop.ui.shell import modal, texts

if TYPE_CHECKING:
    from backcare_desktop.storage.errors import DatabaseProblem
    from backcare_desktop.storage.recovery import RecoveryChoice


def ask_database_recovery(problem: DatabaseProblem, backup: Path | None) -> RecoveryChoice:
    """Explain a database problem and let the person choose what to do."""
    from backcare_desktop.storage.errors import ProblemKind
    from backcare_desktop.storage.recovery import RecoveryChoice

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
    modal.run(box)
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
    modal.run(box)


def show_about(parent: QWidget | None, version: str, data_dir: Path, log_file: Path) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle("About BackCare")
    box.setText(f"<h3>BackCare {version}</h3><p>{texts.PRIVACY_LINE}</p>")
    box.setInformativeText(
        f"{texts.SAFETY_NOTICE}<p><b>Your data:</b> {data_dir}<br><b>Log file:</b> {log_file}</p>"
    )
    modal.run(box)


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    modal.run(box)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def show_problems(parent: QWidget | None, title: str, intro: str,
                  problems: Sequence[str]) -> None:
    """List every problem, one per line (the same lines ``--check-routine`` prints)."""
    from PySide6.QtCore import Qt

    box = QMessageBox(parent)
    # Plain text: the lines quote file names and values, which must show as written
    # (a name like "<b>x</b>.toml" would otherwise be taken for HTML).
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(intro)
    box.setInformativeText("\n".join(problems[:12]) + (
        f"\n… and {len(problems) - 12} more" if len(problems) > 12 else ""))
    box.setDetailedText("\n".join(problems))
    for details in box.findChildren(QTextEdit):  # Qt gives the details no name
        details.setAccessibleName(QCoreApplication.translate("dialogs", "Every problem"))
    modal.run(box)


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    modal.run(box)
    return box.clickedButton() is yes
