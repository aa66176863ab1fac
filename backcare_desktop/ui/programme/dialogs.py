"""The programme's dialogs, each behind one function (tests answer them)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from backcare_desktop.core.programme.first_week import Answers, propose
from backcare_desktop.core.programme.plan import WeeklyPlan
from backcare_desktop.ui.shell import modal


def ask_answers(parent: QWidget | None) -> Answers | None:
    """The first-run questions; None when skipped."""
    from backcare_desktop.ui.programme.questions import FirstWeekQuestions

    dialog = FirstWeekQuestions(parent)
    if modal.run(dialog) == QDialog.DialogCode.Accepted:
        return dialog.answers()
    return None


def edit_plan(parent: QWidget | None, plan: WeeklyPlan, routines: dict[str, str],
              today: date, *, proposal: bool = False) -> WeeklyPlan | None:
    """Change the plan (``routines``: id → title); the changed plan, valid, or None
    when cancelled. "Suggest a plan…" asks the questions and fills in a proposal.
    With ``proposal`` the plan shown is one BackCare proposes, to accept or change."""
    from backcare_desktop.ui.programme.plan_editor import PlanEditor

    def suggest() -> WeeklyPlan | None:
        answers = ask_answers(parent)
        return None if answers is None else propose(answers, today, set(routines))

    dialog = PlanEditor(plan, routines, today, suggest=suggest, parent=parent,
                        accept_text=QCoreApplication.translate(
                            "PlanDialogs", "Accept this plan") if proposal else "")
    if proposal:
        dialog.setWindowTitle(QCoreApplication.translate("PlanDialogs", "Your proposed plan"))
    if modal.run(dialog) == QDialog.DialogCode.Accepted:
        return dialog.result_plan()
    return None


def ask_first_plan(parent: QWidget | None, routines: dict[str, str],
                   today: date) -> WeeklyPlan | None:
    """First run: the questions, then the proposed plan to change and accept.
    None when skipped or cancelled."""
    answers = ask_answers(parent)
    if answers is None:
        return None
    return edit_plan(parent, propose(answers, today, set(routines)), routines, today,
                     proposal=True)
