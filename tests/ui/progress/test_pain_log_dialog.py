"""The pain-log dialog offers the vocabulary's areas and keeps a note to its limit."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from backcare_desktop.core.vocabulary import NOTE_TYPED_MAX, PainArea
from backcare_desktop.ui.progress.pain_log_dialog import PainLogDialog, not_given


def test_the_areas_are_the_vocabulary_and_an_answer_comes_back_as_a_member(
        qtbot: QtBot) -> None:
    dialog = PainLogDialog(level=5, area=PainArea.NECK, note="stiff")
    qtbot.addWidget(dialog)
    combo = dialog.area
    assert [combo.itemText(i) for i in range(combo.count())] == [
        not_given(), *(area.label for area in PainArea)]
    assert combo.currentText() == PainArea.NECK.label
    combo.setCurrentIndex(1)
    level, area, note = dialog.result_entry()
    assert (level, area, note) == (5, PainArea.LOWER_BACK, "stiff")
    assert area is PainArea.LOWER_BACK


def test_no_area_and_a_long_note(qtbot: QtBot) -> None:
    dialog = PainLogDialog(level=2, note="x" * (NOTE_TYPED_MAX + 10))
    qtbot.addWidget(dialog)
    assert dialog.area.currentText() == not_given()
    assert dialog.result_entry() == (2, None, "x" * NOTE_TYPED_MAX)
