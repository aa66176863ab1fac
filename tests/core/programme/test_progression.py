"""The progression rules: when more, when less, and never when it should not."""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare_desktop.core.programme.progression import (
    DECLINE_REST_DAYS,
    EASIER_ROUTINE,
    Direction,
    LastDecision,
    SessionFeel,
    less,
    more,
    suggest,
)
from backcare_desktop.core.routines.fields import exercise_fields
from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Pmr, Reps, Routine
from backcare_desktop.core.vocabulary import Feeling, SessionState, StopReason

START = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)


def routine(*exercises: Exercise, rid: str = "core-stability") -> Routine:
    return Routine(rid, "Core stability", "strength", "moderate", exercises)


BRIDGE = Exercise("Bridge", Reps(reps=10, sets=2))
PLANK = Exercise("Side plank", Hold(hold_s=20))
CORE = routine(BRIDGE, PLANK)


def sessions(*feelings: Feeling | None, before: int | None = 3, after: int | None = 3,
             state: SessionState = SessionState.FINISHED) -> list[SessionFeel]:
    return [SessionFeel(START + timedelta(days=2 * i), state, f, before, after)
            for i, f in enumerate(feelings)]


def now_after(feels: list[SessionFeel]) -> datetime:
    return feels[-1].started + timedelta(hours=1)


EASY3 = sessions(Feeling.TOO_EASY, Feeling.TOO_EASY, Feeling.TOO_EASY)


def test_three_easy_sessions_without_more_pain_suggest_two_more_reps() -> None:
    s = suggest(CORE, EASY3, flare=False, now=now_after(EASY3))
    assert s is not None and s.direction is Direction.HARDER
    assert s.exercise_name == "Bridge"
    assert s.current_words() == "10 reps: move 2 s, hold 1 s, return 2 s · twice"
    assert s.proposed_words() == "12 reps: move 2 s, hold 1 s, return 2 s · twice"
    assert "too easy" in s.reason
    assert s.apply(CORE).exercises == (Exercise("Bridge", Reps(reps=12, sets=2)), PLANK)


def test_the_exercises_take_turns() -> None:
    s = suggest(CORE, EASY3, flare=False, now=now_after(EASY3), turn=1)
    assert s is not None and s.exercise_name == "Side plank"
    assert s.proposed == Exercise("Side plank", Hold(hold_s=25))


@pytest.mark.parametrize("feels", [
    sessions(Feeling.TOO_EASY, Feeling.TOO_EASY),
    sessions(Feeling.TOO_EASY, Feeling.ABOUT_RIGHT, Feeling.TOO_EASY),
    sessions(Feeling.TOO_EASY, Feeling.TOO_EASY, None),
    sessions(Feeling.TOO_EASY, Feeling.TOO_EASY, Feeling.TOO_EASY, before=2, after=3),
    sessions(Feeling.TOO_EASY, Feeling.TOO_EASY, Feeling.TOO_EASY,
             state=SessionState.STOPPED),
], ids=["two", "not in a row", "last unanswered", "pain rose", "stopped early"])
def test_no_harder_suggestion_without_three_clean_easy_sessions(
        feels: list[SessionFeel]) -> None:
    assert suggest(CORE, feels, flare=False, now=now_after(feels)) is None


def test_two_of_three_too_hard_suggest_less() -> None:
    feels = sessions(Feeling.TOO_HARD, Feeling.ABOUT_RIGHT, Feeling.TOO_HARD)
    s = suggest(CORE, feels, flare=False, now=now_after(feels))
    assert s is not None and s.direction is Direction.EASIER
    assert s.proposed == Exercise("Bridge", Reps(reps=8, sets=2))
    assert "2 of your last 3 sessions felt too hard" in s.reason


def test_one_hard_session_is_not_a_pattern() -> None:
    feels = sessions(Feeling.ABOUT_RIGHT, Feeling.ABOUT_RIGHT, Feeling.TOO_HARD)
    assert suggest(CORE, feels, flare=False, now=now_after(feels)) is None


