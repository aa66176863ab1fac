"""SIGTERM (logout, shutdown) and SIGINT (Ctrl+C) stop the real app in order: the
running session is recorded as stopped, the database closed cleanly, exit 0."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop.app import catch_stop_signals
from backcare_desktop.core.vocabulary import SessionState, StepOutcome, StopReason

ROOT = Path(__file__).resolve().parents[1]


class DrivenApp:
    """``tests/session_app.py`` in a subprocess: ``send`` a command, wait for its ``ok``."""

    def __init__(self, data_dir: Path, stderr: Path) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        env.pop("BACKCARE_DATA_DIR", None)
        self.stderr = stderr
        with stderr.open("w") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "tests.session_app", "--data-dir", str(data_dir),
                 "--verbose"],
                cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err,
                text=True)
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.expect("ready")

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._lines.put(line.strip())

    def expect(self, wanted: str) -> None:
        try:
            line = self._lines.get(timeout=60)
        except queue.Empty:
            pytest.fail(f"the app did not say {wanted!r}: {self.stderr.read_text()[-2000:]}")
        assert line == wanted, self.stderr.read_text()[-2000:]

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        self.expect("ok")


@contextmanager
def driven_app(tmp_path: Path) -> Iterator[DrivenApp]:
    app = DrivenApp(tmp_path / "data", tmp_path / "stderr.txt")
    try:
        yield app
    finally:
        if app.proc.poll() is None:
            app.proc.kill()
        app.proc.wait(timeout=30)
        if app.proc.stdin is not None:
            app.proc.stdin.close()
        if app.proc.stdout is not None:
            app.proc.stdout.close()


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_signal_records_the_session_as_stopped_and_exits_cleanly(
        tmp_path: Path, signum: signal.Signals) -> None:
    data = tmp_path / "data"
    with driven_app(tmp_path) as app:
        app.send("start")
        app.send("advance 27")  # Bird dog's hold ended at 25 s; its rest is under way
        app.proc.send_signal(signum)
        code = app.proc.wait(timeout=60)
    err = app.stderr.read_text()
    assert code == 0, err
    assert "Traceback" not in err
    assert f"{signum.name} received: stopping" in err
    conn = sqlite3.connect(data / "backcare.sqlite3")
    sessions = conn.execute("SELECT state, stop_reason FROM sessions").fetchall()
    steps = conn.execute("SELECT exercise_name, outcome FROM session_steps"
                         " ORDER BY position").fetchall()
    conn.close()
    assert sessions == [(SessionState.STOPPED, StopReason.APP_CLOSED)]
    assert steps[0] == ("Bird dog", StepOutcome.COMPLETED)
    # Closed cleanly: the write-ahead log was folded in and removed, the lock let go.
    assert not (data / "backcare.sqlite3-wal").exists()
    assert not (data / "backcare.lock").exists()


@pytest.mark.slow
def test_a_stop_signal_while_idle_exits_cleanly(tmp_path: Path) -> None:
    with driven_app(tmp_path) as app:
        app.proc.send_signal(signal.SIGTERM)
        code = app.proc.wait(timeout=60)
    assert code == 0, app.stderr.read_text()
    assert not (tmp_path / "data" / "backcare.lock").exists()


def test_the_signal_is_delivered_from_the_event_loop(qtbot: QtBot) -> None:
    received: list[int] = []
    restore = catch_stop_signals(received.append)
    try:
        previous = signal.getsignal(signal.SIGTERM)
        assert callable(previous)
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: received == [signal.SIGTERM])
    finally:
        restore()
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
