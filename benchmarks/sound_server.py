"""A private sound server for the benchmarks: PulseAudio with null sinks, and
speech-dispatcher (espeak-ng) speaking into one of them.

``pulseaudio()`` starts ``pulseaudio --daemonize=no -n`` in a temporary folder
with a native-protocol socket there and two null sinks: ``rec`` (the default:
the app's tones go there; record ``rec.monitor``) and ``voice`` (where the
speech goes, so it never mixes with the tones being measured). Every process
started here is ended when its ``with`` block ends.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

RATE = 48_000

SCRIPT = """\
load-module module-native-protocol-unix socket={socket} auth-anonymous=1
load-module module-null-sink sink_name=rec rate={rate} channels=1
load-module module-null-sink sink_name=voice rate={rate} channels=1
set-default-sink rec
"""


@dataclass(frozen=True)
class Pulse:
    folder: Path
    socket: Path

    @property
    def env(self) -> dict[str, str]:
        return {"PULSE_SERVER": f"unix:{self.socket}"}

    def record(self, path: Path, sink: str = "rec") -> subprocess.Popen[bytes]:
        """Start recording ``sink`` (16-bit mono at RATE) raw into ``path``."""
        with path.open("wb") as out:
            return subprocess.Popen(
                ["parec", "-d", f"{sink}.monitor", "--raw", "--format=s16le", "--channels=1",
                 f"--rate={RATE}", "--latency-msec=10"],
                env=dict(os.environ, **self.env), stdout=out, stdin=subprocess.DEVNULL)


@contextmanager
def pulseaudio() -> Iterator[Pulse]:
    with tempfile.TemporaryDirectory(prefix="backcare-pulse-") as tmp:
        folder = Path(tmp)
        socket = folder / "native"
        script = folder / "default.pa"
        script.write_text(SCRIPT.format(socket=socket, rate=RATE))
        env = dict(os.environ, HOME=tmp, XDG_RUNTIME_DIR=tmp, XDG_CONFIG_HOME=tmp)
        env.pop("PULSE_SERVER", None)
        with (folder / "pulseaudio.log").open("wb") as log:
            proc = subprocess.Popen(
                ["pulseaudio", "--daemonize=no", "-n", "-F", str(script),
                 "--exit-idle-time=-1", "--use-pid-file=no", "--log-target=stderr"],
                env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        try:
            pulse = Pulse(folder, socket)
            deadline = time.monotonic() + 10
            while subprocess.run(["pactl", "info"], env=dict(os.environ, **pulse.env),
                                 capture_output=True).returncode != 0:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("PulseAudio did not start: "
                                       + (folder / "pulseaudio.log").read_text()[-500:])
                time.sleep(0.05)
            yield pulse
        finally:
            proc.terminate()
            proc.wait(timeout=10)


@contextmanager
def speech_dispatcher(pulse: Pulse) -> Iterator[tuple[dict[str, str] | None, str]]:
    """A private speech-dispatcher speaking into ``voice``: yields (the environment a
    client needs, "") or (None, why not)."""
    for program, package in (("speech-dispatcher", "speech-dispatcher"),
                             ("espeak-ng", "espeak-ng and speech-dispatcher-espeak-ng")):
        if shutil.which(program) is None:
            yield None, f"{program} is not installed (Debian package {package})"
            return
    with tempfile.TemporaryDirectory(prefix="backcare-speech-") as tmp:
        socket = Path(tmp) / "speechd.sock"
        env = dict(os.environ, **pulse.env, PULSE_SINK="voice", HOME=tmp,
                   XDG_RUNTIME_DIR=tmp, XDG_CONFIG_HOME=tmp)
        proc = subprocess.Popen(
            ["speech-dispatcher", "--run-single", "--timeout", "0",
             "--communication-method", "unix_socket", "--socket-path", str(socket),
             "--pid-file", str(Path(tmp) / "pid"), "--log-dir", tmp],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 10
            while not socket.exists() and proc.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            if not socket.exists():
                yield None, "speech-dispatcher did not start"
            else:
                yield {"SPEECHD_ADDRESS": f"unix_socket:{socket}"}, ""
        finally:
            proc.terminate()
            proc.wait(timeout=10)
