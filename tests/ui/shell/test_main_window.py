"""The main window shell: navigation by keyboard, menus, header, and both schemes."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backcare_desktop.core.status import TodayStatus
from backcare_desktop.ui.shell import theme
from backcare_desktop.ui.shell.main_window import MainWindow
from tests.ui.shown import header_text


class Store:
    def __init__(self) -> None:
        self.values: dict[str, str] = {}
        self.about_opened = 0

    def about(self, _parent: QWidget) -> None:
        self.about_opened += 1


@pytest.fixture
def store() -> Store:
    return Store()


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    status = TodayStatus(sessions_this_week=2, sessions_goal=3, water_today_ml=750,
                         water_goal_ml=2000)
    win = MainWindow(status=lambda: status, load_state=store.values.get,
                     save_state=store.values.__setitem__, show_about=store.about)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.menus_ready)  # the commands come just after the first frame
    yield win


def test_the_header_shows_today(window: MainWindow) -> None:
    assert header_text(window) == ("This week: 2 of 3 sessions   ·   "
                                    "Water today: 750 ml of 2,000 ml")


def test_pages_are_reached_with_ctrl_and_a_number(window: MainWindow, qtbot: QtBot) -> None:
    for number, key in enumerate(["routines", "session", "hydration", "progress"], start=1):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"),
                       Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_key() == key


def test_arrow_keys_in_the_navigation_switch_pages(window: MainWindow, qtbot: QtBot) -> None:
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.current_page_key() == "hydration"
    assert window.stack.currentWidget().accessibleName() == "Hydration"


def test_about_is_in_the_help_menu(window: MainWindow, store: Store) -> None:
    window.about_action.trigger()
    assert store.about_opened == 1


def test_closing_saves_size_and_page(window: MainWindow, store: Store, qtbot: QtBot) -> None:
    window.show_page("hydration")
    window.close()
    assert store.values["page"] == "hydration"
    assert store.values["window_geometry"]


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        r, g, b = channel(c.redF()), channel(c.greenF()), channel(c.blueF())
        return 0.2126 * r + 0.7152 * g + 0.0722 * b
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_text_is_easy_to_read_in_both_schemes(dark: bool) -> None:
    p = theme.build_palette(dark)
    role = QPalette.ColorRole
    pairs = [(role.WindowText, role.Window), (role.Text, role.Base),
             (role.ButtonText, role.Button), (role.HighlightedText, role.Highlight),
             (role.Text, role.AlternateBase)]
    for fg, bg in pairs:
        assert contrast(p.color(fg), p.color(bg)) >= 4.5, (fg, bg)
    assert (p.color(role.Window).lightness() < 128) == dark


def test_forced_schemes_win_over_the_system() -> None:
    assert theme.is_dark("dark") and not theme.is_dark("light")


@pytest.mark.slow
def test_the_application_is_made_in_fusion_whatever_style_the_environment_asks_for() -> None:
    code = ("from backcare_desktop.ui.shell import theme\n"
            "app = theme.create_application(['backcare'])\n"
            "theme.apply_theme(app)\n"
            "print(app.style().name(), theme.is_dark('system', app), theme.is_dark('dark', app))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_STYLE_OVERRIDE="Windows")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         timeout=60, check=True)
    assert out.stdout.split() == ["fusion", "False", "True"]


def test_the_menus_have_their_titles_at_once_and_their_commands_after_the_first_frame(
    qtbot: QtBot, store: Store
) -> None:
    status = TodayStatus(0, 3, 0, 2000)
    win = MainWindow(status=lambda: status, load_state=store.values.get,
                     save_state=store.values.__setitem__, show_about=store.about)
    qtbot.addWidget(win)
    titles = [a.text() for a in win.menuBar().actions()]
    assert titles == ["&File", "&Go", "&Help"]
    assert not win.menus_ready()
    win.show()
    qtbot.waitUntil(win.menus_ready)
    commands = [a.text() for a in win.menuBar().actions()[0].menu().actions() if a.text()]
    assert commands == ["Log &pain…", "&Settings…", "&Export records…", "&Import records…",
                        "Export for a &health record (FHIR)…",
                        "&Report for your physiotherapist…", "Pro&gramme sheet…",
                        "&Quit"]
    win.ensure_menus()  # a second call adds nothing
    assert len(win.menuBar().actions()[1].menu().actions()) == 6


def test_the_session_page_is_not_reopened_after_a_restart(qtbot: QtBot, store: Store) -> None:
    store.values["page"] = "session"
    status = TodayStatus(0, 3, 0, 2000)
    win = MainWindow(status=lambda: status, load_state=store.values.get,
                     save_state=store.values.__setitem__, show_about=store.about)
    qtbot.addWidget(win)
    assert win.current_page_key() == "routines"


def test_a_dialog_before_the_first_frame_still_gets_ctrl_q(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first-run notice comes right after the window is shown, possibly before
    its first frame added the menus' commands: showing it must not fail."""
    from PySide6.QtWidgets import QMessageBox

    from backcare_desktop.ui.shell import modal

    status = TodayStatus(sessions_this_week=0, sessions_goal=3, water_today_ml=0,
                         water_goal_ml=2000)
    window = MainWindow(status=lambda: status, load_state=store.values.get,
                        save_state=store.values.__setitem__, show_about=store.about)
    qtbot.addWidget(window)
    assert not window.menus_ready()
    box = QMessageBox(window)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    assert modal.run(box) == 0
    assert window.quit_action in box.actions()
    box.close()


