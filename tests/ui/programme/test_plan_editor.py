"""The plan editor and the first-run questions, as the person uses them."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from backcare_desktop.core.programme.plan import Slot, WeeklyPlan
from backcare_desktop.ui.programme.dialogs import ask_first_plan as real_ask_first_plan
from backcare_desktop.ui.programme.plan_editor import PlanEditor
from backcare_desktop.ui.programme.questions import FirstWeekQuestions

ROUTINES = {"core-stability": "Core stability", "deep-breathing": "Deep breathing",
            "flexibility": "Flexibility", "gentle-start": "Gentle start"}
TODAY = date(2026, 11, 24)
PLAN = WeeklyPlan((Slot(0, "18:00", "core-stability"), Slot(2, "18:00", "flexibility")))


def editor(qtbot: QtBot, plan: WeeklyPlan = PLAN, **kwargs: object) -> PlanEditor:
    dialog = PlanEditor(plan, ROUTINES, TODAY, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    return dialog


def test_it_shows_the_plan_and_gives_it_back(qtbot: QtBot) -> None:
    dialog = editor(qtbot)
    assert [r.slot() for r in dialog.weekly.rows] == list(PLAN.slots)
    assert dialog.save_button.isEnabled()
    assert dialog.result_plan() == PLAN


def test_an_impossible_time_is_named_beside_its_row_and_nothing_can_be_saved(qtbot) -> None:
    dialog = editor(qtbot)
    row = dialog.weekly.rows[1]
    row.time.setText("25:00")
    assert not row.problem.isHidden()
    assert "“25:00” is not a time of day" in row.problem.text()
    assert not dialog.save_button.isEnabled()
    row.time.setText("19:00")
    assert row.problem.isHidden() and dialog.save_button.isEnabled()


def test_sessions_too_close_are_named_under_the_list(qtbot: QtBot) -> None:
    dialog = editor(qtbot)
    dialog.weekly.add_button.click()
    row = dialog.weekly.rows[-1]
    row.day.setCurrentIndex(0)
    row.time.setText("18:30")
    assert "Monday: 18:00 and 18:30 are less than 60 minutes apart" in dialog.problems.text()
    assert not dialog.save_button.isEnabled()
    row.remove.click()
    assert len(dialog.weekly.rows) == 2 and dialog.save_button.isEnabled()
    assert dialog.problems.isHidden()


def test_a_missing_routine_is_shown_and_must_be_replaced(qtbot: QtBot) -> None:
    dialog = editor(qtbot, WeeklyPlan((Slot(3, "18:00", "gone"),)))
    row = dialog.weekly.rows[0]
    assert row.routine.currentText() == "(missing: gone)"
    assert "the routine “gone” does not exist" in row.problem.text()
    assert not dialog.save_button.isEnabled()
    row.routine.setCurrentIndex(row.routine.findData("flexibility"))
    assert dialog.save_button.isEnabled()


def test_a_first_week_starts_today(qtbot: QtBot) -> None:
    dialog = editor(qtbot)
    dialog.first.add_button.click()
    plan = dialog.result_plan()
    assert plan.start == TODAY and len(plan.first_week) == 1
    assert "Tuesday 24 November" in dialog.first_note.text()


def test_suggest_a_plan_fills_in_a_proposal(qtbot: QtBot) -> None:
    proposal = WeeklyPlan((Slot(1, "07:30", "gentle-start"),), start=TODAY)
    dialog = editor(qtbot, suggest=lambda: proposal)
    assert dialog.suggest_button.isVisibleTo(dialog)
    dialog.suggest_button.click()
    assert dialog.result_plan() == WeeklyPlan(proposal.slots)


def test_the_questions_give_answers_and_refuse_a_bad_time(qtbot: QtBot) -> None:
    dialog = FirstWeekQuestions()
    qtbot.addWidget(dialog)
    assert dialog.answers().pain is None and dialog.answers().days == frozenset()
    dialog.pain.set_level(8)
    dialog.activity.setCurrentIndex(2)
    dialog.days[0].setChecked(True)
    dialog.days[4].setChecked(True)
    dialog.time.setText("7pm")
    assert not dialog.propose_button.isEnabled()
    assert dialog.time_problem.isVisibleTo(dialog)
    dialog.time.setText("19:15")
    answers = dialog.answers()
    assert (answers.pain, answers.activity, answers.days, answers.at) == (
        8, "some", frozenset({0, 4}), "19:15")
    assert dialog.propose_button.isEnabled()


def test_first_run_asks_then_shows_the_proposal_to_change_and_accept(dialog_log) -> None:
    from backcare_desktop.core.programme.first_week import Answers

    dialog_log.answers["answers"] = Answers(pain=8, days=frozenset({0, 2, 4}))
    dialog_log.answers["edit_plan"] = lambda _p, plan, *_a, **_k: plan
    plan = real_ask_first_plan(None, ROUTINES, TODAY)
    assert dialog_log.names() == ["answers", "edit_plan"]
    _, shown, routines, today = dialog_log.args_of("edit_plan")
    assert plan == shown and routines == ROUTINES and today == TODAY
    assert {s.routine_id for s in plan.slots} <= {"gentle-start", "deep-breathing"}
    assert plan.start == TODAY and plan.problems(set(ROUTINES)) == []


def test_first_run_questions_can_be_skipped(dialog_log) -> None:
    assert real_ask_first_plan(None, ROUTINES, TODAY) is None
    assert dialog_log.names() == ["answers"]
