"""A read-only view of a routine's timed plan: every phase with when it starts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from backcare_desktop.core.routines.describe import phase_counters
from backcare_desktop.core.routines.loading import format_duration, num
from backcare_desktop.core.routines.model import Routine
from backcare_desktop.core.routines.plan import COUNTED_REP_ESTIMATE_S, Phase, expand
from backcare_desktop.ui.shell.texts import PHASE_NAMES


def phase_line(phase: Phase, routine: Routine) -> str:
    name = routine.exercises[phase.exercise_index].name
    parts = [PHASE_NAMES[phase.kind.value], name]
    if where := phase_counters(phase):
        parts.append(where.lower())
    length = (f"{num(phase.duration_s)} s" if phase.duration_s is not None
              else f"{phase.reps} reps at your pace")
    return " · ".join(parts) + f"  ({length})"


class PlanPreview(QDialog):
    def __init__(self, routine: Routine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{routine.title}: the plan")
        self.resize(560, 600)
        plan = expand(routine)
        header = QLabel(
            f"<b>{routine.title}</b>: {len(plan.phases)} steps, about "
            f"{format_duration(plan.estimated_total_s)}. The guided session will lead you "
            "through them with a countdown, tones and a voice.")
        header.setWordWrap(True)
        self.steps = QListWidget()
        self.steps.setAccessibleName("Steps of the plan")
        clock = 0.0
        for phase in plan.phases:
            minutes, seconds = divmod(int(clock), 60)
            self.steps.addItem(f"{minutes:2d}:{seconds:02d}   {phase_line(phase, routine)}")
            clock += (phase.duration_s if phase.duration_s is not None
                      else phase.reps * COUNTED_REP_ESTIMATE_S)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(self.steps, 1)
        layout.addWidget(buttons)