def test_the_page_shown_first_is_built_just_after_the_first_frame(
    qtbot: QtBot, store: Store
) -> None:
    """The first frame has the navigation and the header; the page the person last
    used (built lazily) follows at once, and no other page is built."""
    from PySide6.QtWidgets import QLabel

    store.values["page"] = "hydration"
    built: list[str] = []

    def page(key: str) -> QLabel:
        built.append(key)
        return QLabel(key)

    status = TodayStatus(0, 3, 0, 2000)
    win = MainWindow(status=lambda: status, load_state=store.values.get,
                     save_state=store.values.__setitem__, show_about=store.about)
    qtbot.addWidget(win)
    for key in ("routines", "session", "hydration", "progress", "history"):
        win.add_page(key, lambda key=key: page(key))
    assert win.current_page_key() == "hydration"
    win.show()
    assert built == []  # nothing is built before the first frame
    qtbot.waitUntil(win.first_frame_done)
    assert built == ["hydration"]
    assert win.built_page("hydration") is not None and win.menus_ready()
    win.show_page("progress")  # once the window is up, a page shown is built at once
    assert built == ["hydration", "progress"]


def test_a_window_shown_before_the_records_are_open_fills_in_once_they_are(
    qtbot: QtBot, store: Store
) -> None:
    """Shown before the data is opened (a clean start): the header is empty and the
    page waits until the features have given their pages; then both come at once."""
    from PySide6.QtWidgets import QLabel

    built: list[str] = []
    win = MainWindow(status=None, load_state=store.values.get,
                     save_state=store.values.__setitem__, show_about=store.about,
                     pages_later=True)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.painted):
        win.show()
    assert win.first_painted() and header_text(win) == ""
    win.refresh_status()  # a change announced before the records are open: nothing yet
    assert header_text(win) == ""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # the turn after the first frame: the pages are not given
    assert not win.first_frame_done() and built == []

    def page(key: str) -> QLabel:
        built.append(key)
        return QLabel(key)

    for key in ("routines", "session", "hydration", "progress", "history"):
        win.add_page(key, lambda key=key: page(key))
    with qtbot.waitSignal(win.page_ready):
        win.pages_given()
    assert built == ["routines"] and win.first_frame_done()
    win.show_status(lambda: TodayStatus(1, 3, 250, 2000))
    assert header_text(win).startswith("This week: 1 of 3 sessions")


@pytest.mark.parametrize("geometry", ["!!!not base64!!!", "QUJD", "x" * 333, ""])
def test_a_saved_window_layout_that_cannot_be_read_gives_the_usual_size(
    qtbot: QtBot, store: Store, geometry: str
) -> None:
    store.values["window_geometry"] = geometry
    win = MainWindow(status=None, load_state=store.values.get,
                     save_state=store.values.__setitem__, show_about=store.about)
    qtbot.addWidget(win)
    assert (win.width(), win.height()) == (1000, 680)
