"""A routine expanded into its timed plan of phases.

``expand`` is the one function that turns a routine into time: the picker's
total duration and the session timer both come from it, so they never
disagree. A phase with ``duration_s`` None waits for the person (reps they
count themselves); the plan estimates those at ``COUNTED_REP_ESTIMATE_S`` a rep
for display only.
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Pmr, Reps, Routine

COUNTED_REP_ESTIMATE_S = 3.0


class PhaseKind(enum.Enum):
    PREPARE = "prepare"
    HOLD = "hold"
    REP_MOVE = "rep_move"
    REP_HOLD = "rep_hold"
    REP_RETURN = "rep_return"
    COUNTED_SET = "counted_set"
    REST_SET = "rest_set"
    SWITCH_SIDE = "switch_side"
    TENSE = "tense"
    RELAX = "relax"
    INHALE = "inhale"
    HOLD_IN = "hold_in"
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"
    REST_EXERCISE = "rest_exercise"


@dataclass(frozen=True)
class Phase:
    kind: PhaseKind
    duration_s: float | None  # None: lasts until the person says the set is done
    exercise_index: int
    set_number: int = 0  # 1-based; 0 where sets do not apply
    sets: int = 0
    rep_number: int = 0
    reps: int = 0
    side: str | None = None  # "left" or "right" for per-side exercises
    cycle: int = 0
    cycles: int = 0


@dataclass(frozen=True)
class Plan:
    routine: Routine
    phases: tuple[Phase, ...]

    @property
    def timed_s(self) -> float:
        """Seconds of the phases the timer runs by itself."""
        return math.fsum(p.duration_s for p in self.phases if p.duration_s is not None)

    @property
    def counted_reps(self) -> int:
        return sum(p.reps for p in self.phases if p.duration_s is None)

    @property
    def estimated_total_s(self) -> float:
        """The total shown to people: timed phases plus an estimate for counted reps."""
        return self.timed_s + self.counted_reps * COUNTED_REP_ESTIMATE_S

    def exercise_seconds(self, index: int) -> float:
        """Estimated seconds of one exercise, its preparation and the rest after it."""
        return math.fsum(
            p.duration_s if p.duration_s is not None else p.reps * COUNTED_REP_ESTIMATE_S
            for p in self.phases
            if p.exercise_index == index
        )


def _sides(per_side: bool) -> tuple[str | None, ...]:
    return ("left", "right") if per_side else (None,)


def first_side(exercise: Exercise) -> str | None:
    """The side an exercise starts on ("left"), or None when it has no sides."""
    spec = exercise.spec
    return _sides(isinstance(spec, Hold | Reps) and spec.per_side)[0]


def breathing_cycles(spec: Breathing) -> int:
    if spec.cycles is not None:
        return spec.cycles
    cycle = spec.inhale_s + spec.hold_in_s + spec.exhale_s + spec.hold_out_s
    return max(1, math.ceil((spec.duration_s or 0) / cycle - 1e-9))


def _exercise_phases(ex: Exercise, i: int) -> list[Phase]:
    out: list[Phase] = []
    if ex.prepare_s > 0:
        out.append(Phase(PhaseKind.PREPARE, ex.prepare_s, i))
    spec = ex.spec
    if isinstance(spec, (Hold, Reps)):
        sides = _sides(spec.per_side)
        for set_no in range(1, spec.sets + 1):
            for side_no, side in enumerate(sides):
                if side_no > 0 and spec.switch_s > 0:
                    out.append(Phase(PhaseKind.SWITCH_SIDE, spec.switch_s, i, set_no,
                                     spec.sets, side=side))
                out.extend(_work(spec, i, set_no, side))
            if set_no < spec.sets and spec.rest_between_sets_s > 0:
                out.append(Phase(PhaseKind.REST_SET, spec.rest_between_sets_s, i, set_no,
                                 spec.sets))
    elif isinstance(spec, Pmr):
        out.append(Phase(PhaseKind.TENSE, spec.tense_s, i))
        out.append(Phase(PhaseKind.RELAX, spec.relax_s, i))
    else:
        cycles = breathing_cycles(spec)
        steps = ((PhaseKind.INHALE, spec.inhale_s), (PhaseKind.HOLD_IN, spec.hold_in_s),
                 (PhaseKind.EXHALE, spec.exhale_s), (PhaseKind.HOLD_OUT, spec.hold_out_s))
        for c in range(1, cycles + 1):
            out.extend(Phase(kind, seconds, i, cycle=c, cycles=cycles)
                       for kind, seconds in steps if seconds > 0)
    return out


def _work(spec: Hold | Reps, i: int, set_no: int, side: str | None) -> list[Phase]:
    if isinstance(spec, Hold):
        return [Phase(PhaseKind.HOLD, spec.hold_s, i, set_no, spec.sets, side=side)]
    if spec.pace == "counted":
        return [Phase(PhaseKind.COUNTED_SET, None, i, set_no, spec.sets, 0, spec.reps, side)]
    tempo = ((PhaseKind.REP_MOVE, spec.move_s), (PhaseKind.REP_HOLD, spec.hold_s),
             (PhaseKind.REP_RETURN, spec.return_s))
    return [
        Phase(kind, seconds, i, set_no, spec.sets, rep, spec.reps, side)
        for rep in range(1, spec.reps + 1)
        for kind, seconds in tempo
        if seconds > 0
    ]


def count_phases(routine: Routine) -> int:
    """How many phases ``expand`` would make, without making them (for limits)."""
    total = 0
    for ex in routine.exercises:
        spec = ex.spec
        total += 2  # preparation and rest, at most
        if isinstance(spec, Hold):
            total += spec.sets * (2 if spec.per_side else 1) * 2
        elif isinstance(spec, Reps):
            per_set = 1 if spec.pace == "counted" else spec.reps * 3
            total += spec.sets * (2 if spec.per_side else 1) * (per_set + 1)
        elif isinstance(spec, Pmr):
            total += 2
        else:
            total += breathing_cycles(spec) * 4
    return total


def expand(routine: Routine) -> Plan:
    phases: list[Phase] = []
    last = len(routine.exercises) - 1
    for i, ex in enumerate(routine.exercises):
        phases.extend(_exercise_phases(ex, i))
        if i < last and ex.rest_after_s > 0:
            phases.append(Phase(PhaseKind.REST_EXERCISE, ex.rest_after_s, i))
    return Plan(routine, tuple(phases))
