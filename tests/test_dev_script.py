"""scripts/dev.py: the one command that sets up a fresh machine."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "dev.py"


@pytest.fixture
def dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("backcare_dev_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pretend_linux(dev: ModuleType, monkeypatch: pytest.MonkeyPatch, libs: set[str]) -> None:
    monkeypatch.setattr(dev.sys, "platform", "linux")
    monkeypatch.setattr(dev, "known_libraries", lambda: libs)
    monkeypatch.setattr(dev, "has_a_font", lambda: True)
    monkeypatch.setattr(dev, "has_venv_module", lambda: True)
    monkeypatch.setattr(dev.shutil, "which", lambda name: f"/usr/bin/{name}")


def test_missing_libraries_map_to_their_debian_packages(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    everything = set(dev.SYSTEM_LIBRARIES)
    pretend_linux(dev, monkeypatch, everything - {"libEGL.so.1", "libxcb-cursor.so.0"})
    assert dev.missing_system_packages() == ["libegl1", "libxcb-cursor0"]
    pretend_linux(dev, monkeypatch, everything)
    assert dev.missing_system_packages() == []


def test_without_root_it_stops_with_the_exact_apt_line(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    pretend_linux(dev, monkeypatch, set(dev.SYSTEM_LIBRARIES) - {"libpulse.so.0"})
    monkeypatch.setattr(dev.os, "geteuid", lambda: 1000)
    with pytest.raises(SystemExit) as info:
        dev.ensure_system_packages()
    assert str(info.value) == (
        "[backcare] missing system libraries; run: sudo apt-get install -y libpulse0"
    )
