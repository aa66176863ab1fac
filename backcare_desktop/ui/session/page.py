"""The session page: a countdown readable from the mat, driven by one precise timer.

Signals:
    title_changed(str): what the window title should say (time left while a
        session runs, "BackCare" otherwise).
    focus_mode_changed(bool): the person switched focus mode on or off.
    choose_routine(): the person asked to pick a routine.
    started(): a session started.
    ended(): a session ended and everything about it was saved.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.routines.describe import phase_counters
from backcare_desktop.core.routines.model import Routine
from backcare_desktop.core.routines.plan import Phase, PhaseKind, expand
from backcare_desktop.core.session.cues import cues_for
from backcare_desktop.core.session.engine import SessionEngine
from backcare_desktop.core.session.events import (
    Event,
    ExerciseEnded,
    Finished,
    State,
    StateChanged,
)
from backcare_desktop.ui.session import dialogs as session_dialogs
from backcare_desktop.ui.session.cue_player import CueOutput
from backcare_desktop.ui.session.pacer import BreathingPacer, pacer_fill
from backcare_desktop.ui.session.pain_and_summary import SessionSummary
from backcare_desktop.ui.session.runner import SessionRunner
from backcare_desktop.ui.shell import dialogs
from backcare_desktop.ui.shell.texts import PHASE_NAMES

if TYPE_CHECKING:
    from backcare_desktop.core.clock import Clock
    from backcare_desktop.storage.session_log import SessionLog

# One calm colour per kind of phase; white text on each keeps a contrast above 4.5:1.
PHASE_COLOURS = {
    "prepare": "#4f6d7a", "work": "#2b6f67", "rest": "#4c7a3f", "switch": "#8a5f1a",
    "tense": "#a0522d", "relax": "#3b6ea5", "inhale": "#2b6f67", "exhale": "#3b6ea5",
    "breath_hold": "#6b5b95",
}
_GROUP = {
    PhaseKind.PREPARE: "prepare", PhaseKind.HOLD: "work", PhaseKind.REP_MOVE: "work",
    PhaseKind.REP_HOLD: "work", PhaseKind.REP_RETURN: "work", PhaseKind.COUNTED_SET: "work",
    PhaseKind.REST_SET: "rest", PhaseKind.REST_EXERCISE: "rest",
    PhaseKind.SWITCH_SIDE: "switch", PhaseKind.TENSE: "tense", PhaseKind.RELAX: "relax",
    PhaseKind.INHALE: "inhale", PhaseKind.EXHALE: "exhale", PhaseKind.HOLD_IN: "breath_hold",
    PhaseKind.HOLD_OUT: "breath_hold",
}
BREATHING = {PhaseKind.INHALE, PhaseKind.EXHALE, PhaseKind.HOLD_IN, PhaseKind.HOLD_OUT}
DISPLAY_MS = 100  # 10 Hz for the countdown
PACER_MS = 30  # > 30 frames a second for the breathing circle


def phase_colour(phase: Phase) -> str:
    return PHASE_COLOURS[_GROUP[phase.kind]]


def clock_text(seconds: float) -> str:
    s = max(0, math.ceil(seconds - 1e-9))
    return f"{s // 60}:{s % 60:02d}" if s >= 60 else str(s)


def phase_title(phase: Phase, routine: Routine) -> str:
    name = routine.exercises[phase.exercise_index].name
    if phase.kind is PhaseKind.TENSE:
        return f"Tense your {name.lower()}"
    return PHASE_NAMES[phase.kind.value]


class SessionPage(QWidget):
    title_changed = Signal(str)
    focus_mode_changed = Signal(bool)
    choose_routine = Signal()
    started = Signal()
    ended = Signal()

    def __init__(self, *, make_log: Callable[[Any], SessionLog],
                 make_cues: Callable[[], CueOutput], prefs: Any, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-session")
        self.setAccessibleName("Session")
        self._make_log = make_log
        self._make_cues = make_cues
        self._prefs = prefs
        self._ended_map: dict[int, str] = {}
        self._hurt_exercise = ""
        self._quiet = False
        self._phase_colour = ""
        self._title = ""
        self._clock = clock
        self.runner: SessionRunner | None = None
        self.log: SessionLog | None = None
        self.cues: CueOutput | None = None
        self.focus_mode = False
        self.notice = ""

        # -- idle view --
        idle = QWidget()
        idle_text = QLabel("No session is running.\n\nChoose a routine on the Routines page "
                           "and press Start.")
        idle_text.setWordWrap(True)
        idle_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        go = QPushButton("Choose a routine")
        go.clicked.connect(self.choose_routine)
        idle_layout = QVBoxLayout(idle)
        idle_layout.addStretch(1)
        idle_layout.addWidget(idle_text)
        idle_layout.addWidget(go, 0, Qt.AlignmentFlag.AlignCenter)
        idle_layout.addStretch(2)

        # -- running view --
        running = QWidget()
        self.exercise = QLabel()
        self.exercise.setObjectName("exerciseName")
        self.exercise.setWordWrap(True)
        self.phase = QLabel()
        self.phase.setObjectName("phaseName")
        self.phase.setAccessibleName("Phase")
        self.counters = QLabel()
        self.counters.setAccessibleName("Set and rep")
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setAccessibleName("Time left in this phase")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.pacer = BreathingPacer()
        self.pacer.hide()
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.instructions.setAccessibleName("Instructions")
        self.paused_note = QLabel()
        self.paused_note.setWordWrap(True)
        self.paused_note.setAccessibleName("Session state")
        self.water_note = QLabel()
        self.water_note.setWordWrap(True)
        self.water_note.setObjectName("waterNote")
        self.water_note.setAccessibleName("Drink reminder")
        self.water_note.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Progress through the session")
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1000)
        self.time_left = QLabel()
        self.time_left.setAccessibleName("Time left in the session")
        self.up_next = QLabel()
        self.up_next.setAccessibleName("Up next")
        self.up_next.setWordWrap(True)

        def button(text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
            b = QPushButton(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space always means pause
            b.clicked.connect(slot)
            return b

        self.previous_button = button("◀ Back", "Previous step (Left)", self.previous_phase)
        self.pause_button = button("Pause", "Pause or resume (Space)", self.toggle_pause)
        self.next_button = button("Next ▶", "Next step (Right)", self.next_phase)
        self.skip_button = button("Skip exercise", "Skip this exercise", self.skip_exercise)
        self.rep_button = button("Count rep", "Count a rep (Enter)", self.count_rep)
        self.focus_button = button("Focus mode", "Focus mode: full screen (F11)",
                                   self.toggle_focus_mode)
        self.stop_button = button("Stop", "Stop the session (Escape)", self.ask_stop)
        self.hurt_button = button("Stop — this hurts", "Stop now: this hurts", self.this_hurts)
        self.hurt_button.setObjectName("hurtButton")
        self.hurt_button.setStyleSheet(
            "QPushButton { background: #a33a3a; color: white; font-weight: bold;"
            " border-radius: 6px; padding: 8px 16px; }")
        self.settings_button = button("Sound and voice…", "Sound and voice settings",
                                      self.open_sound_settings)

        header = QHBoxLayout()
        header.addWidget(self.exercise, 1)
        header.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        phase_row = QHBoxLayout()
        phase_row.addWidget(self.phase)
        phase_row.addWidget(self.counters, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.countdown, 3)
        middle.addWidget(self.pacer, 2)
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.progress, 1)
        bar_row.addWidget(self.time_left)
        self.controls = QWidget()
        controls = QHBoxLayout(self.controls)
        controls.setContentsMargins(0, 0, 0, 0)
        for b in (self.previous_button, self.pause_button, self.next_button, self.skip_button,
                  self.rep_button, self.focus_button, self.stop_button):
            controls.addWidget(b)
        controls.addStretch(1)
        controls.addWidget(self.hurt_button)
        layout = QVBoxLayout(running)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addLayout(phase_row)
        layout.addLayout(middle, 1)
        layout.addWidget(self.instructions)
        layout.addWidget(self.paused_note)
        layout.addWidget(self.water_note)
        layout.addLayout(bar_row)
        layout.addWidget(self.up_next)
        layout.addWidget(self.controls)

        self.views = QStackedWidget()
        self.views.addWidget(idle)
        self.views.addWidget(running)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.views)

        self._display = QTimer(self)
        self._display.setObjectName("session-display")
        self._display.timeout.connect(self.refresh)
        for keys, slot in (("Space", self.toggle_pause), ("Right", self.next_phase),
                           ("Left", self.previous_phase), ("Return", self.count_rep),
                           ("Enter", self.count_rep), ("Escape", self.ask_stop),
                           ("F11", self.toggle_focus_mode)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._style()

    # -- starting -----------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self.runner is not None and self.runner.engine.state in (
            State.READY, State.RUNNING, State.PAUSED)

    def begin(self, routine: Routine) -> bool:
        """Start a session of ``routine``; False if one is running already."""
        if self.active:
            dialogs.show_info(self, "A session is running",
                              "Stop the current session before starting another.")
            return False
        self.close_session()
        self.cues = self._make_cues()  # the sounds load while the question is open
        pain = session_dialogs.ask_pain(self, "Before you start",
                                "How is your back right now? (0 is no pain, 10 the worst "
                                "imaginable.) You can skip this.\n\nHave a drink of water before "
                                "you begin, and keep it within reach for the rests.",
                                can_skip=True)
        plan = expand(routine)
        self.log = self._make_log(plan)
        self.log.begin(pain)
        engine = SessionEngine(plan, self._clock.monotonic)
        self.runner = SessionRunner(engine, self._clock, parent=self)
        self.runner.events_happened.connect(self._on_events)
        self.views.setCurrentIndex(1)
        self.setFocus()
        self.runner.start()
        self.started.emit()
        return True

    # -- keys and buttons ---------------------------------------------------------

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
        if self.focus_mode and not self.active:
            self.set_focus_mode(False)
            return
        if not self.active or self.runner is None:
            return
        was_running = self.runner.engine.state is State.RUNNING
        if was_running:
            self.runner.pause()
        if dialogs.confirm(self, "Stop the session?",
                           "Stop this session? What you have done so far is saved.", "Stop"):
            self.runner.stop("stopped")
        elif was_running:
            self.runner.resume()

    def this_hurts(self) -> None:
        """Stop at once, ask how bad the pain is, and give the safety advice."""
        if not self.active or self.runner is None:
            return
        engine = self.runner.engine
        exercise = engine.plan.routine.exercises[engine.view().phase.exercise_index].name
        self._hurt_exercise = exercise
        self.runner.stop("hurt")

    def pause_for(self, reason: str) -> None:
        """Pause a running session because of something outside the app."""
        if self.runner is not None and self.runner.engine.state is State.RUNNING:
            self.runner.pause(reason)

    def abandon(self, reason: str) -> None:
        """Stop without questions (the app is closing); what was done stays saved."""
        if self.active and self.runner is not None:
            self._quiet = True
            self.runner.stop(reason)
        self.close_session()

    def show_water_note(self, text: str) -> None:
        """A due drink reminder, shown quietly here instead of a popup."""
        self.water_note.setText(f"{text} Take a sip at the next rest.")
        self.water_note.show()

    def clear_water_note(self) -> None:
        self.water_note.hide()

    def toggle_focus_mode(self) -> None:
        self.set_focus_mode(not self.focus_mode)

    def set_focus_mode(self, on: bool) -> None:
        if on == self.focus_mode:
            return
        self.focus_mode = on
        for widget in (self.instructions, self.up_next, self.settings_button, self.controls):
            widget.setVisible(not on)
        self._style()
        self._size_countdown()
        self.focus_mode_changed.emit(on)

    def open_sound_settings(self) -> None:
        if session_dialogs.show_sound_settings(self, self._prefs) and self.active:
            if self.cues is not None:
                self.cues.stop()
            self.cues = self._make_cues()  # the new settings apply at once

    # -- events -------------------------------------------------------------------

    def _on_events(self, events: list[Event]) -> None:
        assert self.runner is not None and self.log is not None
        engine = self.runner.engine
        self.log.record(events, engine.active_s)
        for e in events:
            if isinstance(e, ExerciseEnded):
                self._ended_map[e.exercise_index] = e.outcome
            elif isinstance(e, StateChanged) and e.new is State.PAUSED:
                self.notice = e.reason or ""
        if self.cues is not None:
            for cue in cues_for(events, engine.plan):
                self.cues.play(cue)
        self.refresh()
        self._update_timer()
        if any(isinstance(e, Finished) for e in events) or engine.state is State.STOPPED:
            if self._quiet:
                self._finish_view()
            else:
                self._ended(events)

    def _ended(self, events: list[Event]) -> None:
        assert self.runner is not None and self.log is not None
        engine = self.runner.engine
        routine = engine.plan.routine
        if engine.state is State.STOPPED and engine_reason(events) == "hurt":
            level = session_dialogs.ask_pain(self, "You stopped because it hurt",
                                     "How bad is the pain now? (0 is no pain, 10 the worst "
                                     "imaginable.)", can_skip=True)
            if level is not None:
                self.log.pain(level, "hurt")
            session_dialogs.show_hurt_advice(self, self._hurt_exercise or routine.title)
            self._finish_view()
            return
        done = [routine.exercises[i].name
                for i, outcome in sorted(self._ended_map.items()) if outcome == "completed"]
        skipped = [routine.exercises[i].name
                   for i, outcome in sorted(self._ended_map.items()) if outcome != "completed"]
        summary = SessionSummary(routine.title, engine.state is State.FINISHED,
                                 engine.active_s(), tuple(done), tuple(skipped))
        pain, feeling = session_dialogs.show_session_summary(self, summary)
        if pain is not None:
            self.log.pain(pain, "after")
        if feeling is not None:
            self.log.feeling(feeling)
        self._finish_view()

    def _finish_view(self) -> None:
        if self.cues is not None:
            self.cues.stop()
        self._display.stop()
        self.set_focus_mode(False)
        self.views.setCurrentIndex(0)
        self._emit_title("BackCare")
        self.ended.emit()

    def close_session(self) -> None:
        """Forget the last session's objects (it has ended or never started)."""
        if self.runner is not None:
            self.runner.shutdown()
            self.runner.deleteLater()
        self.runner = None
        self._ended_map = {}
        self.notice = ""
        self.water_note.hide()
        self._display.stop()

    # -- drawing ------------------------------------------------------------------

    def refresh(self) -> None:
        if self.runner is None:
            return
        if self.runner.check_for_sleep():
            return
        engine = self.runner.engine
        view = engine.view()
        routine = engine.plan.routine
        phase = view.phase
        exercise = routine.exercises[phase.exercise_index]
        self.exercise.setText(exercise.name)
        self.phase.setText(f"  {phase_title(phase, routine)}  ")
        colour = phase_colour(phase)
        if colour != self._phase_colour:  # restyling re-polishes: only on a change
            self._phase_colour = colour
            self.phase.setStyleSheet(f"background: {colour}; color: white; border-radius: 8px;"
                                     " padding: 4px 10px; font-weight: bold;")
        self.counters.setText(phase_counters(phase))
        if view.phase_remaining_s is None:
            self.countdown.setText(f"{view.reps_counted} / {phase.reps}")
        else:
            self.countdown.setText(clock_text(view.phase_remaining_s))
        breathing = phase.kind in BREATHING
        self.pacer.setVisible(breathing)
        if breathing and phase.duration_s:
            tint = QColor(colour)
            self.pacer.colour = tint.lighter(170) if self.focus_mode else tint
            self.pacer.set_fill(pacer_fill(phase.kind.value,
                                           view.phase_elapsed_s / phase.duration_s))
        lines = list(exercise.instructions) + [f"• {c}" for c in exercise.cues]
        self.instructions.setText("\n".join(lines))
        self.rep_button.setVisible(phase.kind is PhaseKind.COUNTED_SET and not self.focus_mode)
        total = max(view.total_s, 1e-9)
        self.progress.setValue(int(1000 * min(1.0, 1 - view.remaining_s / total)))
        self.time_left.setText(f"{clock_text(view.remaining_s)} left")
        if view.next_phase is not None:
            nxt = view.next_phase
            self.up_next.setText(f"Up next: {routine.exercises[nxt.exercise_index].name} — "
                                 f"{phase_title(nxt, routine)}")
        else:
            self.up_next.setText("Up next: the end")
        paused = view.state is State.PAUSED
        self.pause_button.setText("Resume" if paused else "Pause")
        self.paused_note.setVisible(paused)
        if paused:
            self.paused_note.setText(self.notice or "Paused. Press Space to go on.")
        self._emit_title(f"{clock_text(view.remaining_s)} left · BackCare")

    def _emit_title(self, title: str) -> None:
        if title != self._title:  # the display refreshes 10 times a second
            self._title = title
            self.title_changed.emit(title)

    def _update_timer(self) -> None:
        """Run the display timer only while a session runs and the page is visible."""
        running = (self.runner is not None and self.runner.engine.state is State.RUNNING
                   and self.isVisible())
        if not running:
            self._display.stop()
            return
        breathing = self.runner is not None and (
            self.runner.engine.view().phase.kind in BREATHING)
        interval = PACER_MS if breathing else DISPLAY_MS
        if not self._display.isActive() or self._display.interval() != interval:
            self._display.start(interval)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._display.stop()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_countdown()

    def _size_countdown(self) -> None:
        share = 0.42 if self.focus_mode else 0.26
        font = self.countdown.font()
        font.setPixelSize(max(48, int(self.height() * share)))
        font.setBold(True)
        self.countdown.setFont(font)

    def _style(self) -> None:
        base = QWidget().font().pointSizeF()
        big = self.exercise.font()
        big.setPointSizeF(base * (2.6 if self.focus_mode else 1.8))
        big.setBold(True)
        self.exercise.setFont(big)
        for label in (self.phase, self.counters, self.time_left):
            font = label.font()
            font.setPointSizeF(base * (1.8 if self.focus_mode else 1.15))
            label.setFont(font)
        if self.focus_mode:
            self.setStyleSheet("#page-session { background: black; } QLabel { color: white; }")
            self.setAutoFillBackground(True)
        else:
            self.setStyleSheet("")


def engine_reason(events: list[Event]) -> str | None:
    for e in reversed(events):
        if isinstance(e, StateChanged) and e.new is State.STOPPED:
            return e.reason
    return None
