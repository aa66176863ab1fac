"""The Settings page: opened with Ctrl+, or File → Settings…, sections built when first
shown, every control reached with Tab, each value saved when changed and valid, and
the app reacting at once (the header's goal, the colour scheme)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QSlider,
    QWidget,
)
from pytestqt.qtbot import QtBot

from backcare_desktop.app import Running
from backcare_desktop.paths import AppPaths
from backcare_desktop.ui.shell import theme
from backcare_desktop.ui.shell.main_window import MainWindow
from backcare_desktop.ui.shell.pages import PAGES
from backcare_desktop.ui.shell.settings_page import GeneralSection, SettingsPage
from tests.fakes import FakeClock, FakePrefs
from tests.ui.conftest import DialogLog
from tests.ui.shown import header_text

SECTIONS = ["general", "plan", "sound", "hydration", "checkin", "data"]


@pytest.fixture
def running(qtbot: QtBot, launch, paths: AppPaths) -> Iterator[Running]:
    outcome = launch(paths)
    assert isinstance(outcome, Running)
    qtbot.waitUntil(lambda: outcome.ready)
    yield outcome
    QApplication.instance().setProperty("backcareColourScheme", None)  # type: ignore[union-attr]


@pytest.fixture(autouse=True)
def light_again(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply_theme(qapp, "light")


def settings_of(window: MainWindow) -> SettingsPage:
    page = window.built_page("settings")
    assert isinstance(page, SettingsPage)
    return page


def test_the_page_is_last_in_the_navigation_and_built_only_when_opened(running) -> None:
    window = running.window
    assert PAGES[-1].key == "settings"
    assert window.built_page("settings") is None  # start-up does not pay for it
    window.show_page("settings")
    page = settings_of(window)
    assert page.keys() == SECTIONS  # by their order, whoever registered first
    assert page.built_section("general")
    assert not any(page.built_section(key) for key in SECTIONS[1:])  # each when first shown


def test_ctrl_comma_opens_it_and_the_keyboard_reaches_every_control(running, qtbot) -> None:
    window = running.window
    qtbot.waitUntil(window.menus_ready)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "settings"
    page = settings_of(window)
    assert page.sections.hasFocus()
    for row, key in enumerate(SECTIONS):
        page.sections.setFocus()
        if row:
            qtbot.keyClick(page.sections, Qt.Key.Key_Down)
        assert page.current_key() == key
        QApplication.processEvents()  # a section built now is shown on the next turn
        reached = tab_through(page)
        controls = [w for w in page.section(key).findChildren(QWidget) if _control(w)]
        missing = [_name(w) for w in controls if w not in reached]
        assert controls and missing == [], f"{key}: not reached with Tab: {missing}"
        unnamed = [w for w in controls if not _name(w)]
        assert unnamed == [], f"{key}: controls without a name"


def _control(widget: QWidget) -> bool:
    return (isinstance(widget, (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider,
                                QListWidget))
            and widget.isVisibleTo(widget.window()) and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    text = getattr(widget, "text", None)
    if callable(text) and text():
        return str(text())
    buddy = [label for label in widget.window().findChildren(QLabel) if label.buddy() is widget]
    return buddy[0].text() if buddy else ""


def tab_through(page: SettingsPage) -> set[QWidget]:
    reached: set[QWidget] = set()
    widget: QWidget = page.sections
    for _ in range(200):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                   and widget.isVisible() and widget.isEnabled()):
            widget = widget.nextInFocusChain()
        if widget is page.sections:
            break
        reached.add(widget)
    return reached


def test_the_goal_is_saved_and_the_header_follows_at_once(running) -> None:
    window = running.window
    window.show_settings("general")
    general = settings_of(window).section("general")
    assert isinstance(general, GeneralSection)
    assert "of 3 sessions" in header_text(window)
    general.goal.setValue(5)
    assert running.repo.get_setting("sessions_per_week_goal") == 5
    assert "of 5 sessions" in header_text(window)
    assert general.goal_problem.text() == ""


@pytest.mark.parametrize("value", [0, 15, 99])
def test_a_goal_out_of_range_is_named_plainly_and_not_saved(qtbot, value: int) -> None:
    prefs, told = FakePrefs(), []
    section = GeneralSection(prefs, goal_changed=lambda: told.append("goal"),
                             apply_scheme=lambda _s: None)
    qtbot.addWidget(section)
    section.goal.setValue(value)
    assert section.goal_problem.text() == (
        f"The weekly goal must be from 1 to 14 sessions a week; {value} is not allowed. "
        "Nothing was saved.")
    assert "sessions_per_week_goal" not in prefs.values and told == []
    section.goal.setValue(14)
    assert prefs.values["sessions_per_week_goal"] == 14 and section.goal_problem.text() == ""


def test_the_colour_scheme_is_saved_and_applied_at_once(running, qtbot) -> None:
    window = running.window
    window.show_settings("general")
    general = settings_of(window).section("general")
    assert isinstance(general, GeneralSection)
    general.scheme_buttons["dark"].click()
    assert running.repo.get_setting("colour_scheme") == "dark"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    qtbot.waitUntil(lambda: dark(window) and dark(window.sidebar))  # the window follows
    general.scheme_buttons["light"].click()
    assert running.repo.get_setting("colour_scheme") == "light"
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 128
    qtbot.waitUntil(lambda: not dark(window) and not dark(window.sidebar))


def dark(widget: QWidget) -> bool:
    return widget.palette().color(widget.backgroundRole()).lightness() < 128


def test_sections_added_after_the_page_was_built_take_their_place(running) -> None:
    window = running.window
    window.show_settings()
    window.add_settings_section("later", "Added later", QLabel, order=15)
    assert settings_of(window).keys()[:4] == ["general", "plan", "later", "sound"]
    window.show_settings("later")
    assert settings_of(window).current_key() == "later"
    window.show_settings("no-such-section")  # the page, at the section shown last
    assert settings_of(window).current_key() == "later"
    with pytest.raises(RuntimeError, match="given twice"):
        window.add_settings_section("later", "Again", QLabel)


def test_the_hydration_page_links_to_its_settings(running) -> None:
    window = running.window
    window.show_page("hydration")
    window.page("hydration").settings_link.click()  # type: ignore[attr-defined]
    assert window.current_page_key() == "settings"
    assert settings_of(window).current_key() == "hydration"


def test_the_pain_log_links_to_the_check_in_settings(running, qtbot, clock: FakeClock) -> None:
    window = running.window
    window.show_page("history")
    window.page("history").pain.checkin_link.click()  # type: ignore[attr-defined]
    assert window.current_page_key() == "settings"
    page = settings_of(window)
    assert page.current_key() == "checkin"
    section = page.section("checkin")
    section.checkin.setChecked(True)  # type: ignore[attr-defined]
    assert running.repo.get_setting("checkin_enabled") is True
    checkin = running.progress.checkin
    assert checkin is not None and checkin.due is not None  # armed at once


def test_the_file_menu_has_the_settings(running, qtbot, dialog_log: DialogLog) -> None:
    window = running.window
    qtbot.waitUntil(window.menus_ready)
    assert window.settings_action.text() == "&Settings…"
    assert [s.toString() for s in window.settings_action.shortcuts()] == ["Ctrl+,"]
    window.settings_action.trigger()
    assert window.current_page_key() == "settings"
