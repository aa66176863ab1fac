"""Progression: when to suggest a little more, or a little less, of a routine.

These are the rules, all of them. They read how the recent sessions of one
routine felt (``Feeling``), the pain logged before and after each
(``PainMoment.BEFORE``/``AFTER``) and how each ended, and return at most one
``Suggestion``; the person accepts it or not.

Which sessions count
    Only the sessions of the routine that began after the last decision about
    it (accepted or declined): after a change, the new dose is judged on its
    own sessions; after "Not now", the old dose starts again from zero. Sessions
    that ended before their end (stopped, interrupted) count as not too easy.

Nothing is suggested
    - during a flare-up (``flare=True``);
    - for ``DECLINE_REST_DAYS`` days after the person declined a suggestion for
      the routine (and then only on sessions after the decline, as above).

Harder (one change)
    The last ``EASY_RUN`` (3) counted sessions in a row were all finished and
    felt "too easy", and in none of them was the pain after higher than the pain
    before. Then ONE exercise gets ONE change, the exercises taking turns in the
    routine's order (``turn`` counts the changes already made):

    - reps: two more reps, up to ``REPS_CEILING`` (15) a set; past that, one
      more set, up to ``SETS_CEILING`` (4);
    - hold: ``HOLD_STEP_S`` (5) seconds more, up to ``HOLD_CEILING_S`` (60);
      past that, one more set, up to ``SETS_CEILING``;
    - relaxation (pmr) and breathing exercises are not made harder.

    An exercise at its ceiling is passed over for the next one; when every
    exercise is at its ceiling nothing is suggested.

Easier (one change, or an easier routine)
    Any of: the last counted session was stopped because it hurt; the pain
    after the last counted session was ``PAIN_RISE`` (2) or more points higher
    than before it; two of the last three counted sessions felt "too hard" (one
    hard day is not a pattern; two are). Then ONE exercise gets ONE change: the
    exercise that hurt if there was one, otherwise the exercises take turns as
    above:

    - reps: two fewer reps, not below ``REPS_FLOOR`` (5); at the floor, one
      fewer set;
    - hold: ``HOLD_STEP_S`` seconds less, not below ``HOLD_FLOOR_S`` (10); at
      the floor, one fewer set.

    When no exercise can be eased, the suggestion is an easier routine
    (``EASIER_ROUTINE``, Gentle start) instead, unless this is that routine.

Every proposed dose stays inside the routine format's limits
(``core.routines.fields``), and the ceilings and floors above lie inside them.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from backcare_desktop.core.routines.describe import dose_in_words
from backcare_desktop.core.routines.model import Exercise, Hold, Reps, Routine
from backcare_desktop.core.vocabulary import Feeling, SessionState, StopReason
from backcare_desktop.core.words import Translate, as_written

EASY_RUN = 3
"""Sessions in a row that felt too easy before more is suggested."""
HARD_OF_LAST = (2, 3)
"""Two of the last three sessions felt too hard: suggest less."""
PAIN_RISE = 2
"""Pain after a session this many points above the pain before it: suggest less."""
DECLINE_REST_DAYS = 7
"""Days after "Not now" before the routine is looked at again."""

REPS_STEP = 2
REPS_CEILING = 15  # "about ten a set": past 15, another set instead
REPS_FLOOR = 5
SETS_CEILING = 4
HOLD_STEP_S = 5.0
HOLD_CEILING_S = 60.0
HOLD_FLOOR_S = 10.0

EASIER_ROUTINE = "gentle-start"


class Direction(enum.StrEnum):
    HARDER = "harder"
    EASIER = "easier"


@dataclass(frozen=True)
class SessionFeel:
    """What one recorded session of the routine says about its dose."""

    started: datetime
    state: SessionState
    feeling: Feeling | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    stop_reason: str | None = None
    hurt_exercise: str = ""  # the exercise during which it was stopped because it hurt

    @property
    def pain_rise(self) -> int | None:
        if self.pain_before is None or self.pain_after is None:
            return None
        return self.pain_after - self.pain_before

    @property
    def hurt(self) -> bool:
        return self.stop_reason == StopReason.HURT


@dataclass(frozen=True)
class LastDecision:
    at: datetime
    accepted: bool


@dataclass(frozen=True)
class Suggestion:
    """One change to one exercise of a routine (or, for ``easier_routine``, another
    routine), the dose now and the dose proposed, and why."""

    routine_id: str
    routine_title: str
    direction: Direction
    reason: str
    exercise_index: int | None = None  # None when an easier routine is suggested
    current: Exercise | None = None
    proposed: Exercise | None = None
    easier_routine: str | None = None

    @property
    def exercise_name(self) -> str:
        return "" if self.current is None else self.current.name

    def current_words(self, tr: Translate = as_written) -> str:
        return "" if self.current is None else dose_in_words(self.current, tr)

    def proposed_words(self, tr: Translate = as_written) -> str:
        return "" if self.proposed is None else dose_in_words(self.proposed, tr)

    def apply(self, routine: Routine) -> Routine:
        """``routine`` with the proposed dose in place of the current one."""
        if self.exercise_index is None or self.proposed is None:
            return routine
        exercises = list(routine.exercises)
        exercises[self.exercise_index] = self.proposed
        return replace(routine, exercises=tuple(exercises))


def counted_sessions(sessions: Sequence[SessionFeel],
                     last: LastDecision | None) -> list[SessionFeel]:
    """The sessions that count: those begun after the last decision, oldest first."""
    ordered = sorted(sessions, key=lambda s: s.started)
    if last is None:
        return ordered
    return [s for s in ordered if s.started > last.at]


def suggest(routine: Routine, sessions: Sequence[SessionFeel], *, flare: bool,
            now: datetime, last: LastDecision | None = None, turn: int = 0,
            easier_available: bool = True, tr: Translate = as_written) -> Suggestion | None:
    """The one suggestion the rules above make for ``routine``, or None.

    ``sessions`` are the routine's recorded sessions (any order); ``last`` the
    last decision about it; ``turn`` how many changes were accepted for it so far
    (the exercises take turns); ``easier_available``: the easier routine exists;
    ``tr`` writes the reason in the shown language (see ``core.words``).
    """
    if flare:
        return None
    if last is not None and not last.accepted and now - last.at < timedelta(
            days=DECLINE_REST_DAYS):
        return None
    counted = counted_sessions(sessions, last)
    if not counted:
        return None
    reason = _easier_reason(counted, tr)
    if reason is not None:
        return _easier(routine, counted[-1], reason, turn, easier_available, tr)
    if _consistently_easy(counted):
        return _harder(routine, turn, tr)
    return None


# -- the rules ------------------------------------------------------------------------


def _consistently_easy(counted: Sequence[SessionFeel]) -> bool:
    run = counted[-EASY_RUN:]
    return len(run) == EASY_RUN and all(
        s.state is SessionState.FINISHED and s.feeling is Feeling.TOO_EASY
        and (s.pain_rise is None or s.pain_rise <= 0) for s in run)


def _easier_reason(counted: Sequence[SessionFeel], tr: Translate) -> str | None:
    latest = counted[-1]
    if latest.hurt:
        return tr("You stopped the last session because it hurt.")
    rise = latest.pain_rise
    if rise is not None and rise >= PAIN_RISE:
        return tr("Your pain after the last session was {after}, %n point(s) higher than "
                  "before it ({before}).", "", rise).format(
                      after=latest.pain_after, before=latest.pain_before)
    hard, of = HARD_OF_LAST
    recent = counted[-of:]
    if sum(s.feeling is Feeling.TOO_HARD for s in recent) >= hard:
        return tr("{hard} of your last %n sessions felt too hard.", "", len(recent)).format(
            hard=hard)
    return None


def _harder(routine: Routine, turn: int, tr: Translate) -> Suggestion | None:
    for index in _in_turn(routine, turn):
        proposed = more(routine.exercises[index])
        if proposed is not None:
            return Suggestion(
                routine.id, routine.title, Direction.HARDER,
                tr("Your last %n sessions felt too easy and your pain did not rise.", "",
                   EASY_RUN),
                index, routine.exercises[index], proposed)
    return None


def _easier(routine: Routine, latest: SessionFeel, reason: str, turn: int,
            easier_available: bool, tr: Translate) -> Suggestion | None:
    names = [e.name for e in routine.exercises]
    order = list(_in_turn(routine, turn))
    if latest.hurt_exercise in names:
        first = names.index(latest.hurt_exercise)
        order = [first, *(i for i in order if i != first)]
    for index in order:
        proposed = less(routine.exercises[index])
        if proposed is not None:
            return Suggestion(routine.id, routine.title, Direction.EASIER, reason,
                              index, routine.exercises[index], proposed)
    if easier_available and routine.id != EASIER_ROUTINE:
        return Suggestion(routine.id, routine.title, Direction.EASIER,
                          tr("{reason} Every exercise is already at its gentlest.").format(
                              reason=reason),
                          easier_routine=EASIER_ROUTINE)
    return None


def _in_turn(routine: Routine, turn: int) -> list[int]:
    """The exercises' positions, starting at the one whose turn it is."""
    count = len(routine.exercises)
    start = turn % count if count else 0
    return [(start + k) % count for k in range(count)]


