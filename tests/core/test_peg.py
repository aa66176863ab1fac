"""The PEG weekly score: its answers, its score, when the weekly check-in asks,
and its weekly means."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from backcare_desktop.core.progress.peg import (
    QUESTIONS,
    PegAnswer,
    check_value,
    is_due,
    next_peg,
    summary,
    weekly_means,
)

CET = timezone(timedelta(hours=1))
BERLIN = ZoneInfo("Europe/Berlin")
SUNDAY, SIX_PM = 6, time(18)


def nov(day: int, hour: int, minute: int = 0, zone: timezone | ZoneInfo = CET) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=zone)  # 2026-11-22 is a Sunday


def ask(at: datetime, *, asked: datetime | None = None, answered: datetime | None = None,
        enabled: bool = True) -> datetime | None:
    return next_peg(enabled, SUNDAY, SIX_PM, at, asked=asked, answered=answered, zone=CET)


def answer(at: datetime, pain: int = 5, enjoyment: int = 4, activity: int = 6) -> PegAnswer:
    return PegAnswer(at, pain, enjoyment, activity)


def test_three_questions_one_per_field() -> None:
    assert [q.key for q in QUESTIONS] == ["pain", "enjoyment", "activity"]
    assert all(q.text and q.low and q.high for q in QUESTIONS)


def test_the_score_is_the_mean_to_one_decimal() -> None:
    assert answer(nov(22, 18), 5, 4, 6).score == 5.0
    assert answer(nov(22, 18), 7, 3, 3).score == 4.3
    assert answer(nov(22, 18), 0, 0, 1).score == 0.3
    assert answer(nov(22, 18), 10, 10, 10).score == 10.0


@pytest.mark.parametrize("bad", [-1, 11, 2.5, True, "5", None])
def test_each_answer_is_a_whole_number_from_0_to_10(bad: object) -> None:
    with pytest.raises(ValueError, match="0 to 10"):
        check_value("pain", bad)
    with pytest.raises(ValueError, match="0 to 10"):
        PegAnswer(nov(22, 18), 5, bad, 5)  # type: ignore[arg-type]


def test_an_answer_carries_its_offset() -> None:
    with pytest.raises(ValueError, match="offset"):
        PegAnswer(datetime(2026, 11, 22, 18), 1, 1, 1)


@given(st.integers(0, 10), st.integers(0, 10), st.integers(0, 10))
def test_the_score_lies_between_the_lowest_and_highest_answer(p: int, e: int, a: int) -> None:
    score = answer(nov(22, 18), p, e, a).score
    assert min(p, e, a) <= score <= max(p, e, a)
    assert abs(score - (p + e + a) / 3) <= 0.05


def test_switched_off_it_never_asks() -> None:
    assert ask(nov(22, 19), enabled=False) is None
    assert not is_due(False, SUNDAY, SIX_PM, nov(22, 19), asked=None, answered=None, zone=CET)


def test_it_asks_on_the_chosen_day_and_time() -> None:
    assert ask(nov(20, 9)) == nov(15, 18)  # last Sunday's: never asked, ask now
    assert ask(nov(20, 9), asked=nov(15, 18)) == nov(22, 18)
    assert ask(nov(22, 17, 59), asked=nov(15, 18)) == nov(22, 18)
    assert is_due(True, SUNDAY, SIX_PM, nov(22, 18), asked=nov(15, 18), answered=None, zone=CET)


def test_the_computer_off_at_that_time_asks_once_later_that_week() -> None:
    assert ask(nov(25, 8), asked=nov(15, 18)) == nov(22, 18)  # due: ask on Wednesday
    assert ask(nov(25, 8, 1), asked=nov(25, 8)) == nov(29, 18)  # asked: next Sunday
    # off for two weeks: asked once for the latest week only
    assert ask(nov(30, 8), asked=nov(15, 18)) == nov(29, 18)


def test_not_when_answered_in_the_last_six_days() -> None:
    assert ask(nov(21, 10), asked=nov(15, 18), answered=nov(18, 12)) == nov(29, 18)
    assert ask(nov(22, 19), asked=nov(15, 18), answered=nov(16, 12)) == nov(22, 18)
    assert ask(nov(23, 9), asked=nov(15, 18), answered=nov(22, 20)) == nov(29, 18)


def test_times_after_now_count_as_now() -> None:
    due = ask(nov(22, 19), asked=nov(28, 9), answered=datetime(2030, 1, 1, tzinfo=CET))
    assert due == nov(29, 18)


def test_the_chosen_time_stays_local_across_daylight_saving() -> None:
    # Sunday 2026-03-29 the clocks in Berlin go forward; 2026-10-25 back.
    march = datetime(2026, 3, 23, 9, tzinfo=BERLIN)
    due = next_peg(True, SUNDAY, SIX_PM, march, asked=datetime(2026, 3, 22, 18, tzinfo=BERLIN),
                   answered=None, zone=BERLIN)
    assert due == datetime(2026, 3, 29, 18, tzinfo=BERLIN)
    assert due is not None and due.utcoffset() == timedelta(hours=2)
    october = datetime(2026, 10, 19, 9, tzinfo=BERLIN)
    due = next_peg(True, SUNDAY, time(2, 30), october,
                   asked=datetime(2026, 10, 18, 2, 30, tzinfo=BERLIN), answered=None,
                   zone=BERLIN)
    assert due is not None and due.astimezone(BERLIN).replace(tzinfo=None) == datetime(
        2026, 10, 25, 2, 30)


@given(st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1),
                    timezones=st.just(BERLIN)),
       st.integers(0, 6), st.times(), st.booleans())
def test_once_asked_it_waits_for_next_week(now: datetime, weekday: int, at: time,
                                           was_due: bool) -> None:
    due = next_peg(True, weekday, at, now, asked=None, answered=None, zone=BERLIN)
    assert due is not None and due <= now
    assert now - due < timedelta(days=7, hours=2)
    after = next_peg(True, weekday, at, now, asked=now, answered=now if was_due else None,
                     zone=BERLIN)
    assert after is not None and after > now
    assert after.astimezone(BERLIN).weekday() == weekday
    # an answer just given waits for a moment at least six days on
    assert after - now <= timedelta(days=14 if was_due else 7, hours=2)


def test_weekly_means_and_the_summary_of_a_range() -> None:
    answers = [answer(nov(2, 18), 8, 7, 6), answer(nov(8, 18), 6, 6, 6),
               answer(nov(15, 18), 5, 5, 2), answer(nov(22, 18), 5, 4, 4),
               answer(nov(30, 18), 1, 1, 1)]
    assert weekly_means(answers, date(2026, 11, 1), date(2026, 11, 29)) == [
        (date(2026, 11, 2), 6.5), (date(2026, 11, 9), 4.0), (date(2026, 11, 16), 4.3)]
    assert weekly_means([answer(nov(3, 8), 2, 2, 2), answer(nov(5, 8), 3, 3, 4)],
                        date(2026, 11, 1), date(2026, 11, 30)) == [(date(2026, 11, 2), 2.7)]
    found = summary(answers, date(2026, 11, 3), date(2026, 11, 29))
    assert found is not None
    assert (found.first, found.last, found.count, found.mean) == (6.0, 4.3, 3, 4.8)
    assert summary(answers, date(2026, 12, 1), date(2026, 12, 31)) is None
    assert weekly_means([], date(2026, 11, 1), date(2026, 11, 30)) == []
