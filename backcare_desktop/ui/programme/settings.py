"""The plan's part of the Settings page: the plan in short, "Edit plan…", and
session reminders on or off."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from backcare_desktop.core.programme.plan import WeeklyPlan
from backcare_desktop.ui.programme.words import clock_text, plan_words
from backcare_desktop.ui.shell import i18n

if TYPE_CHECKING:
    from backcare_desktop.ui.programme.install import ProgrammeFeature


def plan_summary(plan: WeeklyPlan, titles: dict[str, str]) -> str:
    """The weekly plan in a few lines: "Monday: Core stability 18:00, …"."""
    if plan.empty:
        return QCoreApplication.translate(
            "PlanSettings", "No plan yet. A plan says which routine to do on which days, "
            "and BackCare reminds you at those times.")
    lines = []
    for weekday in range(7):
        slots = [s for s in plan.slots if s.weekday == weekday]
        if slots:
            sessions = QCoreApplication.translate("PlanSettings", ", ").join(
                QCoreApplication.translate("PlanSettings", "{routine} {time}").format(
                    routine=titles.get(s.routine_id, s.routine_id), time=clock_text(s.at))
                for s in slots)
            lines.append(QCoreApplication.translate("PlanSettings", "{day}: {sessions}").format(
                day=i18n.weekday_text(weekday), sessions=sessions))
    if not lines:
        lines.append(QCoreApplication.translate("PlanSettings",
                                                "Only a first week is planned."))
    return "\n".join(lines)


class PlanSettings(QWidget):
    def __init__(self, feature: ProgrammeFeature, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._feature = feature
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.lost = QLabel()
        self.lost.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit plan…"))
        self.edit_button.clicked.connect(feature.edit_plan)
        self.reminders_on = QCheckBox(self.tr("Remind me of the sessions in my plan"))
        self.reminders_on.setChecked(bool(feature.repo.get_setting("session_reminders_enabled")))
        self.reminders_on.toggled.connect(self._set_reminders)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.lost)
        row = QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.reminders_on)
        layout.addWidget(self.status)
        feature.reminders.changed.connect(self.refresh)
        self.refresh()

    def _set_reminders(self, on: bool) -> None:
        from backcare_desktop.storage.errors import StorageWriteError

        try:
            self._feature.repo.set_setting("session_reminders_enabled", on)
        except StorageWriteError as exc:
            self.status.setText(str(exc))
            return
        self._feature.reminders.rearm()

    def refresh(self) -> None:
        reminders = self._feature.reminders
        titles = reminders.titles()
        plan = reminders.plan()
        self.summary.setText(plan_summary(plan, titles))
        lost = plan.lost_text(set(titles), plan_words())
        self.lost.setText(lost)
        self.lost.setVisible(bool(lost))
        self.status.setText(reminders.status_text())
