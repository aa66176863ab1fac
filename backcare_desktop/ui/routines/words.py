"""Qt's translation for the plain words core writes (doses, the timeline)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Dose"


def translate_dose(template: str) -> str:
    """An English template of ``core.routines.describe`` in the shown language."""
    return QCoreApplication.translate(CONTEXT, template)
