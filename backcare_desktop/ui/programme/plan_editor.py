"""The plan editor: which routine on which days, at what time.

Two lists of sessions, every week and (optionally) the first week, each row a
day, a time and a routine. What is wrong is named beside the row it concerns
(or under the list when it concerns a whole day), and Save stays off until
nothing is: nothing is saved until the plan is valid.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.programme.plan import (
    FIRST_WEEK_DAYS,
    MAX_PER_DAY,
    MIN_GAP_MIN,
    Slot,
    WeeklyPlan,
)
from backcare_desktop.ui.programme.words import day_text, plan_words
from backcare_desktop.ui.shell import i18n


class _Row:
    def __init__(self, owner: _SlotList, slot: Slot, routines: dict[str, str]) -> None:
        self.day = QComboBox()
        for weekday in range(7):
            self.day.addItem(i18n.weekday_text(weekday))
        self.day.setCurrentIndex(slot.weekday if 0 <= slot.weekday < 7 else 0)
        self.day.setAccessibleName(QCoreApplication.translate("PlanEditor", "Day"))
        self.time = QLineEdit(slot.at)
        self.time.setPlaceholderText(QCoreApplication.translate("PlanEditor", "HH:MM"))
        self.time.setFixedWidth(self.time.fontMetrics().horizontalAdvance("00:000") + 24)
        self.time.setAccessibleName(QCoreApplication.translate("PlanEditor", "Time (HH:MM)"))
        self.routine = QComboBox()
        for routine_id, title in routines.items():
            self.routine.addItem(title, routine_id)
        index = self.routine.findData(slot.routine_id)
        if index < 0:
            self.routine.addItem(QCoreApplication.translate(
                "PlanEditor", "(missing: {id})").format(id=slot.routine_id),
                                 slot.routine_id)
            index = self.routine.count() - 1
        self.routine.setCurrentIndex(index)
        self.routine.setAccessibleName(QCoreApplication.translate("PlanEditor", "Routine"))
        self.remove = QPushButton(QCoreApplication.translate("PlanEditor", "Remove"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("planProblem")
        self.problem.hide()
        for signal in (self.day.currentIndexChanged, self.time.textChanged,
                       self.routine.currentIndexChanged):
            signal.connect(owner.edited)
        self.remove.clicked.connect(lambda: owner.remove_row(self))

    def slot(self) -> Slot:
        return Slot(self.day.currentIndex(), self.time.text().strip(),
                    str(self.routine.currentData() or ""))

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.day, self.time, self.routine, self.remove, self.problem)


class _SlotList(QWidget):
    """Rows of sessions with an Add button."""

    def __init__(self, slots: tuple[Slot, ...], routines: dict[str, str],
                 changed: Callable[[], None]) -> None:
        super().__init__()
        self._routines = routines
        self._changed = changed
        self.rows: list[_Row] = []
        self._grid = QGridLayout()
        self._grid.setColumnStretch(2, 1)
        inner = self._inner = QWidget()
        inner_layout = self._inner_layout = QVBoxLayout(inner)
        inner_layout.addLayout(self._grid)
        inner_layout.addStretch(1)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(inner)
        self.area.setAccessibleName(self.tr("Planned sessions"))
        self.add_button = QPushButton(self.tr("Add a session"))
        self.add_button.clicked.connect(self.add_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.set_slots(slots)

    def set_slots(self, slots: tuple[Slot, ...]) -> None:
        for row in list(self.rows):
            self._drop(row)
        for slot in slots:
            self._append(slot)
        self._relayout()

    def _append(self, slot: Slot) -> _Row:
        row = _Row(self, slot, self._routines)
        self.rows.append(row)
        return row

    def _drop(self, row: _Row) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self._grid.removeWidget(widget)
            widget.deleteLater()

    def _relayout(self) -> None:
        for i, row in enumerate(self.rows):
            for column, widget in enumerate(row.widgets()[:4]):
                self._grid.addWidget(widget, 2 * i, column)
            self._grid.addWidget(row.problem, 2 * i + 1, 0, 1, 4)
        # As wide as a row: the rows scroll up and down, never sideways.
        bar = self.area.verticalScrollBar().sizeHint().width()
        self._inner_layout.activate()
        self.area.setMinimumWidth(self._inner.minimumSizeHint().width() + bar
                                  + 2 * self.area.frameWidth())
        # Room for four rows before it scrolls.
        row_height = QComboBox().sizeHint().height() + max(self._grid.verticalSpacing(), 0)
        self.area.setMinimumHeight(4 * row_height + 2 * self.area.frameWidth())

    def add_row(self) -> None:
        last = self.rows[-1].slot() if self.rows else Slot(0, "18:00", "")
        first_id = next(iter(self._routines), "")
        row = self._append(Slot((last.weekday + 2) % 7, last.at or "18:00",
                                last.routine_id or first_id))
        self._relayout()
        row.day.setFocus()
        self._changed()

    def remove_row(self, row: _Row) -> None:
        self._drop(row)
        self._relayout()
        self._changed()

    def edited(self, *_args: object) -> None:
        self._changed()

    def slots(self) -> tuple[Slot, ...]:
        return tuple(row.slot() for row in self.rows)


class PlanEditor(QDialog):
    def __init__(self, plan: WeeklyPlan, routines: dict[str, str], today: date, *,
                 suggest: Callable[[], WeeklyPlan | None] | None = None,
                 accept_text: str = "", parent: QWidget | None = None) -> None:
        """``routines``: the routines that exist, id → title, in the order to offer
        them; ``suggest`` asks the first-run questions and returns a proposal."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Weekly plan"))
        self._routines = routines
        self._today = today
        self._start = plan.start
        self._suggest = suggest
        intro = QLabel(self.tr(
            "Which routine on which days, at what time. At most {most} sessions a day, at "
            "least {gap} minutes apart. Nothing is saved until the plan is valid.").format(
                most=MAX_PER_DAY, gap=MIN_GAP_MIN))
        intro.setWordWrap(True)
        self.weekly = _SlotList(plan.slots, routines, self._check)
        self.first = _SlotList(plan.first_week, routines, self._check)
        self.first_note = QLabel()
        self.first_note.setWordWrap(True)
        first_page = QWidget()
        first_layout = QVBoxLayout(first_page)
        first_layout.addWidget(self.first_note)
        first_layout.addWidget(self.first, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Every week or the first week"))
        self.tabs.addTab(self.weekly, self.tr("Every week"))
        self.tabs.addTab(first_page, self.tr("First week"))
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setObjectName("planProblem")
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            accept_text or self.tr("Save plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.suggest_button = QPushButton(self.tr("Suggest a plan…"))
        self.suggest_button.setVisible(suggest is not None)
        self.suggest_button.clicked.connect(self._ask_suggestion)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems)
        row = QHBoxLayout()
        row.addWidget(self.suggest_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.setStyleSheet("QLabel#planProblem { color: palette(link); font-weight: bold; }")
        self._check()

    def _known(self) -> set[str]:
        return set(self._routines)

    def result_plan(self) -> WeeklyPlan:
        first = self.first.slots()
        start = (self._start or self._today) if first else None
        return WeeklyPlan(self.weekly.slots(), first, start)

    def _check(self) -> None:
        plan = self.result_plan()
        known = self._known()
        words = plan_words(as_typed=True)
        shown: set[str] = set()
        for rows, first_week in ((self.weekly.rows, False), (self.first.rows, True)):
            for row in rows:
                slot = row.slot()
                own = WeeklyPlan((slot,)).problems(known, words)
                row.problem.setText("\n".join(own))
                row.problem.setVisible(bool(own))
                # The whole plan names a first week's problems "First week, …".
                shown.update(WeeklyPlan(first_week=(slot,), start=self._today).problems(
                    known, words) if first_week else own)
        rest = [p for p in plan.problems(known, words) if p not in shown]
        self.problems.setText("\n".join(rest))
        self.problems.setVisible(bool(rest))
        self.save_button.setEnabled(not plan.problems(known))
        if plan.start is not None:
            last = plan.start + timedelta(days=FIRST_WEEK_DAYS - 1)
            self.first_note.setText(self.tr(
                "The first week runs from {first} to {last}; then the weekly plan "
                "begins.").format(first=day_text(plan.start), last=day_text(last)))
        else:
            self.first_note.setText(self.tr(
                "Optional: sessions for the first seven days only (a gentle start), "
                "from the day you save the plan."))

    def _ask_suggestion(self) -> None:
        if self._suggest is None:
            return
        proposal = self._suggest()
        if proposal is not None:
            self.set_plan(proposal)

    def set_plan(self, plan: WeeklyPlan) -> None:
        self._start = plan.start
        self.weekly.set_slots(plan.slots)
        self.first.set_slots(plan.first_week)
        self._check()