def test_pain_two_points_higher_after_suggests_less_at_once() -> None:
    feels = sessions(Feeling.ABOUT_RIGHT, before=3, after=5)
    s = suggest(CORE, feels, flare=False, now=now_after(feels))
    assert s is not None and s.direction is Direction.EASIER
    assert s.reason == ("Your pain after the last session was 5, 2 points higher than "
                        "before it (3).")


def test_a_session_stopped_because_it_hurt_eases_that_exercise() -> None:
    feels = [SessionFeel(START, SessionState.STOPPED, None, 3, None, StopReason.HURT,
                         "Side plank")]
    s = suggest(CORE, feels, flare=False, now=START + timedelta(hours=1))
    assert s is not None and s.exercise_name == "Side plank"
    assert s.proposed == Exercise("Side plank", Hold(hold_s=15))


def test_at_the_floor_the_gentle_routine_is_suggested() -> None:
    floor = routine(Exercise("Bridge", Reps(reps=5)), Exercise("Breath", Breathing(4, 4, cycles=5)))
    feels = sessions(Feeling.TOO_HARD, Feeling.TOO_HARD)
    s = suggest(floor, feels, flare=False, now=now_after(feels))
    assert s is not None and s.easier_routine == EASIER_ROUTINE and s.proposed is None
    assert s.apply(floor) == floor
    assert suggest(floor, feels, flare=False, now=now_after(feels),
                   easier_available=False) is None
    gentle = routine(Exercise("Bridge", Reps(reps=5)), rid=EASIER_ROUTINE)
    assert suggest(gentle, feels, flare=False, now=now_after(feels)) is None


def test_relaxation_and_breathing_are_not_made_harder() -> None:
    calm = routine(Exercise("Hands", Pmr(5, 45)), Exercise("Breath", Breathing(4, 4, cycles=5)))
    assert suggest(calm, EASY3, flare=False, now=now_after(EASY3)) is None


def test_nothing_during_a_flare_up() -> None:
    assert suggest(CORE, EASY3, flare=True, now=now_after(EASY3)) is None
    hurt = sessions(Feeling.TOO_HARD, before=2, after=6)
    assert suggest(CORE, hurt, flare=True, now=now_after(hurt)) is None


def test_after_not_now_nothing_for_a_week_and_only_new_sessions_count() -> None:
    declined = LastDecision(now_after(EASY3), accepted=False)
    later = declined.at + timedelta(days=DECLINE_REST_DAYS + 1)
    assert suggest(CORE, EASY3, flare=False, now=declined.at, last=declined) is None
    assert suggest(CORE, EASY3, flare=False, now=later, last=declined) is None
    fresh = [SessionFeel(declined.at + timedelta(days=i + 1), SessionState.FINISHED,
                         Feeling.TOO_EASY) for i in range(3)]
    assert suggest(CORE, EASY3 + fresh, flare=False, now=fresh[-1].started,
                   last=declined) is None  # still within the week
    assert suggest(CORE, EASY3 + fresh, flare=False, now=later, last=declined) is not None


def test_after_accepting_the_new_dose_is_judged_on_its_own_sessions() -> None:
    accepted = LastDecision(now_after(EASY3), accepted=True)
    assert suggest(CORE, EASY3, flare=False, now=accepted.at, last=accepted) is None


@pytest.mark.parametrize(("exercise", "harder", "easier"), [
    (Exercise("a", Reps(reps=14)), Reps(reps=15), Reps(reps=12)),
    (Exercise("a", Reps(reps=15, sets=3)), Reps(reps=15, sets=4), Reps(reps=13, sets=3)),
    (Exercise("a", Reps(reps=15, sets=4)), None, Reps(reps=13, sets=4)),
    (Exercise("a", Reps(reps=5, sets=2)), Reps(reps=7, sets=2), Reps(reps=5, sets=1)),
    (Exercise("a", Hold(hold_s=58)), Hold(hold_s=60), Hold(hold_s=53)),
    (Exercise("a", Hold(hold_s=90, sets=2)), Hold(hold_s=90, sets=3), Hold(hold_s=85, sets=2)),
    (Exercise("a", Hold(hold_s=10)), Hold(hold_s=15), None),
])
def test_one_step_each_way(exercise: Exercise, harder: Hold | Reps | None,
                           easier: Hold | Reps | None) -> None:
    up, down = more(exercise), less(exercise)
    assert (up.spec if up else None) == harder
    assert (down.spec if down else None) == easier


