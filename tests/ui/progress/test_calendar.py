"""The year calendar: keyboard, details, marks, and colours in light and dark."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from backcare_desktop.core.progress.outlook import DayState, year_calendar
from backcare_desktop.core.progress.stats import PainDay, SessionDay
from backcare_desktop.ui.progress.calendar import (
    CalendarPanel,
    add_months,
    cell_colours,
    contrast,
    empty_colour,
    pain_colour,
)
from backcare_desktop.ui.shell.theme import build_palette

TODAY = date(2026, 11, 24)  # a Tuesday
YESTERDAY = TODAY - timedelta(days=1)
FLARE = TODAY - timedelta(days=10)
DONE = TODAY - timedelta(days=8)
REST = TODAY - timedelta(days=5)


def calendar():  # type: ignore[no-untyped-def]
    return year_calendar(
        TODAY, [SessionDay(DONE, 2, 1200)],
        [PainDay(FLARE, 8.0, 9), PainDay(DONE, 3.0, 4)],
        {YESTERDAY: ["core"], TODAY + timedelta(days=1): ["core"]}, {FLARE}, TODAY)


@pytest.fixture
def panel(qtbot: QtBot) -> CalendarPanel:
    widget = CalendarPanel()
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.set_calendar(calendar())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_keys_move_the_selected_day_and_its_details(qtbot: QtBot,
                                                        panel: CalendarPanel) -> None:
    view = panel.view
    assert view.selected == TODAY and "24 November 2026" in panel.details.text()
    view.setFocus()
    moves = [(Qt.Key.Key_Up, YESTERDAY), (Qt.Key.Key_Left, YESTERDAY - timedelta(days=7)),
             (Qt.Key.Key_Right, YESTERDAY), (Qt.Key.Key_Down, TODAY),
             (Qt.Key.Key_PageUp, date(2026, 10, 24)), (Qt.Key.Key_PageDown, TODAY),
             (Qt.Key.Key_Home, view.calendar.first), (Qt.Key.Key_End, TODAY)]
    for key, expected in moves:
        with qtbot.waitSignal(view.selected_changed) as moved:
            qtbot.keyClick(view, key)
        assert moved.args == [expected] and view.selected == expected
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert "planned and missed: core" in panel.details.text()
    assert view.accessibleDescription() == panel.details.text()
    qtbot.keyClick(view, Qt.Key.Key_Left)  # a week back: DONE
    assert "2 sessions done" in panel.details.text()
    assert "average pain 3.0, worst 4" in view.accessibleDescription()


def test_moves_stop_at_the_calendar_s_ends(qtbot: QtBot, panel: CalendarPanel) -> None:
    view = panel.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.selected == view.calendar.first
    qtbot.keyClick(view, Qt.Key.Key_End)
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selected == view.calendar.end  # the end of this week at most
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2026, 12, 15), 1) == date(2027, 1, 15)


def test_a_click_selects_and_hovering_finds_the_day(qtbot: QtBot, panel: CalendarPanel) -> None:
    view = panel.view
    rect = view.cell_rect(FLARE)
    assert rect is not None
    centre = rect.center().toPoint()
    assert view.day_at(centre) == FLARE
    assert view.day_at(QPoint(0, 0)) is None
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre)
    assert view.selected == FLARE
    assert "flare-up" in panel.details.text() and "worst 9" in panel.details.text()


def _pixel(image: QImage, x: float, y: float) -> QColor:
    return image.pixelColor(round(x), round(y))


def _close(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()),
               abs(a.blue() - b.blue())) < 40


@pytest.mark.parametrize("dark", [False, True])
def test_a_flare_day_and_a_missed_day_are_marked_by_shape(qtbot: QtBot, dark: bool) -> None:
    widget = CalendarPanel()
    qtbot.addWidget(widget)
    widget.setPalette(build_palette(dark))
    widget.resize(1000, 300)
    widget.set_calendar(calendar())
    widget.show()
    qtbot.waitExposed(widget)
    view = widget.view
    image = view.grab().toImage()
    palette = view.palette()
    cal = view.calendar
    assert cal is not None
    for day, where in ((FLARE, "corner"), (YESTERDAY, "centre"), (DONE, "centre")):
        rect = view.cell_rect(day)
        cell = cal.get(day)
        assert rect is not None and cell is not None
        fill, mark = cell_colours(cell, palette)
        x, y = ((rect.right() - 2, rect.top() + 2) if where == "corner"
                else (rect.center().x(), rect.center().y()))
        assert _close(_pixel(image, x, y), mark), day
        if fill is not None:  # the mark stands out from the fill
            assert contrast(mark, fill) >= 4.5
    rest = view.cell_rect(REST)
    assert rest is not None
    rest_cell = cal.get(REST)
    assert rest_cell is not None and rest_cell.state is DayState.REST
    centre = _pixel(image, rest.center().x(), rest.center().y())
    assert _close(centre, empty_colour(palette))  # a rest day has no mark
    flare_rect = view.cell_rect(FLARE)
    assert flare_rect is not None  # the flare mark is in the corner only
    assert _close(_pixel(image, flare_rect.left() + 3, flare_rect.bottom() - 3),
                  pain_colour(8.0))


@pytest.mark.parametrize("dark", [False, True])
def test_colours_are_readable_in_light_and_dark(dark: bool) -> None:
    palette = build_palette(dark)
    background = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    assert contrast(text, background) >= 7  # labels, weekday and month names
    for level in range(11):
        cell = year_calendar(TODAY, [SessionDay(DONE, 1, 60)], [PainDay(DONE, level, level)],
                             {}, set(), TODAY).get(DONE)
        assert cell is not None
        fill, mark = cell_colours(cell, palette)
        assert fill is not None and contrast(mark, fill) >= 4.5, level
    # the pain scale reads by lightness: each step darker than the one before
    lightness = [pain_colour(level).lightnessF() for level in range(11)]
    assert lightness == sorted(lightness, reverse=True)
    # an empty day's cell is told from the page by its outline, and the selected
    # day's frame stands out from the page
    highlight = palette.color(QPalette.ColorRole.Highlight)
    assert contrast(highlight, background) >= 3


def test_hovering_a_day_shows_its_details(qtbot: QtBot, panel: CalendarPanel) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    view = panel.view
    rect = view.cell_rect(YESTERDAY)
    assert rect is not None
    pos = rect.center().toPoint()
    QApplication.sendEvent(view, QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos)))
    try:
        qtbot.waitUntil(QToolTip.isVisible)
        assert "planned and missed: core" in QToolTip.text()
        assert view.selected == TODAY  # hovering does not move the selection
    finally:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible())
