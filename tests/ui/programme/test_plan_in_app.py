"""The weekly plan in the running app: today's session in the header and on the
Routines page, session reminders and their buttons, the first-run questions, the
plan's settings, a routine that disappears. Time is stepped on the fake clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop import app as app_module
from backcare_desktop.app import Running
from backcare_desktop.core.hydration.schedule import local, wall
from backcare_desktop.core.programme.plan import Slot, WeeklyPlan
from backcare_desktop.core.vocabulary import SessionState
from backcare_desktop.paths import AppPaths
from backcare_desktop.ui.desktop import reminder_banner
from backcare_desktop.ui.desktop.notifications import Notifier
from backcare_desktop.ui.programme.install import ProgrammeFeature
from backcare_desktop.ui.programme.words import clock_text as hm
from tests.fakes import FakeClock, RecordingCues, fire_timer
from tests.ui.conftest import DialogLog
from tests.ui.hydration.test_reminders_in_app import FakeNotifier
from tests.ui.shown import header_text


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


def feature(running: Running) -> ProgrammeFeature:
    assert running.programme is not None
    return running.programme


def plan_today(running: Running, clock: FakeClock, *more: Slot) -> WeeklyPlan:
    """Core stability today at 18:00 (and ``more``), saved as the plan."""
    today = local(clock.now(), None).date()
    plan = WeeklyPlan((Slot(today.weekday(), "18:00", "core-stability"), *more))
    assert feature(running).save(plan)
    return plan


def to_six(running: Running, clock: FakeClock) -> None:
    """Let the day reach 18:00 and the session-reminder timer fire."""
    today = local(clock.now(), None).date()
    clock.advance((wall(today, time(18, 0), None) - clock.now()).total_seconds())
    fire_timer(feature(running).reminders, "session-reminder")


def test_today_in_the_header_and_on_the_routines_page(start_app, clock) -> None:
    running = start_app(None)
    assert "Today:" not in header_text(running.window)
    plan_today(running, clock)
    assert f"Today: Core stability at {hm('18:00')}" in header_text(running.window)
    running.window.show_page("routines")
    page = running.window.page("routines")
    page.ensure_built()  # type: ignore[attr-defined]
    assert page.planned.text() == f"Today: Core stability at {hm('18:00')}"  # type: ignore[attr-defined]
    page.planned_start.click()  # type: ignore[attr-defined]
    assert running.ctx.session.active
    running.window.page("session").controller.abandon("test over")  # type: ignore[attr-defined]
    # Stopped part-way is not done: the plan still shows it.
    assert f"Today: Core stability at {hm('18:00')}" in header_text(running.window)
    done = running.repo.start_session("core-stability", "Core stability", 900, clock.now())
    running.repo.finish_session(done, SessionState.FINISHED, clock.now(), 900)
    assert "Today: Core stability done" in header_text(running.window)
    assert page.planned.text() == "Today: Core stability done"  # type: ignore[attr-defined]


def test_a_rest_day_and_no_plan(start_app, clock) -> None:
    running = start_app(None)
    today = local(clock.now(), None).date()
    feature(running).save(WeeklyPlan((Slot((today.weekday() + 1) % 7, "18:00", "flexibility"),)))
    assert "Today: rest day" in header_text(running.window)


def test_the_reminder_as_a_notification_and_its_buttons(start_app, clock) -> None:
    notifier = FakeNotifier()
    running = start_app(notifier)
    plan_today(running, clock, Slot(local(clock.now(), None).weekday(), "21:00",
                                    "deep-breathing"))
    reminders = feature(running).reminders
    assert reminders.armed_ms > 0
    to_six(running, clock)
    [(title, body, actions)] = notifier.shown
    assert title == "Time for your session"
    assert body == f"Time for Core stability, planned at {hm('18:00')}."
    assert [key for key, _ in actions] == ["start", "snooze", "skip", "default"]
    notifier.action_invoked.emit("session", "snooze")
    state = running.repo.session_reminder_state()
    assert state.snoozed_until == clock.now() + timedelta(minutes=10)
    assert abs(reminders.armed_ms - 600_000) < 1000
    notifier.action_invoked.emit("session", "skip")
    assert running.repo.session_reminder_state().skipped_on == local(clock.now(), None).date()
    assert reminders.due is not None and reminders.due.date() > clock.now().date()
    assert "Next session reminder: " in reminders.status_text()


def test_start_now_from_the_notification(start_app, clock) -> None:
    notifier = FakeNotifier()
    running = start_app(notifier)
    plan_today(running, clock)
    to_six(running, clock)
    notifier.action_invoked.emit("session", "start")
    assert running.ctx.session.active
    assert notifier.withdrawn == 1
    running.window.page("session").controller.abandon("test over")  # type: ignore[attr-defined]


def test_without_notifications_a_banner_with_the_same_buttons(start_app, clock, chimes):
    running = start_app(FakeNotifier(works=False))
    plan_today(running, clock)
    to_six(running, clock)
    banner = running.ctx.desktop.banner
    assert banner.isVisible() and banner.kind == "session"
    assert banner.start_button.isVisibleTo(banner) and not banner.drank_button.isVisibleTo(banner)
    assert chimes == [None]
    banner.skip_button.click()
    assert not banner.isVisible()
    assert running.repo.session_reminder_state().skipped_on is not None


def test_during_a_session_a_quiet_note(start_app, clock) -> None:
    notifier = FakeNotifier()
    running = start_app(notifier)
    today = local(clock.now(), None)
    plan_today(running, clock)
    running.ctx.events.start_routine.emit(feature(running).collection.get("flexibility"))
    assert running.ctx.session.active
    notes: list[str] = []
    running.ctx.session.note_posted.connect(notes.append)
    to_six(running, clock)
    assert notifier.shown == []
    assert notes == [f"Time for Core stability, planned at {hm('18:00')}."]
    assert today.date() == local(clock.now(), None).date()
    running.window.page("session").controller.abandon("test over")  # type: ignore[attr-defined]


def test_one_reminder_after_a_sleep_and_a_rearm_when_time_moves(start_app, clock) -> None:
    notifier = FakeNotifier()
    running = start_app(notifier)
    plan_today(running, clock, Slot(local(clock.now(), None).weekday(), "20:00",
                                    "deep-breathing"))
    reminders = feature(running).reminders
    clock.sleep(12 * 3600)  # past 18:00 and 20:00
    running.ctx.desktop.clock_moved()  # the wake
    assert 0 <= reminders.armed_ms <= 1000  # due now (a coarse timer rounds to seconds)
    fire_timer(reminders, "session-reminder")
    fire_timer(reminders, "session-reminder")
    assert [body for _, body, _ in notifier.shown] == [
        f"Time for Deep breathing, planned at {hm('20:00')}."]
    assert reminders.armed_ms > 3600_000


def test_the_first_run_questions_lead_to_a_saved_plan(qtbot, start_app, clock,
                                                      dialog_log) -> None:
    proposal = WeeklyPlan((Slot(0, "18:00", "core-stability"),))
    dialog_log.answers["first_plan"] = lambda *_a: proposal
    running = start_app(None)
    qtbot.waitUntil(lambda: not running.repo.load_plan().empty)
    assert running.repo.load_plan() == proposal
    assert dialog_log.names() == ["notice", "first_plan"]


def test_the_editor_saves_and_a_lost_routine_is_named(start_app, clock, dialog_log) -> None:
    running = start_app(None)
    today = local(clock.now(), None).date()
    lost = WeeklyPlan((Slot(today.weekday(), "18:00", "gone"),
                       Slot((today.weekday() + 1) % 7, "18:00", "flexibility")))
    running.repo.save_plan(lost, today)
    feature(running).reminders.rearm()
    assert "no longer exists" in header_text(running.window)
    section = feature(running).build_settings()
    assert "lost their routine" in section.lost.text()  # type: ignore[attr-defined]
    assert section.lost.isVisibleTo(section)  # type: ignore[attr-defined]
    fixed = WeeklyPlan((Slot(today.weekday(), "18:00", "flexibility"),))
    dialog_log.answers["edit_plan"] = lambda *_a, **_k: fixed
    section.edit_button.click()  # type: ignore[attr-defined]
    assert running.repo.load_plan() == fixed
    assert f"Today: Flexibility at {hm('18:00')}" in header_text(running.window)
    assert not section.lost.isVisibleTo(section)  # type: ignore[attr-defined]
    section.reminders_on.setChecked(False)  # type: ignore[attr-defined]
    assert feature(running).reminders.armed_ms == -1
    assert section.status.text() == "Session reminders are off."  # type: ignore[attr-defined]
    section.deleteLater()


@pytest.mark.desktop
def test_a_session_reminder_reaches_dunst_and_starts_the_session(qtbot, start_app,
                                                                 clock) -> None:
    """The whole path against the real dunst daemon: the plan's timer fires at 18:00,
    dunst shows the notification, the person presses "Start now" in it."""
    from backcare_desktop.ui.desktop.notifications import DBusNotifier
    from tests.desktop_services import dunst

    with dunst() as daemon:
        qtbot.waitUntil(lambda: daemon.ctl("count", "displayed").isdigit(), timeout=10000)
        running = start_app(DBusNotifier(daemon.address))
        plan_today(running, clock)
        to_six(running, clock)
        qtbot.waitUntil(lambda: daemon.shown() == 1, timeout=5000)
        [(app, summary, body)] = daemon.received()
        assert (app, summary) == ("BackCare", "Time for your session")
        assert body == f"Time for Core stability, planned at {hm('18:00')}."
        daemon.press("Start now")
        qtbot.waitUntil(lambda: running.ctx.session.active, timeout=5000)
        qtbot.waitUntil(lambda: daemon.shown() == 0, timeout=5000)  # the reminder went
        page = running.window.page("session")
        page.controller.abandon("test over")  # type: ignore[attr-defined]
        running.shutdown()


def test_a_routine_deleted_since_leaves_the_rest_of_the_plan_working(start_app, clock,
                                                                     paths) -> None:
    from backcare_desktop.core.routines.collection import RoutineCollection

    notifier = FakeNotifier()
    running = start_app(notifier)
    collection = RoutineCollection(paths.routines, running.repo)
    mine = collection.duplicate(collection.get("core-stability"))
    weekday = local(clock.now(), None).weekday()
    assert feature(running).save(WeeklyPlan((Slot(weekday, "18:00", mine.id),
                                             Slot(weekday, "20:00", "deep-breathing"))))
    assert f"Today: Core stability (my copy) at {hm('18:00')}" in header_text(running.window)
    collection.delete(mine)  # on the Routines page, say
    running.ctx.desktop.time_moved.emit()
    assert f"Today: Deep breathing at {hm('20:00')}" in header_text(running.window)
    to_six(running, clock)
    assert notifier.shown == []  # nothing to remind of at 18:00: its routine is gone
    section = feature(running).build_settings()
    assert f"(“{mine.id}”)" in section.lost.text()  # type: ignore[attr-defined]
    section.deleteLater()


def test_a_plan_saved_late_in_the_day_reminds_only_of_what_is_still_to_come(
        start_app, clock) -> None:
    running = start_app(None)
    today = local(clock.now(), None).date()
    clock.advance((wall(today, time(19, 0), None) - clock.now()).total_seconds())
    plan_today(running, clock, Slot(today.weekday(), "20:30", "deep-breathing"))
    reminders = feature(running).reminders
    assert reminders.due == wall(today, time(20, 30), None)  # not 18:00, already past
    assert f"Today: Deep breathing at {hm('20:30')}" in header_text(running.window)
