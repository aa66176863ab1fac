"""Every text fits its widget on a small screen with large text.

The window is 1024×600 and the application's font 1.5× its usual size. On every
page of the running app (the session idle, running and in focus mode) and in
every dialog the app opens (through the real functions of the ``dialogs``
modules, the modal loop replaced by a look at the dialog), each visible label,
button, group box title and tab must show its whole text: a label that does not
wrap must be as wide and as tall as its text, a label that wraps as tall as its
text at its width, a button as large as it asks to be; and no part of any of
them may lie outside its window or a widget around it (a scroll area's
viewport excepted: what is in it can be scrolled to). A dialog must fit the
screen, less a title bar.

A dialog is sized as Qt sizes a window shown on a 1024×600 screen (its size
hint, at most two thirds of the screen, at least its minimum size), since the
offscreen platform's own screen is another size.

The file pickers are Qt's own (or the desktop's) and are not checked here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backcare_desktop.app import Running
from backcare_desktop.core.programme.plan import Slot, WeeklyPlan
from backcare_desktop.core.programme.progression import Direction, Suggestion
from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Pmr, Reps, Routine
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage.errors import DatabaseProblem, ProblemKind
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.session.pain_and_summary import SessionSummary
from backcare_desktop.ui.shell.pages import PAGES
from tests.ui.real_dialogs import REAL

SCREEN = QSize(1024, 600)
TITLE_BAR = 32  # what a window manager's title bar takes of a dialog's height
TEXT_SCALE = 1.5

# One exercise of each kind, with names as long as people give them.
EVERY_KIND = Routine("every-kind", "Gentle morning mobility for a stiff lower back", "mixed",
                     "gentle", (
    Exercise("Bird dog with a long reach", Hold(hold_s=20, per_side=True),
             instructions=("On hands and knees, reach one arm forward and the other leg "
                           "back, keeping your back level.",),
             prepare_s=5, rest_after_s=10),
    Exercise("Pelvic curl", Reps(reps=3, pace="counted"), prepare_s=0, rest_after_s=0),
    Exercise("Shoulders and neck", Pmr(tense_s=5, relax_s=10), prepare_s=0, rest_after_s=0),
    Exercise("Belly breathing", Breathing(4, 6, cycles=2), prepare_s=0),
))


# A plan with a problem of every kind, and routine titles as long as the built-in ones.
ROUTINE_TITLES = {"core-stability": "Core stability", "deep-breathing": "Deep breathing",
                  "progressive-relaxation": "Progressive relaxation"}
PLAN_WITH_PROBLEMS = WeeklyPlan(
    (Slot(0, "18:00", "core-stability"), Slot(0, "18:30", "progressive-relaxation"),
     Slot(2, "25:00", "deep-breathing"), Slot(4, "18:00", "a-routine-deleted-since"),
     Slot(5, "09:00", "core-stability"), Slot(6, "10:00", "deep-breathing")),
    (Slot(0, "18:00", "deep-breathing"),), date(2026, 11, 23))


# -- measuring -------------------------------------------------------------------------------

def _shown(text: str) -> str:
    plain = QTextDocument()
    plain.setHtml(text)
    words = " ".join(plain.toPlainText().split()) if GuiQt.mightBeRichText(text) else text
    return words if len(words) <= 70 else words[:67] + "…"


def _is_rich(label: QLabel) -> bool:
    fmt = label.textFormat()
    return fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text()))


def _label_room(label: QLabel) -> QSize:
    """The room a label gives its text: its contents less margin and indent."""
    room = label.contentsRect().size()
    indent = label.indent()
    if indent < 0:
        indent = QFontMetrics(label.font()).horizontalAdvance("x") // 2 \
            if label.frameWidth() > 0 else 0
    width = room.width() - 2 * label.margin()
    if label.alignment() & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight):
        width -= indent
    return QSize(width, room.height() - 2 * label.margin())


def _label_needs(label: QLabel) -> QSize:
    """The size of a label's text, measured apart from the label: at its width when it
    wraps (the widest line or word as the width), else on lines of their own."""
    room = _label_room(label)
    text = label.text()
    if _is_rich(label):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        if label.wordWrap():
            doc.setTextWidth(room.width())
        size = doc.size()
        return QSize(int(doc.idealWidth() + 0.999), int(size.height() + 0.999))
    metrics = QFontMetrics(label.font())
    flags = Qt.TextFlag.TextExpandTabs
    if label.buddy() is not None:
        flags |= Qt.TextFlag.TextShowMnemonic
    if not label.wordWrap():
        return metrics.boundingRect(QRect(0, 0, 10_000, 10_000), flags.value, text).size()
    words = text.replace("\u200b", " ").split()  # a zero-width space is a place to break
    widest_word = max((metrics.horizontalAdvance(word) for word in words), default=0)
    return QSize(widest_word, label.heightForWidth(label.width()) - 2 * label.margin()
                 - (label.height() - label.contentsRect().height()))


def _button_needs(button: QAbstractButton) -> QSize:
    """A button's size hint, less the width a push button is given beyond its text
    (Fusion makes every push button at least 80 pixels wide)."""
    hint = button.sizeHint()
    if not isinstance(button, QPushButton):
        return hint
    option = QStyleOptionButton()
    button.initStyleOption(option)
    wide = 1000
    overhead = button.style().sizeFromContents(
        QStyle.ContentsType.CT_PushButton, option, QSize(wide, hint.height()), button
    ).width() - wide
    text = QFontMetrics(button.font()).size(Qt.TextFlag.TextShowMnemonic.value, button.text())
    icon = 0 if button.icon().isNull() else button.iconSize().width() + 4
    return QSize(min(hint.width(), text.width() + icon + overhead), hint.height())


def _name(widget: QWidget) -> str:
    return (widget.objectName() or widget.accessibleName()
            or type(widget).__name__)


def _too_small(widget: QWidget) -> tuple[str, QSize, QSize] | None:
    """(the text, the size it needs, the size it has) when it does not fit."""
    if isinstance(widget, QLabel):
        if not widget.text().strip():
            return None
        needs, has = _label_needs(widget), _label_room(widget)
        text = widget.text()
    elif isinstance(widget, QAbstractButton):
        if not widget.text().strip() or (
                isinstance(widget, QToolButton)
                and widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly):
            return None
        needs, has, text = _button_needs(widget), widget.size(), widget.text()
    elif isinstance(widget, QGroupBox):
        if not widget.title():
            return None
        metrics = QFontMetrics(widget.font())
        needs = QSize(metrics.horizontalAdvance(widget.title()), metrics.height())
        has, text = widget.size(), widget.title()
    else:
        return None
    if needs.width() > has.width() or needs.height() > has.height():
        return text, needs, has
    return None


def _cut_by(widget: QWidget) -> QWidget | None:
    """The widget around ``widget`` that hides a part of it (not a scroll area's
    viewport, whose content can be scrolled to)."""
    rect = QRect(widget.rect())
    child = widget
    parent = widget.parentWidget()
    while parent is not None and not child.isWindow():
        rect.translate(child.pos())
        if isinstance(parent.parentWidget(), QAbstractScrollArea) \
                and parent.parentWidget().viewport() is parent:
            return None
        if not parent.rect().contains(rect):
            return parent
        child, parent = parent, parent.parentWidget()
    return None


def _size(size: QSize) -> str:
    return f"{size.width()}×{size.height()}"


def _owner(widget: QWidget) -> str:
    """The module of the nearest BackCare widget holding ``widget`` in its window."""
    current: QWidget | None = widget
    while current is not None:
        module = type(current).__module__
        if module.startswith("backcare_desktop."):
            return module
        if current.isWindow():
            break
        current = current.parentWidget()
    return ""


def clipped(root: QWidget, where: str) -> list[str]:
    """Every text under ``root`` (shown) that does not fit, named with its sizes and
    the module that makes it."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton, QGroupBox)):
            continue
        small = _too_small(widget)
        if small is not None:
            text, needs, has = small
            found.append(f"{where}: {type(widget).__name__} {_name(widget)!r} "
                         f"{_shown(text)!r} needs {_size(needs)}, has {_size(has)} "
                         f"[{_owner(widget)}]")
        cut = _cut_by(widget)
        if cut is not None:
            found.append(f"{where}: {type(widget).__name__} {_name(widget)!r} "
                         f"{_shown(getattr(widget, 'text', lambda: '')())!r} "
                         f"at {_size(widget.size())} is cut off by "
                         f"{type(cut).__name__} {_name(cut)!r} ({_size(cut.size())}) "
                         f"[{_owner(widget)}]")
    for tabs in root.findChildren(QTabBar):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            needs, has = tabs.tabSizeHint(index), tabs.tabRect(index).size()
            if needs.width() > has.width():
                found.append(f"{where}: tab {tabs.tabText(index)!r} needs {_size(needs)}, "
                             f"has {_size(has)} [{_owner(tabs)}]")
    return found


