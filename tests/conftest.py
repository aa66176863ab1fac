"""Shared test set-up: offscreen Qt, temporary folders, no real user data.

Every test runs with the XDG folders and BACKCARE_DATA_DIR pointing into its
own temporary directory, so nothing can read or write the developer's data.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never reach the desktop's real buses (notifications, screen lock, sleep):
# tests that need D-Bus start a private bus of their own.
os.environ["DBUS_SESSION_BUS_ADDRESS"] = "unix:path=/nonexistent/backcare-test-session-bus"
os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = "unix:path=/nonexistent/backcare-test-system-bus"
# English, whatever the machine speaks: tests read the English texts and formats.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

from pathlib import Path

import pytest

from backcare_desktop.paths import ENV_DATA_DIR, AppPaths


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(tmp_path / "xdg" / var.lower()))
    monkeypatch.delenv(ENV_DATA_DIR, raising=False)


@pytest.fixture(scope="session")
def qapp(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's application, speaking English with its plural forms ("1 set")."""
    from backcare_desktop.ui.shell import i18n

    i18n.install(qapp, "en")
    return qapp


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    data = tmp_path / "data"
    return AppPaths(data_dir=data, log_dir=data / "logs")
