"""The stand-alone bundle starts, shows its window, exits cleanly, has its sounds,
and stays under 250 MB. Built and run by `make test-package` (and by CI)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

BUNDLE = os.environ.get("BACKCARE_TEST_BUNDLE")
LIMIT_MB = 250

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not BUNDLE, reason="needs a built bundle: make test-package builds "
                                          "one and sets BACKCARE_TEST_BUNDLE"),
]


def executable() -> Path:
    assert BUNDLE
    return Path(BUNDLE) / ("backcare-desktop.exe" if os.name == "nt" else "backcare-desktop")


def bundle_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path))
    return env


def test_the_bundle_shows_its_window_and_exits_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = subprocess.run([str(executable()), "--data-dir", str(data), "--quit-after-show"],
                          env=bundle_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    shown, ready = (json.loads(line) for line in done.stdout.strip().splitlines()[-2:])
    assert shown["event"] == "shown" and shown["title"] == "BackCare"
    assert ready["event"] == "ready"
    assert (data / "backcare.sqlite3").is_file()


def test_the_bundle_has_its_routines_and_sounds_and_can_decode_them(tmp_path: Path) -> None:
    done = subprocess.run([str(executable()), "--check-install"], env=bundle_env(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok   tone decodes" in done.stdout
    assert "ok   translations: en de es" in done.stdout
    assert "ok   Qt's own translations: de es" in done.stdout


def test_the_bundle_is_under_the_size_limit() -> None:
    assert BUNDLE
    size = sum(p.lstat().st_size for p in Path(BUNDLE).rglob("*")
               if p.is_file() and not p.is_symlink())  # links are not copies
    print(f"bundle size: {size / 10**6:.0f} MB")
    assert size < LIMIT_MB * 10**6, f"{size / 10**6:.0f} MB"
