"""A short sound held in memory and played through a ``QAudioSink`` of its own.

Why not ``QSoundEffect``: in the Qt release the app ships with, a
``QSoundEffect`` that finishes playing deletes an event notifier on the sound
server's thread although it belongs to the GUI thread. Qt warns ("Socket
notifiers cannot be enabled or disabled from another thread") and, now and
then, the GUI thread is left polling a closed descriptor: the window freezes
at full CPU in the middle of a session. A ``QAudioSink`` reading a ``QBuffer``
from the GUI thread has no such part (``tests/ui/desktop/test_tone_real.py``
plays every sound on a real sound server with Qt's warnings fatal).

The sound server's stream is open only while a tone plays: when the tone has
run out the sink is stopped, so a quiet app wakes nothing.

QtMultimedia is imported by the first ``Tone`` made, never at start-up.
"""

from __future__ import annotations

import logging
import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject

log = logging.getLogger(__name__)


class Tone(QObject):
    """The 16-bit PCM sound of the WAV file ``path``, ready to play at once."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from backcare_desktop.ui.desktop.media import quiet_media_logs

        quiet_media_logs()
        from PySide6.QtMultimedia import QAudioFormat

        self.path = path
        self._format = QAudioFormat()
        try:
            with wave.open(str(path), "rb") as wav:
                if wav.getsampwidth() != 2:
                    raise wave.Error("only 16-bit sound is played")
                self._format.setSampleRate(wav.getframerate())
                self._format.setChannelCount(wav.getnchannels())
                self._format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
                frames = wav.readframes(wav.getnframes())
        except (OSError, EOFError, wave.Error) as exc:
            log.warning("cannot load the sound %s: %s", path, exc)
            frames = b""
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(frames))
        self._volume = 1.0
        self._sink: Any = None
        if self.loaded:
            self._ensure_sink()

    @property
    def loaded(self) -> bool:
        return self._buffer.size() > 0

    def volume(self) -> float:
        return self._volume

    def setVolume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))
        if self._sink is not None:
            self._sink.setVolume(self._volume)

    def isPlaying(self) -> bool:
        from PySide6.QtMultimedia import QAudio

        return self._sink is not None and self._sink.state() is QAudio.State.ActiveState

    def play(self) -> None:
        """Play from the start (a tone still sounding starts again)."""
        if not self.loaded or not self._ensure_sink():
            return
        self._sink.stop()
        self._buffer.close()
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink.setVolume(self._volume)
        self._sink.start(self._buffer)

    def _ensure_sink(self) -> bool:
        """Make the sink (once there is a sound device). Made with the tone, so the
        connection to the sound server is up before the first tone is asked for: a
        process's first sound otherwise comes about a third of a second late."""
        if self._sink is not None:
            return True
        from PySide6.QtMultimedia import QAudio, QAudioSink, QMediaDevices

        if QMediaDevices.defaultAudioOutput().isNull():
            return False  # no sound device (yet): quiet, and no warning for every tone
        sink = QAudioSink(self._format, self)

        def state_changed(state: object) -> None:
            if state == QAudio.State.IdleState:
                sink.stop()  # all played: close the stream, nothing runs while quiet

        sink.stateChanged.connect(state_changed)
        self._sink = sink
        return True

    def stop(self) -> None:
        if self._sink is not None:
            self._sink.stop()
