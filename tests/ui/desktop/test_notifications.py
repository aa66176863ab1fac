"""Drink reminders through a real session D-Bus and a stand-in notification service."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from backcare_desktop import APP_ID

SERVICE = Path(__file__).with_name("notification_service.py")


def start_service(address: str, press: str) -> subprocess.Popen[str]:
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, str(SERVICE), press], env=env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    return proc


@pytest.fixture
def bus(bus_address: str) -> Iterator[object]:
    from PySide6.QtDBus import QDBusConnection

    connection = QDBusConnection.connectToBus(bus_address, "backcare-test")
    assert connection.isConnected()
    yield connection
    QDBusConnection.disconnectFromBus("backcare-test")


def stop(proc: subprocess.Popen[str]) -> list[dict[str, object]]:
    out, _ = proc.communicate(timeout=10)
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_no_service_means_not_available(qtbot, bus) -> None:
    from backcare_desktop.ui.desktop.notifications import DBusNotifier

    notifier = DBusNotifier(bus)
    assert not notifier.available()
    assert not notifier.show("Water", "Time for a glass", [("drank", "I drank a glass")])


def test_notification_is_sent_with_buttons_and_a_press_comes_back(qtbot, bus, bus_address):
    from backcare_desktop.ui.desktop.notifications import DBusNotifier

    service = start_service(bus_address, press="drank")
    try:
        notifier = DBusNotifier(bus)
        assert notifier.available()
        assert notifier.actions_supported
        with qtbot.waitSignal(notifier.action_invoked, timeout=5000) as pressed:
            assert notifier.show("Time for some water", "Today so far: 750 ml of 2,000 ml.",
                                 [("drank", "I drank a glass"), ("snooze", "Snooze 30 min")])
        assert pressed.args == ["drank"]
        # A second reminder replaces the first instead of piling up.
        with qtbot.waitSignal(notifier.action_invoked, timeout=5000):
            assert notifier.show("Time for some water", "again", [("drank", "I drank a glass")])
        notifier.withdraw()
    finally:
        calls = stop(service)
    first, second, closed = calls
    assert first["call"] == "Notify" and first["app"] == "BackCare"
    assert first["summary"] == "Time for some water"
    assert first["actions"] == ["drank", "I drank a glass", "snooze", "Snooze 30 min"]
    assert first["hints"] == {"desktop-entry": APP_ID}
    assert first["replaces"] == 0
    assert second["replaces"] == first["id"]
    assert closed == {"call": "CloseNotification", "id": first["id"]}