def check(found: list[str]) -> None:
    """Fail on what does not fit, naming each widget."""
    assert found == [], "\n".join(found)


# -- the set-up: large text, a small window --------------------------------------------------

@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[QFont]:
    before = QFont(qapp.font())
    font = QFont(before)
    font.setPointSizeF(max(before.pointSizeF(), 11.0) * TEXT_SCALE)
    qapp.setFont(font)
    yield font
    qapp.setFont(before)


@pytest.fixture
def running(large_text: QFont, launch: Callable[[AppPaths], Running | int], paths: AppPaths,
            qtbot: QtBot) -> Iterator[Running]:
    outcome = launch(paths)
    assert isinstance(outcome, Running)
    qtbot.waitUntil(lambda: outcome.ready)
    outcome.window.showNormal()
    outcome.window.resize(SCREEN)
    yield outcome
    outcome.shutdown()


def _settle(qtbot: QtBot, widget: QWidget, size: QSize) -> None:
    widget.resize(size)
    qtbot.waitUntil(lambda: widget.size() == size)
    _lay_out()


def _lay_out() -> None:
    """Let every layout take in what changed (a text set while the page was shown
    asks for a new layout, which asks for the next)."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.processEvents()


def test_the_check_finds_clipped_text(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    short = QLabel("A label much longer than its room", page)
    short.setObjectName("short")
    short.setGeometry(0, 0, 40, 30)
    wrapped = QLabel("Several words that wrap onto more lines than there is room for", page)
    wrapped.setObjectName("wrapped")
    wrapped.setWordWrap(True)
    wrapped.setGeometry(0, 40, 80, 20)
    outside = QLabel("Out", page)
    outside.setObjectName("outside")
    outside.setGeometry(90, 90, 60, 30)
    fits = QLabel("Fits", page)
    fits.setGeometry(0, 70, 80, 20)
    page.resize(100, 100)
    page.show()
    found = clipped(page, "page")
    assert [line.split("'")[1] for line in found] == ["short", "wrapped", "outside"]
    assert "needs" in found[0] and "has 40×30" in found[0] and "cut off" in found[2]


# -- the pages -------------------------------------------------------------------------------

PAGE_KEYS = [info.key for info in PAGES if info.key != "session"]


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_page_shows_its_whole_text(running: Running, qtbot: QtBot, key: str) -> None:
    window = running.window
    window.show_page(key)
    _settle(qtbot, window, SCREEN)
    found = clipped(window, f"{key} page")
    for tabs in window.page(key).findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _lay_out()
            found += clipped(window, f"{key} page, {tabs.tabText(index)} tab")
    check(found)


@pytest.mark.parametrize("focus", [False, True], ids=["window", "focus mode"])
def test_a_running_session_shows_its_whole_text(running: Running, qtbot: QtBot,
                                                focus: bool) -> None:
    window = running.window
    running.ctx.events.start_routine.emit(EVERY_KIND)
    assert running.ctx.session.active
    page = window.page("session")
    if focus:
        page.set_focus_mode(True)  # type: ignore[attr-defined]
        window.showNormal()
    _settle(qtbot, window, SCREEN)
    found = clipped(window, "session, running")
    running.ctx.session.pause_requested.emit("The session paused because the screen was locked.")
    _lay_out()
    found += clipped(window, "session, paused")
    check(found)
    if focus:
        page.set_focus_mode(False)  # type: ignore[attr-defined]


def test_the_header_in_flare_up_mode_shows_its_whole_text(running: Running,
                                                          qtbot: QtBot) -> None:
    window = running.window
    window.set_flare_mode(True)
    _settle(qtbot, window, SCREEN)
    assert window.flare_note.isVisible()
    check(clipped(window, "header, flare-up mode"))


def test_the_idle_session_page_shows_its_whole_text(running: Running, qtbot: QtBot) -> None:
    window = running.window
    window.show_page("session")
    _settle(qtbot, window, SCREEN)
    found = clipped(window, "session, idle")
    check(found)


SETTINGS_SECTIONS = ["general", "sound", "hydration", "checkin", "data"]


@pytest.mark.parametrize("key", SETTINGS_SECTIONS)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_settings_section_shows_its_whole_text(running: Running, qtbot: QtBot,
                                                     key: str, scheme: str) -> None:
    from backcare_desktop.ui.shell import theme

    window = running.window
    theme.apply_theme(QApplication.instance(), scheme)  # type: ignore[arg-type]
    try:
        window.show_settings(key)
        _settle(qtbot, window, SCREEN)
        check(clipped(window, f"settings, {key} ({scheme})"))
    finally:
        theme.apply_theme(QApplication.instance(), "light")  # type: ignore[arg-type]


# -- the dialogs -----------------------------------------------------------------------------

def shown_size(dialog: QDialog) -> QSize:
    """The size Qt gives a dialog shown on a 1024×600 screen (``adjustSize``)."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    hint = dialog.sizeHint()
    if layout is not None and layout.hasHeightForWidth():
        hint.setHeight(layout.totalHeightForWidth(hint.width()))
    smallest = dialog.minimumSize()
    return QSize(max(min(hint.width(), SCREEN.width() * 2 // 3), smallest.width()),
                 max(min(hint.height(), SCREEN.height() * 2 // 3), smallest.height()))


@pytest.fixture
def looks(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[str]:
    """Opening a dialog looks at its texts instead of waiting for the person."""
    found: list[str] = []

    def look(self: QDialog) -> int:
        where = f"dialog {self.windowTitle()!r}"
        if not isinstance(self, QMessageBox):
            _settle(qtbot, self, shown_size(self))
        _lay_out()
        room = QSize(SCREEN.width(), SCREEN.height() - TITLE_BAR)
        if self.width() > room.width() or self.height() > room.height():
            found.append(f"{where} is {_size(self.size())}, the screen has {_size(room)}")
        found.extend(clipped(self, where))
        self.done(QDialog.DialogCode.Rejected.value)  # closed as the person would
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr("PySide6.QtWidgets.QDialog.exec", look)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec", look)
    return found


def _dialog_calls(parent: QWidget, repo: Repository, tmp_path: Path
                  ) -> list[tuple[str, str, tuple[Any, ...], dict[str, Any]]]:
    when = datetime(2026, 11, 24, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    deep = tmp_path / "a folder with a long name" / "and another inside it" / "backcare"
    problem = DatabaseProblem(ProblemKind.NOT_LAST_WRITTEN, deep / "backcare.sqlite3",
                              "its identity does not match the one recorded")
    names = tuple(e.name for e in EVERY_KIND.exercises)
    return [
        ("recovery", "ask_database_recovery", (problem, deep / "backup.sqlite3"), {}),
        ("first run notice", "show_first_run_notice", (parent,), {}),
        ("about", "show_about", (parent, "1.0", deep, deep / "logs" / "backcare.log"), {}),
        ("error", "show_error", (parent, "Nothing was exported",
                                 f"BackCare could not write into {deep}: Permission denied. "
                                 "Choose another folder."), {}),
        ("records exported", "show_info", (parent, "Records exported",
                                           f"Saved 120 sessions, 340 pain entries and 800 "
                                           f"drinks in {deep}: one CSV file per kind of "
                                           "record (columns.txt explains them) and "
                                           "backcare-records.json, which BackCare can "
                                           "import on another computer."), {}),
        ("records not imported", "show_problems", (
            parent, "Nothing was imported",
            "backcare-records.json was not imported, so nothing changed. What is wrong:",
            [f"sessions[{i}]: the routine title is longer than 200 characters"
             for i in range(15)]), {}),
        ("confirm", "confirm", (parent, "Stop the session?",
                                "Stop now? What you did so far is kept.", "Stop the session"),
         {}),
        ("routine editor", "edit_routine", (parent, EVERY_KIND, set()), {"creating": False}),
        ("new routine editor", "edit_routine", (parent, EVERY_KIND, set()), {"creating": True}),
        ("plan preview", "show_plan_preview", (parent, EVERY_KIND), {}),
        ("pain before", "ask_pain", (parent, "Before you start",
                                     "How is your back right now? (0 is no pain, 10 the "
                                     "worst imaginable.)"), {"can_skip": True}),
        ("pain when it hurt", "ask_pain", (parent, "You stopped because it hurt",
                                           "How bad is the pain now? (0 is no pain, 10 the "
                                           "worst imaginable.)"), {"can_skip": False}),
        ("hurt advice", "show_hurt_advice", (parent, names[0]), {}),
        ("summary", "show_session_summary", (parent, SessionSummary(
            EVERY_KIND.title, False, 1830, names[:2], names[2:], saved_steps=1,
            waiting_steps=3, waiting_because="when there is space on the disk")), {}),
        ("summary, nothing done", "show_session_summary", (parent, SessionSummary(
            EVERY_KIND.title, True, 40, (), names)), {}),
        ("sound settings", "show_sound_settings", (parent, repo), {}),
        ("water entry", "edit_water_entry", (parent, when, 250), {}),
        ("pain log", "log_pain", (parent,), {}),
        ("weekly questions", "ask_peg", (parent,), {}),
        ("flare-up", "show_flare_up", (parent,), {"active": True, "since": "Wednesday 30 "
                                                                            "September"}),
        ("flare-up before a session", "show_flare_up", (parent,), {
            "active": True, "since": "Tuesday 24 November", "routine_title": EVERY_KIND.title,
            "level": 8}),
        ("first-run questions", "ask_answers", (parent,), {}),
        ("plan editor", "edit_plan", (parent, PLAN_WITH_PROBLEMS, ROUTINE_TITLES,
                                      when.date()), {}),
        ("proposed plan", "edit_plan", (parent, PLAN_WITH_PROBLEMS, ROUTINE_TITLES,
                                        when.date()), {"proposal": True}),
        ("progression suggestion", "show_suggestion", (parent, Suggestion(
            EVERY_KIND.title, EVERY_KIND.title, Direction.HARDER,
            "Your last 3 sessions felt too easy and your pain did not rise.", 1,
            Exercise(names[1], Reps(reps=10, sets=2, per_side=True)),
            Exercise(names[1], Reps(reps=12, sets=2, per_side=True)))),
         {"builtin": True, "copy": f"{EVERY_KIND.title} (my copy)"}),
        ("easier routine suggestion", "show_suggestion", (parent, Suggestion(
            EVERY_KIND.title, EVERY_KIND.title, Direction.EASIER,
            "Your pain after the last session was 6, 3 points higher than before it (3). "
            "Every exercise is already at its gentlest.", easier_routine="gentle-start")),
         {"builtin": False, "copy": "", "easier_title": "Gentle start"}),
    ]


DIALOGS = ("recovery", "first run notice", "about", "error", "records exported",
           "records not imported", "confirm", "routine editor", "new routine editor",
           "plan preview", "pain before", "pain when it hurt", "hurt advice", "summary",
           "summary, nothing done", "sound settings", "water entry", "pain log",
           "weekly questions", "flare-up",
           "flare-up before a session", "first-run questions", "plan editor",
           "proposed plan", "progression suggestion", "easier routine suggestion")


@pytest.mark.parametrize("case", DIALOGS)
def test_every_dialog_shows_its_whole_text(looks: list[str], running: Running, repo: Repository,
                                           tmp_path: Path, case: str) -> None:
    calls = {c[0]: c for c in _dialog_calls(running.window, repo, tmp_path)}
    assert tuple(calls) == DIALOGS
    _, name, args, kwargs = calls[case]
    REAL[name](*args, **kwargs)
    check(looks)
