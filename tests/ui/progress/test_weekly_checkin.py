"""The weekly questions (PEG): their dialog, the weekly check-in in the running app
(delivered like the daily one), and the weekly score on the Progress page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from backcare_desktop.app import Running
from backcare_desktop.core.hydration.schedule import local, wall
from backcare_desktop.core.routines.library import builtin_dir
from backcare_desktop.ui.progress.page import ProgressPage
from backcare_desktop.ui.progress.peg_dialog import PegDialog
from tests.fakes import FakeClock, fire_timer
from tests.ui.conftest import DialogLog
from tests.ui.hydration import test_reminders_in_app as in_app
from tests.ui.hydration.test_reminders_in_app import FakeNotifier

# The running app with a stand-in notifier, as the drink reminders' tests start it.
chimes, start_app = in_app.chimes, in_app.start_app

HOUR = timedelta(hours=1)


def switch_on(running: Running, clock: FakeClock) -> tuple[time, int]:
    """Weekly questions on today, an hour from now (local time)."""
    now = local(clock.now(), None)
    at = (now + HOUR).time().replace(second=0, microsecond=0)
    running.repo.set_setting("peg_enabled", True)
    running.repo.set_setting("peg_weekday", now.weekday())
    running.repo.set_setting("peg_time", f"{at:%H:%M}")
    running.ctx.events.records_changed.emit()  # as the settings section does (re-arms)
    return at, now.weekday()


def test_the_dialog_saves_only_when_all_three_are_answered(qtbot: QtBot) -> None:
    dialog = PegDialog()
    qtbot.addWidget(dialog)
    assert list(dialog.scales) == ["pain", "enjoyment", "activity"]
    assert not dialog.save.isEnabled()
    dialog.scales["pain"].group.button(7).click()
    dialog.scales["enjoyment"].group.button(3).click()
    assert not dialog.save.isEnabled()
    dialog.scales["activity"].group.button(3).click()
    assert dialog.save.isEnabled()
    assert dialog.answers() == (7, 3, 3)


def test_the_dialog_works_from_the_keyboard_and_names_everything(qtbot: QtBot) -> None:
    dialog = PegDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for key, value in (("pain", 2), ("enjoyment", 0), ("activity", 10)):
        button = dialog.scales[key].group.button(value)
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)
        assert button.accessibleDescription()  # which question this number answers
        assert dialog.scales[key].accessibleName().startswith("Over the past week")
    assert dialog.answers() == (2, 0, 10)
    assert dialog.scales["pain"].group.button(10).accessibleName() == (
        "10, Pain as bad as you can imagine")
    assert dialog.scales["activity"].group.button(0).accessibleName() == "0, Not at all"
    with qtbot.waitSignal(dialog.accepted):
        dialog.save.setFocus()
        qtbot.keyClick(dialog.save, Qt.Key.Key_Space)


def test_the_weekly_questions_ask_once_a_week_and_open_from_the_notification(
        start_app: Callable[..., Running], clock: FakeClock, dialog_log: DialogLog) -> None:
    notifier = FakeNotifier()
    running = start_app(notifier)
    weekly = running.progress.weekly
    assert weekly is not None and weekly.due is None  # off by default
    at, _ = switch_on(running, clock)
    today = local(clock.now(), None).date()
    assert weekly.due == wall(today, at, None)  # from the next chosen moment on
    clock.advance(2 * 3600)
    fire_timer(weekly, "weekly-checkin")
    [(title, body, actions)] = notifier.shown
    assert title == "Weekly questions" and "past week" in body
    assert [key for key, _ in actions] == ["answer", "default"]
    dialog_log.answers["peg"] = (6, 5, 4)
    notifier.action_invoked.emit("weekly-checkin", "answer")
    assert dialog_log.names().count("peg") == 1
    [answer] = running.repo.peg_answers(today, today)
    assert (answer.pain, answer.enjoyment, answer.activity, answer.score) == (6, 5, 4, 5.0)
    assert notifier.withdrawn == 1
    fire_timer(weekly, "weekly-checkin")
    assert len(notifier.shown) == 1  # once a week
    assert weekly.due == wall(today + timedelta(days=7), at, None)


def test_missed_while_off_it_asks_once_later_that_week(start_app, clock) -> None:
    notifier = FakeNotifier()
    running = start_app(notifier)
    weekly = running.progress.weekly
    at, _ = switch_on(running, clock)
    clock.advance(3 * 24 * 3600)  # the computer was off at that time
    running.ctx.desktop.time_moved.emit()
    assert weekly is not None and weekly.due is not None and weekly.due < clock.now()
    fire_timer(weekly, "weekly-checkin")
    assert len(notifier.shown) == 1
    fire_timer(weekly, "weekly-checkin")
    assert len(notifier.shown) == 1
    today = local(clock.now(), None).date()
    assert weekly.due == wall(today + timedelta(days=4), at, None)


def test_during_a_session_a_quiet_note_then_the_banner_after_it(
        start_app: Callable[..., Running], clock: FakeClock, dialog_log: DialogLog) -> None:
    running = start_app(FakeNotifier(works=False))
    switch_on(running, clock)
    clock.advance(2 * 3600)
    page = running.window.page("session")
    from backcare_desktop.core.routines.loading import load_routine_file

    dialog_log.answers["pain"] = None
    notes: list[str] = []
    running.ctx.session.note_posted.connect(notes.append)
    assert page.controller.begin(load_routine_file(builtin_dir() / "desk-break.toml"))
    weekly = running.progress.weekly
    assert weekly is not None
    fire_timer(weekly, "weekly-checkin")
    assert running.ctx.desktop.banner.isHidden()
    assert notes == ["Your weekly questions are waiting; they come after the session."]
    assert weekly.due == clock.now() + timedelta(minutes=15)
    clock.advance(15 * 60)
    fire_timer(weekly, "weekly-checkin")
    assert len(notes) == 1  # the note once
    page.controller.abandon("test over")
    clock.advance(15 * 60)
    fire_timer(weekly, "weekly-checkin")
    banner = running.ctx.desktop.banner
    assert not banner.isHidden() and banner.kind == "weekly"
    assert banner.weekly_button.isVisible() and not banner.log_pain_button.isVisible()
    dialog_log.answers["peg"] = (2, 2, 2)
    banner.weekly_button.click()
    assert banner.isHidden()
    assert dialog_log.names().count("peg") == 1


@pytest.mark.desktop
def test_the_weekly_questions_reach_dunst_and_its_button_opens_them(
        qtbot: QtBot, start_app: Callable[..., Running], clock: FakeClock,
        dialog_log: DialogLog) -> None:
    """The whole path against the real dunst daemon on a private bus."""
    from backcare_desktop.ui.desktop.notifications import DBusNotifier
    from tests.desktop_services import dunst

    with dunst() as daemon:
        qtbot.waitUntil(lambda: daemon.ctl("count", "displayed").isdigit(), timeout=10000)
        running = start_app(DBusNotifier(daemon.address))
        switch_on(running, clock)
        clock.advance(2 * 3600)
        weekly = running.progress.weekly
        assert weekly is not None
        fire_timer(weekly, "weekly-checkin")
        qtbot.waitUntil(lambda: daemon.shown() == 1, timeout=5000)
        [(app, summary, body)] = daemon.received()
        assert (app, summary) == ("BackCare", "Weekly questions")
        assert "past week" in body
        dialog_log.answers["peg"] = (4, 3, 2)
        daemon.press("Answer…")
        qtbot.waitUntil(lambda: "peg" in dialog_log.names(), timeout=5000)
        today = local(clock.now(), None).date()
        assert [a.score for a in running.repo.peg_answers(today, today)] == [3.0]
        qtbot.waitUntil(lambda: daemon.shown() == 0, timeout=5000)
        running.shutdown()


def test_the_progress_page_shows_the_weekly_score_over_the_range(
        start_app: Callable[..., Running], clock: FakeClock, qtbot: QtBot) -> None:
    running = start_app(FakeNotifier())
    repo = running.repo
    now = clock.now()
    repo.add_pain(5, now - timedelta(days=30))
    for weeks_ago, values in ((3, (7, 6, 4)), (2, (6, 5, 5)), (1, (5, 4, 4)), (0, (4, 4, 5))):
        repo.add_peg_answer(now - timedelta(days=7 * weeks_ago), *values)
    running.window.show_page("progress")
    page = running.window.page("progress")
    assert isinstance(page, ProgressPage)
    qtbot.waitUntil(lambda: not page.stale)
    assert page.peg_box.isVisibleTo(page)
    assert page.peg_line.text() == ("Weekly score (PEG): 4.3, from 5.7 at the start of this "
                                    "range (average 4.9 over 4 answers).")
    assert "lower is better" in page.peg_line.toolTip()
    assert page.peg_chart is not None
    assert page.peg_chart.series["peg"][1].tolist() == [5.7, 5.3, 4.3, 4.3]
    page.range.setCurrentText("2 weeks")
    assert page.peg_line.text() == ("Weekly score (PEG): 4.3, from 4.3 at the start of this "
                                    "range (average 4.3 over 2 answers).")
    calls: list[None] = []
    page.peg_requested.connect(lambda: calls.append(None))
    page.peg_answer.click()
    assert calls == [None]


def test_answers_to_the_weekly_questions_alone_are_shown_not_the_empty_page(
        start_app: Callable[..., Running], clock: FakeClock, qtbot: QtBot) -> None:
    running = start_app(FakeNotifier())
    running.repo.add_peg_answer(clock.now() - timedelta(days=7), 6, 5, 5)
    running.repo.add_peg_answer(clock.now(), 4, 4, 5)
    running.window.show_page("progress")
    page = running.window.page("progress")
    assert isinstance(page, ProgressPage)
    qtbot.waitUntil(lambda: not page.stale)
    assert page.views.currentIndex() == 1, "not “Nothing to show yet”"
    assert page.peg_box.isVisibleTo(page)
    assert page.peg_line.text().startswith("Weekly score (PEG): 4.3")
