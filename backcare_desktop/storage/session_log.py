"""Writing a guided session to the database as it happens, and never losing it.

The session row is written when the session starts; each exercise's result is
committed the moment the engine reports it ended; the end state is committed
at the end. If the app is killed in between, every committed row stays, and
the next start marks the session interrupted.

When a write fails (the disk is full, the file became read-only…) nothing is
lost and nothing is skipped: the record waits in memory, in order, behind any
that wait already, and ``flush`` writes them all, oldest first, as soon as the
disk takes them (the session's next step, the caller's retry timer, the end
and the quit all flush). While anything waits, the whole session as known so
far is also kept in a file of the data folder made for it while there was room
(``storage.unsaved``), so even a crash after the failure loses nothing; the
next start merges it into the database.
"""

from __future__ import annotations

import itertools
import logging
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from backcare_desktop.core.progress.records_file import (
    PainRecord,
    Records,
    SessionRecord,
    StepRecord,
)
from backcare_desktop.core.routines.plan import Plan
from backcare_desktop.core.session.events import Event, ExerciseEnded, Finished, State, StateChanged
from backcare_desktop.core.vocabulary import Feeling, PainMoment, SessionState
from backcare_desktop.storage.errors import StorageWriteError, WriteProblem
from backcare_desktop.storage.repository import Repository
from backcare_desktop.storage.unsaved import keep, prepare

log = logging.getLogger(__name__)


@dataclass
class _Waiting:
    """One write the disk has not taken yet."""

    write: Callable[[], None]
    step: int | None = None  # the exercise's position, for a step's result


@dataclass(frozen=True)
class _End:
    state: SessionState
    at: datetime
    active_s: float
    stop_reason: str | None


class SessionLog:
    """Writes one session; holds in order whatever the disk refuses until it takes it.

    ``problem`` is the last refusal while anything waits (None when all is saved);
    ``kept_in`` the file that holds the session meanwhile (None while nothing
    waits, or if even that file could not be written).
    """

    def __init__(self, repo: Repository, plan: Plan, now: Callable[[], datetime]) -> None:
        self._repo = repo
        self._plan = plan
        self._now = now
        self.session_id: int | None = None
        self.problem: StorageWriteError | None = None
        self.kept_in: Path | None = None
        self._waiting: list[_Waiting] = []
        self._started: datetime | None = None
        self._steps: dict[int, StepRecord] = {}  # every step that ended, by position
        self._pain: list[PainRecord] = []
        self._end: _End | None = None
        self._feeling: Feeling | None = None
        self._changes = 0  # counts what was added, so the file is rewritten only on news
        self._kept_changes = -1
        self._serial = next(_SERIALS)  # the order the sessions began in
        _LIVE.add(self)

    # -- what the session says --------------------------------------------------------

    def begin(self, pain_before: int | None = None) -> int | None:
        """Write the session's start (and the pain before it); its id, or None while
        the start waits for the disk."""
        routine = self._plan.routine
        at = self._started = self._now()
        prepare(self._folder)  # room to keep the session, made while there is room

        def start() -> None:
            self.session_id = self._repo.start_session(
                routine.id, routine.title, self._plan.estimated_total_s, at)

        self._add(_Waiting(start))
        if pain_before is not None:
            self._add_pain(pain_before, at, PainMoment.BEFORE)
        self.flush()
        return self.session_id

    def record(self, events: Iterable[Event], active_s: Callable[[], float]) -> None:
        """Commit what the engine's events say has ended (or keep it until the disk
        takes it). Events that end nothing (a phase, a countdown second) write
        nothing, and do not try again what waits."""
        if self._started is None:
            return
        before = self._changes
        for event in events:
            if isinstance(event, ExerciseEnded):
                self._add_step(event)
            elif isinstance(event, Finished):
                self._add_end(_End(SessionState.FINISHED, self._now(), event.active_s, None))
            elif isinstance(event, StateChanged) and event.new is State.STOPPED:
                self._add_end(_End(SessionState.STOPPED, self._now(), active_s(),
                                   event.reason))
        if self._changes != before:
            self.flush()

    def pain(self, level: int, moment: PainMoment) -> None:
        if self._started is not None:
            self._add_pain(level, self._now(), moment)
            self.flush()

    def feeling(self, feeling: Feeling) -> None:
        if self._started is None:
            return
        self._feeling = feeling
        self._add(_Waiting(lambda: self._repo.set_session_feeling(self._id(), feeling)))
        self.flush()

    # -- what waits ---------------------------------------------------------------------

    @property
    def waiting(self) -> bool:
        """Something is not in the database yet."""
        return bool(self._waiting)

    def writes_to(self, repo: Repository) -> bool:
        return self._repo is repo

    @property
    def records_waiting(self) -> int:
        """Writes not done yet: steps, the start and end, pain, the feeling."""
        return len(self._waiting)

    @property
    def steps_waiting(self) -> int:
        """Exercises whose result is not in the database yet."""
        return len({w.step for w in self._waiting if w.step is not None})

    @property
    def steps_saved(self) -> int:
        """Exercises whose result is in the database."""
        return len(self._steps) - self.steps_waiting

    def flush(self) -> bool:
        """Write what waits, oldest first, stopping at the first write the disk
        refuses (that one and those behind it wait on); True when nothing waits."""
        while self._waiting:
            item = self._waiting[0]
            try:
                item.write()
            except StorageWriteError as exc:
                if self.problem is None:
                    log.warning("kept in memory until the disk takes it: %s", exc)
                self.problem = exc
                if self._kept_changes != self._changes:
                    self._keep_on_disk()
                return False
            self._waiting.pop(0)
        if self.problem is not None:
            log.info("everything kept in memory is saved now")
        self.problem = None
        self._forget_kept()
        return True

    # -- inside -------------------------------------------------------------------------

    @property
    def _folder(self) -> Path:
        return self._repo.path.parent

    def _id(self) -> int:
        assert self.session_id is not None, "the session's start is written first"
        return self.session_id

    def _add(self, item: _Waiting) -> None:
        self._waiting.append(item)
        self._changes += 1

    def _add_step(self, event: ExerciseEnded) -> None:
        exercise = self._plan.routine.exercises[event.exercise_index]
        at = self._now()
        step = StepRecord(event.exercise_index, exercise.name, event.outcome, event.sets_done,
                          event.reps_done, round(event.seconds_done, 3), at)
        self._steps[step.position] = step
        self._add(_Waiting(lambda: self._repo.record_step(
            self._id(), step.position, step.exercise, step.outcome, step.sets_done,
            step.reps_done, step.seconds_done, at), step=step.position))

    def _add_end(self, end: _End) -> None:
        self._end = end
        self._add(_Waiting(lambda: self._repo.finish_session(
            self._id(), end.state, end.at, end.active_s, stop_reason=end.stop_reason)))

    def _add_pain(self, level: int, at: datetime, moment: PainMoment) -> None:
        self._pain.append(PainRecord(at, level, None, "", moment, 1))

        def write() -> None:
            self._repo.add_pain(level, at, session_id=self._id(), moment=moment)

        self._add(_Waiting(write))

    def _kept_form(self, key: int) -> tuple[SessionRecord, list[PainRecord]]:
        """The whole session as known now, in the records-file format, as session
        ``key``, with its pain entries."""
        assert self._started is not None
        routine = self._plan.routine
        end = self._end
        session = SessionRecord(
            key, routine.id, routine.title, self._started, None if end is None else end.at,
            SessionState.RUNNING if end is None else end.state,
            None if end is None else end.stop_reason, self._plan.estimated_total_s,
            None if end is None else end.active_s, self._feeling,
            tuple(self._steps[position] for position in sorted(self._steps)))
        return session, [replace(p, session_key=key) for p in self._pain]

    def _keep_on_disk(self) -> None:
        _keep_waiting(self._folder, self._now())

    def _forget_kept(self) -> None:
        if self.kept_in is not None:
            self.kept_in = None
            _keep_waiting(self._folder, self._now())  # the others that still wait
        self._kept_changes = -1


