"""Sound and voice settings: volume, mute, voice; the engine and voice lists come
from the speech worker (Qt's mock engine here, or a stand-in worker)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from backcare_desktop.ui.session import speech
from backcare_desktop.ui.session.sound_settings import SoundSection, SoundSettings
from backcare_desktop.ui.shell import i18n
from tests.fakes import FakePrefs, fire_timer

from .test_speech import NO_ENGINE, SILENT, fake


@pytest.fixture(autouse=True)
def workers_end(qtbot: QtBot) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: not speech._running, timeout=10_000)


@pytest.fixture
def ui_locale() -> Iterator[Any]:
    before = QLocale()
    QLocale.setDefault(QLocale.c())  # as with LANG=C.UTF-8
    yield QLocale.setDefault
    QLocale.setDefault(before)


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Any:
    def show(language: str) -> None:
        monkeypatch.setattr(i18n, "_shown", [language])
    return show


def mock_prefs(**values: Any) -> FakePrefs:
    prefs = FakePrefs()
    prefs.values.update(voice_engine="mock", **values)  # never the desktop's real engine
    return prefs


def opened(qtbot: QtBot, prefs: FakePrefs, **kwargs: Any) -> SoundSettings:
    dialog = SoundSettings(prefs, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def loaded(qtbot: QtBot, dialog: SoundSettings) -> None:
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10_000)


def items(combo: Any) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_lists_fill_when_the_worker_answers_with_the_ui_language_first(
    qtbot: QtBot, ui_locale: Any
) -> None:
    dialog = opened(qtbot, mock_prefs())
    assert dialog.note.text() == "Looking for voices…"
    assert not dialog.voice.isEnabled() and not dialog.test_button.isEnabled()
    loaded(qtbot, dialog)
    assert dialog.engine.currentData() == "mock" and dialog.engine.currentText() == "Test engine"
    assert items(dialog.language) == ["English", "", "Finnish (suomi)",
                                      "Norwegian Bokmål (norsk bokmål)",
                                      "Norwegian Nynorsk (norsk nynorsk)"]
    assert items(dialog.voice) == ["Automatic voice", "Anne", "Bob", "Charly", "Mary"]
    assert dialog.voice.currentData() == ""
    assert dialog.note.text() == "The voice starts with the next phase."
    dialog.language.setCurrentIndex(3)
    assert items(dialog.voice) == ["Eivind", "Kjersti"]  # no automatic voice: not English
    dialog.reject()


def test_the_shown_language_comes_first(qtbot: QtBot, ui_locale: Any, shown: Any) -> None:
    shown("nb")  # Qt's mock engine speaks no German: Norwegian stands in
    ui_locale(QLocale("de_DE"))  # the locale's language does not decide; the shown one does
    dialog = opened(qtbot, mock_prefs())
    loaded(qtbot, dialog)
    assert items(dialog.language)[:2] == ["Norsk bokmål", ""]
    assert items(dialog.language)[2:] == ["English", "Norsk nynorsk", "Suomi"]
    assert items(dialog.voice) == ["Automatic voice", "Eivind", "Kjersti"]
    dialog.reject()


def test_a_chosen_voice_shows_in_its_language_while_that_is_shown(
    qtbot: QtBot, ui_locale: Any, shown: Any
) -> None:
    shown("fi")
    dialog = opened(qtbot, mock_prefs(voice_name="Anneli"))
    loaded(qtbot, dialog)
    assert dialog.language.currentText() == "Suomi"
    assert dialog.voice.currentData() == "Anneli"
    assert dialog.note.text() == "The voice starts with the next phase."
    dialog.reject()


def test_a_chosen_voice_of_another_language_is_set_aside_but_kept(
    qtbot: QtBot, ui_locale: Any
) -> None:
    prefs = mock_prefs(voice_name="Anneli")  # chosen while Finnish was shown
    dialog = opened(qtbot, prefs)
    loaded(qtbot, dialog)
    assert dialog.language.currentText() == "English"
    assert dialog.voice.currentText() == "Automatic voice"
    assert dialog.note.text() == ("The voice you chose speaks another language, so the "
                                  "automatic voice speaks while BackCare is shown in this "
                                  "language.")
    dialog.volume.setValue(40)
    dialog._save()
    assert prefs.values["voice_name"] == "Anneli"  # it speaks again when Finnish is shown


def test_choosing_a_voice_of_another_language_says_it_will_not_speak(
    qtbot: QtBot, ui_locale: Any
) -> None:
    prefs = mock_prefs()
    dialog = opened(qtbot, prefs)
    loaded(qtbot, dialog)
    dialog.language.setCurrentIndex(dialog.language.findText("Finnish (suomi)"))
    dialog.voice.setCurrentIndex(dialog.voice.findData("Kari"))
    assert dialog.note.text() == ("This voice speaks another language than BackCare shows, "
                                  "so sessions use the automatic voice instead.")
    dialog._save()
    assert prefs.values["voice_name"] == "Kari"


def test_test_voice_says_a_sample_with_the_chosen_voice(qtbot: QtBot, ui_locale: Any) -> None:
    dialog = opened(qtbot, mock_prefs())
    loaded(qtbot, dialog)
    dialog.language.setCurrentIndex(dialog.language.findText("Finnish (suomi)"))
    dialog.voice.setCurrentIndex(dialog.voice.findData("Kari"))
    replies: list[tuple[str, dict[str, Any]]] = []
    dialog.worker.replied.connect(lambda kind, reply: replies.append((kind, reply)))
    dialog.test_button.click()
    qtbot.waitUntil(lambda: len(replies) == 2, timeout=10_000)
    assert [kind for kind, _ in replies] == ["use", "speech"]
    assert replies[0][1]["voice"] == "Kari" and replies[1][1]["ok"]
    dialog.reject()


def test_settings_are_saved(qtbot: QtBot, ui_locale: Any) -> None:
    prefs = mock_prefs()
    dialog = opened(qtbot, prefs)
    loaded(qtbot, dialog)
    dialog.volume.setValue(35)
    dialog.muted.setChecked(True)
    dialog.voice_on.setChecked(False)
    dialog.language.setCurrentIndex(dialog.language.findText("Norwegian Bokmål (norsk bokmål)"))
    dialog.voice.setCurrentIndex(1)
    dialog._save()
    assert prefs.values["sound_volume"] == 35 and prefs.values["sound_muted"] is True
    assert prefs.values["voice_on"] is False and prefs.values["voice_engine"] == "mock"
    assert prefs.values["voice_name"] == "Kjersti"
    assert not dialog.worker.running  # closing the dialog ends its worker


def test_it_opens_at_once_and_says_so_when_the_engine_never_answers(qtbot: QtBot) -> None:
    prefs = FakePrefs()
    prefs.values.update(voice_engine="speechd", voice_name="English (America)")
    dialog = opened(qtbot, prefs, worker_command=fake(SILENT))
    assert dialog.note.text() == "Looking for voices…"
    fire_timer(dialog.worker, "speech-deadline")
    assert dialog.note.text() == ("The voice is not working (speech-dispatcher did not "
                                  "answer), so BackCare goes on with tones only.")
    assert not dialog.engine.isEnabled() and not dialog.voice.isEnabled()
    dialog.volume.setValue(70)
    dialog._save()  # the rest is saved; the voice stays as it was
    assert prefs.values["sound_volume"] == 70
    assert prefs.values["voice_engine"] == "speechd"
    assert prefs.values["voice_name"] == "English (America)"


def test_without_a_speech_engine_the_dialog_says_so(qtbot: QtBot) -> None:
    dialog = opened(qtbot, FakePrefs(), worker_command=fake(NO_ENGINE))
    qtbot.waitUntil(lambda: dialog.note.text() != "Looking for voices…")
    assert not dialog.engine.isEnabled()
    assert dialog.note.text().startswith("No text-to-speech engine is installed")
    dialog.reject()


# -- the section of the Settings page ----------------------------------------------------

def test_the_settings_section_saves_each_change_and_tests_the_tone(
        qtbot: QtBot, ui_locale: Any) -> None:
    prefs, played = mock_prefs(), []
    section = SoundSection(prefs, played.append)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitUntil(lambda: section.form.loaded, timeout=10_000)
    with qtbot.waitSignal(section.changed):
        section.form.volume.setValue(35)
    assert prefs.values["sound_volume"] == 35
    section.tone_button.click()
    assert played == [35]
    section.form.muted.setChecked(True)
    assert prefs.values["sound_muted"] is True and not section.tone_button.isEnabled()
    section.form.language.setCurrentIndex(
        section.form.language.findText("Norwegian Bokmål (norsk bokmål)"))
    section.form.voice.setCurrentIndex(1)
    assert prefs.values["voice_name"] == "Kjersti" and prefs.values["voice_engine"] == "mock"
    section.form.test_voice()  # says the sample through the worker
    section.hide()  # the worker runs only while the section is shown
    assert section.form.worker is not None and not section.form.worker.running
