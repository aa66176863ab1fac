"""Screen lock and sleep heard over a real, private D-Bus bus."""

from __future__ import annotations

from PySide6.QtDBus import QDBusConnection, QDBusMessage
from pytestqt.qtbot import QtBot

from backcare_desktop.ui.desktop.system_watch import SystemWatch


def connect(address: str, name: str) -> QDBusConnection:
    conn = QDBusConnection.connectToBus(address, name)
    assert conn.isConnected(), conn.lastError().message()
    return conn


def send(conn: QDBusConnection, path: str, interface: str, member: str, value: bool) -> None:
    message = QDBusMessage.createSignal(path, interface, member)
    message.setArguments([value])
    assert conn.send(message)


def test_a_locked_screen_and_a_coming_sleep_are_heard(qtbot: QtBot, bus_address: str) -> None:
    listener = connect(bus_address, "backcare-test-listener")
    desktop = connect(bus_address, "backcare-test-desktop")
    assert desktop.registerService("org.freedesktop.login1")
    watch = SystemWatch(session_bus=listener, system_bus=listener)
    assert "org.freedesktop.ScreenSaver" in watch.listening
    assert "org.freedesktop.login1.Manager" in watch.listening

    with qtbot.waitSignal(watch.screen_locked, timeout=5000):
        send(desktop, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
             "ActiveChanged", True)
    with qtbot.waitSignal(watch.going_to_sleep, timeout=5000):
        send(desktop, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
             "PrepareForSleep", True)
    locks: list[None] = []
    watch.screen_locked.connect(lambda: locks.append(None))
    send(desktop, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver",
         "ActiveChanged", False)  # unlocking does not pause anything
    # One sender's messages arrive in order: once this one is heard, so was the unlock.
    with qtbot.waitSignal(watch.going_to_sleep, timeout=5000):
        send(desktop, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
             "PrepareForSleep", True)
    assert locks == []
    with qtbot.waitSignal(watch.woke, timeout=5000):
        send(desktop, "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
             "PrepareForSleep", False)
    QDBusConnection.disconnectFromBus("backcare-test-listener")
    QDBusConnection.disconnectFromBus("backcare-test-desktop")
