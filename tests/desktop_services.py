"""Real desktop services for the tests marked ``desktop``: a virtual X screen, a
private session bus, the dunst notification daemon, speech-dispatcher with
espeak-ng.

Each helper skips the test, saying why, when its program is not installed;
in CI (``CI`` set) a missing program fails the test instead, because there
the README's test command installs them.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def need(program: str, package: str) -> str:
    found = shutil.which(program)
    if found is None:
        message = (f"{program} is not installed (Debian package {package}; "
                   "scripts/dev.py test installs it when run as root)")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@contextmanager
def virtual_screen() -> Iterator[str]:
    """An Xvfb screen; yields its DISPLAY."""
    xvfb = need("Xvfb", "xvfb")
    read, write = os.pipe()
    proc = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextmanager
def session_bus() -> Iterator[str]:
    """A private session bus; yields its address."""
    daemon = need("dbus-daemon", "dbus")
    with subprocess.Popen([daemon, "--session", "--nofork", "--print-address"],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as proc:
        assert proc.stdout is not None
        address = proc.stdout.readline().strip()
        try:
            yield address
        finally:
            proc.terminate()
            proc.wait(timeout=10)


CHOOSER = """#!/bin/sh
# Stands in for dmenu in dunst's context menu: picks the action whose text was
# asked for, as a person choosing it from the menu would.
grep -m1 -F "$(cat {wanted})"
"""


RECORDER = """#!/bin/sh
# Run by dunst for every notification it shows: appname, summary, body.
printf '%s\\t%s\\t%s\\n' "$1" "$2" "$3" >> {log}
"""


class Dunst:
    """dunst on a private bus and screen. ``received()`` lists what it has shown
    (app, summary, body); ``press(text)`` chooses the button with that text on the
    newest notification, through dunst's own context menu."""

    def __init__(self, address: str, display: str, folder: Path) -> None:
        self.address = address
        self._env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, DISPLAY=display)
        self._wanted = folder / "wanted"
        chooser = folder / "choose"
        chooser.write_text(CHOOSER.format(wanted=self._wanted))
        chooser.chmod(0o700)
        self._log = folder / "shown"
        recorder = folder / "record"
        recorder.write_text(RECORDER.format(log=self._log))
        recorder.chmod(0o700)
        config = folder / "dunstrc"
        config.write_text(f"[global]\n    dmenu = {chooser}\n\n"
                          f"[record]\n    summary = \"*\"\n    script = {recorder}\n")
        self._proc = subprocess.Popen([need("dunst", "dunst"), "-config", str(config)],
                                      env=self._env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
        self._ctl = need("dunstctl", "dunst")

    def ctl(self, *args: str) -> str:
        return subprocess.run([self._ctl, *args], env=self._env, capture_output=True,
                              text=True, timeout=10).stdout.strip()

    def shown(self) -> int:
        text = self.ctl("count", "displayed")
        return int(text) if text.isdigit() else 0

    def received(self) -> list[tuple[str, ...]]:
        if not self._log.exists():
            return []
        return [tuple(line.split("\t")) for line in self._log.read_text().splitlines()]

    def press(self, text: str) -> None:
        self._wanted.write_text(text)
        self.ctl("context")

    def stop(self) -> None:
        self._proc.terminate()
        self._proc.wait(timeout=10)


@contextmanager
def dunst() -> Iterator[Dunst]:
    need("dunst", "dunst")
    with virtual_screen() as display, session_bus() as address, \
            tempfile.TemporaryDirectory() as folder:
        daemon = Dunst(address, display, Path(folder))
        try:
            yield daemon
        finally:
            daemon.stop()


ESPEAK_MODULE_DIRS = ("/usr/lib/speech-dispatcher-modules",
                      "/usr/lib/x86_64-linux-gnu/speech-dispatcher-modules",
                      "/usr/lib/aarch64-linux-gnu/speech-dispatcher-modules",
                      "/usr/local/lib/speech-dispatcher-modules")

SPEECHD_CONF = """LogLevel 3
LogDir "{logs}"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
AudioOutputMethod "pulse"
"""


class SpeechDispatcher:
    """speech-dispatcher on a private socket with its own configuration. ``env``
    holds what a client needs to reach it (``SPEECHD_ADDRESS``, ``XDG_RUNTIME_DIR``);
    ``say(text)`` asks it to speak, as another program would."""

    def __init__(self, folder: Path, audio: str) -> None:
        program = need("speech-dispatcher", "speech-dispatcher")
        if not any((Path(d) / "sd_espeak-ng").exists() for d in ESPEAK_MODULE_DIRS):
            need("sd_espeak-ng", "speech-dispatcher-espeak-ng")  # skips or fails, saying why
        self._spd_say = need("spd-say", "speech-dispatcher")
        conf = folder / "conf"
        (conf / "modules").mkdir(parents=True)
        shutil.copy("/etc/speech-dispatcher/modules/espeak-ng.conf", conf / "modules")
        self.logs = folder / "logs"
        self.logs.mkdir()
        (conf / "speechd.conf").write_text(SPEECHD_CONF.format(logs=self.logs))
        runtime = folder / "run"
        runtime.mkdir(mode=0o700)
        self.socket_path = runtime / "speechd.sock"
        self.env = {"SPEECHD_ADDRESS": f"unix_socket:{self.socket_path}",
                    "XDG_RUNTIME_DIR": str(runtime)}
        if audio not in ("hung", "refused"):
            raise ValueError(audio)
        # Its audio output: a PulseAudio address where nothing listens yet (espeak-ng
        # tries it while starting: it is refused at once).
        self._pulse: socket.socket | None = None
        pulse_path = runtime / "pulse-native"
        env = dict(os.environ, **self.env, PULSE_SERVER=f"unix:{pulse_path}",
                   HOME=str(folder))
        self._proc = subprocess.Popen(
            [program, "--run-single", "--timeout", "0", "--config-dir", str(conf),
             "--communication-method", "unix_socket", "--socket-path", str(self.socket_path),
             "--pid-file", str(runtime / "speechd.pid")],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)  # its output modules share its process group
        try:
            self._wait_for_socket()
        except BaseException:
            self.stop()
            raise
        if audio == "hung":
            # Now a stuck sound server: it takes connections and never answers, so
            # opening the audio for the first words waits 30 s, and so do the
            # clients meanwhile.
            self._pulse = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self._pulse.bind(str(pulse_path))
            self._pulse.listen(64)  # connections wait in the queue, unanswered

    def _wait_for_socket(self) -> None:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                pytest.fail(f"speech-dispatcher ended at once (status {self._proc.returncode})")
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
                try:
                    probe.connect(str(self.socket_path))
                    return
                except OSError:
                    pass
            time.sleep(0.05)
        pytest.fail("speech-dispatcher did not open its socket within 20 s")

    def audio_stuck(self) -> bool:
        """It is trying to open its (stuck) audio output: until it gives up, 30 s
        later, it keeps its clients waiting."""
        if self._pulse is None:
            return False
        waiting, _, _ = select.select([self._pulse], [], [], 0)
        return bool(waiting)

    def say(self, text: str) -> None:
        subprocess.run([self._spd_say, text], env=dict(os.environ, **self.env),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=20,
                       check=False)

    def log_text(self) -> str:
        log = self.logs / "speech-dispatcher.log"
        return log.read_text(errors="replace") if log.exists() else ""

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._proc.pid, signal.SIGKILL)  # it and its output modules
        self._proc.wait(timeout=10)
        if self._pulse is not None:
            self._pulse.close()


@contextmanager
def speech_dispatcher(audio: str = "refused") -> Iterator[SpeechDispatcher]:
    """speech-dispatcher with espeak-ng, its own configuration, socket and runtime
    folder. ``audio="hung"``: its PulseAudio output never answers, as on a desktop
    whose sound server is stuck; it then keeps every client waiting (``spd_open``,
    ``spd_cancel``, ``spd_say``) for 30 s per attempt to open it. ``audio="refused"``:
    there is no sound server; it answers at once and stays silent."""
    with tempfile.TemporaryDirectory() as folder:
        daemon = SpeechDispatcher(Path(folder), audio)
        try:
            yield daemon
        finally:
            daemon.stop()