# -- properties ---------------------------------------------------------------------------

reps_specs = st.builds(Reps, reps=st.integers(1, 100), sets=st.integers(1, 20))
hold_specs = st.builds(Hold, hold_s=st.floats(1, 300, allow_nan=False), sets=st.integers(1, 20))
other_specs = st.one_of(st.builds(Pmr, st.floats(3, 15), st.floats(20, 90)),
                        st.builds(Breathing, st.floats(1, 15), st.floats(1, 20),
                                  cycles=st.integers(1, 200)))
exercises = st.builds(Exercise, name=st.sampled_from(["Bridge", "Plank", "Cat", "Breath"]),
                      spec=st.one_of(reps_specs, hold_specs, other_specs))
routines = st.builds(lambda ex, rid: routine(*ex, rid=rid),
                     st.lists(exercises, min_size=1, max_size=6),
                     st.sampled_from(["core-stability", EASIER_ROUTINE]))
feels = st.lists(st.builds(
    SessionFeel,
    started=st.integers(0, 60).map(lambda d: START + timedelta(days=d)),
    state=st.sampled_from(SessionState),
    feeling=st.one_of(st.none(), st.sampled_from(Feeling)),
    pain_before=st.one_of(st.none(), st.integers(0, 10)),
    pain_after=st.one_of(st.none(), st.integers(0, 10)),
    stop_reason=st.one_of(st.none(), st.sampled_from(StopReason)),
    hurt_exercise=st.sampled_from(["", "Bridge", "Cat"])), max_size=8)
decisions = st.one_of(st.none(), st.builds(
    LastDecision, st.integers(0, 60).map(lambda d: START + timedelta(days=d)), st.booleans()))


def within_limits(exercise: Exercise) -> bool:
    for field in exercise_fields(exercise.kind):
        value = getattr(exercise.spec, field.name, None)
        if value is None or field.low is None or field.high is None:
            continue
        if not field.low <= value <= field.high:
            return False
    return True


def changed_fields(a: Exercise, b: Exercise) -> list[str]:
    return [f.name for f in dataclass_fields(a.spec) if getattr(a.spec, f.name)
            != getattr(b.spec, f.name)]


@settings(max_examples=300)
@given(routines, feels, decisions, st.booleans(), st.integers(0, 20),
       st.integers(0, 90).map(lambda d: START + timedelta(days=d)))
def test_a_suggestion_is_one_change_within_the_limits(
        r: Routine, f: list[SessionFeel], last: LastDecision | None, flare: bool,
        turn: int, now: datetime) -> None:
    s = suggest(r, f, flare=flare, now=now, last=last, turn=turn)
    if s is None:
        return
    assert not flare
    if last is not None and not last.accepted:
        assert now - last.at >= timedelta(days=DECLINE_REST_DAYS)
    assert any(x.started > last.at for x in f) if last is not None else f
    if s.proposed is None:
        assert s.easier_routine == EASIER_ROUTINE and r.id != EASIER_ROUTINE
        return
    assert s.current is not None and s.exercise_index is not None
    assert r.exercises[s.exercise_index] == s.current
    assert within_limits(s.proposed)
    assert len(changed_fields(s.current, s.proposed)) == 1
    assert s.proposed.name == s.current.name
    changed = s.apply(r)
    assert sum(a != b for a, b in zip(changed.exercises, r.exercises, strict=True)) == 1


@given(routines, feels, decisions, st.integers(0, 20))
def test_never_during_a_flare(r: Routine, f: list[SessionFeel], last: LastDecision | None,
                              turn: int) -> None:
    assert suggest(r, f, flare=True, now=START + timedelta(days=30), last=last,
                   turn=turn) is None


@given(routines, feels, st.integers(0, 60), st.integers(0, DECLINE_REST_DAYS * 24 - 1))
def test_never_right_after_a_decline(r: Routine, f: list[SessionFeel], day: int,
                                     hours: int) -> None:
    declined = LastDecision(START + timedelta(days=day), accepted=False)
    assert suggest(r, f, flare=False, now=declined.at + timedelta(hours=hours),
                   last=declined) is None
