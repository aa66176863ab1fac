"""Start shows the timed plan until the guided session exists."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from backcare_desktop.core.routines.library import builtin_dir
from backcare_desktop.core.routines.loading import load_routine_file
from backcare_desktop.ui.routines.plan_preview import PlanPreview


def test_the_plan_lists_every_step_with_its_start_time(qtbot: QtBot) -> None:
    routine = load_routine_file(builtin_dir() / "gentle-start.toml")
    preview = PlanPreview(routine)
    qtbot.addWidget(preview)
    lines = [preview.steps.item(i).text() for i in range(preview.steps.count())]
    assert lines[0] == " 0:00   Get ready · Knee to chest  (8 s)"
    assert lines[1] == " 0:08   Hold · Knee to chest · set 1 of 2 · left side  (15 s)"
    assert lines[2] == " 0:23   Switch sides · Knee to chest · set 1 of 2 · right side  (5 s)"
    assert any("Move · Pelvic tilt · set 1 of 2 · rep 1 of 6" in line for line in lines)
