"""The weekly plan: its checks, what is planned on a day and per week."""

from __future__ import annotations

from datetime import date, timedelta

from backcare_desktop.core.programme.plan import (
    MAX_PER_DAY,
    Slot,
    WeeklyPlan,
    parse_time,
)

KNOWN = {"core-stability", "flexibility", "deep-breathing", "gentle-start"}
MONDAY = date(2026, 11, 23)


def test_times_of_day() -> None:
    assert parse_time("18:00") is not None
    assert parse_time("7:05") is not None
    for bad in ("25:00", "18:60", "7pm", "", "18", "18:0", "-1:00"):
        assert parse_time(bad) is None, bad


def test_a_sound_plan_has_no_problems() -> None:
    plan = WeeklyPlan((Slot(0, "18:00", "core-stability"), Slot(2, "18:00", "flexibility"),
                       Slot(0, "21:00", "deep-breathing")))
    assert plan.problems(KNOWN) == []


def test_impossible_times_are_named() -> None:
    problems = WeeklyPlan((Slot(1, "25:00", "flexibility"),)).problems(KNOWN)
    assert problems == ["Tuesday: “25:00” is not a time of day; write it as hours and "
                        "minutes, 00:00 to 23:59."]


def test_too_many_and_too_close_sessions_are_named() -> None:
    crowded = WeeklyPlan(tuple(Slot(3, f"{h:02d}:00", "flexibility")
                               for h in range(8, 8 + 2 * (MAX_PER_DAY + 1), 2)))
    assert any("Thursday: 4 sessions are planned; at most 3 fit a day" in p
               for p in crowded.problems(KNOWN))
    close = WeeklyPlan((Slot(4, "18:00", "flexibility"), Slot(4, "18:30", "deep-breathing")))
    assert close.problems(KNOWN) == [
        "Friday: 18:00 and 18:30 are less than 60 minutes apart; leave at least an hour "
        "between sessions."]
    same = WeeklyPlan((Slot(4, "18:00", "flexibility"), Slot(4, "18:00", "flexibility")))
    assert len(same.problems(KNOWN)) == 1


def test_unknown_routines_and_bad_days_are_named() -> None:
    plan = WeeklyPlan((Slot(2, "18:00", "gone"), Slot(9, "18:00", "flexibility"),
                       Slot(5, "10:00", " ")))
    problems = plan.problems(KNOWN)
    assert "day 9 is not a day of the week (Monday to Sunday)." in problems
    assert "Saturday 10:00: no routine is chosen." in problems
    assert any(p.startswith("Wednesday 18:00: the routine “gone” does not exist") for p in problems)
    assert not any("gone" in p for p in plan.problems(None))  # storage cannot know routines


def test_a_first_week_needs_a_start_and_is_checked_too() -> None:
    plan = WeeklyPlan(first_week=(Slot(0, "9:70", "gentle-start"),))
    assert plan.problems(KNOWN) == [
        "The first week has no start date.",
        "First week, Monday: “9:70” is not a time of day; write it as hours and minutes, "
        "00:00 to 23:59."]


def test_what_is_planned_on_a_day_and_per_week() -> None:
    start = MONDAY + timedelta(days=2)  # a Wednesday
    plan = WeeklyPlan(slots=(Slot(0, "18:00", "core-stability"), Slot(2, "18:00", "flexibility"),
                             Slot(2, "21:00", "deep-breathing")),
                      first_week=(Slot(2, "18:00", "gentle-start"),), start=start)
    assert plan.planned_on(MONDAY) == ()  # before the start
    assert [s.routine_id for s in plan.planned_on(start)] == ["gentle-start"]
    assert plan.planned_on(start + timedelta(days=5)) == ()  # first week's Monday: nothing
    assert [s.routine_id for s in plan.planned_on(start + timedelta(days=7))] == [
        "flexibility", "deep-breathing"]
    assert plan.planned_in_week(MONDAY) == 1
    assert plan.planned_in_week(MONDAY + timedelta(days=14)) == 3


def test_a_lost_routine_leaves_the_other_days_working() -> None:
    plan = WeeklyPlan((Slot(0, "18:00", "core-stability"), Slot(2, "18:00", "flexibility")))
    known = KNOWN - {"flexibility"}
    assert [s.routine_id for s in plan.planned_on(MONDAY, known)] == ["core-stability"]
    assert plan.planned_on(MONDAY + timedelta(days=2), known) == ()
    assert plan.lost(known) == [Slot(2, "18:00", "flexibility")]
    assert "Wednesday 18:00 (“flexibility”)" in plan.lost_text(known)
    assert plan.lost_text(KNOWN) == ""
    assert plan.planned_in_week(MONDAY, known) == 1
