"""Drink reminders on one timer, and the Hydration page, driven as a person would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, time, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from backcare_desktop.core.hydration import amounts
from backcare_desktop.core.hydration.schedule import ReminderSettings
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.hydration.install import use_the_locale
from backcare_desktop.ui.hydration.page import HydrationPage
from backcare_desktop.ui.hydration.reminders import Hydration
from backcare_desktop.ui.hydration.settings_section import HydrationSettings
from tests.fakes import FakeClock, fire_timer
from tests.ui.conftest import DialogLog

TZ = timezone(timedelta(hours=1))  # the fake clock's zone: it starts at 10:30
HOUR_MS = 3_600_000


@pytest.fixture
def hydration(repo: Repository, clock: FakeClock) -> Iterator[Hydration]:
    h = Hydration(repo, clock, zone=TZ)  # armed by the first change, or by rearm()
    yield h
    h.stop()


def near(ms: int, expected: int) -> bool:
    return abs(ms - expected) <= 1000


def reminders_of(h: Hydration) -> list[str]:
    shown: list[str] = []
    h.reminder_due.connect(shown.append)
    return shown


def test_one_timer_is_armed_an_interval_after_the_last_drink(hydration, clock) -> None:
    # No drink yet today: the first reminder is an interval after 09:00.
    hydration.rearm()
    assert hydration.due == datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
    assert near(hydration.armed_ms, 0)  # 10:00 has passed: overdue, shown at once
    hydration.log_drink(250)
    assert near(hydration.armed_ms, HOUR_MS)
    assert hydration.status_text() == "Next reminder: 11:30."


def test_a_due_reminder_fires_once_and_the_next_is_an_interval_later(hydration, clock):
    hydration.log_drink(250)
    shown = reminders_of(hydration)
    clock.advance(3600)
    fire_timer(hydration, "drink-reminder")
    assert shown == ["Time for a glass of water. Today so far: 250 ml of 2,000 ml."]
    fire_timer(hydration, "drink-reminder")  # the same due time never fires twice
    assert len(shown) == 1
    assert near(hydration.armed_ms, HOUR_MS)


def test_a_timer_that_fires_early_shows_nothing_and_rearms(hydration, clock) -> None:
    hydration.log_drink(250)
    shown = reminders_of(hydration)
    clock.advance(1800)
    fire_timer(hydration, "drink-reminder")
    assert shown == []
    assert near(hydration.armed_ms, HOUR_MS // 2)


def test_after_a_long_sleep_one_reminder_not_a_burst(hydration, clock) -> None:
    hydration.log_drink(250)
    shown = reminders_of(hydration)
    clock.advance(5 * 3600)  # slept through five due times
    hydration.rearm()  # what waking up does
    assert near(hydration.armed_ms, 0)
    fire_timer(hydration, "drink-reminder")
    fire_timer(hydration, "drink-reminder")
    assert len(shown) == 1


def test_the_clock_set_back_rearms_without_a_reminder(hydration, clock) -> None:
    hydration.log_drink(250)
    shown = reminders_of(hydration)
    clock.wall -= timedelta(hours=2)  # 08:30: before active hours
    hydration.rearm()  # what a clock change does
    fire_timer(hydration, "drink-reminder")
    assert shown == []
    assert hydration.due == datetime(2026, 11, 24, 10, 0, tzinfo=TZ)


def test_snooze_pause_and_resume_move_the_timer(hydration, clock) -> None:
    hydration.log_drink(250)
    hydration.snooze(10)
    assert near(hydration.armed_ms, 10 * 60_000)
    hydration.pause_for_today()
    assert hydration.paused_today()
    assert hydration.due == datetime(2026, 11, 25, 10, 0, tzinfo=TZ)
    assert hydration.status_text() == "Reminders are paused until tomorrow."
    hydration.resume()
    assert near(hydration.armed_ms, HOUR_MS)


def test_settings_are_all_saved_or_none_and_off_means_no_timer(hydration, repo) -> None:
    changed: list[None] = []
    hydration.changed.connect(lambda: changed.append(None))
    bad = ReminderSettings(interval_min=5, start=time(21), end=time(9))
    with pytest.raises(ValueError, match="15–240 min"):
        hydration.save_settings(bad, 2000, 250, "ml")
    assert changed == [] and repo.get_setting("reminder_interval_min") == 60
    hydration.save_settings(ReminderSettings(enabled=False), 2500, 300, "glasses")
    assert hydration.armed_ms == -1
    assert hydration.status_text() == "Reminders are off."
    assert changed == [None]


# -- the page -----------------------------------------------------------------------------

@pytest.fixture
def page(qtbot: QtBot, hydration: Hydration, repo: Repository) -> HydrationPage:
    widget = HydrationPage(hydration, repo)
    qtbot.addWidget(widget)
    return widget


def test_one_click_logs_a_glass_and_everything_shows_it(page, repo, clock) -> None:
    page.glass_button.click()
    page.bottle_button.click()
    assert page.ring.amount == "750 ml" and page.ring.goal == "2,000 ml"
    assert page.table.rowCount() == 2
    assert page.table.item(1, 1).text() == "500 ml"
    assert page.message.text() == "Logged 500 ml."
    assert repo.water_on(clock.now().date()) == 750
    assert page.week.days[-1] == (clock.now().date(), 750)


def test_a_custom_amount_out_of_range_is_refused_with_the_limit(page, repo, clock) -> None:
    page.custom.setValue(5000)
    page.custom_button.click()
    assert page.message.text() == "Not logged: a drink of 5,000 ml is outside 1–3,000 ml."
    page.custom.setValue(0)
    page.custom_button.click()
    assert "outside 1–3,000 ml" in page.message.text()
    assert repo.water_on(clock.now().date()) == 0
    page.custom.setValue(330)
    page.custom_button.click()
    assert repo.water_on(clock.now().date()) == 330


def test_undo_removes_the_newest_entry(page, repo, clock) -> None:
    page.glass_button.click()
    clock.advance(60)
    page.bottle_button.click()
    page.undo_button.click()
    assert repo.water_on(clock.now().date()) == 250
    assert page.message.text() == "Removed 500 ml from 10:31."
    page.undo_button.click()
    assert not page.undo_button.isEnabled()


def test_entries_are_edited_and_deleted(page, repo, clock, dialog_log: DialogLog) -> None:
    page.glass_button.click()
    page.table.selectRow(0)
    at = clock.now().replace(hour=9, minute=15)
    dialog_log.answers["edit_water"] = (at, 400)
    page.edit_button.click()
    [entry] = repo.water_entries_on(clock.now().date())
    assert (entry.amount_ml, entry.at) == (400, at)
    assert page.table.item(0, 0).text() == "09:15"
    page.table.selectRow(0)
    dialog_log.answers["confirm"] = False
    page.delete_button.click()
    assert len(repo.water_entries_on(clock.now().date())) == 1
    page.table.selectRow(0)
    dialog_log.answers["confirm"] = True
    page.delete_button.click()
    assert repo.water_entries_on(clock.now().date()) == []


@pytest.fixture
def settings(qtbot: QtBot, hydration: Hydration, repo: Repository) -> HydrationSettings:
    section = HydrationSettings(hydration, repo)
    qtbot.addWidget(section)
    return section


def test_settings_out_of_range_are_named_and_nothing_is_saved(settings, repo) -> None:
    settings.interval.setValue(5)
    settings.goal.setValue(20_000)
    settings.glass.setValue(0)
    settings.start_time.setTime(settings.end_time.time().addSecs(3600))
    text = settings.problems.text()
    assert "Reminder interval = 5 min is outside 15–240 min." in text
    assert "A daily goal of 20,000 ml is outside 250–10,000 ml." in text
    assert "A glass of 0 ml is outside 1–3,000 ml." in text
    assert "the start must come before the end" in text
    assert settings.saved.text() == "Not saved until the form is valid."
    assert not settings.save_settings()  # even if asked, nothing is saved
    assert repo.get_setting("reminder_interval_min") == 60
    assert repo.get_setting("water_goal_ml") == 2000


def test_each_valid_change_is_saved_at_once_and_shown_in_the_unit(settings, page, repo):
    settings.interval.setValue(30)
    assert repo.get_setting("reminder_interval_min") == 30
    settings.goal.setValue(2500)
    settings.unit.setCurrentIndex(2)  # glasses
    settings.day_boxes[6].setChecked(False)
    settings.close_to_tray.setChecked(False)
    assert settings.problems.text() == "" and settings.saved.text() == "Saved."
    assert repo.get_setting("water_goal_ml") == 2500
    assert repo.get_setting("active_days") == ["mon", "tue", "wed", "thu", "fri", "sat"]
    assert repo.get_setting("close_to_tray") is False
    assert page.ring.goal == "10 glasses"  # the page follows at once


def test_no_day_chosen_is_a_problem(settings, repo) -> None:
    for box in settings.day_boxes:
        box.setChecked(False)
    assert "Choose at least one day for reminders." in settings.problems.text()
    assert len(repo.get_setting("active_days")) == 1  # the last valid form was saved


def test_the_page_links_to_its_settings(page, qtbot) -> None:
    with qtbot.waitSignal(page.settings_requested):
        page.settings_link.click()


# -- the unit and the numbers follow the locale ------------------------------------------------

@pytest.fixture
def in_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[QLocale], None]]:
    """Show amounts as a locale would (``install``'s hook), restored afterwards."""
    monkeypatch.setitem(amounts._locale, "number", amounts._locale["number"])
    monkeypatch.setitem(amounts._locale, "unit", amounts._locale["unit"])
    before = QLocale()

    def use(locale: QLocale) -> None:
        QLocale.setDefault(locale)
        use_the_locale()

    yield use
    QLocale.setDefault(before)


def test_fluid_ounces_by_default_where_us_measures_are_used(in_locale, repo, hydration,
                                                           qtbot) -> None:
    in_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert repo.get_setting("water_unit") == "fl_oz"
    hydration.log_drink(750)
    assert hydration.amount_text(hydration.total_today()) == "25.4 fl oz"
    assert hydration.amount_text(2000) == "67.6 fl oz"
    assert hydration.size_text(2000) == "67.6 fl oz"
    settings = HydrationSettings(hydration, repo)
    qtbot.addWidget(settings)
    assert settings.unit.currentData() == "fl_oz"
    settings.goal.setValue(2500)  # another setting: the unit is not chosen by it
    assert settings.saved.text() == "Saved."
    in_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert repo.get_setting("water_unit") == "ml"  # still the locale's
    assert hydration.amount_text(1750) == "1,750 ml"


def test_a_chosen_unit_stays_whatever_the_locale(in_locale, repo, hydration, qtbot) -> None:
    in_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    settings = HydrationSettings(hydration, repo)
    qtbot.addWidget(settings)
    settings.unit.setCurrentIndex(0)  # millilitres, chosen
    assert settings.saved.text() == "Saved."
    assert repo.get_setting("water_unit") == "ml"
    in_locale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    settings.unit.setCurrentIndex(1)
    in_locale(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert repo.get_setting("water_unit") == "fl_oz"


def test_millilitres_by_default_elsewhere_in_the_locales_numbers(in_locale, repo,
                                                                  hydration) -> None:
    in_locale(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert repo.get_setting("water_unit") == "ml"
    hydration.log_drink(1750)
    assert hydration.amount_text(hydration.total_today()) == "1.750 ml"
    assert amounts.show(1750, "fl_oz", 250) == "59,2 fl oz"
    assert hydration.number_text(1750) == "1.750"
    in_locale(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    assert amounts.show(625, "glasses", 250).startswith("2,5 ")
    assert amounts.show_number(625, "glasses", 250) == "2,5"
    assert repo.get_setting("water_unit") == "ml"
