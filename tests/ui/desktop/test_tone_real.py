"""The app's tones on a real sound server: many in a row, each heard once, with
Qt's warnings fatal.

With ``QSoundEffect`` (the app's player until this test) the Qt release the app
ships with warned "Socket notifiers cannot be enabled or disabled from another
thread" as its first tone ended, and now and then left the GUI thread spinning
on a closed descriptor, so a session froze. ``Tone`` must play a session's worth
of tones, every sound the app has, without one Qt warning.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

from backcare_desktop.core.session.cues import SOUNDS
from backcare_desktop.ui.desktop.media import sound_dir
from tests.desktop_services import pulseaudio
from tests.ui.session.test_tones_heard import onsets

ROOT = Path(__file__).resolve().parents[3]
QUIET_MS = 800  # between one tone's end and the next one's start

CHILD = """
import json, sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, sys.argv[1])
from backcare_desktop.ui.desktop.media import sound_dir
from backcare_desktop.ui.desktop.tone import Tone

qapp = QApplication(sys.argv[:1])
schedule = json.loads(sys.argv[2])
tones = {name: Tone(sound_dir() / f"{name}.wav", qapp) for name, _at in schedule}
for tone in tones.values():
    tone.setVolume(0.7)
timers = []
for name, at_ms in schedule:  # precise: a coarse timer may move by a second
    timer = QTimer(qapp, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tones[name].play)
    timer.start(at_ms)
    timers.append(timer)
QTimer.singleShot(schedule[-1][1] + 3000, qapp.quit)  # the last one rings out
qapp.exec()
print(json.dumps({name: tone.isPlaying() for name, tone in tones.items()}))
"""


def length_ms(name: str) -> int:
    with wave.open(str(sound_dir() / f"{name}.wav")) as wav:
        return wav.getnframes() * 1000 // wav.getframerate()


@pytest.mark.desktop
@pytest.mark.slow
def test_tones_play_one_after_another_on_a_real_sound_server_without_a_qt_warning(
    tmp_path: Path,
) -> None:
    # The sound system plays the first sounds of a process late while it is still
    # starting: the first tone comes when a person would first start a session.
    schedule, at_ms = [], 3000
    for name in list(SOUNDS) * 2:
        schedule.append((name, at_ms))
        at_ms += length_ms(name) + QUIET_MS
    with pulseaudio() as pulse:
        with pulse.recording() as raw:
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(ROOT), json.dumps(schedule)],
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_FATAL_WARNINGS="1",
                         **pulse.env),
                stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr[-3000:]
        samples = np.fromfile(raw, dtype="<i2")
    # Every tone heard, each once and when it was asked for (the recording's start
    # is not the process's: compare with the plan after the typical shift);
    # none still holding a stream open at the end.
    heard = np.array(onsets(samples, quiet_ms=QUIET_MS // 2))
    assert len(heard) == len(schedule)
    late = heard - np.array([at for _name, at in schedule])
    assert np.abs(late - np.median(late)).max() < 60
    assert json.loads(out.stdout.splitlines()[-1]) == {name: False for name in SOUNDS}


def test_a_sound_that_cannot_be_read_plays_as_silence(qapp: object, tmp_path: Path) -> None:
    from backcare_desktop.ui.desktop.tone import Tone

    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF\x00\x00")
    tone = Tone(broken)
    assert not tone.loaded
    tone.play()  # nothing to play: nothing happens, nothing fails
    assert not tone.isPlaying()
