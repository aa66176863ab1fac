"""The questions a session asks: pain now, and how it went."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
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
        self.save = buttons.addButton("Save", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setEnabled(False)
        if can_skip:
            buttons.addButton("Skip", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.scale.group.idClicked.connect(lambda _level: self.save.setEnabled(True))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.scale)
        layout.addWidget(buttons)


@dataclass(frozen=True)
class SessionSummary:
    title: str
    finished: bool
    active_s: float
    done: tuple[str, ...]
    skipped: tuple[str, ...]
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


class SummaryDialog(QDialog):
    def __init__(self, summary: SessionSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from backcare_desktop.core.routines.loading import format_duration

        self.setWindowTitle("Session summary")
        # Praise only for what was done; nothing done is a plain, valid summary.
        if not summary.done:
            head = _tr("Nothing done this time")
        elif summary.finished:
            head = _tr("Well done!")
        else:
            head = _tr("Session stopped")
        lines = [f"<h2>{head}</h2>",
                 f"<p><b>{summary.title}</b>: {format_duration(summary.active_s)} of exercise.</p>"]
        if summary.done:
            lines.append(f"<p>Done: {', '.join(summary.done)}.</p>")
        if summary.skipped:
            lines.append(f"<p>Skipped: {', '.join(summary.skipped)}.</p>")
        saving = saving_text(summary)
        if saving:
            lines.append(f"<p>{html.escape(saving)}</p>")
        lines.append("<p>Remember to drink some water.</p>")
        text = QLabel("".join(lines))
        text.setWordWrap(True)
        self.scale = PainScale()
        self.feel = QButtonGroup(self)
        feel_row = QHBoxLayout()
        for number, choice in enumerate(Feeling):
            radio = QRadioButton(choice.label)
            radio.setProperty("feeling", choice.value)
            self.feel.addButton(radio, number)
            feel_row.addWidget(radio)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(QLabel("How is your back now? (optional)"))
        layout.addWidget(self.scale)
        layout.addWidget(QLabel("How did it feel? (optional)"))
        layout.addLayout(feel_row)
        layout.addWidget(buttons)

    def feeling(self) -> Feeling | None:
        button = self.feel.checkedButton()
        return None if button is None else Feeling(button.property("feeling"))
