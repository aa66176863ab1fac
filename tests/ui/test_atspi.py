"""A screen reader's view of a session, over the real AT-SPI bus.

BackCare runs in its own process on Xvfb with Qt's AT-SPI bridge on
(``tests/a11y_app.py``, driven line by line on a fake clock); this test reads it
as a screen reader does, with jeepney on the accessibility bus: the accessible
tree (names, descriptions, roles) and the ``org.a11y.atspi.Event.Object``
signals, after registering for them with the registry as Orca does.
"""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.desktop_services import (
    AccessibilityBus,
    AccessibleRef,
    AtspiClient,
    AtspiEvent,
    accessibility_bus,
    until_ready,
)

pytestmark = [pytest.mark.desktop, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
APP_NAME = "BackCare"
# What a screen reader asks to hear about (Orca asks for these and more).
EVENTS = ("object:announcement", "object:text-changed", "object:property-change",
          "object:value-changed", "object:state-changed", "object:children-changed")
# Events a screen reader speaks for an object that does not have the focus.
SPOKEN = {"Announcement", "TextChanged", "ValueChanged"}
ATSPI_LIVE_POLITE, ATSPI_LIVE_ASSERTIVE = 1, 2


class DrivenApp:
    """``tests/a11y_app.py`` in a subprocess: ``send`` a command, wait for its ``ok``."""

    def __init__(self, bus: AccessibilityBus, data_dir: Path) -> None:
        self._log = data_dir.parent / "app-stderr.txt"
        with self._log.open("w") as err:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "tests.a11y_app", "--data-dir", str(data_dir)],
                cwd=ROOT, env=bus.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=err, text=True)
        self._lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self._expect("ready")

    def _read(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            self._lines.put(line.strip())

    def _expect(self, wanted: str) -> None:
        try:
            line = self._lines.get(timeout=30)
        except queue.Empty:
            pytest.fail(f"the app did not say {wanted!r}: {self._log.read_text()[-2000:]}")
        assert line == wanted, self._log.read_text()[-2000:]

    def send(self, command: str) -> None:
        assert self._proc.stdin is not None
        self._proc.stdin.write(command + "\n")
        self._proc.stdin.flush()
        self._expect("ok")

    def close(self) -> None:
        if self._proc.poll() is None:
            self.send("quit")
            try:
                self._proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(timeout=5)
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.close()
        self._reader.join(timeout=10)
        self._proc.stdout.close()


class ScreenReader:
    """The client's view of the app: its labels and the events since the last look."""

    def __init__(self, client: AtspiClient, app: AccessibleRef) -> None:
        self.client = client
        self.app = app

    def labels(self) -> dict[str, str]:
        """Each label's text, by its accessible description. Qt 6.11 gives a label
        no Text interface: its name is its text (unless a set name hides it)."""
        c = self.client
        found = {}
        for ref in c.walk(self.app):
            if c.role(ref) == "label" and c.description(ref):
                name, text = c.name(ref), c.text(ref)
                assert text in (None, name), f"{name!r} reads as {text!r}"
                found[c.description(ref)] = name
        return found

    def events(self) -> list[AtspiEvent]:
        self.client.name(self.app)  # its answer comes after every event it sent before
        return self.client.events()


def wait_for_application(client: AtspiClient, name: str) -> AccessibleRef:
    """The app joins the desktop's tree a moment after it starts."""

    def found() -> Any:
        try:
            return client.application(name)
        except LookupError:
            return None
    return until_ready(found, f"{name} in the accessible tree")


@pytest.fixture
def reader(tmp_path: Path) -> Iterator[tuple[ScreenReader, DrivenApp]]:
    with accessibility_bus() as bus:
        client = bus.client()
        try:
            client.listen(*EVENTS)  # before the app starts: it reads the list at start
            app = DrivenApp(bus, tmp_path / "data")
            try:
                yield ScreenReader(client, wait_for_application(client, APP_NAME)), app
            finally:
                app.close()
        finally:
            client.close()


def spoken(events: list[AtspiEvent]) -> list[AtspiEvent]:
    return [e for e in events if e.member in SPOKEN or e.detail == "accessible-value"]


def test_the_session_labels_are_read_with_their_text(
        reader: tuple[ScreenReader, DrivenApp]) -> None:
    screen_reader, app = reader
    assert screen_reader.labels()["Today's status"].startswith("This week:")
    app.send("start")
    app.send("advance 5")
    labels = screen_reader.labels()
    assert labels["Exercise"] == "Bird dog"
    assert labels["Step"] == "Hold"
    assert labels["Time left in this step"] == "30"
    assert labels["Set, rep and side"] == "Left side"
    assert labels["The step after this one"] == "Up next: Bird dog — Switch sides"
    assert labels["Time left in the session"].endswith(" left")
    app.send("advance 7")
    assert screen_reader.labels()["Time left in this step"] == "23"


def test_a_step_is_announced_once_and_the_countdown_never(
        reader: tuple[ScreenReader, DrivenApp]) -> None:
    screen_reader, app = reader
    app.send("start")
    app.send("advance 4")
    started = [e for e in screen_reader.events() if e.member == "Announcement"]
    assert [e.data for e in started] == ["Get ready, Bird dog, 5 seconds"]

    app.send("advance 1")  # the hold begins
    events = screen_reader.events()
    assert [(e.data, e.detail1) for e in spoken(events)] == [
        ("Hold, Bird dog, left side, 30 seconds", ATSPI_LIVE_ASSERTIVE)]

    app.send("advance 10")  # ten seconds of countdown
    events = screen_reader.events()
    assert spoken(events) == []
    # The countdown's name follows it (read when asked), which screen readers do
    # not speak for an object without the focus.
    names = Counter(e.detail for e in events if e.member == "PropertyChange")
    assert names["accessible-name"] >= 10

    app.send("key Space")
    assert [(e.data, e.detail1) for e in spoken(screen_reader.events())] == [
        ("Paused.", ATSPI_LIVE_POLITE)]
    app.send("key Space")
    assert [e.data for e in spoken(screen_reader.events())] == ["Resumed."]
