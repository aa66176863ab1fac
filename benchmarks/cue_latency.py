"""When the session's tones are actually heard, against the plan.

Starts a private PulseAudio server with a null sink (``sound_server.py``),
runs the whole app in a second process (offscreen, its real database in a
temporary folder, the real clock, the real tone player) and plays a routine of
about a minute with many short phases and five exercise ends (each one written
to the database), while ``parec`` records the sink. Before the session the
process plays four marker ticks; their onsets map the process's monotonic
clock onto the recording (the first marker is left out: the first sound a
process plays starts later than the ones after it). Each tone's onset is then
found in the recording near where the plan puts it (the engine's phase
boundaries and countdown seconds), by matching the tone's own waveform, so a
soft attack does not count as lateness. It prints each run's median and worst
error, idle and with the other core kept busy, voice off and on (on: a private
speech-dispatcher with espeak-ng speaking into a second null sink, so the
words never mix with the tones measured). "Called" is when the app asked Qt to
play, against the plan. Targets: worst within 15 ms idle, 25 ms with the other
core busy. It measures; it never fails on time.

    .venv/bin/python benchmarks/cue_latency.py [--voice on|off|both] [--load idle|busy|both]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import wave
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from sound_server import RATE, pulseaudio, speech_dispatcher  # noqa: E402

MARKERS = 4
MARKER_GAP_S = 1.0  # more than the first sound's extra delay (about 0.3 s)
VOLUME = 70
DETAILS = bool(os.environ.get("CUE_LATENCY_DETAILS"))

# A fresh interpreter keeps the other core busy (forking a process with Qt in it
# is not safe).
BURN = "import time\nend = time.monotonic() + float(__import__('sys').argv[1])\n" \
       "while time.monotonic() < end:\n    pass\n"


def routine() -> Any:
    from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Reps, Routine

    return Routine("bench", "Benchmark", "mixed", "moderate", (
        Exercise("Bridge", Reps(4, move_s=1.5, hold_s=1, return_s=1.5), prepare_s=3,
                 rest_after_s=3),
        Exercise("Plank", Hold(4), prepare_s=2, rest_after_s=3),
        Exercise("Side plank", Hold(4, per_side=True, switch_s=2), prepare_s=2,
                 rest_after_s=3),
        Exercise("Box breathing", Breathing(2, 2, hold_in_s=1, hold_out_s=1, cycles=2),
                 prepare_s=2, rest_after_s=3),
        Exercise("Plank again", Hold(4), prepare_s=2),
    ))


def planned_tones() -> list[tuple[float, str]]:
    """(seconds after the session's start, sound) for every tone of an unpaused run."""
    from backcare_desktop.core.routines.plan import expand
    from backcare_desktop.core.session.cues import cues_for
    from backcare_desktop.core.session.engine import SessionEngine

    now = [0.0]
    plan = expand(routine())
    engine = SessionEngine(plan, lambda: now[0])
    out = [(0.0, c.sound) for c in cues_for(engine.start(), plan) if c.sound]
    while (deadline := engine.next_deadline()) is not None:
        now[0] = deadline
        out += [(deadline, c.sound) for c in cues_for(engine.poll(), plan) if c.sound]
    return out


# -- the app, in its own process ------------------------------------------------------

def child(data_dir: str, voice: bool, slow_disk_ms: float) -> int:
    """Run the app, play the markers, then the session; print one JSON line."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from backcare_desktop import app
    from backcare_desktop.paths import resolve_paths
    from backcare_desktop.storage.repository import Repository
    from backcare_desktop.ui.desktop.media import sound_dir
    from backcare_desktop.ui.desktop.tone import Tone
    from backcare_desktop.ui.session import dialogs as session_dialogs
    from backcare_desktop.ui.session.runner import SessionRunner
    from backcare_desktop.ui.shell import dialogs

    played: list[tuple[float, str]] = []
    commits: list[float] = []
    started: list[float] = []

    play = Tone.play

    def logged_play(tone: Tone) -> None:
        played.append((time.monotonic(), tone.path.stem))
        play(tone)

    Tone.play = logged_play  # type: ignore[method-assign]
    def timed(write: Any) -> Any:
        def timed_write(self: Repository, *args: Any, **kwargs: Any) -> None:
            t0 = time.perf_counter()
            write(self, *args, **kwargs)
            if slow_disk_ms:  # as long as a desktop's disk takes to sync
                time.sleep(slow_disk_ms / 1000)
            commits.append((time.perf_counter() - t0) * 1000)
        return timed_write

    Repository.record_step = timed(Repository.record_step)  # type: ignore[method-assign]
    Repository.finish_session = timed(  # type: ignore[method-assign]
        Repository.finish_session)
    start = SessionRunner.start

    def timed_start(self: SessionRunner) -> None:
        started.append(time.monotonic())
        start(self)

    SessionRunner.start = timed_start  # type: ignore[method-assign]

    def answer_after(seconds: float, value: Any) -> Any:
        def ask(*_args: Any, **_kwargs: Any) -> Any:
            loop = QEventLoop()
            QTimer.singleShot(int(seconds * 1000), loop.quit)
            loop.exec()
            return value
        return ask

    # A person answers the question before the session in a second and a half.
    session_dialogs.ask_pain = answer_after(1.5, None)
    session_dialogs.show_session_summary = answer_after(3.0, (None, None))
    dialogs.show_first_run_notice = lambda *_a: None

    qapp = QApplication([sys.argv[0]])
    app.configure_application(qapp)
    paths = resolve_paths(data_dir, os.environ)
    running = app.start(paths)
    assert isinstance(running, app.Running)
    running.repo.set_setting("voice_on", voice)
    running.repo.set_setting("sound_volume", VOLUME)
    running.repo.set_setting("sound_muted", False)

    marker = Tone(sound_dir() / "tick.wav")
    marker.setVolume(VOLUME / 100)
    markers: list[float] = []
    after: list[float] = []

    def mark() -> None:
        markers.append(time.monotonic())
        play(marker)
        if len(markers) < MARKERS:
            QTimer.singleShot(int(MARKER_GAP_S * 1000), mark)
        else:
            QTimer.singleShot(1000, lambda: running.ctx.events.start_routine.emit(routine()))

    def mark_after() -> None:
        after.append(time.monotonic())
        play(marker)
        if len(after) < MARKERS:
            QTimer.singleShot(int(MARKER_GAP_S * 1000), mark_after)
        else:
            QTimer.singleShot(1000, qapp.quit)

    def when_ready() -> None:
        QTimer.singleShot(2000, mark)

    def ended() -> None:
        QTimer.singleShot(1000, mark_after)

    running.ctx.events.ready.connect(when_ready)
    running.window.page("session").controller.ended.connect(ended)
    try:
        qapp.exec()
    finally:
        running.shutdown()
    print(json.dumps({"markers": markers, "after": after, "start": started[0], "played": played,
                      "commits_ms": commits}), flush=True)
    return 0


# -- the recording ----------------------------------------------------------------------

def load_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        assert w.getframerate() == RATE and w.getnchannels() == 1
        return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64)


def find(signal: np.ndarray, template: np.ndarray, lo: int, hi: int) -> tuple[int, float]:
    """The sample in [lo, hi) where ``template`` best matches ``signal`` (normalised
    cross-correlation) and how well (0..1)."""
    lo = max(0, lo)
    hi = min(len(signal) - len(template), hi)
    if hi <= lo:
        return lo, 0.0
    segment = signal[lo:hi + len(template)]
    corr = np.correlate(segment, template, mode="valid")
    energy = np.cumsum(np.concatenate(([0.0], segment ** 2)))
    window = energy[len(template):] - energy[:-len(template)]
    score = corr / (np.sqrt(np.maximum(window, 1e-9)) * np.linalg.norm(template))
    best = int(np.argmax(score))
    return lo + best, float(score[best])


def onsets(signal: np.ndarray, threshold: float = 300.0, quiet_ms: int = 100) -> list[int]:
    """Sample positions where sound starts after at least ``quiet_ms`` of quiet
    (RMS over 1 ms windows above ``threshold``)."""
    n = RATE // 1000
    frames = signal[: len(signal) // n * n].reshape(-1, n)
    loud = np.flatnonzero(np.sqrt((frames ** 2).mean(axis=1)) > threshold)
    found: list[int] = []
    last = -10 ** 9
    for i in loud:
        if i - last > quiet_ms:
            found.append(int(i) * n)
        last = int(i)
    return found


@dataclass
class Result:
    errors: list[float]  # ms, heard minus planned
    called: list[float]  # ms, play() called minus planned
    missing: int
    commits_ms: list[float]
    drift_ppm: float  # how much faster the sink's clock ran than the monotonic one


def analyse(raw: Path, report: dict[str, Any]) -> Result:
    signal = np.fromfile(raw, dtype="<i2").astype(np.float64)
    sounds = ROOT / "assets" / "sounds"
    templates: dict[str, np.ndarray] = {}

    def template(name: str) -> np.ndarray:
        if name not in templates:
            templates[name] = load_wav(sounds / f"{name}.wav")[: RATE // 10]  # 100 ms
        return templates[name]

    # The markers: the first four and the last four onsets in the recording, refined
    # by matching; a straight line through them maps the monotonic clock onto the
    # recording's samples (the sink's clock may run a little fast or slow).
    rough = onsets(signal)
    if len(rough) < 2 * MARKERS:
        raise RuntimeError(f"only {len(rough)} tones were recorded")
    pairs = [*list(zip(rough[:MARKERS], report["markers"], strict=True))[1:],
             *zip(rough[-MARKERS:], report["after"], strict=True)]
    played_at, heard_at = [], []
    for at, played in pairs:
        pos, _ = find(signal, template("tick"), at - RATE // 50, at + RATE // 50)
        played_at.append(played)
        heard_at.append(pos / RATE)
    start = report["start"]
    slope, intercept = np.polyfit(np.array(played_at) - start, heard_at, 1)
    shift = intercept - start  # recording time = (monotonic - start) * slope + intercept
    calls = iter(report["played"][:])
    errors, called, missing = [], [], 0
    for offset, sound in planned_tones():
        expected = (offset * slope + intercept) * RATE
        pos, score = find(signal, template(sound), int(expected - 0.1 * RATE),
                          int(expected + 0.45 * RATE))
        if DETAILS:
            print(f"    {offset:6.2f} s {sound:10} {(pos - expected) / RATE * 1000:+7.1f} ms "
                  f"match {score:.2f}")
        if score < 0.6:
            missing += 1
        else:
            errors.append((pos - expected) / RATE * 1000)
        for t, name in calls:
            if name == sound:
                called.append((t - start - offset) * 1000)
                break
    del shift
    return Result(errors, called, missing, report["commits_ms"], (slope - 1) * 1e6)


def run(env: dict[str, str], pulse: Any, voice: bool, busy: bool,
        slow_disk_ms: float) -> Result:
    plan_length = planned_tones()[-1][0]
    with tempfile.TemporaryDirectory(prefix="backcare-cues-") as tmp:
        raw = Path(tmp) / "rec.raw"
        recorder = pulse.record(raw)
        burner = subprocess.Popen([sys.executable, "-c", BURN, str(plan_length + 30)]) \
            if busy else None
        try:
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(Path(tmp) / "data"),
                 "--voice", "on" if voice else "off", "--slow-disk", str(slow_disk_ms)],
                env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                timeout=plan_length + 60)
        finally:
            if burner is not None:
                burner.terminate()
                burner.wait()
            time.sleep(0.2)
            recorder.terminate()
            recorder.wait()
        lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
        if out.returncode != 0 or not lines:
            raise RuntimeError(f"the app failed:\n{out.stderr[-2000:]}")
        return analyse(raw, json.loads(lines[-1]))


def show(label: str, r: Result) -> float:
    worst = max(r.errors, key=abs)
    called = max(r.called, key=abs) if r.called else float("nan")
    print(f"  {label:24} {len(r.errors):3d} tones: median {statistics.median(r.errors):+6.1f} ms,"
          f" worst {worst:+6.1f} ms; called: median {statistics.median(r.called):+5.1f} ms, "
          f"worst {called:+6.1f} ms; commit {statistics.median(r.commits_ms):4.1f} ms; "
          f"sink clock {r.drift_ppm:+.0f} ppm"
          + (f"; {r.missing} NOT HEARD" if r.missing else ""))
    return abs(worst)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voice", choices=("on", "off", "both"), default="both")
    parser.add_argument("--load", choices=("idle", "busy", "both"), default="both")
    parser.add_argument("--slow-disk", type=float, default=0.0, metavar="MS",
                        help="make each step's commit take MS longer (a desktop's disk: ~30)")
    parser.add_argument("--child", metavar="DATA_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.voice == "on", args.slow_disk)
    for program, package in (("pulseaudio", "pulseaudio"), ("parec", "pulseaudio-utils"),
                             ("pactl", "pulseaudio-utils")):
        if shutil.which(program) is None:
            print(f"{program} is not installed (Debian package {package})")
            return 1
    voices = {"on": [True], "off": [False], "both": [False, True]}
    loads = {"idle": [False], "busy": [True], "both": [False, True]}[args.load]
    with ExitStack() as stack:
        pulse = stack.enter_context(pulseaudio())
        speech, why = stack.enter_context(speech_dispatcher(pulse))
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **pulse.env)
        print(f"PulseAudio null sink, {len(planned_tones())} tones over "
              f"{planned_tones()[-1][0]:.0f} s; error = heard minus planned"
              + (f"; each commit made {args.slow_disk:.0f} ms slower" if args.slow_disk else ""))
        worst = {False: 0.0, True: 0.0}
        for voice in voices[args.voice]:
            if voice and speech is None:
                print(f"voice on: skipped ({why})")
                continue
            for busy in loads:
                result = run(dict(env, **(speech or {})) if voice else env, pulse, voice, busy,
                             args.slow_disk)
                label = f"voice {'on' if voice else 'off'}, {'other core busy' if busy else 'idle'}"
                worst[busy] = max(worst[busy], show(label, result))
        if False in loads:
            print(f"worst idle: {worst[False]:.1f} ms (target: within 15 ms)")
        if True in loads:
            print(f"worst with the other core busy: {worst[True]:.1f} ms (target: within 25 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
