"""The reminder schedule on a fake wall clock, in a real time zone with daylight saving."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare_desktop.core.hydration.schedule import (
    ReminderSettings,
    ReminderState,
    drank,
    is_due,
    next_due,
    paused_for_today,
    reminded,
    snoozed,
)

BERLIN = ZoneInfo("Europe/Berlin")
S = ReminderSettings()  # every 60 min, 09:00–21:00, every day


def at(day: str, hm: str) -> datetime:
    """A Berlin wall-clock time."""
    return datetime.fromisoformat(f"{day}T{hm}").replace(tzinfo=BERLIN)


def due(state: ReminderState, now: datetime, s: ReminderSettings = S) -> str | None:
    moment = next_due(s, state, now, BERLIN)
    return None if moment is None else moment.astimezone(BERLIN).strftime("%m-%d %H:%M")


def test_the_first_reminder_comes_one_interval_into_active_hours() -> None:
    assert due(ReminderState(), at("2026-11-24", "07:30")) == "11-24 10:00"


def test_one_interval_after_the_last_drink_or_reminder() -> None:
    state = ReminderState(last_drink=at("2026-11-24", "10:20"),
                          last_reminder=at("2026-11-24", "10:00"))
    assert due(state, at("2026-11-24", "10:30")) == "11-24 11:20"


def test_a_drink_resets_the_clock_and_cancels_a_snooze() -> None:
    state = snoozed(ReminderState(), at("2026-11-24", "11:00"), 10)
    assert due(state, at("2026-11-24", "11:01")) == "11-24 11:10"
    state = drank(state, at("2026-11-24", "11:05"))
    assert due(state, at("2026-11-24", "11:06")) == "11-24 12:05"


@pytest.mark.parametrize("minutes", [10, 30, 60])
def test_snooze_delays_the_reminder(minutes: int) -> None:
    state = snoozed(reminded(ReminderState(), at("2026-11-24", "14:00")),
                    at("2026-11-24", "14:00"), minutes)
    expected = (at("2026-11-24", "14:00") + timedelta(minutes=minutes)).strftime("%H:%M")
    assert due(state, at("2026-11-24", "14:00")) == f"11-24 {expected}"


def test_an_unknown_snooze_is_refused() -> None:
    with pytest.raises(ValueError, match="snooze = 15 min is not one of 10, 30, 60"):
        snoozed(ReminderState(), at("2026-11-24", "14:00"), 15)


def test_nothing_outside_active_hours_the_next_day_starts_fresh() -> None:
    state = ReminderState(last_reminder=at("2026-11-24", "20:30"))
    assert due(state, at("2026-11-24", "20:40")) == "11-25 10:00"
    assert due(state, at("2026-11-25", "02:00")) == "11-25 10:00"  # across midnight


def test_pause_for_today_waits_for_tomorrow() -> None:
    state = paused_for_today(ReminderState(), at("2026-11-24", "13:00"), BERLIN)
    assert due(state, at("2026-11-24", "13:00")) == "11-25 10:00"


def test_active_days_are_respected() -> None:
    weekdays = ReminderSettings(days=frozenset(range(5)))
    saturday = at("2026-11-28", "12:00")
    assert due(ReminderState(), saturday, weekdays) == "11-30 10:00"


def test_after_a_sleep_past_the_due_time_exactly_one_reminder_is_due() -> None:
    state = reminded(ReminderState(), at("2026-11-24", "10:00"))
    woke = at("2026-11-24", "15:17")
    assert is_due(S, state, woke, BERLIN)
    state = reminded(state, woke)
    assert not is_due(S, state, woke, BERLIN)
    assert due(state, woke) == "11-24 16:17"


def test_a_clock_set_back_does_not_silence_reminders() -> None:
    state = ReminderState(last_reminder=at("2026-11-24", "15:00"))  # "in the future"
    assert due(state, at("2026-11-24", "11:00")) == "11-24 12:00"


def test_the_interval_is_real_time_across_the_spring_daylight_saving_change() -> None:
    # 2026-03-29: at 02:00 Berlin clocks jump to 03:00.
    night = ReminderSettings(start=time(0, 30), end=time(23, 0), interval_min=60)
    state = reminded(ReminderState(), at("2026-03-29", "01:30"))
    moment = next_due(night, state, at("2026-03-29", "01:31"), BERLIN)
    assert moment is not None
    assert moment - at("2026-03-29", "01:30") == timedelta(hours=1)
    assert moment.astimezone(BERLIN).strftime("%H:%M") == "03:30"


def test_the_autumn_change_keeps_active_hours_in_local_time() -> None:
    # 2026-10-25: at 03:00 Berlin clocks go back to 02:00; 09:00 is still 09:00.
    moment = next_due(S, ReminderState(), at("2026-10-25", "07:00"), BERLIN)
    assert moment is not None and moment.astimezone(BERLIN).strftime("%H:%M") == "10:00"
    assert moment == datetime(2026, 10, 25, 9, 0, tzinfo=UTC)


def test_bad_settings_are_explained_and_switch_nothing_on() -> None:
    inverted = ReminderSettings(start=time(21, 0), end=time(9, 0), interval_min=5)
    assert inverted.problems() == [
        "reminder interval = 5 min is outside 15–240 min",
        "active hours 21:00–09:00: the start must come before the end",
    ]
    assert next_due(inverted, ReminderState(), at("2026-11-24", "12:00"), BERLIN) is None
    assert next_due(ReminderSettings(enabled=False), ReminderState(),
                    at("2026-11-24", "12:00"), BERLIN) is None


@settings(max_examples=200, deadline=None)
@given(st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 1, 1)),
       st.lists(st.integers(1, 600), min_size=1, max_size=30))
def test_a_day_of_reminders_never_repeats_a_due_time_and_stays_in_hours(
    start: datetime, steps: list[int]
) -> None:
    now = start.replace(tzinfo=BERLIN)
    state = ReminderState()
    shown: list[datetime] = []
    for minutes in steps:
        now = (now.astimezone(UTC) + timedelta(minutes=minutes)).astimezone(BERLIN)
        if is_due(S, state, now, BERLIN):
            shown.append(now)
            state = reminded(state, now)
            assert not is_due(S, state, now, BERLIN)  # never twice for one due time
        upcoming = next_due(S, state, now, BERLIN)
        assert upcoming is not None
        local_time = upcoming.astimezone(BERLIN).time()
        assert time(9, 0) <= local_time < time(21, 0)
    assert len(shown) == len(set(shown))


def test_dates_are_local(monkeypatch: pytest.MonkeyPatch) -> None:
    late = at("2026-11-24", "23:30")
    assert paused_for_today(ReminderState(), late, BERLIN).paused_on == date(2026, 11, 24)
