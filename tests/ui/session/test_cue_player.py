"""The real tone and voice player: the tones' sources, and the voice through its
worker process (Qt's mock engine, or a stand-in worker)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop.core.session.cues import SOUNDS, Cue
from backcare_desktop.ui.desktop.media import sound_dir
from backcare_desktop.ui.session import speech
from backcare_desktop.ui.session.cue_player import QtCuePlayer, VoiceChoice
from backcare_desktop.ui.session.speech import voice_notes
from tests.fakes import fire_timer

from .test_speech import NO_ENGINE, SILENT, fake

# A test machine may have no audio server; Qt then says so while loading sounds.
NO_AUDIO = pytest.mark.qt_log_ignore("PulseAudioService", "qt.multimedia")


@pytest.fixture(autouse=True)
def workers_end(qtbot: QtBot) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: not speech._running, timeout=10_000)


@pytest.fixture
def notes() -> Iterator[list[str]]:
    said: list[str] = []
    voice_notes().changed.connect(said.append)
    yield said
    voice_notes().changed.disconnect(said.append)


@NO_AUDIO
def test_every_cue_sound_is_preloaded_from_the_assets(qapp: object) -> None:
    player = QtCuePlayer(volume=40, muted=True, voice=VoiceChoice(on=False))
    assert set(player._effects) == set(SOUNDS)
    for name, effect in player._effects.items():
        assert effect.path == sound_dir() / f"{name}.wav" and effect.loaded
        assert effect.volume() == pytest.approx(0.4)
    assert not player.speaks and player.voice_problem is None and player.voice is None


@NO_AUDIO
def test_the_voice_speaks_through_its_worker_and_new_words_replace_old_ones(
    qtbot: QtBot
) -> None:
    player = QtCuePlayer(volume=40, muted=True, voice=VoiceChoice(True, "mock", ""))
    assert player.speaks and player.voice is not None
    worker = player.voice.worker
    assert worker.running  # started with the player, before the first words
    replies: list[tuple[str, dict[str, Any]]] = []
    worker.replied.connect(lambda kind, reply: replies.append((kind, reply)))
    player.play(Cue(None, "Next: Plank. Get ready."))
    player.play(Cue(None, "Hold."))  # returns at once, whatever the engine does
    qtbot.waitUntil(lambda: len(replies) == 2, timeout=10_000)
    assert [kind for kind, _ in replies] == ["use", "speech"]
    assert replies[0][1]["engine"] == "mock"
    player.stop()  # silences it and ends the worker
    qtbot.waitUntil(lambda: not worker.running)
    assert player.voice_problem is None


@NO_AUDIO
def test_a_hung_engine_is_said_once_and_the_tones_carry_on(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, notes: list[str]
) -> None:
    monkeypatch.setattr(speech, "worker_command", lambda: fake(SILENT))
    player = QtCuePlayer(volume=40, muted=False, voice=VoiceChoice(True, "", ""))
    assert player.voice is not None
    played: list[str] = []
    monkeypatch.setattr(player._effects["phase"], "play", lambda: played.append("phase"))
    player.play(Cue("phase", "Hold."))
    fire_timer(player.voice.worker, "speech-deadline")
    player.play(Cue("phase", "Rest."))
    assert played == ["phase", "phase"]
    assert not player.speaks
    assert player.voice_problem == notes[-1] == (
        "The voice is not working (speech-dispatcher did not answer), so BackCare goes on "
        "with tones only.")
    assert notes.count(notes[-1]) == 1
    player.stop()


@NO_AUDIO
def test_without_a_speech_engine_the_tones_carry_on_and_it_says_why(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, notes: list[str]
) -> None:
    monkeypatch.setattr(speech, "worker_command", lambda: fake(NO_ENGINE))
    player = QtCuePlayer(volume=40, muted=False, voice=VoiceChoice(True, "", ""))
    qtbot.waitUntil(lambda: player.voice_problem is not None)
    assert player.voice_problem is not None
    assert player.voice_problem.startswith("No text-to-speech engine is installed")
    assert notes == ["", player.voice_problem]
    player.play(Cue(None, "Hold."))
    assert not player.speaks
    player.stop()


@NO_AUDIO
def test_a_player_without_the_voice_clears_an_old_note(qapp: object, notes: list[str]) -> None:
    QtCuePlayer(volume=40, muted=True, voice=VoiceChoice(on=False))
    assert notes == [""]
