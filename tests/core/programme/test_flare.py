"""Flare-up mode's rules: when it starts, when it ends, which days it covers."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from backcare_desktop.core.programme.flare import (
    ADVICE,
    CALM_DAYS,
    FLARE_PAIN,
    FlareHow,
    FlarePeriod,
    PainReading,
    calm_end,
    flare_days,
    settled,
    starts_flare,
)

ZONE = timezone(timedelta(hours=1))
START = datetime(2026, 11, 23, 9, 0, tzinfo=ZONE)  # a Monday morning


def at(day: int, hour: int = 18, zone: timezone = ZONE) -> datetime:
    """``hour`` o'clock on the ``day``-th day after the start's day."""
    return datetime.combine(START.date() + timedelta(days=day),
                            datetime.min.time().replace(hour=hour), zone)


def test_pain_of_seven_or_more_starts_a_flare_up() -> None:
    assert FLARE_PAIN == 7
    assert not starts_flare(6)
    assert starts_flare(7)
    assert starts_flare(10)


def test_two_calm_logged_days_end_it_at_the_end_of_the_second() -> None:
    readings = [PainReading(START, 8), PainReading(at(1), 4), PainReading(at(2, 8), 3)]
    assert calm_end(START, readings) == datetime(2026, 11, 26, 0, 0, tzinfo=ZONE)
    assert CALM_DAYS == 2


def test_one_calm_day_is_not_enough() -> None:
    assert calm_end(START, [PainReading(at(1), 2)]) is None


def test_the_start_day_itself_never_counts() -> None:
    readings = [PainReading(at(0, 20), 2), PainReading(at(1), 2)]
    assert calm_end(START, readings) is None


def test_a_high_entry_starts_the_count_again() -> None:
    readings = [PainReading(at(1), 3), PainReading(at(2), 7), PainReading(at(3), 3)]
    assert calm_end(START, readings) is None
    readings.append(PainReading(at(4), 3))
    assert calm_end(START, readings) == datetime.combine(
        START.date() + timedelta(days=5), datetime.min.time(), ZONE)


def test_a_day_with_any_high_entry_is_not_calm() -> None:
    readings = [PainReading(at(1, 8), 3), PainReading(at(1, 20), 8), PainReading(at(2), 3)]
    assert calm_end(START, readings) is None


def test_days_without_an_entry_neither_count_nor_break_the_run() -> None:
    # Sessions on Tuesday and Thursday only: Wednesday has no entry.
    readings = [PainReading(at(1), 4), PainReading(at(3), 4)]
    end = calm_end(START, readings)
    assert end is not None and end.date() == START.date() + timedelta(days=4)
    # Empty days between two high ones do not end it either.
    assert calm_end(START, [PainReading(at(1), 8), PainReading(at(5), 9)]) is None


def test_an_entry_belongs_to_its_own_local_day() -> None:
    # 23:30 at UTC+1 on day 1 is 22:30 UTC; read in its own offset it is day 1.
    late = at(1, 23)
    readings = [PainReading(late, 3), PainReading(at(2, 7, UTC), 3)]
    end = calm_end(START, readings)
    assert end == datetime.combine(START.date() + timedelta(days=3), datetime.min.time(),
                                   UTC)


def test_settled_fills_the_end_from_pain_only_when_none_is_stored() -> None:
    open_one = FlarePeriod(START, FlareHow.PAIN)
    calm = [PainReading(at(1), 2), PainReading(at(2), 2)]
    done = settled(open_one, calm)
    assert done.ended_how is FlareHow.PAIN and done.ended is not None
    by_hand = FlarePeriod(START, FlareHow.HAND, at(1, 10), FlareHow.HAND)
    assert settled(by_hand, calm) == by_hand
    assert settled(open_one, []) == open_one


def test_active_from_its_start_until_its_end() -> None:
    period = FlarePeriod(START, FlareHow.HAND, at(2), FlareHow.HAND)
    assert not period.active(START - timedelta(seconds=1))
    assert period.active(START)
    assert period.active(at(2) - timedelta(seconds=1))
    assert not period.active(at(2))
    assert FlarePeriod(START, FlareHow.HAND).active(at(400))


def test_flare_days_cover_start_to_end_within_the_range() -> None:
    ended_at_midnight = FlarePeriod(START, FlareHow.PAIN, at(3, 0), FlareHow.PAIN)
    first = START.date()
    assert flare_days([ended_at_midnight], first - timedelta(days=5), first + timedelta(days=9)
                      ) == {first, first + timedelta(days=1), first + timedelta(days=2)}
    assert flare_days([ended_at_midnight], first + timedelta(days=1),
                      first + timedelta(days=1)) == {first + timedelta(days=1)}
    assert flare_days([ended_at_midnight], first + timedelta(days=5),
                      first + timedelta(days=9)) == set()


def test_an_open_flare_runs_to_today_or_the_end_of_the_range() -> None:
    first = START.date()
    period = FlarePeriod(START, FlareHow.HAND)
    assert len(flare_days([period], first, first + timedelta(days=9),
                          today=first + timedelta(days=1))) == 2
    assert len(flare_days([period], first, first + timedelta(days=9))) == 10


def test_ended_the_same_day_it_started_is_one_day() -> None:
    period = FlarePeriod(START, FlareHow.HAND, START + timedelta(hours=1), FlareHow.HAND)
    assert flare_days([period], date(2026, 1, 1), date(2026, 12, 31)) == {START.date()}


def test_the_urgent_signs_come_first_and_name_each_red_flag() -> None:
    signs = " ".join(ADVICE.urgent_signs).casefold()
    for word in ("saddle", "bladder", "bowel", "weakness", "legs", "fever"):
        assert word in signs
    assert "urgent" in ADVICE.urgent_heading.casefold()
    points = " ".join(ADVICE.points)
    assert "three days" in points and "more than an hour" in points
    assert "gently moving" in points and "Rest from what hurts" in points
    assert ADVICE.ending.format(pain=FLARE_PAIN, days=CALM_DAYS)


# -- properties ------------------------------------------------------------------------

zones = st.sampled_from([timezone(timedelta(hours=h)) for h in (-10, -5, 0, 1, 5, 13)])


@st.composite
def readings(draw: st.DrawFn, levels: st.SearchStrategy[int]) -> list[PainReading]:
    """Pain entries from two days before the start to a month after, in various zones."""
    entries = []
    for _ in range(draw(st.integers(0, 25))):
        when = START + timedelta(minutes=draw(st.integers(-3000, 30 * 24 * 60)))
        entries.append(PainReading(when.astimezone(draw(zones)), draw(levels)))
    return entries


@given(readings(st.integers(0, FLARE_PAIN - 1)))
def test_entries_all_below_the_threshold_never_start_one(entries: list[PainReading]) -> None:
    assert not any(starts_flare(r.level) for r in entries)


@given(readings(st.integers(0, 10)))
def test_an_ended_flare_is_never_active_after_its_end(entries: list[PainReading]) -> None:
    period = settled(FlarePeriod(START, FlareHow.PAIN), entries)
    if period.ended is not None:
        assert period.ended > START
        assert not period.active(period.ended)
        assert not period.active(period.ended + timedelta(days=3))
        assert period.active(period.ended - timedelta(microseconds=1))


@given(readings(st.integers(FLARE_PAIN, 10)))
def test_high_pain_alone_never_ends_one(entries: list[PainReading]) -> None:
    assert calm_end(START, entries) is None


@given(readings(st.integers(0, 10)))
def test_the_end_comes_after_two_calm_days_past_the_start(entries: list[PainReading]) -> None:
    end = calm_end(START, entries)
    if end is not None:
        later = {r.at.date() for r in entries if START.date() < r.at.date() < end.date()}
        assert len(later) >= CALM_DAYS
        last_day = end.date() - timedelta(days=1)
        assert all(r.level < FLARE_PAIN for r in entries if r.at.date() == last_day)


@given(readings(st.integers(0, 10)), st.integers(-5, 40), st.integers(0, 40))
def test_flare_days_stay_inside_the_range(entries: list[PainReading], lo: int,
                                           span: int) -> None:
    first = START.date() + timedelta(days=lo)
    last = first + timedelta(days=span)
    period = settled(FlarePeriod(START, FlareHow.PAIN), entries)
    days = flare_days([period], first, last, today=START.date() + timedelta(days=20))
    assert all(first <= d <= last and d >= START.date() for d in days)
