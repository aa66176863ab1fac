"""Sound and voice settings: volume, mute, voice, engine and voice lists."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop.ui.session import sound_settings
from backcare_desktop.ui.session.sound_settings import SoundSettings
from tests.fakes import FakePrefs


def test_settings_are_saved(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sound_settings, "available_engines", lambda: ["mock"])
    prefs = FakePrefs()
    dialog = SoundSettings(prefs)
    qtbot.addWidget(dialog)
    assert dialog.engine.currentData() == "mock" and dialog.voice.count() >= 2
    dialog.volume.setValue(35)
    dialog.muted.setChecked(True)
    dialog.voice_on.setChecked(False)
    dialog.voice.setCurrentIndex(1)
    dialog._save()
    assert prefs.values["sound_volume"] == 35 and prefs.values["sound_muted"] is True
    assert prefs.values["voice_on"] is False and prefs.values["voice_engine"] == "mock"
    assert prefs.values["voice_name"] == dialog.voice.itemData(1)


def test_without_a_speech_engine_the_dialog_says_so(qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sound_settings, "available_engines", lambda: [])
    dialog = SoundSettings(FakePrefs())
    qtbot.addWidget(dialog)
    assert not dialog.engine.isEnabled()
    assert dialog.note.text().startswith("No text-to-speech engine is installed")
