"""The first-run questions: a few optional answers that a proposed plan starts from."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.programme.first_week import Answers
from backcare_desktop.core.programme.plan import parse_time
from backcare_desktop.ui.shell import i18n
from backcare_desktop.ui.shell.pain_scale import PainScale

ACTIVITY = (None, "little", "some", "very")


class FirstWeekQuestions(QDialog):
    """Every question may be left unanswered; Skip closes without a plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A plan for your first weeks"))
        intro = QLabel(self.tr(
            "A few questions, all optional, so BackCare can propose a plan: a gentle first "
            "week, then a little more. You can change it before you accept it, or skip this "
            "and plan later."))
        intro.setWordWrap(True)
        self.pain = PainScale()
        self.pain.setAccessibleName(self.tr("How is your back today?"))
        self.activity = QComboBox()
        self.activity.addItems([self.tr("Rather not say"), self.tr("A little"),
                                self.tr("Somewhat"), self.tr("Very active")])
        self.activity.setAccessibleName(self.tr("How active are you?"))
        self.days: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for weekday in range(7):
            box = QCheckBox(i18n.weekday_text(weekday, short=True))
            box.setAccessibleName(i18n.weekday_text(weekday))
            self.days.append(box)
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.time = QLineEdit()
        self.time.setPlaceholderText("18:00")  # the times a plan takes: 24-hour HH:MM
        self.time.setMaximumWidth(self.time.fontMetrics().horizontalAdvance("00:000") + 24)
        self.time.setAccessibleName(self.tr("What time suits you? (HH:MM)"))
        self.time_problem = QLabel()
        self.time_problem.setWordWrap(True)
        self.time_problem.hide()
        self.buttons = QDialogButtonBox()
        self.propose_button = self.buttons.addButton(
            self.tr("Propose a plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.time.textChanged.connect(self._check_time)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("How is your back today? (0 no pain, 10 the worst)")))
        layout.addWidget(self.pain)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("How active are you now?")))
        row.addWidget(self.activity)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Which days suit you? (none ticked: any day)")))
        layout.addLayout(days_row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("What time suits you?")))
        row.addWidget(self.time)
        row.addWidget(self.time_problem, 1)
        layout.addLayout(row)
        layout.addWidget(self.buttons)

    def _check_time(self, text: str) -> None:
        bad = bool(text.strip()) and parse_time(text) is None
        self.time_problem.setText(self.tr("“{text}” is not a time of day; write it as "
                                          "hours and minutes, like 18:00.").format(text=text))
        self.time_problem.setVisible(bad)
        self.propose_button.setEnabled(not bad)

    def answers(self) -> Answers:
        text = self.time.text().strip()
        return Answers(
            pain=self.pain.level(),
            activity=ACTIVITY[self.activity.currentIndex()],
            days=frozenset(i for i, box in enumerate(self.days) if box.isChecked()),
            at=text if text and parse_time(text) is not None else None)
