"""The language setting: chosen in Settings ▸ General, saved at once, shown after
a restart the app offers (never during a session), and ``--language`` for one run."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backcare_desktop import app as app_module
from backcare_desktop.app import Running, again_arguments
from backcare_desktop.core.settings_schema import setting
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage import database
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.shell import i18n
from backcare_desktop.ui.shell.dialogs import offer_restart  # before the tests answer it
from backcare_desktop.ui.shell.settings_page import GeneralSection
from tests.fakes import FakeClock, FakePrefs
from tests.ui.conftest import DialogLog


@pytest.fixture(autouse=True)
def english_again(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "en")


@pytest.fixture
def running(qtbot: QtBot, launch, paths: AppPaths) -> Iterator[Running]:
    outcome = launch(paths)
    assert isinstance(outcome, Running)
    qtbot.waitUntil(lambda: outcome.ready)
    yield outcome


def general_of(running: Running) -> GeneralSection:
    running.window.show_settings("general")
    page = running.window.built_page("settings")
    section = page.section("general")  # type: ignore[union-attr]
    assert isinstance(section, GeneralSection)
    return section


def test_the_setting_allows_the_system_or_a_language_it_speaks() -> None:
    language = setting("language")
    assert language.default == "system"
    assert language.plain_problem("de") is None
    assert language.plain_problem("fr") == (
        "The language must be one of: system, en, de, es; 'fr' is not allowed. "
        "Nothing was saved.")


def test_the_choices_name_each_language_in_its_own_words(qtbot: QtBot) -> None:
    section = GeneralSection(FakePrefs(), goal_changed=lambda: None,
                             apply_scheme=lambda _s: None)
    qtbot.addWidget(section)
    items = [section.language.itemText(i) for i in range(section.language.count())]
    assert items == ["As the system (English)", "English", "Deutsch", "Español"]
    assert section.language.currentData() == "system"
    assert section.language.accessibleName() == "Language"


def test_choosing_a_language_saves_it_and_offers_a_restart(
        running: Running, dialog_log: DialogLog) -> None:
    dialog_log.answers["restart"] = False  # Later
    general = general_of(running)
    general.language.setCurrentIndex(general.language.findData("de"))
    assert running.repo.get_setting("language") == "de"
    assert dialog_log.names().count("restart") == 1
    assert dialog_log.args_of("restart")[1] == "Deutsch"
    assert not running.restart  # later: nothing happens now
    general.language.setCurrentIndex(general.language.findData("en"))  # what is shown
    assert running.repo.get_setting("language") == "en"
    assert dialog_log.names().count("restart") == 1  # nothing to restart for


def test_restart_now_quits_as_quit_does_and_marks_the_start_again(
        running: Running, dialog_log: DialogLog, qtbot: QtBot) -> None:
    dialog_log.answers["restart"] = True
    general = general_of(running)
    with qtbot.waitSignal(running.ctx.events.restart_requested):
        general.language.setCurrentIndex(general.language.findData("es"))
    assert running.restart and running.window.quitting


def test_during_a_session_the_offer_says_so_and_does_not_restart(
        running: Running, dialog_log: DialogLog) -> None:
    asked: list[bool] = []

    def answer(_parent: object, _language: str, *, session_running: bool) -> bool:
        asked.append(session_running)
        return not session_running  # the real dialog only offers when no session runs

    dialog_log.answers["restart"] = answer
    running.ctx.session.set_active(True)
    general = general_of(running)
    general.language.setCurrentIndex(general.language.findData("de"))
    assert asked == [True] and not running.restart
    running.ctx.session.set_active(False)


def test_a_start_again_drops_only_the_language_given_for_one_run() -> None:
    assert again_arguments([sys.executable, "-m", "backcare_desktop", "--language", "de",
                            "--data-dir", "/tmp/x"]) == [
        sys.executable, "-m", "backcare_desktop", "--data-dir", "/tmp/x"]
    assert again_arguments(["backcare", "--language=es"]) == ["backcare"]


def test_the_stored_language_is_shown_from_the_first_window(
        qtbot: QtBot, paths: AppPaths, clock: FakeClock, launch) -> None:
    paths.data_dir.mkdir(parents=True)
    repo = Repository(database.open_database(paths.database, paths.backups, clock.now()),
                      paths.database)
    repo.set_setting("language", "de")
    repo.close()
    running = launch(paths)
    assert isinstance(running, Running)
    assert i18n.shown() == "de"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_the_command_line_language_wins_for_one_run(
        qtbot: QtBot, paths: AppPaths, clock: FakeClock, qapp: QApplication) -> None:
    running = app_module.start(paths, clock=clock, language="es")
    assert isinstance(running, Running)
    try:
        assert i18n.shown() == "es"
        assert running.repo.get_setting("language") == "system"  # nothing stored
    finally:
        running.shutdown()


def test_the_offer_during_a_session_only_informs(qtbot: QtBot, monkeypatch) -> None:
    from backcare_desktop.ui.shell import modal

    shown: list[str] = []

    def run(box) -> None:  # type: ignore[no-untyped-def]
        shown.append(box.text().replace("\u200b", ""))
        buttons = box.buttons()
        shown.extend(b.text() for b in buttons)
        box.clickedButton = lambda: buttons[0]  # the first button a person sees

    monkeypatch.setattr(modal, "run", run)
    assert offer_restart(None, "Deutsch", session_running=True) is False
    assert "A session is running" in shown[0] and shown[1:] == ["OK"]
    shown.clear()
    assert offer_restart(None, "Deutsch", session_running=False) is True
    assert shown[0] == "BackCare shows Deutsch after a restart. Restart now?"
    assert shown[1:] == ["Restart now", "Later"]
