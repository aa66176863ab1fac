"""The weekly plan on a real SQLite file: versions by the day they came into
force, the days planned in a range, checks before saving, reminder bookkeeping."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from backcare_desktop.core.programme.plan import Slot, WeeklyPlan
from backcare_desktop.core.programme.reminders import SessionReminderState
from backcare_desktop.core.vocabulary import SessionState, StopReason
from backcare_desktop.storage import database
from backcare_desktop.storage.repository import Repository
from backcare_desktop.storage.schema import MIGRATIONS

from .conftest import NOW, make_v1_database

MONDAY = date(2026, 11, 23)
CORE = WeeklyPlan((Slot(0, "18:00", "core-stability"), Slot(2, "18:00", "flexibility"),
                   Slot(4, "18:00", "core-stability")))


def test_nothing_planned_before_any_plan(repo: Repository) -> None:
    assert repo.load_plan() == WeeklyPlan()
    assert repo.planned_days(MONDAY, MONDAY + timedelta(days=6)) == {}


def test_a_saved_plan_reads_back_and_plans_its_days(repo: Repository) -> None:
    repo.save_plan(CORE, today=MONDAY + timedelta(days=1))
    assert repo.load_plan() == CORE
    days = repo.planned_days(MONDAY, MONDAY + timedelta(days=6))
    assert MONDAY not in days  # before the plan came into force
    assert days[MONDAY + timedelta(days=1)] == []  # a rest day
    assert days[MONDAY + timedelta(days=2)] == ["flexibility"]
    assert days[MONDAY + timedelta(days=4)] == ["core-stability"]


def test_past_weeks_keep_the_plan_of_their_time(repo: Repository) -> None:
    repo.save_plan(CORE, today=MONDAY)
    later = WeeklyPlan((Slot(1, "07:30", "deep-breathing"),))
    repo.save_plan(later, today=MONDAY + timedelta(days=7))
    days = repo.planned_days(MONDAY, MONDAY + timedelta(days=13))
    assert sum(len(v) for d, v in days.items() if d < MONDAY + timedelta(days=7)) == 3
    assert days[MONDAY + timedelta(days=8)] == ["deep-breathing"]
    assert days[MONDAY + timedelta(days=7)] == []
    assert repo.load_plan() == later
    assert repo.load_plan(MONDAY + timedelta(days=3)) == CORE


def test_saving_twice_a_day_keeps_one_version(repo: Repository) -> None:
    repo.save_plan(CORE, today=MONDAY)
    repo.save_plan(WeeklyPlan(), today=MONDAY)
    assert repo.load_plan() == WeeklyPlan()
    assert repo.planned_days(MONDAY, MONDAY) == {MONDAY: []}


def test_a_first_week_round_trips(repo: Repository) -> None:
    plan = WeeklyPlan(CORE.slots, (Slot(2, "18:00", "gentle-start"),), start=MONDAY + timedelta(2))
    repo.save_plan(plan, today=MONDAY)
    assert repo.load_plan() == plan
    days = repo.planned_days(MONDAY, MONDAY + timedelta(days=13))
    assert days[MONDAY] == []  # before the start
    assert days[MONDAY + timedelta(days=2)] == ["gentle-start"]
    assert days[MONDAY + timedelta(days=4)] == []  # first week: Friday has nothing
    assert days[MONDAY + timedelta(days=11)] == ["core-stability"]


def test_a_plan_with_problems_is_not_saved(repo: Repository) -> None:
    bad = WeeklyPlan((Slot(0, "18:00", "a"), Slot(0, "18:20", "b"), Slot(1, "31:00", "c")))
    with pytest.raises(ValueError, match="less than 60 minutes apart") as caught:
        repo.save_plan(bad, today=MONDAY)
    assert "“31:00” is not a time of day" in str(caught.value)
    assert repo.load_plan() == WeeklyPlan()


def test_plan_rows_count_for_backups(repo: Repository, data_dir: Path) -> None:
    conn = sqlite3.connect(data_dir / "backcare.sqlite3")

    def counter() -> int:
        return int(conn.execute("SELECT value FROM meta WHERE key = 'change_counter'")
                   .fetchone()[0])
    before = counter()
    repo.save_plan(CORE, today=MONDAY)
    assert counter() > before
    conn.close()


def test_an_old_database_gets_the_plan_tables(data_dir: Path) -> None:
    db = make_v1_database(data_dir / "backcare.sqlite3")
    conn = database.open_database(db, data_dir / "backups", NOW)
    repo = Repository(conn, db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == MIGRATIONS[-1].version
        repo.save_plan(CORE, today=MONDAY)
        assert repo.load_plan() == CORE
    finally:
        repo.close()


def test_routines_done_on_a_local_day_are_those_finished(repo: Repository) -> None:
    tz = timezone(timedelta(hours=-5))
    late = datetime(2026, 11, 24, 22, 30, tzinfo=tz)  # 03:30 UTC the next day
    core = repo.start_session("core-stability", "Core stability", 600, late)
    repo.finish_session(core, SessionState.FINISHED, late + timedelta(minutes=10), 600)
    morning = datetime(2026, 11, 25, 9, tzinfo=tz)
    flex = repo.start_session("flexibility", "Flexibility", 600, morning)
    repo.finish_session(flex, SessionState.FINISHED, morning + timedelta(minutes=10), 600)
    tried = repo.start_session("deep-breathing", "Deep breathing", 300, morning)
    repo.finish_session(tried, SessionState.STOPPED, morning + timedelta(minutes=1), 60,
                        stop_reason=StopReason.HURT)
    repo.start_session("box-breathing", "Box breathing", 240, morning)  # still running
    assert repo.routines_done_on(date(2026, 11, 24)) == {"core-stability"}
    assert repo.routines_done_on(date(2026, 11, 25)) == {"flexibility"}
    assert repo.routines_done_on(date(2026, 11, 26)) == set()


def test_reminder_bookkeeping_round_trips_and_ignores_odd_values(repo: Repository) -> None:
    assert repo.session_reminder_state() == SessionReminderState()
    state = SessionReminderState(NOW, NOW + timedelta(minutes=10), NOW.date())
    repo.save_session_reminder_state(state)
    assert repo.session_reminder_state() == state
    repo._upsert("meta", {"plan_reminder.last": "yesterday-ish",
                          "plan_reminder.skipped_on": "someday"})
    assert repo.session_reminder_state() == SessionReminderState(
        None, NOW + timedelta(minutes=10), None)
