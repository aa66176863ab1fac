"""Progress statistics against small fixtures worked out by hand."""

from __future__ import annotations

from datetime import date

from backcare_desktop.core.progress.stats import (
    PainDay,
    SessionDay,
    SessionPain,
    Week,
    change_by_routine,
    days_between,
    high_pain_share,
    mean_by_routine,
    range_start,
    rolling_mean,
    streaks,
    summarise_week,
    weeks,
)


def test_rolling_mean_skips_days_without_data_and_leaves_gaps() -> None:
    days = days_between(date(2026, 3, 1), date(2026, 3, 10))
    daily = {date(2026, 3, 1): 6.0, date(2026, 3, 3): 4.0, date(2026, 3, 8): 2.0}
    means = rolling_mean(days, daily)
    assert means[0] == 6.0  # 1 Mar: only itself
    assert means[2] == 5.0  # 3 Mar: (6 + 4) / 2
    assert means[6] == 5.0  # 7 Mar: window 1–7 Mar still holds 1 and 3 Mar
    assert means[7] == 3.0  # 8 Mar: window 2–8 Mar holds 3 and 8 Mar
    assert means[9] == 2.0  # 10 Mar: window 4–10 Mar holds 8 Mar only
    empty = rolling_mean(days_between(date(2026, 4, 1), date(2026, 4, 2)), {})
    assert empty == [None, None]


def test_high_pain_share_counts_days_with_a_worst_of_seven_or_more() -> None:
    days = [PainDay(date(2026, 1, d), 5.0, worst) for d, worst in ((1, 7), (2, 6), (3, 9),
                                                                   (4, 2))]
    assert high_pain_share(days) == 0.5
    assert high_pain_share([]) is None


def test_weeks_across_a_year_boundary_include_empty_weeks() -> None:
    data = [SessionDay(date(2026, 12, 29), 1, 600), SessionDay(date(2027, 1, 2), 2, 1200),
            SessionDay(date(2027, 1, 13), 1, 300)]
    got = weeks(data, date(2026, 12, 30), date(2027, 1, 14))
    # ISO week of 28 Dec 2026 holds 29 Dec and 2 Jan; the next week is empty.
    assert got == [Week(date(2026, 12, 28), 3, 30.0), Week(date(2027, 1, 4), 0, 0.0),
                   Week(date(2027, 1, 11), 1, 5.0)]


def test_streaks_current_and_best_and_the_week_in_progress() -> None:
    met, short = 3, 1
    rows = [Week(date(2026, 1, 5) + (date(2026, 1, 12) - date(2026, 1, 5)) * n, s, 0)
            for n, s in enumerate([met, met, met, short, met, met, short])]
    # The last week (16 Feb) is in progress and short: it does not break the run.
    assert streaks(rows, 3, date(2026, 2, 18)) == (2, 3)
    # Once that week is over and still short, the run is broken.
    assert streaks(rows, 3, date(2026, 2, 25))[0] == 0
    assert streaks([], 3, date(2026, 2, 18)) == (0, 0)


def test_pain_change_per_session_and_per_routine() -> None:
    pairs = [SessionPain("Core", date(2026, 5, 1), 6, 4), SessionPain("Core", date(2026, 5, 3),
                                                                      5, 5),
             SessionPain("Stretch", date(2026, 5, 2), 3, 4)]
    assert [p.change for p in pairs] == [-2, 0, 1]
    assert change_by_routine(pairs) == {"Core": -1.0, "Stretch": 1.0}
    assert mean_by_routine(pairs) == {"Core": (5.5, 4.5), "Stretch": (3.0, 4.0)}


def test_week_summary_averages_water_over_the_days_so_far() -> None:
    monday = date(2026, 11, 23)
    summary = summarise_week(
        monday, [SessionDay(monday, 1, 900), SessionDay(date(2026, 11, 30), 1, 60)],
        [PainDay(monday, 4.0, 5), PainDay(date(2026, 11, 24), 2.0, 2)],
        {monday: 1500, date(2026, 11, 24): 2500}, today=date(2026, 11, 24))
    assert summary.sessions == 1 and summary.minutes == 15.0
    assert summary.mean_pain == 3.0
    assert summary.water_ml_per_day == 2000.0
    nothing = summarise_week(monday, [], [], {}, today=monday)
    assert nothing.mean_pain is None and nothing.water_ml_per_day == 0.0


def test_ranges_count_back_from_today() -> None:
    today = date(2026, 11, 24)
    assert range_start("2 weeks", today, None) == date(2026, 11, 11)
    assert range_start("1 year", today, None) == date(2025, 11, 25)
    assert range_start("All", today, date(2019, 3, 1)) == date(2019, 3, 1)
    assert range_start("All", today, None) == today
