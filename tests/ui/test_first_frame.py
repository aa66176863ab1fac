"""The window's first frame comes before the data is opened when BackCare closed
the data cleanly last time, in the colour scheme, language and layout the person
left; a first start, or anything unusual about the file, opens the data the
careful way before any window is shown."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backcare_desktop.app import EXIT_FAILED, Running
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage import recovery
from backcare_desktop.storage.errors import ProblemKind
from backcare_desktop.storage.recovery import RecoveryChoice
from backcare_desktop.ui.shell import i18n, theme
from backcare_desktop.ui.shell.main_window import MainWindow
from tests.ui.shown import header_text

from .conftest import DialogLog

Launch = Callable[[AppPaths], "Running | int"]


@pytest.fixture(autouse=True)
def english_and_light_again(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")
    theme.apply_theme(qapp, "light")
    qapp.setProperty("backcareColourScheme", None)


def run_and_close(launch: Launch, paths: AppPaths, qtbot: QtBot,
                  before_closing: Callable[[Running], None] = lambda _r: None) -> None:
    """One whole run that ends as Quit does: the data is closed cleanly."""
    running = launch(paths)
    assert isinstance(running, Running)
    qtbot.waitUntil(lambda: running.ready)
    before_closing(running)
    running.shutdown()


class WhenOpened:
    """What the windows looked like when the data was opened."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.seen: list[dict[str, Any]] = []
        real = recovery.open_with_recovery

        def watching(*args: Any, **kwargs: Any) -> Any:
            windows = [w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible()]
            self.seen.append({
                "shown": len(windows),
                "painted": [w.first_painted() for w in windows],
                "pages": [[w.nav.item(i).text() for i in range(w.nav.count())]
                          for w in windows],
                "page": [w.current_page_key() for w in windows],
                "dark": [w.palette().window().color().lightness() < 128 for w in windows],
                "size": [(w.width(), w.height()) for w in windows],
                "header": [header_text(w) for w in windows],
            })
            return real(*args, **kwargs)

        monkeypatch.setattr(recovery, "open_with_recovery", watching)


def test_a_first_start_opens_the_data_before_any_window(
        launch: Launch, paths: AppPaths, qtbot: QtBot, dialog_log: DialogLog,
        monkeypatch: pytest.MonkeyPatch) -> None:
    opened = WhenOpened(monkeypatch)
    run_and_close(launch, paths, qtbot)
    assert [s["shown"] for s in opened.seen] == [0]


def test_a_clean_start_shows_the_window_before_opening_the_data(
        launch: Launch, paths: AppPaths, qtbot: QtBot, dialog_log: DialogLog,
        monkeypatch: pytest.MonkeyPatch) -> None:
    run_and_close(launch, paths, qtbot)
    opened = WhenOpened(monkeypatch)
    running = launch(paths)
    assert isinstance(running, Running)
    (seen,) = opened.seen
    assert seen["shown"] == 1 and seen["painted"] == [True]
    assert seen["header"] == [""], "the header waits for the records"
    # Once start-up is done, nothing is missing: the records, the header, the page.
    assert header_text(running.window) != ""
    qtbot.waitUntil(running.window.first_frame_done)
    assert running.window.built_page("routines") is not None
    qtbot.waitUntil(lambda: running.ready)
    running.shutdown()


def test_the_first_frame_is_in_the_scheme_language_and_layout_left(
        launch: Launch, paths: AppPaths, qtbot: QtBot, dialog_log: DialogLog,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def leave(running: Running) -> None:
        running.repo.set_setting("colour_scheme", "dark")
        running.repo.set_setting("language", "de")
        running.window.resize(760, 540)
        running.window.show_page("hydration")

    run_and_close(launch, paths, qtbot, leave)
    opened = WhenOpened(monkeypatch)
    running = launch(paths)
    assert isinstance(running, Running)
    (seen,) = opened.seen
    assert seen["painted"] == [True]
    assert seen["pages"][0][2] == "Trinken" and seen["page"] == ["hydration"]
    assert seen["dark"] == [True]
    assert seen["size"] == [(760, 540)]
    qtbot.waitUntil(lambda: running.ready)
    running.shutdown()


def test_a_problem_found_after_the_first_frame_is_asked_and_quit_hides_the_window(
        launch: Launch, paths: AppPaths, qtbot: QtBot, dialog_log: DialogLog,
        tmp_path: Path) -> None:
    run_and_close(launch, paths, qtbot)
    # Another BackCare data file, closed cleanly too, put where this one was: the
    # glance cannot tell, the careful open can (it is not the file BackCare left).
    other = AppPaths(data_dir=tmp_path / "other", log_dir=tmp_path / "other" / "logs")
    run_and_close(launch, other, qtbot)
    shutil.copyfile(other.database, paths.database)
    dialog_log.calls.clear()

    dialog_log.recovery_answer = RecoveryChoice.QUIT
    assert launch(paths) == EXIT_FAILED
    assert dialog_log.names() == ["recovery"]
    problem, _backup = dialog_log.args_of("recovery")
    assert problem.kind is ProblemKind.NOT_LAST_WRITTEN
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, MainWindow) and w.isVisible()]

    dialog_log.recovery_answer = RecoveryChoice.USE_AS_IT_IS  # the folder was released
    running = launch(paths)
    assert isinstance(running, Running)
    qtbot.waitUntil(lambda: running.ready)
    running.shutdown()


def test_a_first_frame_that_never_comes_holds_start_up_only_for_a_bounded_time(
        launch: Launch, paths: AppPaths, qtbot: QtBot, dialog_log: DialogLog,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A window that is not put on screen (a hidden workspace, say) is not waited for
    beyond ``FIRST_FRAME_WAIT_MS``: the data is opened and start-up goes on."""
    from PySide6.QtWidgets import QMainWindow

    from backcare_desktop import app as app_module

    run_and_close(launch, paths, qtbot)
    monkeypatch.setattr(app_module, "FIRST_FRAME_WAIT_MS", 20)
    monkeypatch.setattr(MainWindow, "paintEvent", QMainWindow.paintEvent)  # never "painted"
    opened = WhenOpened(monkeypatch)
    running = launch(paths)
    assert isinstance(running, Running)
    (seen,) = opened.seen
    assert seen["painted"] == [False], "the data was opened without the first frame"
    assert header_text(running.window) != ""
    running.shutdown()
