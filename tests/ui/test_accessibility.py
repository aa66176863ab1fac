"""Every control a person can reach has a name a screen reader can say.

The test visits every page of the running app (the session idle and running, the
History page on each tab) and opens every dialog the app can open, through the
real functions of the ``dialogs`` modules with the modal loop replaced by a look
at the dialog. Each button, input, list, table, combo box, check box, slider,
spin box and tab bar must have a non-empty accessible name: its text, the label
that is its buddy (a form's row label), or one set with ``setAccessibleName``.

The file pickers are Qt's own (or the desktop's) and are not checked here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backcare_desktop.app import Running
from backcare_desktop.core.programme.plan import Slot, WeeklyPlan
from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Pmr, Reps, Routine
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage.errors import DatabaseProblem, ProblemKind
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.session.pain_and_summary import SessionSummary
from backcare_desktop.ui.shell.pages import PAGES
from tests.ui.real_dialogs import REAL

CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractItemView,
            QAbstractSlider, QTabBar, QTextEdit, QPlainTextEdit)

# One exercise of each kind, so the routine editor and the session show them all.
EVERY_KIND = Routine("every-kind", "Every kind", "mixed", "gentle", (
    Exercise("Bird dog", Hold(hold_s=20, per_side=True), prepare_s=5, rest_after_s=10),
    Exercise("Curl", Reps(reps=3, pace="counted"), prepare_s=0, rest_after_s=0),
    Exercise("Shoulders", Pmr(tense_s=5, relax_s=10), prepare_s=0, rest_after_s=0),
    Exercise("Belly", Breathing(4, 6, cycles=2), prepare_s=0),
))


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return "" if interface is None else interface.text(QAccessible.Text.Name).strip()


def _inside_qt_parts(widget: QWidget) -> bool:
    """Parts of a Qt widget that a screen reader meets as that widget: a spin box's
    or combo box's editor and list, a scroll area's bars and viewport, a view's
    headers."""
    if widget.objectName().startswith("qt_") or isinstance(widget, (QScrollBar, QHeaderView)):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        return True
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def is_control(widget: QWidget) -> bool:
    if _inside_qt_parts(widget):
        return False
    focusable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return isinstance(widget, CONTROLS) or focusable


def unnamed_controls(root: QWidget, where: str) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if is_control(widget) and not accessible_name(widget):
            what = widget.objectName() or type(widget).__name__
            found.append(f"{where}: {what} ({type(widget).__name__}, "
                         f"tooltip {widget.toolTip()!r})")
    return found


def test_the_check_finds_a_nameless_control(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    QLineEdit(page).setObjectName("nameless")
    named = QLineEdit(page)
    named.setAccessibleName("Search")
    assert [line.split(":")[1].split()[0]
            for line in unnamed_controls(page, "page")] == ["nameless"]


# -- the pages ------------------------------------------------------------------------------

@pytest.fixture
def running(launch: Callable[[AppPaths], Running | int], paths: AppPaths,
            qtbot: QtBot) -> Iterator[Running]:
    outcome = launch(paths)
    assert isinstance(outcome, Running)
    qtbot.waitUntil(lambda: outcome.ready)
    yield outcome
    outcome.shutdown()


def test_every_page_names_every_control(running: Running) -> None:
    window = running.window
    found = unnamed_controls(window, "window")
    for info in PAGES:
        window.show_page(info.key)
        page = window.page(info.key)
        found += unnamed_controls(page, info.title)
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                found += unnamed_controls(page, f"{info.title}, {tabs.tabText(index)} tab")
    assert found == [], "\n".join(found)


def test_a_running_session_names_every_control(running: Running) -> None:
    window = running.window
    running.ctx.events.start_routine.emit(EVERY_KIND)
    page = window.page("session")
    assert running.ctx.session.active
    found = unnamed_controls(page, "Session, running")
    running.ctx.session.pause_requested.emit("The session paused because the screen was locked.")
    found += unnamed_controls(page, "Session, paused")
    assert found == [], "\n".join(found)


def test_the_header_and_the_navigation_are_read(running: Running) -> None:
    window = running.window
    assert accessible_name(window.nav) == "Pages"
    assert accessible_name(window.header) == window.header.text() != ""  # read as shown
    assert window.header.accessibleDescription() != ""


# -- the dialogs ------------------------------------------------------------------------------

@dataclass
class Looks:
    """The dialogs opened (their titles) and the nameless controls found in them."""

    opened: list[str] = field(default_factory=list)
    found: list[str] = field(default_factory=list)


@pytest.fixture
def looks(monkeypatch: pytest.MonkeyPatch) -> Looks:
    """Opening a dialog looks at its controls instead of waiting for the person."""
    seen = Looks()

    def look(self: QDialog) -> int:
        seen.opened.append(self.windowTitle())
        seen.found.extend(unnamed_controls(self, f"dialog {self.windowTitle()!r}"))
        self.done(QDialog.DialogCode.Rejected.value)  # closed as the person would
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr("PySide6.QtWidgets.QDialog.exec", look)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec", look)
    return seen


ROUTINE_TITLES = {"core-stability": "Core stability", "deep-breathing": "Deep breathing",
                  "progressive-relaxation": "Progressive relaxation"}
PLAN_WITH_PROBLEMS = WeeklyPlan(
    (Slot(0, "18:00", "core-stability"), Slot(0, "18:30", "progressive-relaxation"),
     Slot(2, "25:00", "deep-breathing"), Slot(4, "18:00", "a-routine-deleted-since")),
    (Slot(0, "18:00", "deep-breathing"),), date(2026, 11, 23))


def test_every_dialog_names_every_control(looks: Looks, running: Running,
                                          repo: Repository, tmp_path: Path) -> None:
    parent = running.window
    when = datetime(2026, 11, 24, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    problem = DatabaseProblem(ProblemKind.CORRUPT, tmp_path / "backcare.sqlite3", "not a database")
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
        ("ask_database_recovery", (problem, tmp_path / "backup.sqlite3"), {}),
        ("show_first_run_notice", (parent,), {}),
        ("show_about", (parent, "1.0", tmp_path, tmp_path / "log.txt"), {}),
        ("show_error", (parent, "Error", "Something failed."), {}),
        ("show_problems", (parent, "Problems", "These:", ["one", "two"]), {}),
        ("confirm", (parent, "Delete?", "Delete it?", "Delete"), {}),
        ("edit_routine", (parent, EVERY_KIND, set()), {"creating": False}),
        ("edit_routine", (parent, EVERY_KIND, set()), {"creating": True}),
        ("show_plan_preview", (parent, EVERY_KIND), {}),
        ("ask_pain", (parent, "Before you start", "How is your back?"), {"can_skip": True}),
        ("ask_pain", (parent, "It hurt", "How bad?"), {"can_skip": False}),
        ("show_hurt_advice", (parent, "Bird dog"), {}),
        ("show_session_summary", (parent, SessionSummary("Every kind", True, 300,
                                                         ("Bird dog",), ("Curl",))), {}),
        ("show_sound_settings", (parent, repo), {}),
        ("edit_water_entry", (parent, when, 250), {}),
        ("log_pain", (parent,), {}),
        ("ask_peg", (parent,), {}),
        ("ask_answers", (parent,), {}),
        ("edit_plan", (parent, PLAN_WITH_PROBLEMS, ROUTINE_TITLES, when.date()), {}),
    ]
    for name, args, kwargs in calls:
        REAL[name](*args, **kwargs)
    assert len(looks.opened) == len(calls)  # each call opened its dialog
    assert looks.found == [], "\n".join(looks.found)


def test_every_exercise_in_the_editor_names_its_fields(qtbot: QtBot) -> None:
    from backcare_desktop.ui.routines.editor import RoutineEditor

    editor = RoutineEditor(EVERY_KIND, set(), creating=False)
    qtbot.addWidget(editor)
    found = []
    for row in range(editor.exercises.count()):
        editor.exercises.setCurrentRow(row)
        found += unnamed_controls(editor, f"editor, {editor.exercises.item(row).text()}")
    assert found == [], "\n".join(found)


def test_a_message_box_button_is_read_by_its_text(qtbot: QtBot) -> None:
    box = QMessageBox()
    qtbot.addWidget(box)
    button = box.addButton("I understand", QMessageBox.ButtonRole.AcceptRole)
    assert accessible_name(button) == "I understand"
