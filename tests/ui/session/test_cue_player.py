"""The real tone and voice player: QSoundEffect sources and QTextToSpeech (its mock engine)."""

from __future__ import annotations

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech

from backcare_desktop.core.session.cues import SOUNDS, Cue
from backcare_desktop.ui.desktop.media import sound_dir
from backcare_desktop.ui.session.cue_player import (
    QtCuePlayer,
    VoiceChoice,
    available_engines,
)

# A test machine may have no audio server; Qt then says so while loading sounds.
NO_AUDIO = pytest.mark.qt_log_ignore("PulseAudioService", "QSoundEffect", "qt.multimedia")


@NO_AUDIO
def test_every_cue_sound_is_preloaded_from_the_assets(qapp: object) -> None:
    player = QtCuePlayer(volume=40, muted=True, voice=VoiceChoice(on=False))
    assert set(player._effects) == set(SOUNDS)
    for name, effect in player._effects.items():
        path = effect.source().toLocalFile()
        assert path == str(sound_dir() / f"{name}.wav")
        assert effect.volume() == pytest.approx(0.4)
    assert not player.speaks and player.voice_problem is None


@NO_AUDIO
def test_the_voice_speaks_and_new_words_replace_old_ones(qapp: object) -> None:
    player = QtCuePlayer(volume=40, muted=True, voice=VoiceChoice(True, "mock", ""))
    assert player.speaks
    player.play(Cue(None, "Next: Plank. Get ready."))
    assert player._tts.state() == QTextToSpeech.State.Speaking
    player.play(Cue(None, "Hold."))
    assert player._tts.state() == QTextToSpeech.State.Speaking
    player.stop()


@NO_AUDIO
def test_without_a_speech_engine_the_tones_carry_on_and_it_says_why(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: []))
    player = QtCuePlayer(volume=40, muted=False, voice=VoiceChoice(True, "", ""))
    assert not player.speaks
    assert player.voice_problem is not None
    assert player.voice_problem.startswith("No text-to-speech engine is installed")
    assert available_engines() == []