# -- one change to one exercise ---------------------------------------------------------


def more(exercise: Exercise) -> Exercise | None:
    """The exercise with one change that makes it a little harder, or None."""
    s = exercise.spec
    if isinstance(s, Reps):
        if s.reps < REPS_CEILING:
            return replace(exercise, spec=replace(s, reps=min(s.reps + REPS_STEP,
                                                              REPS_CEILING)))
        if s.sets < SETS_CEILING:
            return replace(exercise, spec=replace(s, sets=s.sets + 1))
        return None
    if isinstance(s, Hold):
        if s.hold_s < HOLD_CEILING_S:
            return replace(exercise, spec=replace(s, hold_s=min(s.hold_s + HOLD_STEP_S,
                                                                HOLD_CEILING_S)))
        if s.sets < SETS_CEILING:
            return replace(exercise, spec=replace(s, sets=s.sets + 1))
        return None
    return None


def less(exercise: Exercise) -> Exercise | None:
    """The exercise with one change that makes it a little easier, or None."""
    s = exercise.spec
    if isinstance(s, Reps):
        if s.reps > REPS_FLOOR:
            return replace(exercise, spec=replace(s, reps=max(s.reps - REPS_STEP,
                                                              REPS_FLOOR)))
        if s.sets > 1:
            return replace(exercise, spec=replace(s, sets=s.sets - 1))
        return None
    if isinstance(s, Hold):
        if s.hold_s > HOLD_FLOOR_S:
            return replace(exercise, spec=replace(s, hold_s=max(s.hold_s - HOLD_STEP_S,
                                                                HOLD_FLOOR_S)))
        if s.sets > 1:
            return replace(exercise, spec=replace(s, sets=s.sets - 1))
        return None
    return None
