"""Desktop notifications against the real dunst daemon, and against services that
hang or refuse: never a blocked window, always a fallback."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop.ui.desktop.notifications import DBusNotifier
from tests.desktop_services import Dunst, dunst, session_bus

BROKEN_SERVICE = Path(__file__).with_name("broken_notification_service.py")
ACTIONS = [("drank", "I drank a glass"), ("snooze", "Snooze 30 min")]


@pytest.fixture
def notifier(qtbot: QtBot) -> Iterator[DBusNotifier]:
    made: list[DBusNotifier] = []

    def make(address: str) -> DBusNotifier:
        made.append(DBusNotifier(address or None) if address else DBusNotifier(""))
        return made[-1]

    yield make  # type: ignore[misc]
    for n in made:
        n.close()


@pytest.fixture
def real_dunst(qtbot: QtBot) -> Iterator[Dunst]:
    with dunst() as daemon:
        qtbot.waitUntil(lambda: daemon.ctl("count", "displayed").isdigit(), timeout=10000)
        yield daemon


@pytest.mark.desktop
def test_dunst_shows_the_reminder_and_a_pressed_button_comes_back(
        qtbot: QtBot, real_dunst: Dunst, notifier) -> None:
    n = notifier(real_dunst.address)
    with qtbot.waitSignal(n.ready, timeout=5000) as up:
        assert n.show("water", "Time for some water", "Today so far: 750 ml.", ACTIONS)
    assert up.args == [True] and n.actions_supported
    qtbot.waitUntil(lambda: real_dunst.shown() == 1, timeout=5000)
    qtbot.waitUntil(lambda: bool(real_dunst.received()), timeout=5000)
    assert real_dunst.received() == [("BackCare", "Time for some water",
                                      "Today so far: 750 ml.")]
    with qtbot.waitSignal(n.action_invoked, timeout=5000) as pressed:
        real_dunst.press("I drank a glass")
    assert pressed.args == ["water", "drank"]

    # The next reminder replaces this one rather than piling up; withdraw takes it away.
    n.show("water", "Time for some water", "again", ACTIONS)
    with qtbot.waitSignal(n.closed, timeout=5000) as closed:
        n.withdraw("water")
    assert closed.args[0] == "water"
    qtbot.waitUntil(lambda: real_dunst.shown() == 0, timeout=5000)


@pytest.mark.desktop
def test_a_missing_service_leads_to_the_fallback(qtbot: QtBot, notifier) -> None:
    with session_bus() as address:
        n = notifier(address)
        with qtbot.waitSignal(n.failed, timeout=5000) as failed:
            n.show("water", "Time for some water", "body", ACTIONS)
        assert failed.args == ["water", "Time for some water", "body"]
        assert not n.available()
        assert not n.show("water", "Time for some water", "body", ACTIONS)  # at once now


def test_without_a_session_bus_nothing_is_tried(notifier) -> None:
    n = notifier("")
    assert not n.available()
    assert not n.show("water", "Time for some water", "body", ACTIONS)


def test_a_bus_that_is_gone_leads_to_the_fallback(qtbot: QtBot, notifier) -> None:
    n = notifier("unix:path=/nonexistent/backcare-test-bus")
    with qtbot.waitSignal(n.failed, timeout=5000):
        assert n.show("checkin", "Daily check-in", "How is your back?", [("log", "Log pain…")])
    assert not n.available()


@pytest.mark.desktop
@pytest.mark.parametrize("mode", ["hang", "refuse"])
def test_a_hung_or_refusing_service_never_blocks_and_falls_back(
        qtbot: QtBot, notifier, mode: str) -> None:
    with session_bus() as address, subprocess.Popen(
            [sys.executable, str(BROKEN_SERVICE), address, mode], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, text=True) as service:
        assert service.stdout is not None and service.stdout.readline().strip() == "ready"
        n = notifier(address)
        ticks: list[int] = []
        from PySide6.QtCore import QTimer

        beat = QTimer()
        beat.timeout.connect(lambda: ticks.append(1))
        beat.start(50)
        try:
            with qtbot.waitSignal(n.failed, timeout=5000):
                assert n.show("water", "Time for some water", "body", ACTIONS)
        finally:
            beat.stop()
        if mode == "hang":  # the event loop kept turning while the call waited
            assert len(ticks) >= 5
        assert n.available()  # the service is there; the next reminder tries again
        service.stdin.close()
