"""Makes cues audible: preloaded QSoundEffect tones and a voice.

QtMultimedia is imported only when a session is about to start. The voice
never runs here: ``speech.Voice`` hands the words to a worker process, so a
missing, broken or hung speech engine cannot hold up the session; it is
then said once (``voice_problem``) and the tones carry on. Tests use
``RecordingCues`` instead, behind the same two methods.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Protocol

from backcare_desktop.core.session.cues import SOUNDS, Cue
from backcare_desktop.ui.desktop.media import quiet_media_logs, sound_dir
from backcare_desktop.ui.session.speech import Voice, VoiceChoice, voice_notes

__all__ = ["CueOutput", "QtCuePlayer", "VoiceChoice"]

log = logging.getLogger(__name__)


class CueOutput(Protocol):
    def play(self, cue: Cue) -> None: ...

    def stop(self) -> None: ...


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
        self.voice: Voice | None = None
        if voice.on:
            self.voice = Voice(voice)
            self.voice.open()  # the engine starts while the first question is open
        else:
            voice_notes().changed.emit("")

    @property
    def speaks(self) -> bool:
        """The voice is on and has not failed."""
        return self.voice is not None and self.voice.problem is None

    @property
    def voice_problem(self) -> str | None:
        return None if self.voice is None else self.voice.problem

    def play(self, cue: Cue) -> None:
        if cue.sound and not self.muted:
            self._effects[cue.sound].play()
        if cue.words and self.voice is not None:
            self.voice.say(cue.words)  # replaces whatever is still being said

    def stop(self) -> None:
        for effect in self._effects.values():
            effect.stop()
        if self.voice is not None:
            self.voice.stop()

