"""The questions a session asks: pain now, and how it went."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.vocabulary import Feeling
from backcare_desktop.ui.shell.dialogs import keep_whole_height
from backcare_desktop.ui.shell.i18n import number_text, tr
from backcare_desktop.ui.shell.pain_scale import PainScale


class PainDialog(QDialog):
    def __init__(self, title: str, question: str, *, can_skip: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.scale = PainScale()
        text = QLabel(question)
        text.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save = buttons.addButton(QCoreApplication.translate("SessionSummary", "Save"),
                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setEnabled(False)
        if can_skip:
            buttons.addButton(QCoreApplication.translate("SessionSummary", "Skip"),
                              QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.scale.group.idClicked.connect(lambda _level: self.save.setEnabled(True))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.scale)
        layout.addWidget(buttons)
        keep_whole_height(self)


@dataclass(frozen=True)
class SessionSummary:
    title: str
    finished: bool
    active_s: float
    done: tuple[str, ...]
    skipped: tuple[str, ...]
    hurt: tuple[str, ...] = ()  # the exercise during which it was stopped because it hurt
    saved_steps: int = 0  # exercises whose result is in the database
    waiting_steps: int = 0  # exercises whose result waits for the disk
    waiting_because: str = ""  # when they will be saved ("when there is space on the disk")


def saving_text(summary: SessionSummary) -> str:
    """What the summary says of steps not saved yet ("" when every step is saved):
    "3 steps are saved; 2 steps are still waiting to be saved. BackCare keeps them
    and saves them when there is space on the disk." """
    if not summary.waiting_steps:
        return ""
    saved = tr("%n step(s) are saved", "", summary.saved_steps)
    return tr("{saved}; %n step(s) still waiting to be saved. BackCare keeps them and saves "
              "them {when}.", "", summary.waiting_steps).format(
        saved=saved, when=summary.waiting_because)


def heading(summary: SessionSummary) -> str:
    """Praise only for what was done; nothing done is a plain, valid summary."""
    if not summary.done:
        return QCoreApplication.translate("SessionSummary", "Nothing done this time")
    if summary.hurt:
        return QCoreApplication.translate("SessionSummary", "Stopped because it hurt")
    if summary.finished:
        return QCoreApplication.translate("SessionSummary", "Well done!")
    return QCoreApplication.translate("SessionSummary", "Session stopped")


def outcome_lines(summary: SessionSummary) -> list[str]:
    """Each exercise under what came of it, with the count: "Done (2): Bridge, Curl."
    (plain text; only the outcomes that happened)."""
    lines = []
    between = QCoreApplication.translate("SessionSummary", ", ", "between exercise names")
    for template, names in (
            (QCoreApplication.translate("SessionSummary", "Done ({n}): {names}."),
             summary.done),
            (QCoreApplication.translate("SessionSummary", "Skipped ({n}): {names}."),
             summary.skipped),
            (QCoreApplication.translate("SessionSummary",
                                        "Stopped because it hurt ({n}): {names}."),
             summary.hurt)):
        if names:
            lines.append(template.format(n=number_text(len(names)), names=between.join(names)))
    return lines


def summary_html(summary: SessionSummary) -> str:
    """The whole summary as the dialog shows it."""
    from backcare_desktop.core.routines.describe import duration_in_words

    exercise = QCoreApplication.translate("SessionSummary", "{title}: {time} of exercise.").format(
        title=f"<b>{html.escape(summary.title)}</b>",
        time=html.escape(duration_in_words(summary.active_s, tr)))
    paragraphs = [exercise, *(html.escape(line) for line in outcome_lines(summary))]
    saving = saving_text(summary)
    if saving:
        paragraphs.append(html.escape(saving))
    paragraphs.append(html.escape(
        QCoreApplication.translate("SessionSummary", "Remember to drink some water.")))
    return (f"<h2>{html.escape(heading(summary))}</h2>"
            + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs))


def feeling_text(feeling: Feeling) -> str:
    """How a feeling is shown: its label, in the shown language (written out here so
    that lupdate finds each; the history shows them from the same context)."""
    shown = {
        Feeling.TOO_EASY: QCoreApplication.translate("Vocabulary", "Too easy"),
        Feeling.ABOUT_RIGHT: QCoreApplication.translate("Vocabulary", "About right"),
        Feeling.TOO_HARD: QCoreApplication.translate("Vocabulary", "Too hard"),
    }
    return shown.get(feeling, feeling.label)


class SummaryDialog(QDialog):
    def __init__(self, summary: SessionSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SessionSummary", "Session summary"))
        text = QLabel(summary_html(summary))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        self.scale = PainScale()
        self.feel = QButtonGroup(self)
        feel_row = QHBoxLayout()
        for number, choice in enumerate(Feeling):
            radio = QRadioButton(feeling_text(choice))
            radio.setProperty("feeling", choice.value)
            self.feel.addButton(radio, number)
            feel_row.addWidget(radio)
        feel_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(QCoreApplication.translate(
            "SessionSummary", "How is your back now? (optional)")))
        layout.addWidget(self.scale)
        layout.addWidget(QLabel(QCoreApplication.translate(
            "SessionSummary", "How did it feel? (optional)")))
        layout.addLayout(feel_row)
        layout.addWidget(buttons)
        keep_whole_height(self)

    def feeling(self) -> Feeling | None:
        button = self.feel.checkedButton()
        return None if button is None else Feeling(button.property("feeling"))
