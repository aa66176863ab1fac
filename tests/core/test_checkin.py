"""When the daily pain check-in asks: once a day, at the chosen time, unless pain was logged."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from backcare_desktop.core.progress.checkin import is_due, next_checkin

CET = timezone(timedelta(hours=1))
EIGHT_PM = time(20)


def now(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=CET)


def ask(at: datetime, *, asked: date | None = None, logged: date | None = None,
        enabled: bool = True) -> datetime | None:
    return next_checkin(enabled, EIGHT_PM, at, asked_on=asked, logged_on=logged, zone=CET)


def test_switched_off_it_never_asks() -> None:
    assert ask(now(24, 21), enabled=False) is None
    assert not is_due(False, EIGHT_PM, now(24, 21), asked_on=None, logged_on=None, zone=CET)


def test_it_asks_at_the_chosen_time_and_late_if_the_computer_was_off() -> None:
    assert ask(now(24, 9)) == now(24, 20)
    assert ask(now(24, 23, 30)) == now(24, 20)  # past: ask now
    assert is_due(True, EIGHT_PM, now(24, 23, 30), asked_on=None, logged_on=None, zone=CET)


def test_once_a_day_and_not_when_pain_was_already_logged() -> None:
    assert ask(now(24, 21), asked=date(2026, 11, 24)) == now(25, 20)
    assert ask(now(24, 9), logged=date(2026, 11, 24)) == now(25, 20)
    assert ask(now(24, 9), asked=date(2026, 11, 23), logged=date(2026, 11, 23)) == now(24, 20)
