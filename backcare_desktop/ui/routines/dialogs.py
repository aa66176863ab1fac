"""The routine feature's dialogs, each behind one function (tests answer them)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from backcare_desktop.ui.shell import modal

if TYPE_CHECKING:
    from backcare_desktop.core.routines.model import Routine


def _routine_filter() -> str:
    return QCoreApplication.translate("RoutineDialogs",
                                      "Routine files (*.toml);;All files (*)")


def ask_open_routine_file(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("RoutineDialogs", "Import a routine"),
        str(Path.home()), _routine_filter())
    return Path(name) if name else None


def ask_save_routine_file(parent: QWidget | None, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("RoutineDialogs", "Export routine"),
        str(Path.home() / suggested), _routine_filter())
    return Path(name) if name else None


def edit_routine(parent: QWidget | None, routine: Routine, taken_ids: set[str],
                 *, creating: bool = False) -> Routine | None:
    """Open the editor; the edited routine, or None if the person cancelled."""
    from backcare_desktop.ui.routines.editor import RoutineEditor

    editor = RoutineEditor(routine, taken_ids, creating=creating, parent=parent)
    return editor.routine if modal.run(editor) == RoutineEditor.DialogCode.Accepted else None


def show_plan_preview(parent: QWidget | None, routine: Routine) -> None:
    """A routine's timeline: each exercise, its sets and rests, and when they start."""
    from backcare_desktop.ui.routines.plan_preview import PlanPreview

    modal.run(PlanPreview(routine, parent))
