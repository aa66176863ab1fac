"""Makes cues audible: preloaded QSoundEffect tones and a QTextToSpeech voice.

QtMultimedia and QtTextToSpeech are imported only when a session is about
to start. Where no speech engine exists, ``voice_problem`` says so and the
tones carry on. Tests use ``RecordingCues`` instead, behind the same two
methods.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from backcare_desktop.core.session.cues import SOUNDS, Cue
from backcare_desktop.ui.desktop.media import quiet_media_logs, sound_dir

log = logging.getLogger(__name__)


class CueOutput(Protocol):
    def play(self, cue: Cue) -> None: ...

    def stop(self) -> None: ...


@dataclass(frozen=True)
class VoiceChoice:
    on: bool = True
    engine: str = ""
    voice: str = ""


def speech_class() -> Any:
    quiet_media_logs()
    from PySide6.QtTextToSpeech import QTextToSpeech

    return QTextToSpeech


def available_engines() -> list[str]:
    """Speech engines Qt can use here, without the test-only "mock" one."""
    QTextToSpeech = speech_class()
    return [e for e in QTextToSpeech.availableEngines() if e != "mock"]


class QtCuePlayer:
    def __init__(self, *, volume: int, muted: bool, voice: VoiceChoice,
                 folder: Path | None = None) -> None:
        from PySide6.QtCore import QUrl

        quiet_media_logs()
        from PySide6.QtMultimedia import QSoundEffect

        self.muted = muted
        self._effects: dict[str, Any] = {}
        for name in SOUNDS:
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str((folder or sound_dir()) / f"{name}.wav")))
            effect.setVolume(max(0.0, min(1.0, volume / 100)))
            self._effects[name] = effect
        self._tts: Any = None
        self.voice_problem: str | None = None
        if voice.on:
            self._tts, self.voice_problem = _make_voice(voice)

    @property
    def speaks(self) -> bool:
        return self._tts is not None

    def play(self, cue: Cue) -> None:
        if cue.sound and not self.muted:
            self._effects[cue.sound].play()
        if cue.words and self._tts is not None:
            # A new phase's words replace whatever is still being said.
            self._tts.stop()
            self._tts.say(cue.words)

    def stop(self) -> None:
        for effect in self._effects.values():
            effect.stop()
        if self._tts is not None:
            self._tts.stop()


def _make_voice(choice: VoiceChoice) -> tuple[Any, str | None]:
    QTextToSpeech = speech_class()

    engines = QTextToSpeech.availableEngines()
    usable = [e for e in engines if e != "mock"] or ([] if choice.engine != "mock" else ["mock"])
    engine = choice.engine if choice.engine in engines else (usable[0] if usable else "")
    if not engine:
        return None, ("No text-to-speech engine is installed, so the voice is off; the tones "
                      "still guide you. On Linux, install speech-dispatcher.")
    tts = QTextToSpeech(engine)
    if tts.state() == QTextToSpeech.State.Error:
        return None, f"The speech engine “{engine}” did not start: {tts.errorString()}"
    for voice in tts.availableVoices():
        if voice.name() == choice.voice:
            tts.setVoice(voice)
            break
    return tts, None
