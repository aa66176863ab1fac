"""Where a due reminder appears in the running app, and what its buttons do."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import time, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from backcare_desktop import app as app_module
from backcare_desktop.app import Running
from backcare_desktop.core.hydration.schedule import local, wall
from backcare_desktop.core.routines.library import builtin_dir
from backcare_desktop.paths import AppPaths
from backcare_desktop.ui.desktop import reminder_banner, tray
from backcare_desktop.ui.desktop.notifications import Notifier
from tests.fakes import FakeClock, RecordingCues, fire_timer
from tests.ui.conftest import DialogLog
from tests.ui.shown import header_text


class FakeNotifier(QObject):
    """Stands in for the desktop's notification service (the real one is tested
    against dunst in tests/ui/desktop/test_notifications.py)."""

    action_invoked = Signal(str, str)
    closed = Signal(str, str)
    failed = Signal(str, str, str)

    def __init__(self, works: bool = True) -> None:
        super().__init__()
        self.works = works
        self.shown: list[tuple[str, str, list[tuple[str, str]]]] = []
        self.tags: list[str] = []
        self.withdrawn = 0

    def available(self) -> bool:
        return self.works

    def show(self, tag: str, title: str, body: str, actions: list[tuple[str, str]]) -> bool:
        if self.works:
            self.shown.append((title, body, actions))
            self.tags.append(tag)
        return self.works

    def withdraw(self, tag: str) -> None:
        if tag in self.tags:
            self.withdrawn += 1
            self.tags.remove(tag)

    def close(self) -> None:
        pass


@pytest.fixture
def chimes(monkeypatch: pytest.MonkeyPatch) -> list[None]:
    played: list[None] = []
    monkeypatch.setattr(reminder_banner, "Chime", lambda: lambda: played.append(None))
    return played


@pytest.fixture
def start_app(qtbot: QtBot, paths: AppPaths, clock: FakeClock, dialog_log: DialogLog,
              chimes: list[None]) -> Iterator[Callable[..., Running]]:
    started: list[Running] = []

    def _start(notifier: Notifier | None = None) -> Running:
        outcome = app_module.start(paths, clock=clock, make_cues=lambda _r: RecordingCues(),
                                   make_notifier=lambda: notifier)
        assert isinstance(outcome, Running)
        started.append(outcome)
        qtbot.waitUntil(lambda: outcome.ready)
        return outcome

    yield _start
    for running in started:
        running.shutdown()


def make_due(running: Running, clock: FakeClock) -> None:
    """Let an hour pass and let the reminder timer fire."""
    clock.advance(3600)
    fire_timer(running.hydration.hydration, "drink-reminder")


def test_a_notification_with_buttons_and_drinking_from_it(start_app, clock) -> None:
    notifier = FakeNotifier()
    running = start_app(notifier)
    make_due(running, clock)
    [(title, body, actions)] = notifier.shown
    assert title == "Time for some water"
    assert body == "Time for a glass of water. Today so far: 0 ml of 2,000 ml."
    assert [key for key, _ in actions] == ["drank", "snooze", "default"]
    notifier.action_invoked.emit("water", "drank")
    assert running.repo.water_on(clock.now().date()) == 250
    assert "Water today: 250 ml of 2,000 ml" in header_text(running.window)
    assert notifier.withdrawn == 1
    notifier.action_invoked.emit("water", "snooze")
    assert running.repo.reminder_state().snoozed_until is not None


@pytest.mark.desktop
def test_a_due_reminder_reaches_dunst_and_its_button_logs_a_glass(qtbot, start_app,
                                                                  clock) -> None:
    """The whole path against the real dunst daemon: the reminder timer fires, dunst
    shows the notification, the person presses "I drank a glass" in it."""
    from backcare_desktop.ui.desktop.notifications import DBusNotifier
    from tests.desktop_services import dunst

    with dunst() as daemon:
        qtbot.waitUntil(lambda: daemon.ctl("count", "displayed").isdigit(), timeout=10000)
        running = start_app(DBusNotifier(daemon.address))
        make_due(running, clock)
        qtbot.waitUntil(lambda: daemon.shown() == 1, timeout=5000)
        [(app, summary, body)] = daemon.received()
        assert (app, summary) == ("BackCare", "Time for some water")
        assert body == "Time for a glass of water. Today so far: 0 ml of 2,000 ml."
        daemon.press("I drank a glass")
        qtbot.waitUntil(lambda: running.repo.water_on(clock.now().date()) == 250,
                        timeout=5000)
        assert "Water today: 250 ml of 2,000 ml" in header_text(running.window)
        qtbot.waitUntil(lambda: daemon.shown() == 0, timeout=5000)  # the reminder went
        running.shutdown()


def test_without_notifications_or_tray_a_banner_and_a_soft_tone(start_app, clock, chimes):
    running = start_app(FakeNotifier(works=False))
    make_due(running, clock)
    assert running.ctx.desktop.banner.isVisible()
    assert "0 ml of 2,000 ml" in running.ctx.desktop.banner.text.text()
    assert chimes == [None]
    running.ctx.desktop.banner.drank_button.click()
    assert not running.ctx.desktop.banner.isVisible()
    assert running.repo.water_on(clock.now().date()) == 250


def test_the_tone_is_optional(start_app, clock, chimes) -> None:
    running = start_app(None)
    running.repo.set_setting("reminder_sound", False)
    make_due(running, clock)
    assert running.ctx.desktop.banner.isVisible() and chimes == []


def test_during_a_session_a_quiet_note_instead_of_a_popup(start_app, clock, dialog_log):
    notifier = FakeNotifier()
    running = start_app(notifier)
    page = running.window.page("session")
    from backcare_desktop.core.routines.loading import load_routine_file

    routine = load_routine_file(builtin_dir() / "desk-break.toml")
    assert page.controller.begin(routine)
    question = dialog_log.args_of("pain")[2]
    assert "Have a drink of water before you begin" in question
    make_due(running, clock)
    assert notifier.shown == []
    assert not page.water_note.isHidden()
    assert "Take a sip at the next rest." in page.water_note.text()
    page.controller.abandon("test over")


def test_the_tray_menu_logs_snoozes_and_pauses(start_app, clock, monkeypatch) -> None:
    monkeypatch.setattr(tray, "tray_available", lambda: True)
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(tray.Tray, "message", lambda self, t, m: messages.append((t, m)))
    running = start_app(FakeNotifier(works=False))
    icon = running.ctx.desktop.tray
    assert icon is not None
    icon.glass_action.trigger()
    assert running.repo.water_on(clock.now().date()) == 250
    assert "250 ml of 2,000 ml" in icon.icon.toolTip()
    icon.snooze_actions[0].trigger()
    assert running.repo.reminder_state().snoozed_until is not None
    icon.pause_action.trigger()
    assert running.hydration.hydration.paused_today()
    assert icon.pause_action.text() == "Resume reminders"
    icon.pause_action.trigger()
    assert not running.hydration.hydration.paused_today()
    # No notification service: the reminder comes from the tray icon.
    make_due(running, clock)
    assert messages[-1][0] == "Time for some water"


def test_with_a_tray_closing_hides_and_says_so_once(start_app, monkeypatch) -> None:
    monkeypatch.setattr(tray, "tray_available", lambda: True)
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(tray.Tray, "message", lambda self, t, m: messages.append((t, m)))
    running = start_app(None)
    running.window.close()
    assert not running.window.isVisible() and not running.closed
    assert running.hydration.hydration.armed_ms >= 0  # reminders keep running
    running.window.show()
    running.window.close()
    assert [title for title, _ in messages] == ["BackCare is still running"]
    running.repo.set_setting("close_to_tray", False)
    running.window.show()
    running.window.close()
    assert running.window.quitting is False and not running.window.isVisible()


def test_without_a_tray_closing_the_window_closes_it(start_app) -> None:
    running = start_app(None)
    assert running.ctx.desktop.tray is None
    running.window.close()
    assert not running.window.isVisible()


def test_quit_from_the_tray_closes_for_good(start_app, monkeypatch) -> None:
    monkeypatch.setattr(tray, "tray_available", lambda: True)
    monkeypatch.setattr(tray.Tray, "message", lambda self, t, m: None)
    running = start_app(None)
    assert running.ctx.desktop.tray is not None
    running.ctx.desktop.tray.quit_action.trigger()
    assert running.window.quitting and not running.window.isVisible()


def test_a_clock_change_rearms_the_reminder(start_app, clock) -> None:
    running = start_app(None)
    running.hydration.hydration.log_drink(250)
    clock.advance(1800)
    from backcare_desktop.ui.desktop.clock_watch import ClockWatch

    clock_watch = running.window.findChild(ClockWatch)
    assert clock_watch is not None
    clock_watch.changed.emit()
    remaining = running.hydration.hydration.armed_ms
    assert abs(remaining - 1_800_000) < 1000


def test_the_hydration_page_is_in_the_window(start_app) -> None:
    running = start_app(None)
    page: Any = running.window.page("hydration")
    page.glass_button.click()
    assert "250 ml of 2,000 ml" in header_text(running.window)


def test_pain_is_logged_from_the_header(start_app, clock, dialog_log) -> None:
    running = start_app(None)
    dialog_log.answers["log_pain"] = (4, "neck", "after a long drive")
    running.window.log_pain_button.click()
    from backcare_desktop.storage.progress_data import ProgressSource

    pain_entries = ProgressSource(running.repo).pain_entries
    [entry] = pain_entries(clock.now().date(), clock.now().date())
    assert (entry.level, entry.area, entry.note) == (4, "neck", "after a long drive")
    dialog_log.answers["log_pain"] = None  # cancelled: nothing logged
    running.window.log_pain_button.click()
    assert len(pain_entries(clock.now().date(), clock.now().date())) == 1


def switch_checkin_on(running: Running, clock: FakeClock, at: str) -> None:
    running.repo.set_setting("checkin_enabled", True)
    running.repo.set_setting("checkin_time", at)
    running.ctx.events.records_changed.emit()  # as the Pain log tab does after saving


def test_the_daily_check_in_asks_once_and_opens_the_pain_log(start_app, clock,
                                                             dialog_log) -> None:
    notifier = FakeNotifier()
    running = start_app(notifier)
    checkin = running.progress.checkin
    assert checkin is not None and checkin.due is None  # off by default
    switch_checkin_on(running, clock, "11:00")
    eleven = wall(local(clock.now(), None).date(), time(11), None)  # the computer's zone
    assert checkin.due == eleven
    clock.advance((eleven - clock.now()).total_seconds() + 60)
    fire_timer(checkin, "pain-checkin")
    [(title, body, actions)] = notifier.shown
    assert title == "Daily check-in" and "How is your back today?" in body
    assert [key for key, _ in actions] == ["log", "default"]
    dialog_log.answers["log_pain"] = (3, None, "")
    running.window.log_pain_button.click()  # answered another way: the notification goes
    assert notifier.withdrawn == 1
    fire_timer(checkin, "pain-checkin")
    assert len(notifier.shown) == 1  # once a day
    assert checkin.due == eleven + timedelta(days=1)

    clock.advance(24 * 3600)  # the next evening, from the notification's button
    fire_timer(checkin, "pain-checkin")
    assert len(notifier.shown) == 2
    calls = dialog_log.names().count("log_pain")
    notifier.action_invoked.emit("checkin", "log")
    assert dialog_log.names().count("log_pain") == calls + 1


def test_the_check_in_waits_for_the_end_of_a_session(start_app, clock, dialog_log) -> None:
    running = start_app(FakeNotifier(works=False))
    switch_checkin_on(running, clock, "00:00")  # already past: due now
    page = running.window.page("session")
    from backcare_desktop.core.routines.loading import load_routine_file

    dialog_log.answers["pain"] = None  # skip the question before the session
    assert page.controller.begin(load_routine_file(builtin_dir() / "desk-break.toml"))
    fire_timer(running.progress.checkin, "pain-checkin")
    assert running.ctx.desktop.banner.isHidden()
    assert running.progress.checkin.due == clock.now() + timedelta(minutes=15)
    page.controller.abandon("test over")
    clock.advance(15 * 60)
    fire_timer(running.progress.checkin, "pain-checkin")
    assert not running.ctx.desktop.banner.isHidden()
    assert running.ctx.desktop.banner.log_pain_button.isVisible()
    assert not running.ctx.desktop.banner.drank_button.isVisible()
