"""Real desktop services for the tests marked ``desktop``: a virtual X screen, a
private session bus, the dunst notification daemon, a PulseAudio server with a
null sink to record from.

Each helper skips the test, saying why, when its program is not installed;
in CI (``CI`` set) a missing program fails the test instead, because there
the README's test command installs them.
"""

from __future__ import annotations

import os
import shutil
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


PULSE_RATE = 48_000

PULSE_SCRIPT = """\
load-module module-native-protocol-unix socket={socket} auth-anonymous=1
load-module module-null-sink sink_name=rec rate={rate} channels=1
set-default-sink rec
"""


class PulseAudio:
    """A private PulseAudio server whose default sink ``rec`` is a null sink.
    ``env`` points a client at it (PULSE_SERVER); ``recording()`` records what is
    played there, as 16-bit mono samples at ``PULSE_RATE``."""

    def __init__(self, folder: Path, socket: Path) -> None:
        self.folder = folder
        self.env = {"PULSE_SERVER": f"unix:{socket}"}

    @contextmanager
    def recording(self) -> Iterator[Path]:
        """Record the sink into a raw file while the block runs; yields its path
        (complete once the block has ended)."""
        parec = need("parec", "pulseaudio-utils")
        path = self.folder / f"recording-{time.monotonic_ns()}.raw"
        with path.open("wb") as out:
            proc = subprocess.Popen(
                [parec, "-d", "rec.monitor", "--raw", "--format=s16le", "--channels=1",
                 f"--rate={PULSE_RATE}", "--latency-msec=10"],
                env=dict(os.environ, **self.env), stdin=subprocess.DEVNULL, stdout=out,
                stderr=subprocess.DEVNULL)
        try:
            yield path
        finally:
            proc.terminate()
            proc.wait(timeout=10)


@contextmanager
def pulseaudio() -> Iterator[PulseAudio]:
    """``pulseaudio --daemonize=no -n`` with a native-protocol socket in a temporary
    folder and a null sink ``rec``, ended when the block ends."""
    daemon = need("pulseaudio", "pulseaudio")
    pactl = need("pactl", "pulseaudio-utils")
    with tempfile.TemporaryDirectory(prefix="backcare-pulse-") as tmp:
        folder = Path(tmp)
        socket = folder / "native"
        script = folder / "default.pa"
        script.write_text(PULSE_SCRIPT.format(socket=socket, rate=PULSE_RATE))
        env = dict(os.environ, HOME=tmp, XDG_RUNTIME_DIR=tmp, XDG_CONFIG_HOME=tmp)
        env.pop("PULSE_SERVER", None)
        proc = subprocess.Popen([daemon, "--daemonize=no", "-n", "-F", str(script),
                                 "--exit-idle-time=-1", "--use-pid-file=no"],
                                env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            server = PulseAudio(folder, socket)
            deadline = time.monotonic() + 10
            while subprocess.run([pactl, "info"], env=dict(os.environ, **server.env),
                                 capture_output=True, timeout=10).returncode != 0:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("PulseAudio did not start")
                time.sleep(0.05)  # polling a process that starts, not waiting in a test
            yield server
        finally:
            proc.terminate()
            proc.wait(timeout=10)
