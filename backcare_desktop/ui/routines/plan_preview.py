"""A routine's timeline: each exercise with when it starts, its dose and its length,
and under it its parts (getting ready, each set or side, the rests).

A tree: the exercise is a row with its parts as its children, all open; the
arrow keys move through them and each cell has a sentence for a screen reader.
The words come from ``core.routines.describe.timeline``, so they follow the plan
the session runs.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.routines.describe import (
    ExerciseSteps,
    Part,
    about_in_words,
    clock_in_words,
    seconds_in_words,
    timeline,
)
from backcare_desktop.core.routines.model import Routine
from backcare_desktop.core.routines.plan import expand
from backcare_desktop.ui.shell.i18n import tr

WIDTH, HEIGHT = 800, 520  # at most; fits a 1024×600 screen with room to spare
START, WHAT, LENGTH = 0, 1, 2  # the columns


def _length(seconds: float, estimated: bool) -> str:
    text = seconds_in_words(seconds, tr)
    return tr("about {time}").format(time=text) if estimated else text


class PlanPreview(QDialog):
    def __init__(self, routine: Routine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{title}: the timeline").format(title=routine.title))
        plan = expand(routine)
        steps = timeline(plan, tr)
        header = QLabel(self.tr(
            "<b>{title}</b>: %n exercise(s), {length} in all. The guided session "
            "leads you through them with a countdown, tones and a voice.", "",
            len(steps)).format(
                title=escape(routine.title),
                length=escape(about_in_words(plan.estimated_total_s, tr))))
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setWordWrap(True)
        self.steps = QTreeWidget()
        self.steps.setAccessibleName(self.tr("The routine's timeline"))
        self.steps.setAccessibleDescription(self.tr(
            "Each exercise with when it starts, how much of it and how long; under it "
            "its sets, sides and rests"))
        self.steps.setHeaderLabels([self.tr("Starts"), self.tr("Step"), self.tr("Length")])
        self.steps.setUniformRowHeights(True)
        self.steps.setAlternatingRowColors(True)
        self.steps.setWordWrap(False)
        header_view = self.steps.header()
        header_view.setStretchLastSection(False)
        header_view.setSectionResizeMode(START, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(LENGTH, QHeaderView.ResizeMode.ResizeToContents)
        for step in steps:
            self.steps.addTopLevelItem(self._exercise_item(step))
        self.steps.expandAll()
        first = self.steps.topLevelItem(0)
        if first is not None:
            self.steps.setCurrentItem(first)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.steps, 1)
        layout.addWidget(buttons)
        screen = (parent or self).screen().availableGeometry()
        self.resize(min(WIDTH, screen.width() - 32), min(HEIGHT, screen.height() - 48))
        self.steps.setFocus()

    def _exercise_item(self, step: ExerciseSteps) -> QTreeWidgetItem:
        number = step.index + 1
        item = self._row(step.start_s, self.tr("{number}. {name} — {dose}").format(
                             number=number, name=step.name, dose=step.dose),
                         step.length_s, step.estimated,
                         self.tr("Exercise {number}, {name}: {dose}").format(
                             number=number, name=step.name, dose=step.dose))
        font = item.font(WHAT)
        font.setBold(True)
        for column in (START, WHAT, LENGTH):
            item.setFont(column, font)
        item.addChildren([self._part_item(part) for part in step.parts])
        return item

    def _part_item(self, part: Part) -> QTreeWidgetItem:
        return self._row(part.start_s, part.text, part.length_s, part.estimated, part.text)

    def _row(self, start_s: float, text: str, length_s: float, estimated: bool,
             spoken: str) -> QTreeWidgetItem:
        start = clock_in_words(start_s)
        length = _length(length_s, estimated)
        item = QTreeWidgetItem([start, text, length])
        role = Qt.ItemDataRole.AccessibleTextRole
        item.setData(START, role, self.tr("Starts at {time}").format(time=start))
        item.setData(WHAT, role, spoken)
        item.setData(LENGTH, role, self.tr("Lasts {length}").format(length=length))
        item.setTextAlignment(LENGTH, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setToolTip(WHAT, text)
        return item
