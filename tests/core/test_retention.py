from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from backcare_desktop.core.retention import RetentionPolicy, backups_to_keep


def test_a_backup_every_day_for_a_year_keeps_recent_days_weeks_and_months() -> None:
    last = datetime(2026, 11, 24, 12, 0)
    stamps = [last - timedelta(days=n) for n in range(365)]
    keep = backups_to_keep(stamps, RetentionPolicy(daily=7, weekly=5, monthly=12))

    assert {s for s in stamps if (last - s).days < 7} <= keep  # the last 7 days
    # Newest of each of the last 5 ISO weeks: Sundays, plus this week's newest.
    weeks = {s.isocalendar()[:2] for s in keep}
    assert len(weeks) >= 5
    months = {(s.year, s.month) for s in keep}
    assert len(months) == 12
    assert len(keep) <= 7 + 5 + 12


def test_only_the_newest_backup_of_a_day_counts_for_that_day() -> None:
    morning = datetime(2026, 11, 24, 8, 0)
    evening = datetime(2026, 11, 24, 20, 0)
    assert backups_to_keep([morning, evening], RetentionPolicy(1, 1, 1)) == {evening}


def test_nothing_to_keep_from_nothing() -> None:
    assert backups_to_keep([]) == set()


stamps_strategy = st.lists(
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)),
    max_size=60,
)


@given(stamps_strategy, st.integers(0, 10), st.integers(0, 10), st.integers(0, 10))
def test_thinning_keeps_the_newest_never_invents_and_is_stable(
    stamps: list[datetime], daily: int, weekly: int, monthly: int
) -> None:
    policy = RetentionPolicy(daily, weekly, monthly)
    keep = backups_to_keep(stamps, policy)
    assert keep <= set(stamps)
    if stamps:
        assert max(stamps) in keep
    assert len(keep) <= max(1, daily + weekly + monthly) + 1
    # Thinning again what was kept removes nothing more.
    assert backups_to_keep(keep, policy) == keep
