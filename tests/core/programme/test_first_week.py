"""The proposed first plan: examples and properties."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from backcare_desktop.core.programme.first_week import (
    BREATHING,
    GENTLE,
    STRENGTH,
    Answers,
    propose,
)

START = date(2026, 11, 23)


def test_no_answers_give_three_days_at_six() -> None:
    plan = propose(Answers(), START)
    assert sorted(plan.routine_days()) == [0, 2, 4]
    assert {s.routine_id for s in plan.first_week} == {GENTLE, BREATHING}
    assert {s.at for s in plan.slots} == {"18:00", "21:00"}
    assert plan.start == START
    assert plan.problems() == []


def test_high_pain_proposes_gentle_and_breathing_only() -> None:
    plan = propose(Answers(pain=8, activity="very"), START)
    assert {s.routine_id for s in plan.slots} <= {GENTLE, BREATHING}


def test_a_late_time_keeps_the_evening_within_the_day() -> None:
    plan = propose(Answers(at="22:30"), START)
    assert {s.at for s in plan.slots} == {"22:30", "23:30"}
    assert propose(Answers(at="23:30"), START).problems() == []


def test_bad_answers_are_named() -> None:
    assert len(Answers(pain=11, activity="lots", days=frozenset({7}), at="noon").problems()) == 4


def test_missing_routines_are_left_out() -> None:
    plan = propose(Answers(), START, known_routine_ids={GENTLE, STRENGTH})
    assert {s.routine_id for s in plan.slots} == {STRENGTH}


answers = st.builds(
    Answers,
    pain=st.none() | st.integers(0, 10),
    activity=st.none() | st.sampled_from(["little", "some", "very"]),
    days=st.frozensets(st.integers(0, 6)),
    at=st.none() | st.builds(lambda h, m: f"{h:02d}:{m:02d}", st.integers(0, 23),
                             st.integers(0, 59)),
)


@given(answers)
def test_every_proposal_is_a_valid_plan(a: Answers) -> None:
    assert propose(a, START).problems() == []


@given(answers)
def test_never_strength_on_two_days_in_a_row(a: Answers) -> None:
    strong = {s.weekday for s in propose(a, START).slots if s.routine_id == STRENGTH}
    assert not any((d + 1) % 7 in strong for d in strong)


@given(answers)
def test_at_least_three_days_when_three_suit(a: Answers) -> None:
    suit = len(a.days) or 7
    days = propose(a, START).routine_days()
    assert len(days) >= min(3, suit)
    assert days <= (a.days or set(range(7)))


@given(answers)
def test_strength_and_flexibility_mix_unless_pain_is_high(a: Answers) -> None:
    plan = propose(a, START)
    kinds = {s.routine_id for s in plan.slots}
    if a.pain is not None and a.pain >= 7:
        assert STRENGTH not in kinds
    elif len(plan.routine_days()) >= 2:
        assert STRENGTH in kinds
