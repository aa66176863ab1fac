"""The Hydration page's "Next reminder" line never shows a time that has passed, and
screen readers read it (a label's text is its accessible name)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta, timezone

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.hydration.page import HydrationPage
from backcare_desktop.ui.hydration.reminders import Hydration
from tests.fakes import FakeClock, fire_timer

TZ = timezone(timedelta(hours=1))  # the fake clock's zone: it starts at 10:30


@pytest.fixture
def hydration(repo: Repository, clock: FakeClock) -> Iterator[Hydration]:
    h = Hydration(repo, clock, zone=TZ)
    yield h
    h.stop()


@pytest.fixture
def page(qtbot: QtBot, hydration: Hydration, repo: Repository) -> HydrationPage:
    widget = HydrationPage(hydration, repo)
    qtbot.addWidget(widget)
    return widget


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def test_the_next_reminder_moves_on_when_a_reminder_fires(
        page: HydrationPage, hydration: Hydration, clock: FakeClock, qtbot: QtBot) -> None:
    hydration.log_drink(250)  # at 10:30: the next reminder is at 11:30
    assert page.reminder_status.text() == "Next reminder: 11:30."
    clock.advance(3600)
    with qtbot.waitSignals([hydration.reminder_due, hydration.changed]):
        fire_timer(hydration, "drink-reminder")
    assert page.reminder_status.text() == "Next reminder: 12:30."
    assert accessible_name(page.reminder_status) == "Next reminder: 12:30."


def test_arming_the_first_reminder_shows_it(page: HydrationPage, hydration: Hydration,
                                            qtbot: QtBot) -> None:
    # The page can be built before the reminders start (the app opened on it).
    assert page.reminder_status.text().startswith("No reminder is planned")
    with qtbot.waitSignal(hydration.changed):
        hydration.rearm()
    assert page.reminder_status.text() == "Next reminder: 10:00."


def test_rearming_to_the_same_time_says_nothing(hydration: Hydration) -> None:
    hydration.rearm()
    changed: list[None] = []
    hydration.changed.connect(lambda: changed.append(None))
    hydration.rearm()  # a clock change that moved nothing
    assert changed == []


def test_the_status_and_the_message_are_read_as_shown(page: HydrationPage) -> None:
    page.glass_button.click()
    assert accessible_name(page.message) == page.message.text() == "Logged 250 ml."
    assert page.message.accessibleDescription()
    assert page.reminder_status.accessibleDescription()
