"""Makes cues audible: preloaded QSoundEffect tones and a QTextToSpeech voice.

The tones live in a ``ToneBank``, made once and shared by every player: the app
fills it piece by piece in idle time after start-up (QtMultimedia is imported
then, not at start-up), and a player made before that finishes it at once.
QtTextToSpeech is imported only when a session is about to start. Where no
speech engine exists, ``voice_problem`` says so and the tones carry on. Tests
use ``RecordingCues`` instead, behind the same two methods.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from backcare_desktop.core.session.cues import SOUNDS, Cue
from backcare_desktop.ui.desktop.media import quiet_media_logs, sound_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

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


class ToneBank:
    """One QSoundEffect per cue sound, loaded from ``folder`` (default: the app's
    sounds). ``prepare_one()`` does the next small piece (first the QtMultimedia
    import, then one sound each call) so the work can be spread over idle turns
    of the event loop; ``effects()`` finishes what is left and returns them."""

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        self._folder = folder
        self._parent = parent
        self._effects: dict[str, Any] = {}
        self._effect_class: Any = None

    @property
    def ready(self) -> bool:
        return len(self._effects) == len(SOUNDS)

    def prepare_one(self) -> bool:
        """Do the next piece of the loading; True while more remains."""
        if self._effect_class is None:
            quiet_media_logs()
            from PySide6.QtMultimedia import QSoundEffect

            self._effect_class = QSoundEffect
            return True
        missing = [name for name in SOUNDS if name not in self._effects]
        if missing:
            from PySide6.QtCore import QUrl

            name = missing[0]
            effect = self._effect_class(self._parent)
            effect.setSource(QUrl.fromLocalFile(str((self._folder or sound_dir())
                                                    / f"{name}.wav")))
            self._effects[name] = effect
        return not self.ready

    def effects(self) -> dict[str, Any]:
        while self.prepare_one():
            pass
        return self._effects


class QtCuePlayer:
    def __init__(self, *, volume: int, muted: bool, voice: VoiceChoice,
                 folder: Path | None = None, tones: ToneBank | None = None) -> None:
        """``tones``: the shared, preloaded tones (default: a bank of its own from
        ``folder``)."""
        self.muted = muted
        self._effects = (tones or ToneBank(folder)).effects()
        for effect in self._effects.values():
            effect.setVolume(max(0.0, min(1.0, volume / 100)))
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
