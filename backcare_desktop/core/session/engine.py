"""The session engine: walks a plan of phases on an injected monotonic clock.

Time is never counted in ticks. The engine keeps the session's start, the
total time paused, and the active time at which the current phase began; a
phase that runs its course ends at exactly ``start + duration`` in active
time, and the next begins there, so rounding can never accumulate. The Qt
adapter asks ``next_deadline()`` for the one moment worth waking up at and
calls ``poll()`` then; tests step a fake clock and call ``poll()`` by hand.
When the adapter learns late that the computer slept (or the app was stopped),
it pauses the session at the moment it last saw it running (``pause(at=...)``):
nothing after that moment happens and the time since does not count.

Every operation returns the events it caused, in order.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from backcare_desktop.core.routines.plan import COUNTED_REP_ESTIMATE_S, Phase, PhaseKind, Plan
from backcare_desktop.core.session.events import (
    TRANSITIONS,
    CountdownSecond,
    Event,
    ExerciseEnded,
    Finished,
    PhaseStarted,
    RepCounted,
    State,
    StateChanged,
)
from backcare_desktop.core.vocabulary import StepOutcome, StopReason

COUNTDOWN_SECONDS = (3, 2, 1)
# After a pause the session gives this long to get back into position before the
# step goes on from where it stopped.
GET_READY_AFTER_PAUSE_S = 3.0
WORK_KINDS = {PhaseKind.HOLD, PhaseKind.REP_MOVE, PhaseKind.REP_HOLD, PhaseKind.REP_RETURN,
              PhaseKind.COUNTED_SET, PhaseKind.TENSE, PhaseKind.RELAX, PhaseKind.INHALE,
              PhaseKind.HOLD_IN, PhaseKind.EXHALE, PhaseKind.HOLD_OUT}


class SessionError(RuntimeError):
    """An operation that the current state does not allow."""


@dataclass(frozen=True)
class SessionView:
    """Everything the session page shows, read at one moment."""

    state: State
    index: int
    phase: Phase
    next_phase: Phase | None
    phase_elapsed_s: float
    phase_remaining_s: float | None  # None while waiting for the person (counted reps)
    remaining_s: float  # whole session, counted reps estimated
    total_s: float
    active_s: float
    reps_counted: int
    getting_ready_s: float = 0.0  # seconds left of the get-ready after a pause


# The share of an exercise's work that must have run for it to count as done.
DONE_SHARE = 0.5


class _Progress:
    def __init__(self) -> None:
        self.seconds = 0.0
        self.sets: set[int] = set()
        self.reps = 0


class SessionEngine:
    def __init__(self, plan: Plan, monotonic: Callable[[], float]) -> None:
        if not plan.phases:
            raise SessionError("a session needs at least one phase")
        self.plan = plan
        self._phases = plan.phases
        self._now = monotonic
        self.state = State.READY
        self._start = 0.0
        self._paused_total = 0.0
        self._pause_began = 0.0
        self._ready_until = -math.inf  # monotonic end of the get-ready after a pause
        self._ready_active = 0.0  # active time during it
        self._end_active = 0.0
        self.index = 0
        self._phase_start = 0.0
        self._sent: set[int] = set()
        self._seen = 0.0  # the latest monotonic moment the session has acted on
        self._count = 0
        self._progress: dict[int, _Progress] = {}
        self._ended: set[int] = set()

    # -- time ---------------------------------------------------------------------

    def active_s(self) -> float:
        """Seconds the session has been running, pauses left out."""
        if self.state is State.READY:
            return 0.0
        if self.state in (State.FINISHED, State.STOPPED):
            return self._end_active
        return self._active_at(self._pause_began if self.state is State.PAUSED else self._now())

    def _active_at(self, moment: float) -> float:
        if moment < self._ready_until:
            return self._ready_active  # the get-ready after a pause: time stands still
        return moment - self._start - self._paused_total

    def _phase_end(self) -> float:
        duration = self._phases[self.index].duration_s
        return math.inf if duration is None else self._phase_start + duration

    def next_deadline(self) -> float | None:
        """The monotonic time of the next countdown second or phase end, if running."""
        if self.state is not State.RUNNING:
            return None
        duration = self._phases[self.index].duration_s
        if duration is None:
            return None
        end = self._phase_start + duration
        moments = [end - s for s in COUNTDOWN_SECONDS if self._counts_down(s)] + [end]
        due = min(moments)
        deadline = max(self._start + self._paused_total + due, self._ready_until)
        # Rounding must never leave the deadline a hair before its moment: a poll
        # then would find nothing, and the next deadline would be the same.
        while self._active_at(deadline) < due:
            deadline = math.nextafter(deadline, math.inf)
        return deadline

    def _counts_down(self, seconds_left: int) -> bool:
        duration = self._phases[self.index].duration_s
        return (duration is not None and duration > COUNTDOWN_SECONDS[0]
                and seconds_left not in self._sent)

    # -- operations ---------------------------------------------------------------

    def start(self) -> list[Event]:
        events = self._move(State.RUNNING)
        self._start = self._seen = self._now()
        events += self._enter(0, 0.0)
        return events

    def pause(self, reason: str | None = None, *, at: float | None = None) -> list[Event]:
        """Pause now, or from ``at``, an earlier monotonic moment: what would have
        happened after it does not, and the time since counts as paused. ``at`` is
        kept between the last moment the session acted on and now."""
        now = self._now()
        moment = now if at is None else min(max(at, self._seen), now)
        events = self._poll_at(moment)
        if self.state is not State.RUNNING:
            return events
        # Paused during a get-ready: the pause counts from its end, where active
        # time stood.
        self._pause_began = max(moment, self._ready_until)
        return events + self._move(State.PAUSED, reason)

    def resume(self, get_ready_s: float = 0.0) -> list[Event]:
        """Go on; with ``get_ready_s``, active time (the step, its countdown, its
        figure) stands still that long first, then goes on from where it paused."""
        if self.state is not State.PAUSED:
            raise SessionError(f"cannot resume a {self.state} session")
        now = self._now()
        ready = max(0.0, get_ready_s)
        self._ready_active = self._active_at(self._pause_began)
        self._paused_total += now - self._pause_began + ready
        self._ready_until = now + ready
        self._seen = max(self._seen, now)
        return self._move(State.RUNNING)

    def getting_ready_s(self) -> float:
        """Seconds left of the get-ready after a pause (0 when there is none)."""
        if self.state is not State.RUNNING:
            return 0.0
        return max(0.0, self._ready_until - self._now())

    def poll(self) -> list[Event]:
        """Report every countdown second and phase boundary passed by now."""
        return self._poll_at(self._now())

    def _poll_at(self, moment: float) -> list[Event]:
        """Report every countdown second and phase boundary passed by ``moment``."""
        if self.state is State.RUNNING:
            self._seen = max(self._seen, moment)
        events: list[Event] = []
        while self.state is State.RUNNING:
            now = self._active_at(moment)
            end = self._phase_end()
            for s in COUNTDOWN_SECONDS:
                if self._counts_down(s) and now >= end - s:
                    self._sent.add(s)
                    events.append(CountdownSecond(self.index, s))
            if now < end:
                break
            self._leave(end, done=True)
            events += self._enter(self.index + 1, end)
        return events

    def next_phase(self) -> list[Event]:
        self._require_live()
        events = self.poll()
        if self.state in (State.RUNNING, State.PAUSED):
            now = self.active_s()
            self._leave(now, done=True)
            events += self._enter(self.index + 1, now)
        return events

    def previous_phase(self) -> list[Event]:
        self._require_live()
        events = self.poll()
        if self.state in (State.RUNNING, State.PAUSED):
            now = self.active_s()
            target = max(self.index - 1, 0)
            self._leave(now, done=False)
            self._ended.discard(self._phases[target].exercise_index)
            events += self._enter(target, now)
        return events

    def skip_exercise(self) -> list[Event]:
        self._require_live()
        events = self.poll()
        if self.state not in (State.RUNNING, State.PAUSED):
            return events
        exercise = self._phases[self.index].exercise_index
        now = self.active_s()
        self._leave(now, done=False)
        events += self._end_exercise(exercise, StepOutcome.SKIPPED)
        target = next((i for i in range(self.index + 1, len(self._phases))
                       if self._phases[i].exercise_index != exercise), len(self._phases))
        return events + self._enter(target, now)

    def count_rep(self) -> list[Event]:
        """The person counted one rep of a set they pace themselves."""
        events = self.poll()
        phase = self._phases[self.index]
        if self.state is not State.RUNNING or phase.kind is not PhaseKind.COUNTED_SET:
            return events
        self._count += 1
        events.append(RepCounted(self.index, self._count, phase.reps))
        if self._count >= phase.reps:
            now = self.active_s()
            self._leave(now, done=True)
            events += self._enter(self.index + 1, now)
        return events

    def stop(self, reason: StopReason = StopReason.STOPPED) -> list[Event]:
        """End the session early; the current exercise ends as hurt (when that is the
        reason) or skipped."""
        self._require_live()
        events = self.poll()
        if self.state in (State.FINISHED, State.STOPPED):
            return events
        now = self.active_s()
        if self.state is not State.READY:
            self._leave(now, done=False)
            outcome = StepOutcome.HURT if reason == StopReason.HURT else StepOutcome.SKIPPED
            events += self._end_exercise(self._phases[self.index].exercise_index, outcome)
        self._end_active = now
        return events + self._move(State.STOPPED, reason)

    # -- reading ------------------------------------------------------------------

    def view(self) -> SessionView:
        phase = self._phases[self.index]
        active = self.active_s()
        elapsed = max(0.0, active - self._phase_start) if self.state is not State.READY else 0.0
        remaining_here = (None if phase.duration_s is None
                          else max(0.0, phase.duration_s - elapsed))
        later = sum(_estimate(p) for p in self._phases[self.index + 1:])
        if self.state is State.FINISHED:
            remaining = 0.0
        else:
            here = (remaining_here if remaining_here is not None
                    else max(0, phase.reps - self._count) * COUNTED_REP_ESTIMATE_S)
            remaining = here + later
        nxt = self._phases[self.index + 1] if self.index + 1 < len(self._phases) else None
        return SessionView(self.state, self.index, phase, nxt, elapsed, remaining_here,
                           remaining, self.plan.estimated_total_s, active, self._count,
                           self.getting_ready_s())

    def exercise_progress(self, exercise_index: int) -> tuple[int, int, float]:
        p = self._progress.get(exercise_index, _Progress())
        return len(p.sets), p.reps, p.seconds

    # -- inside -------------------------------------------------------------------

    def _require_live(self) -> None:
        if self.state in (State.FINISHED, State.STOPPED):
            raise SessionError(f"the session is already {self.state}")

    def _move(self, new: State, reason: str | None = None) -> list[Event]:
        if new not in TRANSITIONS[self.state]:
            raise SessionError(f"cannot go from {self.state} to {new}")
        old, self.state = self.state, new
        return [StateChanged(old, new, reason)]

    def _leave(self, end_active: float, *, done: bool) -> None:
        """Account for the current phase, which ends at ``end_active``."""
        phase = self._phases[self.index]
        progress = self._progress.setdefault(phase.exercise_index, _Progress())
        if phase.kind in WORK_KINDS:
            progress.seconds += max(0.0, end_active - self._phase_start)
        if done:
            if phase.kind is PhaseKind.COUNTED_SET:
                progress.reps += self._count
            elif phase.kind in (PhaseKind.REP_RETURN, PhaseKind.EXHALE):
                progress.reps += 1
            if phase.set_number and (phase.kind is PhaseKind.HOLD or phase.kind is
                                     PhaseKind.COUNTED_SET or (
                                         phase.kind is PhaseKind.REP_RETURN
                                         and phase.rep_number == phase.reps)):
                progress.sets.add(phase.set_number)
            if phase.kind is PhaseKind.RELAX:
                progress.sets.add(1)

    def _worked_enough(self, exercise: int) -> bool:
        """Whether an exercise left at its end counts as done: at least half of its
        timed work ran, or half of the reps the person counts were counted.
        Pressing → through it in a few seconds is skipping it, and says so."""
        phases = [p for p in self._phases if p.exercise_index == exercise]
        planned_s = math.fsum(p.duration_s for p in phases
                              if p.kind in WORK_KINDS and p.duration_s is not None)
        planned_reps = sum(p.reps for p in phases if p.kind is PhaseKind.COUNTED_SET)
        progress = self._progress.get(exercise, _Progress())
        if not planned_s and not planned_reps:
            return True
        return bool((planned_s and progress.seconds >= DONE_SHARE * planned_s)
                    or (planned_reps and progress.reps >= DONE_SHARE * planned_reps))

    def _end_exercise(self, exercise: int, outcome: StepOutcome) -> list[Event]:
        if exercise in self._ended:
            return []
        self._ended.add(exercise)
        sets, reps, seconds = self.exercise_progress(exercise)
        return [ExerciseEnded(exercise, outcome, sets, reps, seconds)]

    def _enter(self, index: int, start_active: float) -> list[Event]:
        events: list[Event] = []
        if self.state is not State.READY and 0 <= self.index < len(self._phases):
            old = self._phases[self.index]
            new = self._phases[index] if index < len(self._phases) else None
            work_over = (new is None or new.exercise_index != old.exercise_index
                         or new.kind is PhaseKind.REST_EXERCISE)
            if work_over and old.kind is not PhaseKind.REST_EXERCISE:
                outcome = (StepOutcome.COMPLETED if self._worked_enough(old.exercise_index)
                           else StepOutcome.SKIPPED)
                events += self._end_exercise(old.exercise_index, outcome)
        if index >= len(self._phases):
            self._end_active = start_active
            self.index = len(self._phases) - 1
            self._phase_start = start_active
            events += self._move(State.FINISHED)
            events.append(Finished(start_active))
            return events
        self.index = index
        self._phase_start = start_active
        self._sent = set()
        self._count = 0
        nxt = self._phases[index + 1] if index + 1 < len(self._phases) else None
        events.append(PhaseStarted(index, self._phases[index], nxt))
        return events


def _estimate(phase: Phase) -> float:
    return (phase.duration_s if phase.duration_s is not None
            else phase.reps * COUNTED_REP_ESTIMATE_S)
