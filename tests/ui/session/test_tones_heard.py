"""A real session's tones reach a real sound server: the app, in its own process,
plays a short routine into a PulseAudio null sink, and the recording of that
sink has one onset per planned tone. No timing is asserted here
(``benchmarks/cue_latency.py`` measures it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from backcare_desktop.core.routines.model import Exercise, Hold, Routine
from backcare_desktop.core.routines.plan import expand
from backcare_desktop.core.session.cues import cues_for
from backcare_desktop.core.session.engine import SessionEngine
from tests.desktop_services import PULSE_RATE, pulseaudio

ROOT = Path(__file__).resolve().parents[3]

# Get ready 4 s (a tone, then ticks at 3, 2, 1 s left), hold 4 s (a tone and three
# ticks), the bell: nine tones over eight seconds, none overlapping another.
SHORT = Routine("short", "Short", "strength", "gentle",
                (Exercise("Plank", Hold(4), prepare_s=4, rest_after_s=0),))

CHILD = """
import sys
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, sys.argv[2])
from backcare_desktop import app
from backcare_desktop.paths import resolve_paths
from backcare_desktop.ui.programme import dialogs as programme_dialogs
from backcare_desktop.ui.session import dialogs as session_dialogs
from backcare_desktop.ui.shell import dialogs

def after(seconds, value):
    def answer(*args, **kwargs):
        loop = QEventLoop()
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        return value
    return answer

session_dialogs.ask_pain = after(0, None)
session_dialogs.show_session_summary = after(2.5, (None, None))  # the bell rings out
dialogs.show_first_run_notice = lambda *args: None
programme_dialogs.ask_first_plan = lambda *args: None
qapp = QApplication(sys.argv[:1])
running = app.start(resolve_paths(sys.argv[1], {}))
running.repo.set_setting("voice_on", False)
running.repo.set_setting("sound_volume", 70)
# Only the session's tones: no drink reminder's chime (one is due on a first start).
running.repo.set_setting("reminders_enabled", False)
running.repo.set_setting("reminder_sound", False)
from tests.ui.session.test_tones_heard import SHORT
# A person starts a routine a few seconds after the window appeared (the sound
# system plays the first sounds of a process late while it is still starting).
running.ctx.events.ready.connect(
    lambda: QTimer.singleShot(2500, lambda: running.ctx.events.start_routine.emit(SHORT)))
running.window.page("session").controller.ended.connect(qapp.quit)
qapp.exec()
running.shutdown()
"""


def planned_tones(routine: Routine) -> int:
    now = [0.0]
    plan = expand(routine)
    engine = SessionEngine(plan, lambda: now[0])
    count = sum(1 for c in cues_for(engine.start(), plan) if c.sound)
    while (deadline := engine.next_deadline()) is not None:
        now[0] = deadline
        count += sum(1 for c in cues_for(engine.poll(), plan) if c.sound)
    return count


def onsets(samples: np.ndarray, threshold: float = 300.0, quiet_ms: int = 100) -> list[int]:
    """Where sound starts (RMS over 1 ms windows above ``threshold``) after at least
    ``quiet_ms`` of quiet; in ms from the recording's start."""
    n = PULSE_RATE // 1000
    frames = samples[: len(samples) // n * n].astype(np.float64).reshape(-1, n)
    loud = np.flatnonzero(np.sqrt((frames ** 2).mean(axis=1)) > threshold)
    found: list[int] = []
    last = -quiet_ms - 1
    for ms in loud.tolist():
        if ms - last > quiet_ms:
            found.append(ms)
        last = ms
    return found


def test_the_onset_finder_counts_separate_sounds() -> None:
    tone = (10_000 * np.sin(np.arange(PULSE_RATE // 10) * 0.1)).astype(np.int16)
    gap = np.zeros(PULSE_RATE // 2, dtype=np.int16)
    assert onsets(np.concatenate([gap, tone, gap, tone, tone, gap])) == [500, 1100]
    assert onsets(gap) == []


@pytest.mark.desktop
@pytest.mark.slow
def test_a_short_sessions_tones_are_heard_on_a_real_sound_server(tmp_path: Path) -> None:
    expected = planned_tones(SHORT)
    assert expected == 9
    with pulseaudio() as pulse:
        with pulse.recording() as raw:
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(tmp_path / "data"), str(ROOT)],
                # Qt's warnings are fatal: one from a sound thread (as QSoundEffect
                # gave) fails the test instead of freezing the session now and then.
                env=dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_FATAL_WARNINGS="1",
                         **pulse.env),
                stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=90)
        assert out.returncode == 0, out.stderr[-3000:]
        samples = np.fromfile(raw, dtype="<i2")
    assert len(samples) > 8 * PULSE_RATE  # the whole session was recorded
    assert len(onsets(samples)) == expected
