from __future__ import annotations

from datetime import date

import pytest

from backcare_desktop.core.settings_schema import SETTINGS, SettingError, setting
from backcare_desktop.core.status import TodayStatus, week_start


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("water_goal_ml", 100, "setting water_goal_ml = 100 is outside 250–10000"),
        ("water_goal_ml", 20000, "setting water_goal_ml = 20000 is outside 250–10000"),
        ("water_goal_ml", "2000", "setting water_goal_ml = '2000' is not a int"),
        ("water_goal_ml", True, "setting water_goal_ml = True is not a int"),
        ("sessions_per_week_goal", 0, "setting sessions_per_week_goal = 0 is outside 1–14"),
        ("colour_scheme", "pink",
         "setting colour_scheme = 'pink' is not one of: system, light, dark"),
    ],
)
def test_bad_setting_values_are_refused_with_the_limit(
    key: str, value: object, message: str
) -> None:
    with pytest.raises(SettingError) as info:
        setting(key).validate(value)
    assert str(info.value) == message


def test_unknown_setting_is_named() -> None:
    with pytest.raises(SettingError, match="no setting called 'volume_max'"):
        setting("volume_max")


def test_every_default_is_itself_valid() -> None:
    for spec in SETTINGS.values():
        assert spec.validate(spec.default) == spec.default


def test_guidance_defaults() -> None:
    assert setting("sessions_per_week_goal").default == 3
    assert setting("water_goal_ml").default == 2000


def test_header_text() -> None:
    status = TodayStatus(sessions_this_week=2, sessions_goal=3, water_today_ml=750,
                         water_goal_ml=2000)
    assert status.text() == "This week: 2 of 3 sessions   ·   Water today: 750 ml of 2,000 ml"
    assert not status.week_goal_met


def test_the_header_keeps_each_amount_of_water_whole() -> None:
    status = TodayStatus(0, 3, 0, 2000, water_unit="fl_oz")
    whole = status.text(amounts_whole=True)
    assert whole.endswith("Water today: 0.0\u00a0fl\u00a0oz of 67.6\u00a0fl\u00a0oz")
    assert whole.startswith("This week: 0 of 3 sessions")  # the rest may wrap anywhere
    assert "\u00a0" not in status.text()


def test_header_shows_water_in_the_chosen_unit() -> None:
    glasses = TodayStatus(1, 3, 750, 2000, water_unit="glasses", glass_ml=250)
    assert glasses.water_text() == "3 glasses of 8 glasses"
    ounces = TodayStatus(1, 3, 750, 2000, water_unit="fl_oz")
    assert ounces.water_text() == "25.4 fl oz of 67.6 fl oz"


def test_week_starts_on_monday_across_a_year_boundary() -> None:
    assert week_start(date(2027, 1, 1)) == date(2026, 12, 28)  # a Friday
    assert week_start(date(2026, 11, 23)) == date(2026, 11, 23)  # a Monday
