"""The session page: a countdown readable from the mat.

It shows what its ``SessionController`` says (``display()``, redrawn when the
controller's view changes and ten times a second while a session runs and the
page is seen) and forwards the person's keys and buttons to it. Focus mode is
the page's own.

Signals:
    title_changed(str): what the window title should say (time left while a
        session runs, "BackCare" otherwise).
    focus_mode_changed(bool): the person switched focus mode on or off.
    choose_routine(): the person asked to pick a routine.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

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
from backcare_desktop.core.routines.model import Exercise
from backcare_desktop.core.routines.plan import Phase, PhaseKind
from backcare_desktop.core.session.events import State
from backcare_desktop.ui.session.pacer import BreathingPacer, pacer_fill
from backcare_desktop.ui.session.speech import voice_notes
from backcare_desktop.ui.shell.texts import PHASE_NAMES

if TYPE_CHECKING:
    from backcare_desktop.ui.session.controller import SessionController

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


def phase_title(phase: Phase, exercise: Exercise) -> str:
    if phase.kind is PhaseKind.TENSE:
        return f"Tense your {exercise.name.lower()}"
    return PHASE_NAMES[phase.kind.value]


class SessionPage(QWidget):
    title_changed = Signal(str)
    focus_mode_changed = Signal(bool)
    choose_routine = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-session")
        self.setAccessibleName("Session")
        self.controller = controller
        self._phase_colour = ""
        self._title = ""
        self.focus_mode = False

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
        self.voice_note = QLabel()  # why the voice is silent, when it is
        self.voice_note.setWordWrap(True)
        self.voice_note.setObjectName("voiceNote")
        self.voice_note.setAccessibleName("Voice")
        self.voice_note.hide()
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

        self.previous_button = button("◀ Back", "Previous step (Left)",
                                      controller.previous_phase)
        self.pause_button = button("Pause", "Pause or resume (Space)", controller.toggle_pause)
        self.next_button = button("Next ▶", "Next step (Right)", controller.next_phase)
        self.skip_button = button("Skip exercise", "Skip this exercise",
                                  controller.skip_exercise)
        self.rep_button = button("Count rep", "Count a rep (Enter)", controller.count_rep)
        self.focus_button = button("Focus mode", "Focus mode: full screen (F11)",
                                   self.toggle_focus_mode)
        self.stop_button = button("Stop", "Stop the session (Escape)", self.ask_stop)
        self.hurt_button = button("Stop — this hurts", "Stop now: this hurts",
                                  controller.this_hurts)
        self.hurt_button.setObjectName("hurtButton")
        self.hurt_button.setStyleSheet(
            "QPushButton { background: #a33a3a; color: white; font-weight: bold;"
            " border-radius: 6px; padding: 8px 16px; }")
        self.settings_button = button("Sound and voice…", "Sound and voice settings",
                                      controller.change_sound_settings)

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
        layout.addWidget(self.voice_note)
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
        for keys, slot in (("Space", controller.toggle_pause), ("Right", controller.next_phase),
                           ("Left", controller.previous_phase), ("Return", controller.count_rep),
                           ("Enter", controller.count_rep), ("Escape", self.ask_stop),
                           ("F11", self.toggle_focus_mode)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._style()
        controller.started.connect(self._show_session)
        controller.view_changed.connect(self._redraw)
        controller.ended.connect(self._show_idle)
        voice_notes().changed.connect(self.show_voice_note)

    @property
    def active(self) -> bool:
        """A session is under way (not yet finished or stopped)."""
        return self.controller.active

    # -- keys and buttons the page answers itself -----------------------------------

    def ask_stop(self) -> None:
        """Escape: leaves focus mode once the session is over, else asks to stop."""
        if self.focus_mode and not self.active:
            self.set_focus_mode(False)
            return
        self.controller.ask_stop()

    def show_water_note(self, text: str) -> None:
        """A due drink reminder, shown quietly here instead of a popup."""
        self.water_note.setText(f"{text} Take a sip at the next rest.")
        self.water_note.show()

    def clear_water_note(self) -> None:
        self.water_note.hide()

    def show_voice_note(self, text: str) -> None:
        """Why the voice is silent ("" when it is not)."""
        self.voice_note.setText(text)
        self.voice_note.setVisible(bool(text))

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

    # -- following the controller ---------------------------------------------------

    def _show_session(self) -> None:
        self.water_note.hide()
        self.views.setCurrentIndex(1)
        self.setFocus()
        self._redraw()

    def _redraw(self) -> None:
        self.refresh()
        self._update_timer()

    def _show_idle(self) -> None:
        self._display.stop()
        self.water_note.hide()
        self.set_focus_mode(False)
        self.views.setCurrentIndex(0)
        self._emit_title("BackCare")

    # -- drawing ------------------------------------------------------------------

    def refresh(self) -> None:
        if self.controller.check_for_sleep():
            return  # it paused, and said so: the page was redrawn then
        view = self.controller.display()
        if view is None:
            return
        phase = view.phase
        exercise = view.exercise
        self.exercise.setText(exercise.name)
        self.phase.setText(f"  {phase_title(phase, exercise)}  ")
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
        if view.next_phase is not None and view.next_exercise is not None:
            nxt = view.next_exercise
            self.up_next.setText(f"Up next: {nxt.name} — {phase_title(view.next_phase, nxt)}")
        else:
            self.up_next.setText("Up next: the end")
        paused = view.state is State.PAUSED
        self.pause_button.setText("Resume" if paused else "Pause")
        self.paused_note.setVisible(paused)
        if paused:
            self.paused_note.setText(view.paused_because or "Paused. Press Space to go on.")
        self._emit_title(f"{clock_text(view.remaining_s)} left · BackCare")

    def _emit_title(self, title: str) -> None:
        if title != self._title:  # the display refreshes 10 times a second
            self._title = title
            self.title_changed.emit(title)

    def _update_timer(self) -> None:
        """Run the display timer only while a session runs and the page is visible."""
        view = self.controller.display()
        if view is None or view.state is not State.RUNNING or not self.isVisible():
            self._display.stop()
            return
        breathing = view.phase.kind in BREATHING
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

