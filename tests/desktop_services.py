"""Real desktop services for the tests marked ``desktop``: a virtual X screen, a
private session bus, the dunst notification daemon.

Each helper skips the test, saying why, when its program is not installed;
in CI (``CI`` set) a missing program fails the test instead, because there
the README's test command installs them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
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
