"""Writing a guided session to the database as it happens.

The session row is written when the session starts; each exercise's result is
committed the moment the engine reports it ended; the end state is committed
at the end. If the app is killed in between, every committed row stays, and
the next start marks the session interrupted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from backcare_desktop.core.routines.plan import Plan
from backcare_desktop.core.session.events import Event, ExerciseEnded, Finished, State, StateChanged
from backcare_desktop.core.vocabulary import Feeling, PainMoment, SessionState
from backcare_desktop.storage.repository import Repository


class SessionLog:
    def __init__(self, repo: Repository, plan: Plan, now: Callable[[], datetime]) -> None:
        self._repo = repo
        self._plan = plan
        self._now = now
        self.session_id: int | None = None

    def begin(self, pain_before: int | None = None) -> int:
        routine = self._plan.routine
        at = self._now()
        self.session_id = self._repo.start_session(
            routine.id, routine.title, self._plan.estimated_total_s, at)
        if pain_before is not None:
            self._repo.add_pain(pain_before, at, session_id=self.session_id,
                               moment=PainMoment.BEFORE)
        return self.session_id

    def record(self, events: Iterable[Event], active_s: Callable[[], float]) -> None:
        """Commit what the engine's events say has ended."""
        if self.session_id is None:
            return
        for event in events:
            if isinstance(event, ExerciseEnded):
                exercise = self._plan.routine.exercises[event.exercise_index]
                self._repo.record_step(
                    self.session_id, event.exercise_index, exercise.name, event.outcome,
                    event.sets_done, event.reps_done, event.seconds_done, self._now())
            elif isinstance(event, Finished):
                self._repo.finish_session(self.session_id, SessionState.FINISHED, self._now(),
                                          event.active_s)
            elif isinstance(event, StateChanged) and event.new is State.STOPPED:
                self._repo.finish_session(self.session_id, SessionState.STOPPED, self._now(),
                                          active_s(), stop_reason=event.reason)

    def pain(self, level: int, moment: PainMoment) -> None:
        if self.session_id is not None:
            self._repo.add_pain(level, self._now(), session_id=self.session_id, moment=moment)

    def feeling(self, feeling: Feeling) -> None:
        if self.session_id is not None:
            self._repo.set_session_feeling(self.session_id, feeling)
