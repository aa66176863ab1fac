"""The routine editor: live validation with the file check's messages, and the total."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from backcare_desktop.core.routines.library import builtin_dir
from backcare_desktop.core.routines.loading import load_routine_file
from backcare_desktop.core.routines.model import Breathing, Hold, Pmr, Reps, Routine
from backcare_desktop.ui.routines.editor import RoutineEditor


def open_editor(qtbot: QtBot, routine: Routine, *, creating: bool = False,
                taken: set[str] | None = None) -> RoutineEditor:
    editor = RoutineEditor(routine, taken or set(), creating=creating)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def save_enabled(editor: RoutineEditor) -> bool:
    return editor.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


@pytest.fixture
def pmr() -> Routine:
    return load_routine_file(builtin_dir() / "progressive-relaxation.toml")


def test_an_out_of_range_value_shows_the_file_check_message_and_blocks_saving(
    qtbot: QtBot, pmr: Routine
) -> None:
    editor = open_editor(qtbot, pmr)
    assert editor.problems == [] and save_enabled(editor)
    editor.exercises.setCurrentRow(2)
    editor.kind_inputs["pmr"]["tense_s"].setValue(30)
    assert editor.problems == [
        'progressive-relaxation.toml: exercise 3 "Left hand and forearm": '
        "tense_s = 30 is outside 3–15"
    ]
    assert not save_enabled(editor)
    assert "tense_s = 30 is outside 3–15" in editor.problem_list.text()
    editor.kind_inputs["pmr"]["tense_s"].setValue(8)
    assert editor.problems == [] and save_enabled(editor)


def test_the_total_updates_as_you_type(qtbot: QtBot, pmr: Routine) -> None:
    editor = open_editor(qtbot, pmr)
    assert editor.total.text() == "Total: about 15 min"
    for row in range(len(pmr.exercises)):
        editor.exercises.setCurrentRow(row)
        editor.kind_inputs["pmr"]["relax_s"].setValue(90)
    assert editor.total.text() == "Total: about 25 min"


def test_every_field_of_a_kind_is_editable(qtbot: QtBot, pmr: Routine) -> None:
    editor = open_editor(qtbot, pmr)
    editor.kind.setCurrentIndex(editor.kind.findData("reps"))
    inputs = editor.kind_inputs["reps"]
    inputs["reps"].setValue(12)
    inputs["sets"].setValue(3)
    inputs["pace"].setCurrentIndex(inputs["pace"].findData("counted"))
    inputs["per_side"].setChecked(True)
    editor.name_edit.setText("Clamshell")
    editor.name_edit.textEdited.emit("Clamshell")
    editor.cues.setPlainText("Keep your core engaged\n\nMove slowly")
    assert editor.routine is not None
    ex = editor.routine.exercises[0]
    assert ex.name == "Clamshell" and ex.cues == ("Keep your core engaged", "Move slowly")
    assert ex.spec == Reps(reps=12, sets=3, pace="counted", per_side=True)
    assert editor.exercises.item(0).text() == "1. Clamshell"


def test_breathing_needs_cycles_or_a_duration(qtbot: QtBot, pmr: Routine) -> None:
    editor = open_editor(qtbot, pmr)
    editor.kind.setCurrentIndex(editor.kind.findData("breathing"))
    assert editor.routine is not None
    assert editor.routine.exercises[0].spec == Breathing(inhale_s=4, exhale_s=6, cycles=10)
    editor.kind_inputs["breathing"]["cycles"].setValue(0)  # "not set"
    assert editor.problems[0].endswith(
        "cycles or duration_s is missing (cycles 1–200, or duration_s 30–3600)")
    editor.kind_inputs["breathing"]["duration_s"].setValue(300)
    assert editor.problems == []


def test_exercises_can_be_added_removed_and_reordered(qtbot: QtBot, pmr: Routine) -> None:
    editor = open_editor(qtbot, pmr)
    editor.exercises.setCurrentRow(0)
    editor.add_exercise()
    assert editor.exercises.currentRow() == 1
    assert editor.routine is not None
    assert editor.routine.exercises[1].spec == Hold(hold_s=20)
    editor.move_exercise(-1)
    assert editor.routine is not None
    assert [e.name for e in editor.routine.exercises[:2]] == [
        "New exercise", "Right hand and forearm"]
    editor.remove_exercise()
    assert editor.routine is not None
    assert len(editor.routine.exercises) == len(pmr.exercises)
    assert editor.routine.exercises[0].name == "Right hand and forearm"


def test_the_last_exercise_cannot_be_removed(qtbot: QtBot) -> None:
    single = load_routine_file(builtin_dir() / "box-breathing.toml")
    editor = open_editor(qtbot, single)
    assert not editor.remove_button.isEnabled()


def test_a_new_routine_takes_its_id_from_the_title(qtbot: QtBot, pmr: Routine) -> None:
    editor = open_editor(qtbot, pmr, creating=True, taken={"evening-wind-down"})
    editor.title_edit.setText("Evening wind-down")
    editor.title_edit.textEdited.emit("Evening wind-down")
    assert editor.routine is not None
    assert editor.routine.id == "evening-wind-down-2"


def test_saving_accepts_with_the_edited_routine(qtbot: QtBot, tmp_path: Path,
                                                pmr: Routine) -> None:
    editor = open_editor(qtbot, pmr)
    editor.exercises.setCurrentRow(0)
    editor.kind_inputs["pmr"]["relax_s"].setValue(60)
    with qtbot.waitSignal(editor.accepted):
        editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.routine is not None
    assert editor.routine.exercises[0].spec == Pmr(tense_s=7, relax_s=60)


def test_a_figure_is_picked_by_looking_and_kept_through_edits(qtbot: QtBot,
                                                              pmr: Routine) -> None:
    editor = open_editor(qtbot, pmr)
    combo = editor.figure
    assert combo.findData("bird-dog") > 0
    assert not combo.itemIcon(combo.findData("bird-dog")).isNull()  # each shows its picture
    assert combo.currentData() == pmr.exercises[0].figure  # as the file says
    combo.setCurrentIndex(combo.findData("bird-dog"))
    assert editor.routine is not None and editor.routine.exercises[0].figure == "bird-dog"
    editor.kind.setCurrentIndex(editor.kind.findData("reps"))  # a new kind keeps it
    assert editor.routine.exercises[0].figure == "bird-dog"
    editor.exercises.setCurrentRow(1)
    editor.exercises.setCurrentRow(0)  # loaded again from what was stored
    assert combo.currentData() == "bird-dog"


def test_a_routine_with_a_figure_keeps_it_when_saved_unchanged(qtbot: QtBot,
                                                               pmr: Routine) -> None:
    first = pmr.exercises[0]
    drawn = pmr.__class__(**{**pmr.__dict__, "exercises": (
        first.__class__(**{**first.__dict__, "figure": "plank"}), *pmr.exercises[1:])})
    editor = open_editor(qtbot, drawn)
    assert editor.figure.currentData() == "plank"
    editor.title_edit.setText("My relaxation")
    editor.title_edit.textEdited.emit("My relaxation")
    assert editor.routine is not None and editor.routine.exercises[0].figure == "plank"
