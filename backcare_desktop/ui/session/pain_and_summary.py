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
        self.save = buttons.addButton(_tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setEnabled(False)
        if can_skip:
            buttons.addButton(_tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionSummary", text)


def saving_text(summary: SessionSummary) -> str:
    """What the summary says of steps not saved yet ("" when every step is saved):
    "3 steps are saved; 2 steps are still waiting to be saved. BackCare keeps them
    and saves them when there is space on the disk." """
    if not summary.waiting_steps:
        return ""
    saved = (_tr("1 step is saved") if summary.saved_steps == 1
             else _tr("{n} steps are saved").format(n=summary.saved_steps))
    if summary.waiting_steps == 1:
        template = _tr("{saved}; 1 step is still waiting to be saved. BackCare keeps it "
                       "and saves it {when}.")
    else:
        template = _tr("{saved}; {n} steps are still waiting to be saved. BackCare keeps "
                       "them and saves them {when}.")
    return template.format(saved=saved, n=summary.waiting_steps, when=summary.waiting_because)


def heading(summary: SessionSummary) -> str:
    """Praise only for what was done; nothing done is a plain, valid summary."""
    if not summary.done:
        return _tr("Nothing done this time")
    if summary.hurt:
        return _tr("Stopped because it hurt")
    if summary.finished:
        return _tr("Well done!")
    return _tr("Session stopped")


def outcome_lines(summary: SessionSummary) -> list[str]:
    """Each exercise under what came of it, with the count: "Done (2): Bridge, Curl."
    (plain text; only the outcomes that happened)."""
    lines = []
    for template, names in ((_tr("Done ({n}): {names}."), summary.done),
                            (_tr("Skipped ({n}): {names}."), summary.skipped),
                            (_tr("Stopped because it hurt ({n}): {names}."), summary.hurt)):
        if names:
            lines.append(template.format(n=len(names), names=", ".join(names)))
    return lines


def summary_html(summary: SessionSummary) -> str:
    """The whole summary as the dialog shows it."""
    from backcare_desktop.core.routines.loading import format_duration

    exercise = _tr("{title}: {time} of exercise.").format(
        title=f"<b>{html.escape(summary.title)}</b>",
        time=html.escape(format_duration(summary.active_s)))
    paragraphs = [exercise, *(html.escape(line) for line in outcome_lines(summary))]
    saving = saving_text(summary)
    if saving:
        paragraphs.append(html.escape(saving))
    paragraphs.append(html.escape(_tr("Remember to drink some water.")))
    return (f"<h2>{html.escape(heading(summary))}</h2>"
            + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs))


class SummaryDialog(QDialog):
    def __init__(self, summary: SessionSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Session summary"))
        text = QLabel(summary_html(summary))
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        self.scale = PainScale()
        self.feel = QButtonGroup(self)
        feel_row = QHBoxLayout()
        for number, choice in enumerate(Feeling):
            radio = QRadioButton(QCoreApplication.translate("Feeling", choice.label))
            radio.setProperty("feeling", choice.value)
            self.feel.addButton(radio, number)
            feel_row.addWidget(radio)
        feel_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel(_tr("How is your back now? (optional)")))
        layout.addWidget(self.scale)
        layout.addWidget(QLabel(_tr("How did it feel? (optional)")))
        layout.addLayout(feel_row)
        layout.addWidget(buttons)
        keep_whole_height(self)

    def feeling(self) -> Feeling | None:
        button = self.feel.checkedButton()
        return None if button is None else Feeling(button.property("feeling"))
