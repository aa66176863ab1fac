"""Steps… shows the routine's timeline, grouped by exercise, before starting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from backcare_desktop.core.routines.library import builtin_dir
from backcare_desktop.core.routines.loading import load_routine_file
from backcare_desktop.ui.routines.plan_preview import PlanPreview

BUILTINS = sorted(builtin_dir().glob("*.toml"))


def cells(item: QTreeWidgetItem) -> tuple[str, str, str]:
    return item.text(0), item.text(1), item.text(2)


def preview_of(qtbot: QtBot, name: str) -> PlanPreview:
    preview = PlanPreview(load_routine_file(builtin_dir() / name))
    qtbot.addWidget(preview)
    return preview


def test_each_exercise_is_a_heading_with_its_start_dose_and_length(qtbot: QtBot) -> None:
    preview = preview_of(qtbot, "gentle-start.toml")
    tree = preview.steps
    assert tree.topLevelItemCount() == 4
    knee = tree.topLevelItem(0)
    assert cells(knee) == ("0:00", "1. Knee to chest — hold 15 s, each side, twice",
                           "1 min 43 s")
    assert [cells(knee.child(i)) for i in range(knee.childCount())] == [
        ("0:00", "Get ready", "8 s"),
        ("0:08", "Set 1, left side: hold 15 s", "15 s"),
        ("0:23", "Switch sides", "5 s"),
        ("0:28", "Set 1, right side: hold 15 s", "15 s"),
        ("0:43", "Rest", "10 s"),
        ("0:53", "Set 2, left side: hold 15 s", "15 s"),
        ("1:08", "Switch sides", "5 s"),
        ("1:13", "Set 2, right side: hold 15 s", "15 s"),
        ("1:28", "Rest before the next exercise", "15 s"),
    ]
    tilt = tree.topLevelItem(1)
    assert cells(tilt) == (
        "1:43", "2. Pelvic tilt — 6 reps: move 2 s, hold 3 s, return 2 s · twice", "2 min 4 s")
    assert [cells(tilt.child(i))[1] for i in range(tilt.childCount())] == [
        "Get ready", "Set 1: 6 reps", "Rest", "Set 2: 6 reps", "Rest before the next exercise"]
    assert knee.isExpanded() and tilt.isExpanded()


@pytest.mark.parametrize("path", BUILTINS, ids=[p.stem for p in BUILTINS])
def test_every_row_can_be_read_aloud(qtbot: QtBot, path: Path) -> None:
    preview = preview_of(qtbot, path.name)
    tree = preview.steps
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    rows += [row.child(i) for row in list(rows) for i in range(row.childCount())]
    role = Qt.ItemDataRole.AccessibleTextRole
    for row in rows:
        assert row.data(0, role).startswith("Starts at ")
        assert row.data(1, role)
        assert row.data(2, role).startswith("Lasts ")
        assert "×" not in row.text(1) and "–" not in row.text(1)


def test_the_arrow_keys_walk_the_timeline(qtbot: QtBot) -> None:
    preview = preview_of(qtbot, "core-stability.toml")
    preview.show()
    qtbot.waitExposed(preview)
    tree = preview.steps
    assert preview.focusWidget() is tree and tree.currentItem() is tree.topLevelItem(0)
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem().text(1) == "Get ready"
    qtbot.keyClick(tree, Qt.Key.Key_End)
    assert tree.currentItem().parent() is tree.topLevelItem(tree.topLevelItemCount() - 1)


def test_counted_reps_show_an_estimated_length(qtbot: QtBot) -> None:
    from dataclasses import replace

    from backcare_desktop.core.routines.model import Reps

    routine = load_routine_file(builtin_dir() / "core-stability.toml")
    bridge = routine.exercises[0]
    counted = replace(bridge, spec=Reps(reps=10, pace="counted"))
    preview = PlanPreview(replace(routine, exercises=(counted,)))
    qtbot.addWidget(preview)
    row = preview.steps.topLevelItem(0)
    assert cells(row)[1] == "1. Bridge — 10 reps at your own pace"
    assert cells(row)[2] == "about 35 s"
    assert cells(row.child(1)) == ("0:05", "10 reps at your own pace", "about 30 s")


def test_the_dialog_fits_a_small_screen(qtbot: QtBot) -> None:
    preview = preview_of(qtbot, "progressive-relaxation.toml")
    screen = QGuiApplication.primaryScreen().availableGeometry()
    assert preview.width() <= min(1024, screen.width())
    assert preview.height() <= min(600, screen.height())
    hint = preview.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600
