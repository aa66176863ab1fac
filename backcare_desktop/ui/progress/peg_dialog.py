"""The weekly questions (PEG): three 0–10 scales about the past week."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.progress.peg import QUESTIONS
from backcare_desktop.core.words import QT_TRANSLATE_NOOP
from backcare_desktop.ui.shell.pain_scale import PainScale

# What a screen reader says with each number, so a number alone is never heard
# without its question.
SHORT_NAMES = {
    "pain": QT_TRANSLATE_NOOP("PegDialog", "Average pain"),
    "enjoyment": QT_TRANSLATE_NOOP("PegDialog", "Getting in the way of enjoying life"),
    "activity": QT_TRANSLATE_NOOP("PegDialog", "Getting in the way of everyday activities"),
}


class PegDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weekly questions"))
        self.setAccessibleName(self.tr("Weekly questions"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Three short questions about the past week. Choose a number from "
                               "0 to 10 for each; together they give your weekly score."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.scales: dict[str, PainScale] = {}
        for number, question in enumerate(QUESTIONS, start=1):
            text = QCoreApplication.translate("PegDialog", question.text)
            label = QLabel(self.tr("<b>{number}.</b> {question}").format(number=number,
                                                                           question=text))
            label.setWordWrap(True)
            scale = PainScale(labels={0: QCoreApplication.translate("PegDialog", question.low),
                                      10: QCoreApplication.translate("PegDialog", question.high)})
            scale.setAccessibleName(text)
            short = QCoreApplication.translate("PegDialog", SHORT_NAMES[question.key])
            for button in scale.group.buttons():
                button.setAccessibleDescription(short)
            scale.group.idClicked.connect(lambda _level: self._answered())
            layout.addSpacing(4)
            layout.addWidget(label)
            layout.addWidget(scale)
            self.scales[question.key] = scale
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save.setEnabled(False)
        self.save.setToolTip(self.tr("Answer all three questions to save."))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _answered(self) -> None:
        self.save.setEnabled(all(s.level() is not None for s in self.scales.values()))

    def set_answers(self, pain: int, enjoyment: int, activity: int) -> None:
        for key, value in (("pain", pain), ("enjoyment", enjoyment), ("activity", activity)):
            self.scales[key].set_level(value)
        self._answered()

    def answers(self) -> tuple[int, int, int]:
        values = [self.scales[q.key].level() for q in QUESTIONS]
        assert all(v is not None for v in values)
        pain, enjoyment, activity = (int(v or 0) for v in values)
        return pain, enjoyment, activity
