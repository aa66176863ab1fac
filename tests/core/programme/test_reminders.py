"""When session reminders are due: slots, done sessions, snooze, skip, sleep,
midnight, daylight saving and clock changes, on a clock the test moves."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare_desktop.core.programme import reminders as r
from backcare_desktop.core.programme.plan import Slot, WeeklyPlan

BERLIN = ZoneInfo("Europe/Berlin")
EVERY_DAY = WeeklyPlan(tuple(Slot(d, "18:00", "core-stability") for d in range(7))
                       + tuple(Slot(d, "21:00", "deep-breathing") for d in range(7)))
NONE = r.SessionReminderState()


def at(y: int, mo: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=BERLIN)


class Run:
    """The reminder as the app runs it: fire when due, record it."""

    def __init__(self, plan: WeeklyPlan, now: datetime) -> None:
        self.plan, self.now, self.state = plan, now, NONE
        self.done: set[str] = set()
        self.shown: list[tuple[datetime, str]] = []

    def due(self) -> datetime | None:
        return r.next_due(self.plan, self.state, self.now, BERLIN, done_today=self.done)

    def step_to(self, moment: datetime) -> None:
        """Time passes to ``moment``, the timer firing whenever a reminder is due."""
        while True:
            due = self.due()
            if due is None or due > moment.astimezone(UTC):
                break
            self.now = max(self.now, due.astimezone(BERLIN))
            self.fire()
        self.now = moment

    def fire(self) -> None:
        if r.is_due(self.plan, self.state, self.now, BERLIN, done_today=self.done):
            slot = r.due_slot(self.plan, self.now, BERLIN, done_today=self.done)
            self.shown.append((self.now, slot.routine_id if slot else "?"))
            self.state = r.reminded(self.state, self.now)


def test_due_at_each_slot_time() -> None:
    run = Run(EVERY_DAY, at(2026, 11, 24, 9))
    assert run.due() == at(2026, 11, 24, 18)
    run.step_to(at(2026, 11, 25, 9))
    assert run.shown == [(at(2026, 11, 24, 18), "core-stability"),
                         (at(2026, 11, 24, 21), "deep-breathing")]


def test_a_session_started_that_day_counts_as_done() -> None:
    run = Run(EVERY_DAY, at(2026, 11, 24, 9))
    run.done = {"core-stability"}
    assert run.due() == at(2026, 11, 24, 21)
    run.done = {"core-stability", "deep-breathing"}
    assert run.due() == at(2026, 11, 25, 18)  # tomorrow is not done


def test_one_reminder_after_a_sleep_naming_the_latest() -> None:
    run = Run(EVERY_DAY, at(2026, 11, 24, 17))
    run.now = at(2026, 11, 24, 22)  # slept past both
    run.fire()
    run.fire()
    assert run.shown == [(at(2026, 11, 24, 22), "deep-breathing")]
    assert run.due() == at(2026, 11, 25, 18)


def test_midnight_leaves_yesterday_behind() -> None:
    run = Run(WeeklyPlan((Slot(1, "23:30", "flexibility"),)), at(2026, 11, 24, 23))
    run.now = at(2026, 11, 25, 0, 30)  # slept across midnight
    run.fire()
    assert run.shown == []
    assert run.due() == at(2026, 12, 1, 23, 30)


def test_snooze_then_done() -> None:
    run = Run(EVERY_DAY, at(2026, 11, 24, 18))
    run.fire()
    run.state = r.snoozed(run.state, run.now, 30)
    assert run.due() == at(2026, 11, 24, 18, 30)
    run.done = {"core-stability"}
    assert run.due() == at(2026, 11, 24, 21)  # nothing left to snooze for
    with pytest.raises(ValueError, match="not one of"):
        r.snoozed(run.state, run.now, 5)


def test_snooze_does_not_carry_into_tomorrow() -> None:
    run = Run(WeeklyPlan((Slot(1, "23:30", "flexibility"),)), at(2026, 11, 24, 23, 55))
    run.state = r.snoozed(NONE, run.now, 10)
    assert run.due() == at(2026, 12, 1, 23, 30)


def test_skip_today() -> None:
    run = Run(EVERY_DAY, at(2026, 11, 24, 10))
    run.state = r.skipped_today(NONE, run.now, BERLIN)
    assert run.due() == at(2026, 11, 25, 18)


@pytest.mark.parametrize(("day", "slot", "local_due", "utc_due"), [
    # spring: 02:30 does not exist on 29 March 2026; it comes at 03:30 local
    (date(2026, 3, 29), "02:30", (3, 30), datetime(2026, 3, 29, 1, 30, tzinfo=UTC)),
    (date(2026, 3, 29), "18:00", (18, 0), datetime(2026, 3, 29, 16, 0, tzinfo=UTC)),
    # autumn: 02:30 comes twice on 25 October 2026; reminded the first time
    (date(2026, 10, 25), "02:30", (2, 30), datetime(2026, 10, 25, 0, 30, tzinfo=UTC)),
    (date(2026, 10, 25), "18:00", (18, 0), datetime(2026, 10, 25, 17, 0, tzinfo=UTC)),
])
def test_daylight_saving(day: date, slot: str, local_due: tuple[int, int],
                         utc_due: datetime) -> None:
    plan = WeeklyPlan((Slot(day.weekday(), slot, "flexibility"),))
    run = Run(plan, datetime(day.year, day.month, day.day, 0, 0, tzinfo=BERLIN)
              - timedelta(hours=1))
    due = run.due()
    assert due == utc_due
    assert (due.astimezone(BERLIN).hour, due.astimezone(BERLIN).minute) == local_due
    run.step_to(datetime(day.year, day.month, day.day, 23, 59, tzinfo=BERLIN))
    assert len(run.shown) == 1


def test_autumn_repeated_hour_reminds_once() -> None:
    plan = WeeklyPlan((Slot(6, "02:30", "flexibility"),))
    run = Run(plan, at(2026, 10, 25, 1))
    run.step_to(datetime(2026, 10, 25, 1, 45, tzinfo=UTC))  # 02:45 the second time
    assert len(run.shown) == 1


def test_clock_set_back_does_not_repeat_a_reminder() -> None:
    run = Run(EVERY_DAY, at(2026, 11, 24, 18))
    run.fire()
    run.now = at(2026, 11, 24, 16)  # the clock is set back two hours
    assert run.due() == at(2026, 11, 24, 21)


def test_a_reminder_far_ahead_is_not_counted() -> None:
    run = Run(EVERY_DAY, at(2026, 11, 24, 10))
    run.state = r.reminded(NONE, at(2030, 1, 1, 12))  # the clock was years ahead
    assert run.due() == at(2026, 11, 24, 18)


def test_clock_set_forward_gives_one_overdue_reminder() -> None:
    run = Run(EVERY_DAY, at(2026, 11, 24, 10))
    run.now = at(2026, 11, 24, 23)
    run.fire()
    assert run.shown == [(at(2026, 11, 24, 23), "deep-breathing")]


def test_off_empty_or_lost_routines() -> None:
    now = at(2026, 11, 24, 10)
    assert r.next_due(EVERY_DAY, NONE, now, BERLIN, enabled=False) is None
    assert r.next_due(WeeklyPlan(), NONE, now, BERLIN) is None
    due = r.next_due(EVERY_DAY, NONE, now, BERLIN, known_routine_ids={"deep-breathing"})
    assert due == at(2026, 11, 24, 21)


def test_next_slot_of_today() -> None:
    now = at(2026, 11, 24, 19)
    slot = r.next_slot(EVERY_DAY, now, BERLIN)
    assert slot is not None and slot.routine_id == "deep-breathing"
    late = r.next_slot(EVERY_DAY, at(2026, 11, 24, 22), BERLIN, done_today={"core-stability"})
    assert late is not None and late.routine_id == "deep-breathing"
    assert r.next_slot(EVERY_DAY, now, BERLIN,
                       done_today={"core-stability", "deep-breathing"}) is None


# -- properties: whatever the clock does, each planned session is reminded at most once,
# never before its time -------------------------------------------------------------------

slots = st.lists(st.builds(Slot, st.integers(0, 6),
                           st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23),
                                     st.sampled_from([0, 15, 30, 45])),
                           st.sampled_from(["core-stability", "flexibility"])),
                 max_size=6)
# minutes: time passing (the app firing on time), a sleep, or the clock set back or on
moves = st.lists(st.tuples(st.sampled_from(["pass", "sleep", "set"]),
                           st.integers(-600, 3000)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(slots, moves, st.integers(0, 60 * 24 * 7))
def test_each_session_is_reminded_at_most_once_and_never_early(
        plan_slots: list[Slot], steps: list[tuple[str, int]], start_min: int) -> None:
    plan = WeeklyPlan(tuple(plan_slots))
    run = Run(plan, at(2026, 10, 19, 0) + timedelta(minutes=start_min))  # autumn change inside
    for kind, minutes in steps:
        if kind == "pass":
            run.step_to(run.now + timedelta(minutes=abs(minutes)))
        elif kind == "sleep":
            run.now += timedelta(minutes=abs(minutes))
            run.fire()
        else:
            run.now += timedelta(minutes=minutes)  # set back up to 10 h, or on
            run.fire()
    seen: set[tuple[date, str]] = set()
    for moment, routine_id in run.shown:
        day = moment.astimezone(BERLIN).date()
        came = [s for s in plan.planned_on(day) if s.routine_id == routine_id
                and r.slot_moment(day, s, BERLIN) <= moment.astimezone(UTC)]
        assert came, "a reminder before its session's time"
        key = (day, came[-1].at)
        assert key not in seen, f"{key} reminded twice"
        seen.add(key)
