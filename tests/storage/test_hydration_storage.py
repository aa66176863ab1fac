"""Water entries, hydration settings (all or nothing) and the reminder bookkeeping."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from backcare_desktop.core.hydration.amounts import parse_hhmm, show
from backcare_desktop.core.hydration.schedule import ReminderSettings, ReminderState
from backcare_desktop.storage import backups
from backcare_desktop.storage.repository import Repository

from .conftest import NOW


def test_entries_of_a_day_can_be_listed_edited_and_deleted(repo: Repository) -> None:
    first = repo.add_water(250, NOW)
    second = repo.add_water(500, NOW + timedelta(hours=1))
    entries = repo.water_entries_on(NOW.date())
    assert [(e.id, e.amount_ml) for e in entries] == [(first, 250), (second, 500)]
    assert entries[0].at == NOW
    repo.update_water(first, 300, NOW + timedelta(minutes=5))
    repo.delete_water(second)
    assert [(e.amount_ml, e.at) for e in repo.water_entries_on(NOW.date())] == [
        (300, NOW + timedelta(minutes=5))]
    assert repo.last_water_entry().amount_ml == 300  # type: ignore[union-attr]


def test_an_edit_outside_the_limits_changes_nothing(repo: Repository) -> None:
    entry = repo.add_water(250, NOW)
    with pytest.raises(ValueError, match="a drink of 0 ml is outside 1–3,000 ml"):
        repo.update_water(entry, 0, NOW)
    assert repo.water_on(NOW.date()) == 250


def test_water_per_day_fills_days_without_water_with_zero(repo: Repository) -> None:
    repo.add_water(250, NOW - timedelta(days=2))
    repo.add_water(400, NOW)
    repo.add_water(100, NOW)
    week = repo.water_per_day(NOW.date() - timedelta(days=6), NOW.date())
    assert list(week.values()) == [0, 0, 0, 0, 250, 0, 500]


def test_hydration_settings_are_saved_all_together_or_not_at_all(repo: Repository) -> None:
    good = ReminderSettings(interval_min=45, start=time(8, 0), end=time(20, 30),
                            days=frozenset({0, 1, 2, 3, 4}))
    repo.save_hydration_settings(good, 2500, 300, "glasses")
    assert repo.reminder_settings() == good
    assert (repo.get_setting("water_goal_ml"), repo.get_setting("glass_ml"),
            repo.get_setting("water_unit")) == (2500, 300, "glasses")

    bad = ReminderSettings(interval_min=300, start=time(22, 0), end=time(7, 0))
    with pytest.raises(ValueError) as info:
        repo.save_hydration_settings(bad, 20_000, 0, "pints")
    assert str(info.value).splitlines() == [
        "reminder interval = 300 min is outside 15–240 min",
        "active hours 22:00–07:00: the start must come before the end",
        "a daily goal of 20,000 ml is outside 250–10,000 ml",
        "a glass of 0 ml is outside 1–3,000 ml",
        "setting water_unit = 'pints' is not one of: ml, fl_oz, glasses",
    ]
    assert repo.reminder_settings() == good  # nothing was saved


def test_the_reminder_state_survives_and_takes_the_last_drink_from_the_log(
    repo: Repository, data_dir: object
) -> None:
    assert repo.reminder_state() == ReminderState()
    repo.add_water(250, NOW)
    state = ReminderState(last_reminder=NOW + timedelta(minutes=30),
                          snoozed_until=NOW + timedelta(minutes=40),
                          paused_on=date(2026, 11, 24))
    repo.save_reminder_state(state)
    assert repo.reminder_state() == ReminderState(NOW, *list(vars(state).values())[1:])


def test_reminder_bookkeeping_does_not_cause_a_backup(repo: Repository, data_dir: object) -> None:
    repo.save_reminder_state(ReminderState(last_reminder=NOW))
    assert backups.backup_if_due(repo, data_dir / "backups", NOW) is None  # type: ignore[operator]


def test_amounts_in_each_unit() -> None:
    assert show(750, "ml", 250) == "750 ml"
    assert show(2000, "ml", 250) == "2,000 ml"
    assert show(750, "fl_oz", 250) == "25.4 fl oz"
    assert show(750, "glasses", 250) == "3 glasses"
    assert show(250, "glasses", 250) == "1 glass"
    assert show(375, "glasses", 250) == "1.5 glasses"


def test_times_of_day_are_checked() -> None:
    assert parse_hhmm("09:30") == time(9, 30)
    with pytest.raises(ValueError, match=r"'9\.30' is not a time of day like 09:00"):
        parse_hhmm("9.30")