def _keep_waiting(folder: Path, now: datetime) -> None:
    """Keep every session of ``folder`` that has records waiting, in one write."""
    logs = sorted((entry for entry in list(_LIVE)
                   if entry._folder == folder and entry.waiting and entry._started),
                  key=lambda entry: entry._serial)
    sessions: list[SessionRecord] = []
    pain: list[PainRecord] = []
    for key, entry in enumerate(logs, 1):
        session, its_pain = entry._kept_form(key)
        sessions.append(session)
        pain.extend(its_pain)
    try:
        path: Path | None = keep(folder, Records(tuple(sessions), tuple(pain)), now)
    except OSError as exc:
        if any(entry.kept_in is not None or entry._kept_changes < 0 for entry in logs):
            log.error("could not keep the unsaved session(s) in %s either: %s", folder, exc)
        path = None
    for entry in logs:
        if path is not None and entry.kept_in is None:
            log.warning("the unsaved session is kept in %s until it can be saved", path)
        entry.kept_in = path
        entry._kept_changes = entry._changes  # tried; the next news tries again


_LIVE: weakref.WeakSet[SessionLog] = weakref.WeakSet()
_SERIALS = itertools.count()


@dataclass(frozen=True)
class Unsaved:
    """What this run could not write to the database (at quit)."""

    steps: int  # exercises whose result is not in the database
    records: int  # every write still waiting, steps included
    kept_in: tuple[Path, ...]  # the files that hold them for the next start
    lost: int  # records held only in memory: their file could not be written either
    problem: WriteProblem | None  # why the database refused the last one


def unsaved_now(repo: Repository) -> Unsaved:
    """What the session logs writing to ``repo`` still hold unwritten, after one
    more try (for the quit, before ``repo`` closes)."""
    logs = sorted((entry for entry in list(_LIVE)
                   if entry.writes_to(repo) and entry.waiting and not entry.flush()),
                  key=lambda entry: entry._serial)
    problem = next((entry.problem.problem for entry in logs if entry.problem), None)
    return Unsaved(
        steps=sum(entry.steps_waiting for entry in logs),
        records=sum(entry.records_waiting for entry in logs),
        kept_in=tuple(sorted({entry.kept_in for entry in logs if entry.kept_in is not None})),
        lost=sum(entry.records_waiting for entry in logs if entry.kept_in is None),
        problem=problem)
