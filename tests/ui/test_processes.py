"""The real executable, started as a person (or an installer check) would."""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
from pathlib import Path

import pytest

from backcare_desktop import __version__

HEAVY = ("pyqtgraph", "numpy", "PySide6.QtMultimedia", "PySide6.QtTextToSpeech")


def env_for(data: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("BACKCARE_DATA_DIR", None)
    env["BACKCARE_DATA_DIR"] = str(data)
    return env


def test_version_prints_and_exits_without_loading_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from backcare_desktop.app import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit as e:\n    assert e.code == 0\n"
        "print('qt loaded' if 'PySide6.QtCore' in sys.modules else 'no qt')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env_for(tmp_path), check=True, timeout=60)
    assert out.stdout.splitlines() == [f"backcare-desktop {__version__}", "no qt"]


def test_help_names_the_data_folder_option(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "backcare_desktop", "--help"],
                         capture_output=True, text=True, env=env_for(tmp_path), check=True,
                         timeout=60)
    assert "--data-dir PATH" in out.stdout and "BACKCARE_DATA_DIR" in out.stdout


@pytest.mark.slow
def test_the_window_shows_without_importing_heavy_modules(tmp_path: Path) -> None:
    code = (
        "import sys, atexit\n"
        "from backcare_desktop.app import main\n"
        "code = main(['--quit-after-show'])\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
        "sys.exit(code)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env_for(tmp_path / "data"), timeout=60)
    assert out.returncode == 0, out.stderr
    shown, ready, heavy = out.stdout.splitlines()
    assert json.loads(shown)["event"] == "shown" and json.loads(shown)["title"] == "BackCare"
    assert json.loads(ready)["event"] == "ready"
    assert heavy == "[]"
    assert (tmp_path / "data" / "backcare.sqlite3").exists()
    assert (tmp_path / "data" / "logs" / "backcare.log").exists()


class StderrLines:
    """Reads a child's stderr without Python-level buffering, line by line."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stderr is not None
        self.fd = proc.stderr.fileno()
        self.text = ""

    def wait_for(self, needle: str, timeout: float) -> None:
        with selectors.DefaultSelector() as sel:
            sel.register(self.fd, selectors.EVENT_READ)
            while needle not in self.text:
                if not sel.select(timeout):
                    raise AssertionError(f"never saw {needle!r}; stderr was: {self.text}")
                chunk = os.read(self.fd, 65536)
                if not chunk:
                    raise AssertionError(f"exited before {needle!r}; stderr was: {self.text}")
                self.text += chunk.decode(errors="replace")


@pytest.mark.slow
def test_a_second_process_hands_over_to_the_first_and_exits(tmp_path: Path) -> None:
    env = env_for(tmp_path / "data")
    with subprocess.Popen([sys.executable, "-m", "backcare_desktop", "--verbose"],
                          stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, bufsize=0,
                          env=env) as first:
        lines = StderrLines(first)
        try:
            lines.wait_for("main window shown", timeout=60)
            second = subprocess.run([sys.executable, "-m", "backcare_desktop", "--verbose"],
                                    capture_output=True, text=True, env=env, timeout=60)
            assert second.returncode == 0
            assert "already running" in second.stderr
            lines.wait_for("another start asked for the window", timeout=30)
            assert first.poll() is None, "the first instance keeps running"
        finally:
            first.terminate()
            first.wait(timeout=30)
