"""The questions and advice a session shows, each behind one function (tests
answer them)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from backcare_desktop.core.vocabulary import Feeling
from backcare_desktop.ui.shell import modal, texts
from backcare_desktop.ui.shell.dialogs import roomy

if TYPE_CHECKING:
    from backcare_desktop.storage.repository import Repository
    from backcare_desktop.ui.session.pain_and_summary import SessionSummary


def ask_pain(parent: QWidget | None, title: str, question: str, *, can_skip: bool) -> int | None:
    """A 0–10 pain level, or None when the person skips."""
    from backcare_desktop.ui.session.pain_and_summary import PainDialog

    dialog = PainDialog(title, question, can_skip=can_skip, parent=parent)
    if modal.run(dialog) == PainDialog.DialogCode.Accepted:
        return dialog.scale.level()
    return None


def show_hurt_advice(parent: QWidget | None, exercise: str, *,
                     outcomes: SessionSummary | None = None) -> None:
    """The advice after a session stopped because it hurt, with what came of each
    exercise (``outcomes``) under it."""
    from PySide6.QtCore import QCoreApplication

    from backcare_desktop.ui.session.pain_and_summary import outcome_lines

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("SessionSummary", "Stopped at {exercise}")
                       .format(exercise=exercise))
    box.setText(QCoreApplication.translate("Texts", texts.HURT_ADVICE))
    if outcomes is not None:
        # As HTML, so an exercise's name shows as written whatever it holds.
        box.setInformativeText("".join(f"<p>{html.escape(line)}</p>"
                                       for line in outcome_lines(outcomes)))
    roomy(box)
    modal.run(box)


def show_session_summary(parent: QWidget | None,
                         summary: SessionSummary) -> tuple[int | None, Feeling | None]:
    """Show how the session went; return (pain now, how it felt), each optional."""
    from backcare_desktop.ui.session.pain_and_summary import SummaryDialog

    dialog = SummaryDialog(summary, parent)
    modal.run(dialog)
    return dialog.scale.level(), dialog.feeling()


def show_sound_settings(parent: QWidget | None, prefs: Repository) -> bool:
    """Edit the sound and voice settings; True if they were saved."""
    from backcare_desktop.ui.session.sound_settings import SoundSettings

    dialog = SoundSettings(prefs, parent)
    return modal.run(dialog) == SoundSettings.DialogCode.Accepted
