"""What the session engine reports. Plain frozen records, no Qt."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from backcare_desktop.core.routines.plan import Phase
from backcare_desktop.core.vocabulary import StepOutcome


class State(enum.Enum):
    """Where the engine is. Never stored: a session record's state is the vocabulary's
    ``SessionState``, which ``storage.session_log`` writes."""

    READY = enum.auto()
    RUNNING = enum.auto()
    PAUSED = enum.auto()
    FINISHED = enum.auto()
    STOPPED = enum.auto()

    def __str__(self) -> str:
        return self.name.lower()


# The transitions the engine allows; anything else is refused.
TRANSITIONS: dict[State, frozenset[State]] = {
    State.READY: frozenset({State.RUNNING, State.STOPPED}),
    State.RUNNING: frozenset({State.PAUSED, State.FINISHED, State.STOPPED}),
    State.PAUSED: frozenset({State.RUNNING, State.FINISHED, State.STOPPED}),
    State.FINISHED: frozenset(),
    State.STOPPED: frozenset(),
}


@dataclass(frozen=True)
class StateChanged:
    """``reason``: a ``StopReason`` when the session stopped; a sentence to show when it
    paused for something outside the app; else None."""

    old: State
    new: State
    reason: str | None = None


@dataclass(frozen=True)
class PhaseStarted:
    index: int
    phase: Phase
    next_phase: Phase | None


@dataclass(frozen=True)
class CountdownSecond:
    """One of the last three seconds of a timed phase: 3, 2, then 1 second left."""

    index: int
    seconds_left: int


@dataclass(frozen=True)
class RepCounted:
    index: int
    count: int
    target: int


@dataclass(frozen=True)
class ExerciseEnded:
    """An exercise's work ended: completed (ran or was moved past), skipped, or hurt
    (the session was stopped during it because it hurt)."""

    exercise_index: int
    outcome: StepOutcome
    sets_done: int
    reps_done: int
    seconds_done: float


@dataclass(frozen=True)
class Finished:
    active_s: float


Event = StateChanged | PhaseStarted | CountdownSecond | RepCounted | ExerciseEnded | Finished
