"""The picker shows, searches and edits a routine in the shown language, and an
edit in one language keeps the routine's other languages in its file."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backcare_desktop import app as app_module
from backcare_desktop.core.routines.collection import RoutineCollection
from backcare_desktop.core.routines.loading import load_routine_file
from backcare_desktop.core.routines.model import Exercise, Hold, Routine
from backcare_desktop.paths import AppPaths
from backcare_desktop.ui.routines.page import RoutinesPage
from backcare_desktop.ui.shell import i18n
from tests.core.routines.hostile import TWO
from tests.fakes import FakeClock, FakePrefs
from tests.ui.conftest import DialogLog


def picker(qtbot: QtBot, tmp_path: Path, language: str) -> RoutinesPage:
    user_dir = tmp_path / "routines"
    user_dir.mkdir(exist_ok=True)
    (user_dir / "two.toml").write_text(TWO, encoding="utf-8")
    page = RoutinesPage(RoutineCollection(user_dir, FakePrefs(), language=language))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitUntil(page.is_built)
    return page


def found(page: RoutinesPage) -> list[str]:
    return [page.model.entry(r).routine.id for r in range(page.model.rowCount())]


def test_with_german_shown_the_search_finds_the_german_title(
        qtbot: QtBot, tmp_path: Path) -> None:
    page = picker(qtbot, tmp_path, "de")
    qtbot.keyClicks(page.search, "fein")
    assert found(page) == ["two"]
    page.select("two")
    assert page.title.text() == "Fein"


def test_with_english_shown_the_german_title_is_not_found(
        qtbot: QtBot, tmp_path: Path) -> None:
    page = picker(qtbot, tmp_path, "en")
    qtbot.keyClicks(page.search, "fein")
    assert found(page) == []
    page.search.clear()
    qtbot.keyClicks(page.search, "fine")
    assert found(page) == ["two"]


def test_editing_in_german_keeps_the_english_in_the_file(
        qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog) -> None:
    page = picker(qtbot, tmp_path, "de")
    page.select("two")
    dialog_log.answers["edit"] = lambda parent, routine, taken, creating: replace(
        routine, title="Fein und ruhig")
    page.edit_button.click()
    assert page.title.text() == "Fein und ruhig"
    again = load_routine_file(tmp_path / "routines" / "two.toml")
    assert again.languages == ("en", "de")
    assert again.title == "Fine" and again.in_language("de").title == "Fein und ruhig"
    assert again.in_language("de").exercises[0].instructions == ("Eins.", "Zwei.")


def test_adding_an_exercise_in_german_keeps_the_english_of_the_others(
        qtbot: QtBot, tmp_path: Path, dialog_log: DialogLog) -> None:
    page = picker(qtbot, tmp_path, "de")
    page.select("two")

    def add(parent: object, routine: Routine, taken: object, creating: bool) -> Routine:
        return replace(routine, exercises=(
            *routine.exercises, Exercise("Katze", Hold(hold_s=10), instructions=("Rund.",))))

    dialog_log.answers["edit"] = add
    page.edit_button.click()
    again = load_routine_file(tmp_path / "routines" / "two.toml")
    assert again.languages == ("en", "de")
    english = again.in_language("en")
    assert english.title == "Fine" and english.exercises[0].name == "Plank"
    assert english.exercises[0].instructions == ("One.", "Two.")
    # The new exercise has only the words it was written with, in every language.
    assert english.exercises[1].name == "Katze"
    assert again.in_language("de").exercises[1].instructions == ("Rund.",)


@pytest.fixture
def german_app(qtbot: QtBot, paths: AppPaths, clock: FakeClock,
               qapp: QApplication) -> Iterator[app_module.Running]:
    running = app_module.start(paths, clock=clock, language="de")
    assert isinstance(running, app_module.Running)
    try:
        yield running
    finally:
        running.shutdown()
        i18n.install(qapp, "en")


def test_the_app_in_german_lists_and_finds_the_built_in_routines_in_german(
        qtbot: QtBot, german_app: app_module.Running) -> None:
    window = german_app.window
    qtbot.waitUntil(lambda: german_app.ready)
    window.show_page("routines")
    page = window.built_page("routines")
    assert isinstance(page, RoutinesPage)
    qtbot.waitUntil(page.is_built)
    qtbot.keyClicks(page.search, "schreibtisch")
    assert found(page) == ["desk-break"]
    page.select("desk-break")
    assert page.title.text() == "Schreibtischpause"
