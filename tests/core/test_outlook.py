"""The "is it working?" figures, planned vs done, and the year calendar's days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcare_desktop.core.progress.outlook import (
    WEEKS,
    DayState,
    Direction,
    direction,
    goal_weeks,
    outlook,
    pain_trend,
    planned_weeks,
    stretch_length,
    year_calendar,
)
from backcare_desktop.core.progress.stats import PainDay, SessionDay

TODAY = date(2026, 11, 24)  # a Tuesday
MONDAY = date(2026, 11, 23)


def pain(day: date, mean: float, worst: int | None = None) -> PainDay:
    return PainDay(day, mean, round(mean) if worst is None else worst)


def test_eight_weeks_of_pain_going_down_and_sessions() -> None:
    first = MONDAY - timedelta(weeks=8)  # 8 whole weeks before this one, and two days
    last = TODAY
    days = (last - first).days + 1
    assert days == 58 and stretch_length(days) == 14
    pains = [pain(first + timedelta(days=n), 5.0 if n < 14 else 3.5) for n in range(days)]
    sessions = [SessionDay(first + timedelta(days=n), 1, 600)
                for n in range(days) if n % 7 in (0, 2, 4) or (n // 7 < 2 and n % 7 == 5)]
    o = outlook(first, last, pains, sessions, 3, TODAY)
    assert o.weeks == 8 and o.days == 58
    assert o.pain is not None
    assert o.pain.start == pytest.approx(5.0) and o.pain.end == pytest.approx(3.5)
    assert o.pain.direction is Direction.DOWN
    assert o.sessions == 8 * 3 + 2 + 1  # this week's Monday too
    assert o.sessions_per_week == pytest.approx(27 * 7 / 58)
    # 8 whole weeks over, each met; this week has 1 session so far: not counted yet
    assert (o.weeks_met, o.weeks_counted) == (8, 8)


def test_about_the_same_within_half_a_point() -> None:
    assert direction(5.0, 5.5) is Direction.SAME
    assert direction(5.0, 4.5) is Direction.SAME
    assert direction(5.0, 4.4) is Direction.DOWN
    assert direction(3.0, 3.6) is Direction.UP


def test_no_pain_one_day_and_a_gap_at_one_end() -> None:
    first = TODAY - timedelta(days=27)
    assert pain_trend(first, TODAY, []) is None
    one = pain_trend(first, TODAY, [pain(TODAY, 4.0)])
    assert one is not None and one.mean == 4.0 and one.direction is None
    # logged only in the middle: no opening stretch, the mean stands alone
    middle = pain_trend(first, TODAY, [pain(first + timedelta(days=12), 6.0),
                                       pain(first + timedelta(days=14), 4.0)])
    assert middle is not None and middle.start is None and middle.mean == 5.0
    # days outside the range are not counted
    assert pain_trend(first, TODAY, [pain(first - timedelta(days=1), 9.0)]) is None


def test_a_range_shorter_than_a_week_has_no_weekly_rate() -> None:
    first = TODAY - timedelta(days=3)
    o = outlook(first, TODAY, [pain(first, 6.0), pain(TODAY, 4.0)],
                [SessionDay(first, 2, 60)], 3, TODAY)
    assert o.sessions == 2 and o.sessions_per_week is None and o.weeks == 0
    assert o.pain is not None and o.pain.direction is Direction.DOWN  # 1-day stretches
    assert (o.weeks_met, o.weeks_counted) == (0, 0)


def test_no_sessions() -> None:
    o = outlook(TODAY - timedelta(days=13), TODAY, [], [], 3, TODAY)
    assert o.sessions == 0 and o.sessions_per_week == 0.0 and o.pain is None
    assert (o.weeks_met, o.weeks_counted) == (0, 1)  # the one whole week over


def test_the_week_in_progress_counts_once_met() -> None:
    days = [SessionDay(MONDAY, 3, 60)]
    assert goal_weeks(MONDAY, TODAY, days, 3, TODAY) == (1, 1)
    assert goal_weeks(MONDAY, TODAY, days, 4, TODAY) == (0, 0)


def test_a_range_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="ends before"):
        outlook(TODAY, TODAY - timedelta(days=1), [], [], 3, TODAY)


def test_planned_and_done_per_week() -> None:
    planned = {MONDAY - timedelta(days=7): ["core"], MONDAY - timedelta(days=5): ["core"],
               MONDAY - timedelta(days=3): ["core", "breathing"], MONDAY: ["core"],
               TODAY + timedelta(days=1): ["core"]}
    done = [SessionDay(MONDAY - timedelta(days=7), 1, 60), SessionDay(MONDAY, 1, 60)]
    rows = planned_weeks(MONDAY - timedelta(days=7), TODAY + timedelta(days=5), planned,
                         done, TODAY)
    assert [(r.planned, r.done, r.missed_days, r.past_days) for r in rows] == [
        (4, 1, 2, 3), (2, 1, 0, 1)]


def test_the_calendar_marks_done_missed_planned_rest_and_flare() -> None:
    yesterday = TODAY - timedelta(days=1)
    cal = year_calendar(
        TODAY, [SessionDay(MONDAY - timedelta(days=2), 1, 60)],
        [pain(yesterday, 7.5, 9)],
        {yesterday: ["core"], TODAY: ["core"], TODAY + timedelta(days=2): ["core"]},
        {yesterday, date(2020, 1, 1)}, TODAY)
    assert len(cal.days) == 7 * WEEKS and cal.first.weekday() == 0
    assert cal.position(TODAY) == (WEEKS - 1, 1)
    assert cal.end == MONDAY + timedelta(days=6)
    states = {d.day: d.state for d in cal.days}
    assert states[MONDAY - timedelta(days=2)] is DayState.DONE
    assert states[yesterday] is DayState.MISSED
    assert states[TODAY] is DayState.PLANNED
    assert states[TODAY + timedelta(days=1)] is DayState.COMING
    assert states[MONDAY - timedelta(days=3)] is DayState.REST
    y = cal.get(yesterday)
    assert y is not None and y.flare and y.pain_worst == 9 and y.planned == ("core",)
    assert cal.get(date(2020, 1, 1)) is None
    assert cal.at(0, 0) == cal.days[0] and cal.at(WEEKS, 0) is None


day_st = st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 12, 31))


@given(st.lists(st.tuples(day_st, st.floats(0, 10)), max_size=60), day_st,
       st.integers(0, 400))
def test_pain_figures_stay_within_what_was_logged(entries, first, length) -> None:
    last = first + timedelta(days=length)
    by_day = {d: v for d, v in entries}
    days = [pain(d, v) for d, v in sorted(by_day.items())]
    trend = pain_trend(first, last, days)
    inside = [v for d, v in by_day.items() if first <= d <= last]
    if not inside:
        assert trend is None
        return
    assert trend is not None and trend.days_logged == len(inside)
    assert min(inside) - 1e-9 <= trend.mean <= max(inside) + 1e-9
    if trend.direction is not None:
        assert trend.start is not None and trend.end is not None
        for v in (trend.start, trend.end):
            assert min(inside) - 1e-9 <= v <= max(inside) + 1e-9
        assert trend.direction is direction(trend.start, trend.end)


@given(st.lists(st.tuples(day_st, st.integers(0, 4)), max_size=60), day_st,
       st.integers(0, 400), st.integers(1, 14), day_st)
def test_session_figures_add_up(entries, first, length, goal, today) -> None:
    last = first + timedelta(days=length)
    by_day: dict[date, int] = {}
    for d, n in entries:
        by_day[d] = by_day.get(d, 0) + n
    days = [SessionDay(d, n, 0) for d, n in sorted(by_day.items())]
    o = outlook(first, last, [], days, goal, today)
    assert o.sessions == sum(n for d, n in by_day.items() if first <= d <= last)
    assert 0 <= o.weeks_met <= o.weeks_counted <= o.weeks + 1
    rows = planned_weeks(first, last, {}, days, today)
    assert sum(r.done for r in rows) >= o.sessions


@given(day_st, day_st, st.sets(day_st, max_size=20))
def test_every_calendar_day_has_one_place(last, today, flares) -> None:
    cal = year_calendar(last, [], [], {}, flares, today)
    for n, d in enumerate(cal.days):
        assert cal.position(d.day) == (n // 7, n % 7) and d.day.weekday() == n % 7
        assert d.flare == (d.day in flares)
        assert d.state in ((DayState.REST,) if d.day < today else (DayState.COMING,))
    assert cal.first <= last <= cal.end
