"""Makes cues audible: preloaded tones (``ui.desktop.tone.Tone``) and a voice.

The tones live in a ``ToneBank``, made once and shared by every player: the app
fills it piece by piece in idle time after start-up (QtMultimedia is imported
then, not at start-up), and a player made before that finishes it at once.
The voice never runs here: ``speech.Voice`` hands the words to a worker
process, so a missing, broken or hung speech engine cannot hold up the
session; it is then said once (``voice_problem``) and the tones carry on.
Tests use ``RecordingCues`` instead, behind the same two methods.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from backcare_desktop.core.session.cues import SOUNDS, Cue
from backcare_desktop.ui.desktop.media import quiet_media_logs, sound_dir
from backcare_desktop.ui.session.speech import Voice, VoiceChoice, voice_notes

__all__ = ["CueOutput", "QtCuePlayer", "VoiceChoice"]

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    from backcare_desktop.ui.desktop.tone import Tone

log = logging.getLogger(__name__)


class CueOutput(Protocol):
    def play(self, cue: Cue) -> None: ...

    def stop(self) -> None: ...


class ToneBank:
    """One ``Tone`` per cue sound, loaded from ``folder`` (default: the app's
    sounds). ``prepare_one()`` does the next small piece (first the QtMultimedia
    import, then one sound each call) so the work can be spread over idle turns
    of the event loop; ``effects()`` finishes what is left and returns them."""

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        self._folder = folder
        self._parent = parent
        self._effects: dict[str, Tone] = {}
        self._imported = False

    @property
    def ready(self) -> bool:
        return len(self._effects) == len(SOUNDS)

    def prepare_one(self) -> bool:
        """Do the next piece of the loading; True while more remains."""
        if not self._imported:
            quiet_media_logs()
            import PySide6.QtMultimedia  # noqa: F401 - the slow part, in a piece of its own

            self._imported = True
            return True
        missing = [name for name in SOUNDS if name not in self._effects]
        if missing:
            from backcare_desktop.ui.desktop.tone import Tone

            name = missing[0]
            self._effects[name] = Tone((self._folder or sound_dir()) / f"{name}.wav",
                                       self._parent)
        return not self.ready

    def effects(self) -> dict[str, Tone]:
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

