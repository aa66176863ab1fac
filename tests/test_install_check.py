"""``--check-install`` names what a packaged BackCare needs, translations included."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_checkout_has_everything_an_install_needs() -> None:
    done = subprocess.run([sys.executable, "-m", "backcare_desktop", "--check-install"],
                          capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert any(line.startswith("ok   translations: en de es in ") for line in lines)
    assert any(line.startswith("ok   Qt's own translations: de es in ") for line in lines)
