"""The guided session itself: plan, engine, runner, cues, records and questions.

``SessionController`` runs one session at a time on the injected ``Clock``
(the engine and the runner read ``clock.monotonic``; the runner notices a gap
in the event loop, a sleep, on it and ``clock.boottime``; the records are
stamped with ``clock.now``). It
asks the person through ``ui/session/dialogs.py`` (and the shell's confirm and
info), plays the cues, writes the session as it happens (at each boundary the
tone is started first and the step committed right after it, in the same turn
of the event loop), and keeps the app's ``SessionStatus`` up to date. It draws
nothing: the session page reads ``display()`` when told the view changed, and
forwards keys and buttons here.

A step the disk refuses (it is full, the file became read-only…) never stops
the session and never opens a dialog: the ``SessionLog`` keeps it, in order,
and this controller has it written on the next step, on a retry timer that
backs off on the injected clock (``RETRY_FIRST_S`` doubling up to
``RETRY_MAX_S``), at the end and at the quit, while the page shows one calm
notice (``save_notice()``). The summary counts the steps saved and those still
waiting. A session whose records still wait when another begins is kept
until they are written too.

Signals:
    started(): a session started (after the question before it); the page
        shows it.
    view_changed(): what a session shows changed (a phase began, it paused or
        resumed, a rep was counted, it ended); read ``display()`` again.
    ended(): the session ended, the questions after it were answered and
        everything about it was saved (or kept until the disk takes it).
    saving_changed(): records started or stopped waiting for the disk; read
        ``save_notice()`` again.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from backcare_desktop.core.routines.model import Exercise, Routine
from backcare_desktop.core.routines.plan import Phase, expand
from backcare_desktop.core.session.cues import cues_for
from backcare_desktop.core.session.engine import SessionEngine
from backcare_desktop.core.session.events import (
    Event,
    ExerciseEnded,
    State,
    StateChanged,
)
from backcare_desktop.core.vocabulary import PainMoment, StepOutcome, StopReason
from backcare_desktop.storage.errors import WriteProblem
from backcare_desktop.storage.session_log import SessionLog
from backcare_desktop.ui.session import dialogs as session_dialogs
from backcare_desktop.ui.session.pain_and_summary import SessionSummary
from backcare_desktop.ui.session.runner import SessionRunner
from backcare_desktop.ui.shell import dialogs, i18n

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from backcare_desktop.core.clock import Clock
    from backcare_desktop.storage.repository import Repository
    from backcare_desktop.ui.session.cue_player import CueOutput
    from backcare_desktop.ui.shell.context import SessionStatus

# How the engine and the records name outcomes, stop reasons and pain moments.

LIVE = (State.READY, State.RUNNING, State.PAUSED)

# Writing again what the disk refused: first after 5 s, then twice as long each
# time, never more than a minute apart (and on every step, the end and the quit).
RETRY_FIRST_S = 5.0
RETRY_MAX_S = 60.0


@dataclass(frozen=True)
class SessionDisplay:
    """What a session shows, read at one moment."""

    state: State
    exercise: Exercise
    phase: Phase
    next_exercise: Exercise | None
    next_phase: Phase | None
    phase_elapsed_s: float
    phase_remaining_s: float | None  # None while waiting for the person (counted reps)
    remaining_s: float  # whole session, counted reps estimated
    total_s: float
    reps_counted: int
    paused_because: str  # why the last pause came ("" when the person paused)
    getting_ready_s: float = 0.0  # seconds left of the get-ready after a pause


class SessionController(QObject):
    started = Signal()
    view_changed = Signal()
    ended = Signal()
    saving_changed = Signal()
    slept = Signal()  # the session noticed the computer slept (see SessionRunner)
    recorded = Signal(int)  # a session ended and its questions were answered: its id

    def __init__(self, *, repo: Repository, clock: Clock, status: SessionStatus,
                 make_cues: Callable[[], CueOutput], dialog_parent: QWidget | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._clock = clock
        self._status = status
        self._make_cues = make_cues
        self._dialog_parent = dialog_parent
        self.runner: SessionRunner | None = None
        self.log: SessionLog | None = None
        self.cues: CueOutput | None = None
        self._outcomes: dict[int, StepOutcome] = {}  # exercise index -> how it ended
        self._hurt_exercise = ""
        self._paused_because = ""
        self._quiet = False
        self._earlier: list[SessionLog] = []  # ended sessions whose records still wait
        self._notice = ""
        self._retry_after_s = RETRY_FIRST_S
        self._retry_due: float | None = None  # on clock.monotonic
        self._retry = QTimer(self)
        self._retry.setObjectName("session-save-retry")
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._retry_now)

    # -- reading ------------------------------------------------------------------

    @property
    def state(self) -> State | None:
        """The session's state; None before the first session."""
        return None if self.runner is None else self.runner.engine.state

    @property
    def active(self) -> bool:
        return self.state in LIVE

    def display(self) -> SessionDisplay | None:
        """What the last session shows now; None before the first session."""
        if self.runner is None:
            return None
        engine = self.runner.engine
        view = engine.view()
        exercises = engine.plan.routine.exercises
        nxt = view.next_phase
        return SessionDisplay(
            view.state, exercises[view.phase.exercise_index], view.phase,
            None if nxt is None else exercises[nxt.exercise_index], nxt,
            view.phase_elapsed_s, view.phase_remaining_s, view.remaining_s, view.total_s,
            view.reps_counted, self._paused_because, view.getting_ready_s)

    def save_notice(self) -> str:
        """The calm notice while records wait for the disk; "" when all is saved."""
        return self._notice

    # -- starting -----------------------------------------------------------------

    def begin(self, routine: Routine) -> bool:
        """Ask how the back is, then start ``routine``; False if a session runs already."""
        if self.active:
            dialogs.show_info(
                self._dialog_parent,
                QCoreApplication.translate("SessionController", "A session is running"),
                QCoreApplication.translate(
                    "SessionController", "Stop the current session before starting another."))
            return False
        self._close()
        self.cues = self._make_cues()  # with the sound settings as they are now
        pain = session_dialogs.ask_pain(
            self._dialog_parent,
            QCoreApplication.translate("SessionController", "Before you start"),
            QCoreApplication.translate(
                "SessionController",
                "How is your back right now? (0 is no pain, 10 the worst imaginable.) You can "
                "skip this.\n\nHave a drink of water before you begin, and keep it within "
                "reach for the rests."), can_skip=True)
        if pain is not None:  # another feature may offer a gentler routine for the day
            routine = self._status.pain_given_before(pain, routine)
        plan = expand(routine)
        self.log = SessionLog(self._repo, plan, self._clock.now)
        self._flush_earlier()
        self.log.begin(pain)
        self._saving_state()
        engine = SessionEngine(plan, self._clock.monotonic)
        self.runner = SessionRunner(engine, self._clock, parent=self)
        self.runner.events_happened.connect(self._on_events)
        self.runner.slept.connect(self.slept)
        self.runner.start()
        self.started.emit()
        self._status.set_active(True)
        return True

    # -- the person's keys and buttons ----------------------------------------------

    def toggle_pause(self) -> None:
        if self.active and self.runner is not None:
            self.runner.toggle_pause()

    def next_phase(self) -> None:
        if self.active and self.runner is not None:
            self.runner.next_phase()

    def previous_phase(self) -> None:
        if self.active and self.runner is not None:
            self.runner.previous_phase()

    def skip_exercise(self) -> None:
        if self.active and self.runner is not None:
            self.runner.skip_exercise()

    def count_rep(self) -> None:
        if self.active and self.runner is not None:
            self.runner.count_rep()

    def ask_stop(self) -> None:
        """Pause, ask whether to stop, and stop or go on."""
        if not self.active or self.runner is None:
            return
        was_running = self.runner.engine.state is State.RUNNING
        if was_running:
            self.runner.pause()
        if dialogs.confirm(
                self._dialog_parent,
                QCoreApplication.translate("SessionController", "Stop the session?"),
                QCoreApplication.translate(
                    "SessionController", "Stop this session? What you have done so far is saved."),
                QCoreApplication.translate("SessionController", "Stop")):
            self.runner.stop(StopReason.STOPPED)
        elif was_running:
            self.runner.resume()

    def this_hurts(self) -> None:
        """Stop at once, ask how bad the pain is, and give the safety advice."""
        if not self.active or self.runner is None:
            return
        engine = self.runner.engine
        self._hurt_exercise = engine.plan.routine.exercises[
            engine.view().phase.exercise_index].name
        self.runner.stop(StopReason.HURT)

    def change_sound_settings(self) -> None:
        """Edit the sound and voice settings; a running session uses them at once."""
        if session_dialogs.show_sound_settings(self._dialog_parent, self._repo):
            self.sound_settings_changed()

    def sound_settings_changed(self) -> None:
        """The sound and voice settings were saved: a running session uses them at once."""
        if self.active:
            if self.cues is not None:
                self.cues.stop()
            self.cues = self._make_cues()

    # -- from outside ---------------------------------------------------------------

    def pause_for(self, reason: str) -> None:
        """Pause a running session because of something outside the app; ``reason``
        is shown."""
        if self.runner is not None and self.runner.engine.state is State.RUNNING:
            self.runner.pause(reason)

    def check_for_sleep(self) -> bool:
        """The display is about to read the clock: if the event loop did not run for
        a while (the computer slept), pause from when it stopped and say why (True
        then)."""
        return self.runner is not None and self.runner.check_for_sleep()

    def abandon(self, reason: StopReason = StopReason.APP_CLOSED) -> None:
        """Stop without questions (the app is closing); what was done stays saved, and
        what the disk refused is tried once more (its file keeps it for the next
        start if the disk still refuses)."""
        if self.active and self.runner is not None:
            self._quiet = True
            self.runner.stop(reason)
        self._close()
        self._flush()
        self._retry.stop()
        self._retry_due = None

    # -- events -------------------------------------------------------------------

    def _on_events(self, events: list[Event]) -> None:
        assert self.runner is not None and self.log is not None
        engine = self.runner.engine
        # The tones first: what the person hears never waits for the disk. Starting
        # one returns at once; the sound server plays it while the rest runs.
        if self.cues is not None:
            for cue in cues_for(events, engine.plan, i18n.tr):
                self.cues.play(cue)
        # Then what ended is committed, still in this turn of the event loop, so a
        # crash a moment later loses nothing; what the disk refuses waits, in order,
        # behind what waits already.
        self._flush_earlier()
        self.log.record(events, engine.active_s)
        self._saving_state()
        for e in events:
            if isinstance(e, ExerciseEnded):
                self._outcomes[e.exercise_index] = e.outcome
            elif isinstance(e, StateChanged) and e.new is State.PAUSED:
                self._paused_because = e.reason or ""
        self.view_changed.emit()
        if engine.state in (State.FINISHED, State.STOPPED):
            asked = not self._quiet
            if asked:
                self._ask_after(stop_reason(events))
            self._wind_up()
            if asked and self.log.session_id is not None:
                self.recorded.emit(self.log.session_id)

    def _ask_after(self, reason: str | None) -> None:
        """The questions at the end: the pain and the advice after a hurt, else the
        summary with the pain now and how it felt."""
        assert self.runner is not None and self.log is not None
        engine = self.runner.engine
        routine = engine.plan.routine
        if engine.state is State.STOPPED and reason == StopReason.HURT:
            level = session_dialogs.ask_pain(
                self._dialog_parent,
                QCoreApplication.translate("SessionController", "You stopped because it hurt"),
                QCoreApplication.translate(
                    "SessionController",
                    "How bad is the pain now? (0 is no pain, 10 the worst imaginable.)"),
                can_skip=True)
            if level is not None:
                self.log.pain(level, PainMoment.HURT)
                self._saving_state()
            session_dialogs.show_hurt_advice(self._dialog_parent,
                                             self._hurt_exercise or routine.title,
                                             outcomes=self._summary())
            return
        summary = self._summary()
        pain, feeling = session_dialogs.show_session_summary(self._dialog_parent, summary)
        if pain is not None:
            self.log.pain(pain, PainMoment.AFTER)
        if feeling is not None:
            self.log.feeling(feeling)
        self._saving_state()

    def _summary(self) -> SessionSummary:
        """What the session came to, exercise by exercise."""
        assert self.runner is not None and self.log is not None
        engine = self.runner.engine
        done, skipped, hurt = self.outcome_names()
        log = self.log
        return SessionSummary(engine.plan.routine.title, engine.state is State.FINISHED,
                              engine.active_s(), done, skipped, hurt,
                              saved_steps=log.steps_saved, waiting_steps=log.steps_waiting,
                              waiting_because=self._when_saved(log))

    def outcome_names(self) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
        """The exercises done, those skipped and the one stopped because it hurt so
        far, each in the routine's order."""
        if self.runner is None:
            return (), (), ()
        exercises = self.runner.engine.plan.routine.exercises
        ended = sorted(self._outcomes.items())

        def named(*outcomes: StepOutcome) -> tuple[str, ...]:
            return tuple(exercises[i].name for i, outcome in ended if outcome in outcomes)

        return (named(StepOutcome.COMPLETED), named(StepOutcome.SKIPPED),
                named(StepOutcome.HURT))

    def _wind_up(self) -> None:
        if self.cues is not None:
            self.cues.stop()
        self.ended.emit()
        self._status.set_active(False)

    def _close(self) -> None:
        """Forget the last session's objects (it has ended or never started); its
        records that still wait for the disk are kept until written."""
        if self.runner is not None:
            self.runner.shutdown()
            self.runner.deleteLater()
        self.runner = None
        if self.log is not None and self.log.waiting and self.log not in self._earlier:
            self._earlier.append(self.log)
        self._outcomes = {}
        self._hurt_exercise = ""
        self._paused_because = ""
        self._quiet = False

    # -- records the disk refused -------------------------------------------------------

    def _logs(self) -> list[SessionLog]:
        """Every session log with records waiting or being written, oldest first."""
        current = [] if self.log is None or self.log in self._earlier else [self.log]
        return [*self._earlier, *current]

    def _flush_earlier(self) -> bool:
        """Write what earlier sessions still hold; True when nothing of them waits."""
        while self._earlier:
            if not self._earlier[0].flush():
                return False
            self._earlier.pop(0)
        return True

    def _flush(self) -> None:
        if self._flush_earlier() and self.log is not None:
            self.log.flush()
        self._saving_state()

    def _saving_state(self) -> None:
        """Show or clear the notice, and keep the retry timer armed while anything
        waits."""
        waiting = next((log for log in self._logs() if log.waiting), None)
        if waiting is None:
            self._retry.stop()
            self._retry_due = None
            self._retry_after_s = RETRY_FIRST_S
            notice = ""
        else:
            if self._retry_due is None:
                self._arm_retry()
            notice = QCoreApplication.translate(
                "SessionController", "Your steps are kept and will be saved {when}.").format(
                when=self._when_saved(waiting))
        if notice != self._notice:
            self._notice = notice
            self.saving_changed.emit()

    @staticmethod
    def _when_saved(log: SessionLog) -> str:
        """When the waiting records will be written, as the notice ends."""
        if not log.waiting:
            return ""
        if log.problem is not None and log.problem.problem is WriteProblem.DISK_FULL:
            return QCoreApplication.translate("SessionController",
                                              "when there is space on the disk")
        return QCoreApplication.translate(
            "SessionController", "as soon as BackCare can write to its data file again")

    def _arm_retry(self) -> None:
        self._retry_due = self._clock.monotonic() + self._retry_after_s
        self._retry_after_s = min(RETRY_MAX_S, self._retry_after_s * 2)
        self._start_retry_timer()

    def _start_retry_timer(self) -> None:
        assert self._retry_due is not None
        left_s = max(0.0, self._retry_due - self._clock.monotonic())
        self._retry.start(math.ceil(left_s * 1000))

    def _retry_now(self) -> None:
        if self._retry_due is None:
            return
        if self._clock.monotonic() < self._retry_due:  # woke early on the clock: wait on
            self._start_retry_timer()
            return
        self._retry_due = None
        self._flush()


def stop_reason(events: list[Event]) -> str | None:
    for e in reversed(events):
        if isinstance(e, StateChanged) and e.new is State.STOPPED:
            return e.reason
    return None
