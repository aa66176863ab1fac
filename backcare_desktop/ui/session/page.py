"""The session page: a countdown readable from the mat.

It shows what its ``SessionController`` says (``display()``, redrawn when the
controller's view changes and ten times a second while a session runs and the
page is seen) and forwards the person's keys and buttons to it. Focus mode is
the page's own.

Screen readers follow it too: every label's text is its accessible name (its
accessible description says what it is), and the page announces each new step
once, and a pause and a resume, through ``QAccessibleAnnouncementEvent``. The
countdown and the time left change their name every second, which screen
readers do not speak for an object without focus; they read them when asked.
The session's progress is drawn, not a ``QProgressBar``, because screen readers
speak a progress bar's value every few seconds.

Signals:
    title_changed(str): what the window title should say (time left while a
        session runs, "BackCare" otherwise).
    announced(str): what the page just announced to screen readers.
    focus_mode_changed(bool): the person switched focus mode on or off.
    choose_routine(): the person asked to pick a routine.

While finished steps wait for the disk (it is full, the file is read-only), one
calm notice under the session says they are kept and when they will be saved;
it stays while the page shows no session, and goes once they are written.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QColor,
    QFontMetrics,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionProgressBar,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.figures.in_session import Shown, keeps_moving, shown_at
from backcare_desktop.core.routines.describe import dose_in_words, phase_counters
from backcare_desktop.core.routines.model import Exercise
from backcare_desktop.core.routines.plan import Phase, PhaseKind
from backcare_desktop.core.session.events import State
from backcare_desktop.ui.session.pacer import BreathingPacer, pacer_fill
from backcare_desktop.ui.session.speech import voice_notes
from backcare_desktop.ui.shell import i18n
from backcare_desktop.ui.shell.figure_view import FigureView
from backcare_desktop.ui.shell.i18n import tr
from backcare_desktop.ui.shell.texts import PHASE_NAMES
from backcare_desktop.ui.shell.theme import build_palette

if TYPE_CHECKING:
    from backcare_desktop.ui.session.controller import SessionController

# One colour per kind of phase, filling a wide band behind the phase word. White
# text on each keeps a contrast above 4.5:1; phases that follow one another differ
# in lightness as well as hue, so they stay apart for the common colour-vision
# deficiencies (tested), and the word is always there too.
PHASE_COLOURS = {
    "prepare": "#383838", "work": "#173f85", "rest": "#3d7d38", "switch": "#8c4800",
    "move": "#7070a0", "return": "#805060",
    "tense": "#a8432a", "relax": "#2f5f8a", "inhale": "#2a7a6e", "exhale": "#2e3f86",
    "breath_hold": "#98629f",
}
# Relaxation and breathing: a dark, calm page; the band fades from one phase's
# colour to the next over this long, and is drawn a little darker.
CALM_BACKGROUND = "#0e1822"
CALM_TEXT = "#c9d6e0"
CALM_FADE_S = 1.5
CALM_KINDS = frozenset({"pmr", "breathing"})
# In focus mode the controls come back this long after the mouse moves or a key
# that is not a session key is pressed.
CONTROLS_SHOWN_MS = 4000
_GROUP = {
    PhaseKind.PREPARE: "prepare", PhaseKind.HOLD: "work", PhaseKind.REP_MOVE: "move",
    PhaseKind.REP_HOLD: "work", PhaseKind.REP_RETURN: "return", PhaseKind.COUNTED_SET: "work",
    PhaseKind.REST_SET: "rest", PhaseKind.REST_EXERCISE: "rest",
    PhaseKind.SWITCH_SIDE: "switch", PhaseKind.TENSE: "tense", PhaseKind.RELAX: "relax",
    PhaseKind.INHALE: "inhale", PhaseKind.EXHALE: "exhale", PhaseKind.HOLD_IN: "breath_hold",
    PhaseKind.HOLD_OUT: "breath_hold",
}
BREATHING = {PhaseKind.INHALE, PhaseKind.EXHALE, PhaseKind.HOLD_IN, PhaseKind.HOLD_OUT}
# The steps of one tempo rep: the big number is the rep, not the seconds.
REP_STEPS = {PhaseKind.REP_MOVE, PhaseKind.REP_HOLD, PhaseKind.REP_RETURN}
# The band's words are never made smaller than this; room kept beside each of them.
SMALLEST_BAND_PX = 12
BAND_SLACK = 4
DISPLAY_MS = 100  # 10 Hz for the countdown
PACER_MS = 30  # > 30 frames a second for the breathing circle and the moving figure


def phase_colour(phase: Phase) -> str:
    return PHASE_COLOURS[_GROUP[phase.kind]]


def mixed(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` turning into ``b`` (t from 0 to 1)."""
    t = min(1.0, max(0.0, t))
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


class PhaseBand(QWidget):
    """A wide band in the phase's colour behind the phase word, the side and the set:
    from the mat the colour alone says which kind of step it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseBand")
        self.colour = QColor(PHASE_COLOURS["prepare"])

    def set_colour(self, colour: QColor) -> None:
        if colour != self.colour:
            self.colour = colour
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        radius = min(12.0, self.height() / 4)
        painter.drawRoundedRect(self.rect(), radius, radius)
        painter.end()


def clock_text(seconds: float) -> str:
    s = max(0, math.ceil(seconds - 1e-9))
    return f"{s // 60}:{s % 60:02d}" if s >= 60 else str(s)


def phase_title(phase: Phase, exercise: Exercise) -> str:
    if phase.kind is PhaseKind.TENSE:
        # "Tense your right hand and forearm"; German keeps its nouns capitalised.
        part = exercise.name if i18n.shown() == "de" else exercise.name.lower()
        return QCoreApplication.translate("SessionPage", "Tense your {part}").format(part=part)
    if phase.kind is PhaseKind.HOLD and keeps_moving(exercise):
        # marching is not holding still
        return QCoreApplication.translate("SessionPage", "Keep moving")
    return QCoreApplication.translate("Texts", PHASE_NAMES[phase.kind.value])


def _lower_first(text: str) -> str:
    """"Set 2 of 3" inside a sentence: "set 2 of 3" (German keeps its nouns capitalised)."""
    return text if not text or i18n.shown() == "de" else text[0].lower() + text[1:]


def spoken_duration(seconds: float) -> str:
    """"30 seconds", "1 minute 5 seconds": a length as a screen reader should say it."""
    minutes, secs = divmod(max(0, math.ceil(seconds - 1e-9)), 60)
    if not minutes:
        return tr("%n second(s)", "", secs)
    if not secs:
        return tr("%n minute(s)", "", minutes)
    return QCoreApplication.translate("SessionPage", "{minutes} {seconds}",
                                      "a length: 1 minute 5 seconds").format(
        minutes=tr("%n minute(s)", "", minutes), seconds=tr("%n second(s)", "", secs))


# The quick sub-steps the voice leaves quiet are not announced either: announcing
# every second or two is what makes people switch a screen reader's app off.
_TEMPO_STEPS = {PhaseKind.REP_HOLD, PhaseKind.REP_RETURN}
SPOKEN_BREATHS = 3


def phase_announcement(phase: Phase, exercise: Exercise) -> str | None:
    """What a screen reader is told when ``phase`` begins ("Hold, Bird dog, left
    side, 30 seconds"); None for a tempo rep's later steps and breaths after the
    third, which the tones pace alone."""
    kind = phase.kind
    if kind in _TEMPO_STEPS or (kind is PhaseKind.REP_MOVE and phase.rep_number > 1):
        return None
    if kind in BREATHING and phase.cycle > SPOKEN_BREATHS:
        return None
    parts = [phase_title(phase, exercise)]
    if kind not in (PhaseKind.REST_SET, PhaseKind.REST_EXERCISE, PhaseKind.TENSE) and not (
            kind in BREATHING and phase.cycle > 1):
        parts.append(exercise.name)
    counters = phase_counters(phase, tr)
    if counters:
        parts.extend(_lower_first(part) for part in counters.split(tr(" · ")))
    if phase.duration_s is None:
        parts.append(tr("%n rep(s) at your own pace, press Enter for each one", "",
                        phase.reps))
    else:
        parts.append(spoken_duration(phase.duration_s))
    return QCoreApplication.translate("SessionPage", ", ",
                                      "between the parts of an announcement").join(parts)


class SessionBar(QWidget):
    """How far the session has come, drawn as the style draws a progress bar.

    Not a ``QProgressBar``: screen readers speak a progress bar's value every
    few seconds while it moves. Its accessible description gives the whole
    percent done, read when asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calm = False  # relaxation: a thin, dim line instead of the style's bar
        self.setAccessibleName(
            QCoreApplication.translate("SessionPage", "Progress through the session"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._permille = 0
        self.setAccessibleDescription(
            QCoreApplication.translate("SessionPage", "{percent} % done").format(percent=0))

    def set_fraction(self, fraction: float) -> None:
        permille = round(1000 * min(1.0, max(0.0, fraction)))
        if permille == self._permille:
            return
        self._permille = permille
        self.setAccessibleDescription(QCoreApplication.translate(
            "SessionPage", "{percent} % done").format(percent=i18n.number_text(permille // 10)))
        self.update()

    def value(self) -> int:
        """Per mille done."""
        return self._permille

    def _option(self) -> QStyleOptionProgressBar:
        option = QStyleOptionProgressBar()
        option.initFrom(self)
        option.minimum, option.maximum, option.progress = 0, 1000, self._permille
        option.textVisible = False
        option.state |= QStyle.StateFlag.State_Horizontal
        return option

    def sizeHint(self) -> QSize:
        # As QProgressBar asks its style.
        size = QSize(200, self.fontMetrics().height() + 8)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ProgressBar, self._option(),
                                             size, self)

    def set_calm(self, calm: bool) -> None:
        if calm != self.calm:
            self.calm = calm
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.calm:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            line = self.rect().adjusted(0, self.height() // 2 - 2, 0, 0)
            line.setHeight(4)
            painter.setBrush(QColor("#1d2c38"))
            painter.drawRoundedRect(line, 2, 2)
            line.setWidth(round(line.width() * self._permille / 1000))
            painter.setBrush(QColor("#3e5b70"))
            painter.drawRoundedRect(line, 2, 2)
            painter.end()
            return
        option = self._option()
        self.style().drawControl(QStyle.ControlElement.CE_ProgressBar, option, painter, self)
        painter.end()


class SessionPage(QWidget):
    title_changed = Signal(str)
    focus_mode_changed = Signal(bool)
    choose_routine = Signal()
    announced = Signal(str)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-session")
        self.setAccessibleName(QCoreApplication.translate("SessionPage", "Session"))
        self.controller = controller
        self._title = ""
        self._calm = False
        self._band_phase: Phase | None = None
        self._band_from = QColor(PHASE_COLOURS["prepare"])
        self._band_to = QColor(PHASE_COLOURS["prepare"])
        self.focus_mode = False
        self._countdown_chars = 0
        self._announced_phase: Phase | None = None
        self._announced_state: State | None = None

        # -- idle view --
        idle = QWidget()
        idle_text = QLabel(QCoreApplication.translate(
            "SessionPage", "No session is running.\n\nChoose a routine on the Routines page "
            "and press Start."))
        idle_text.setWordWrap(True)
        idle_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        go = QPushButton(QCoreApplication.translate("SessionPage", "Choose a routine"))
        go.clicked.connect(self.choose_routine)
        idle_layout = QVBoxLayout(idle)
        idle_layout.addStretch(1)
        idle_layout.addWidget(idle_text)
        idle_layout.addWidget(go, 0, Qt.AlignmentFlag.AlignCenter)
        idle_layout.addStretch(2)

        # -- running view --
        running = QWidget()
        # A label's text is its accessible name: no label here sets one (that would
        # hide its text from screen readers); the description says what it is.
        self.exercise = QLabel()
        self.exercise.setObjectName("exerciseName")
        self.exercise.setWordWrap(True)
        self.exercise.setAccessibleDescription(
            QCoreApplication.translate("SessionPage", "Exercise"))
        # The phase word and the counters share the band: never wider than it (a long
        # German or Spanish word is made smaller to fit, see _fit_band), so they
        # never make the page wider than the screen.
        self.phase = QLabel()
        self.phase.setObjectName("phaseName")
        self.phase.setMinimumWidth(1)
        self.phase.setAccessibleDescription(QCoreApplication.translate("SessionPage", "Step"))
        self.counters = QLabel()
        self.counters.setMinimumWidth(1)
        self.counters.setAccessibleDescription(
            QCoreApplication.translate("SessionPage", "Set, rep and side"))
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setAccessibleDescription(
            QCoreApplication.translate("SessionPage", "Time left in this step"))
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Its width comes from the layout, never from its text: a long "12:30" is
        # made smaller to fit instead of squeezing the figure beside it.
        self.countdown.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        # Nor its height: the words around it get the room they need first (large
        # text on a small screen), and the number is made to fit what is left.
        self.countdown.setMinimumSize(1, 1)
        self.countdown.installEventFilter(self)  # sized again whenever its width changes
        self._line = 0  # the pixel size of the words read from the mat
        # Under a rep count, what it counts to ("of 10"), as big as the phase word.
        self.rep_total = QLabel()
        self.rep_total.setObjectName("repTotal")
        self.rep_total.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.rep_total.setWordWrap(True)
        self.rep_total.setAccessibleDescription(
            QCoreApplication.translate("SessionPage", "Reps in this set"))
        self.rep_total.hide()
        self.pacer = BreathingPacer()
        self.pacer.hide()
        # The exercise, drawn and moving with the timer (none for breathing: the
        # pacer is the picture then); during a rest, the next exercise's start.
        self.figure_view = FigureView()
        self.figure_view.setObjectName("sessionFigure")
        self.figure_view.setAccessibleName(
            QCoreApplication.translate("SessionPage", "Exercise picture"))
        self.figure_view.hide()
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.instructions.setAccessibleDescription(
            QCoreApplication.translate("SessionPage", "Instructions"))
        self.paused_note = QLabel()
        self.paused_note.setWordWrap(True)
        self.paused_note.setAccessibleDescription(
            QCoreApplication.translate("SessionPage", "Session state"))
        self.water_note = QLabel()
        self.water_note.setWordWrap(True)
        self.water_note.setObjectName("waterNote")
        self.water_note.setAccessibleDescription(
            QCoreApplication.translate("SessionPage", "Drink reminder"))
        self.water_note.hide()
        self.voice_note = QLabel()  # why the voice is silent, when it is
        self.voice_note.setWordWrap(True)
        self.voice_note.setObjectName("voiceNote")
        self.voice_note.setAccessibleDescription(QCoreApplication.translate("SessionPage", "Voice"))
        self.voice_note.hide()
        self.progress = SessionBar()
        self.time_left = QLabel()
        self.time_left.setAccessibleDescription(
            QCoreApplication.translate("SessionPage", "Time left in the session"))
        self.up_next = QLabel()
        self.up_next.setAccessibleDescription(
            QCoreApplication.translate("SessionPage", "The step after this one"))
        self.up_next.setWordWrap(True)

        def button(text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
            b = QPushButton(text)
            b.setToolTip(tip)
            b.setAccessibleName(tip)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space always means pause
            b.clicked.connect(slot)
            return b

        self.previous_button = button(
            QCoreApplication.translate("SessionPage", "◀ Back"),
            QCoreApplication.translate("SessionPage", "Previous step (Left)"),
            controller.previous_phase)
        self.pause_button = button(
            QCoreApplication.translate("SessionPage", "Pause"),
            QCoreApplication.translate("SessionPage", "Pause or resume (Space)"),
            controller.toggle_pause)
        self.next_button = button(
            QCoreApplication.translate("SessionPage", "Next ▶"),
            QCoreApplication.translate("SessionPage", "Next step (Right)"),
            controller.next_phase)
        self.skip_button = button(
            QCoreApplication.translate("SessionPage", "Skip exercise"),
            QCoreApplication.translate("SessionPage", "Skip this exercise"),
            controller.skip_exercise)
        self.rep_button = button(
            QCoreApplication.translate("SessionPage", "Count rep"),
            QCoreApplication.translate("SessionPage", "Count a rep (Enter)"),
            controller.count_rep)
        self.focus_button = button(
            QCoreApplication.translate("SessionPage", "Focus mode"),
            QCoreApplication.translate("SessionPage", "Focus mode: full screen (F11)"),
            self.toggle_focus_mode)
        self.stop_button = button(
            QCoreApplication.translate("SessionPage", "Stop"),
            QCoreApplication.translate("SessionPage", "Stop the session (Escape)"),
            self.ask_stop)
        self.hurt_button = button(
            QCoreApplication.translate("SessionPage", "Stop — this hurts"),
            QCoreApplication.translate("SessionPage", "Stop now: this hurts (H)"),
            controller.this_hurts)
        self.hurt_button.setObjectName("hurtButton")
        self.hurt_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.hurt_button.setStyleSheet(
            "QPushButton { background: #a33a3a; color: white; font-weight: bold;"
            " border-radius: 6px; padding: 8px 16px; }")
        self.settings_button = button(
            QCoreApplication.translate("SessionPage", "Sound and voice…"),
            QCoreApplication.translate("SessionPage", "Sound and voice settings"),
            controller.change_sound_settings)

        header = QHBoxLayout()
        header.addWidget(self.exercise, 1)
        header.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignTop)
        # Top right in every mode, focus mode included: never squeezed by the controls.
        header.addWidget(self.hurt_button, 0, Qt.AlignmentFlag.AlignTop)
        self.band = PhaseBand()
        self.band.installEventFilter(self)  # its words fitted again when its width changes
        phase_row = self._phase_row = QHBoxLayout(self.band)
        phase_row.setContentsMargins(22, 4, 22, 4)
        phase_row.setSpacing(24)
        phase_row.addWidget(self.phase)
        phase_row.addWidget(self.counters, 1)
        for label in (self.phase, self.counters):
            label.setStyleSheet("color: white; background: transparent;")
        bold = self.phase.font()
        bold.setBold(True)
        self.phase.setFont(bold)
        number = QVBoxLayout()
        number.addWidget(self.countdown, 1)
        number.addWidget(self.rep_total)
        middle = self._middle = QHBoxLayout()
        # The figure or the pacer (only breathing has one, and shows no figure),
        # then the number: beside them, or in relaxation under them.
        middle.addWidget(self.figure_view, 3)
        middle.addWidget(self.pacer, 2)
        middle.addLayout(number, 2)
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
        controls_row = QHBoxLayout()
        controls_row.addWidget(self.controls, 1)
        # Focus mode hides the controls; the mouse moving or a key that is not a
        # session key brings them back for a few seconds.
        self._controls_timer = QTimer(self)
        self._controls_timer.setObjectName("session-controls-shown")
        self._controls_timer.setSingleShot(True)
        self._controls_timer.setInterval(CONTROLS_SHOWN_MS)
        self._controls_timer.timeout.connect(self._hide_controls)
        layout = QVBoxLayout(running)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(self.band)
        layout.addLayout(middle, 1)
        layout.addWidget(self.instructions)
        layout.addWidget(self.paused_note)
        layout.addWidget(self.water_note)
        layout.addWidget(self.voice_note)
        layout.addLayout(bar_row)
        layout.addWidget(self.up_next)
        layout.addLayout(controls_row)

        self.views = QStackedWidget()
        self.views.addWidget(idle)
        self.views.addWidget(running)
        # Under both views: steps kept for the disk are news until they are saved.
        self.save_note = QLabel()
        self.save_note.setWordWrap(True)
        self.save_note.setObjectName("saveNote")
        self.save_note.setAccessibleDescription(QCoreApplication.translate("SessionPage", "Saving"))
        self.save_note.setContentsMargins(24, 4, 24, 12)
        self.save_note.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.views)
        outer.addWidget(self.save_note)

        self._display = QTimer(self)
        self._display.setObjectName("session-display")
        self._display.timeout.connect(self.refresh)
        for keys, slot in (("Space", controller.toggle_pause), ("Right", controller.next_phase),
                           ("Left", controller.previous_phase), ("Return", controller.count_rep),
                           ("H", self._hurts),
                           ("Enter", controller.count_rep), ("Escape", self.ask_stop),
                           ("F11", self.toggle_focus_mode)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._style()
        controller.started.connect(self._show_session)
        controller.view_changed.connect(self._redraw)
        controller.ended.connect(self._show_idle)
        controller.saving_changed.connect(self.show_save_note)
        voice_notes().changed.connect(self.show_voice_note)

    @property
    def active(self) -> bool:
        """A session is under way (not yet finished or stopped)."""
        return self.controller.active

    # -- keys and buttons the page answers itself -----------------------------------

    def _hurts(self) -> None:
        """H: Stop — this hurts, in any mode, while a session is under way."""
        if self.active:
            self.controller.this_hurts()

    def ask_stop(self) -> None:
        """Escape: leaves focus mode once the session is over, else asks to stop."""
        if self.focus_mode and not self.active:
            self.set_focus_mode(False)
            return
        self.controller.ask_stop()

    def show_water_note(self, text: str) -> None:
        """A due drink reminder, shown quietly here instead of a popup."""
        self.water_note.setText(QCoreApplication.translate(
            "SessionPage", "{reminder} Take a sip at the next rest.").format(reminder=text))
        self.water_note.show()

    def clear_water_note(self) -> None:
        self.water_note.hide()

    def show_voice_note(self, text: str) -> None:
        """Why the voice is silent ("" when it is not)."""
        self.voice_note.setText(text)
        self.voice_note.setVisible(bool(text))

    def show_save_note(self) -> None:
        """The controller's notice about steps kept for the disk: shown (and told to
        screen readers) once when it appears or changes, hidden when all is saved."""
        text = self.controller.save_notice()
        if text == self.save_note.text() and self.save_note.isHidden() != bool(text):
            return
        self.save_note.setText(text)
        self.save_note.setVisible(bool(text))
        if text:
            self.announce(text)

    def toggle_focus_mode(self) -> None:
        self.set_focus_mode(not self.focus_mode)

    def set_focus_mode(self, on: bool) -> None:
        if on == self.focus_mode:
            return
        self.focus_mode = on
        for widget in (self.instructions, self.up_next, self.settings_button, self.controls):
            widget.setVisible(not on)
        self._controls_timer.stop()
        # The mouse moving over the page shows the controls: with tracking on, a move
        # reaches the widget under it and, unused there, the page. (No filter on
        # the whole application: it would be handed every object, making PySide
        # build types inside event delivery.)
        for widget in (self, *self.findChildren(QWidget)):
            widget.setMouseTracking(on)
        self._arrange()
        self._style()
        self._size_countdown()
        self.focus_mode_changed.emit(on)

    def _show_controls_for_a_while(self) -> None:
        """Focus mode: the control strip, until nothing has moved for a few seconds."""
        if not self.focus_mode or self.views.currentIndex() != 1:
            return
        self.controls.show()
        self._controls_timer.start()

    def _hide_controls(self) -> None:
        if self.focus_mode:
            self.controls.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The session keys are shortcuts and never arrive here: any other key
        # brings the controls back in focus mode.
        self._show_controls_for_a_while()
        super().keyPressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._show_controls_for_a_while()
        super().mouseMoveEvent(event)

    def _arrange(self) -> None:
        """The middle of the page: in relaxation the pacer or the body outline large
        in the centre with the countdown small under it; otherwise the figure beside
        the number (sharing the width evenly on the mat)."""
        calm = self._calm
        self._middle.setDirection(QBoxLayout.Direction.TopToBottom if calm
                                  else QBoxLayout.Direction.LeftToRight)
        self._middle.setStretch(0, 5 if calm else 1 if self.focus_mode else 3)
        self._middle.setStretch(1, 5 if calm else 2)
        self._middle.setStretch(2, 1 if calm else 1 if self.focus_mode else 2)
        self.progress.set_calm(calm or self.focus_mode)  # nothing bright in the dark
        self._size_countdown()

    # -- following the controller ---------------------------------------------------

    def _show_session(self) -> None:
        self.water_note.hide()
        self.views.setCurrentIndex(1)
        self.setFocus()
        self._redraw()

    def _redraw(self) -> None:
        self.refresh()
        self._update_timer()
        self._announce_changes()

    def _show_idle(self) -> None:
        self._announced_phase = self._announced_state = None
        self._display.stop()
        self._controls_timer.stop()
        self.water_note.hide()
        self.set_focus_mode(False)
        if self._calm:
            self._calm = False
            self._arrange()
            self._style()
        self.views.setCurrentIndex(0)
        self._emit_title("BackCare")

    # -- telling screen readers ---------------------------------------------------

    def announce(self, text: str, *, assertive: bool = False) -> None:
        """Have screen readers say ``text`` once (assertive: interrupting what they say)."""
        event = QAccessibleAnnouncementEvent(self, text)
        if assertive:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
        self.announced.emit(text)

    def _announce_changes(self) -> None:
        """Announce a new step, a pause and a resume, each once (the view changes
        more often than that: counted reps, the last three seconds)."""
        view = self.controller.display()
        if view is None or view.state not in (State.RUNNING, State.PAUSED):
            return
        was = self._announced_state
        self._announced_state = view.state
        if was is State.RUNNING and view.state is State.PAUSED:
            self.announce(" ".join(filter(None, (
                QCoreApplication.translate("SessionPage", "Paused."), view.paused_because))))
        elif was is State.PAUSED and view.state is State.RUNNING:
            self.announce(QCoreApplication.translate("SessionPage", "Resumed."))
        if view.phase != self._announced_phase:
            self._announced_phase = view.phase
            text = phase_announcement(view.phase, view.exercise)
            if text:
                self.announce(text, assertive=True)

    # -- drawing ------------------------------------------------------------------

    def refresh(self) -> None:
        if self.controller.check_for_sleep():
            return  # it paused, and said so: the page was redrawn then
        view = self.controller.display()
        if view is None:
            return
        phase = view.phase
        exercise = view.exercise
        calm = exercise.kind in CALM_KINDS
        if calm != self._calm:
            self._calm = calm
            self._arrange()
            self._style()
        shown = shown_at(phase, exercise, view.next_phase, view.next_exercise,
                         view.phase_elapsed_s)
        if shown is not None and shown.upcoming and view.next_exercise is not None:
            self.exercise.setText(QCoreApplication.translate("SessionPage", "Next: {name}")
                                  .format(name=view.next_exercise.name))
        else:
            self.exercise.setText(exercise.name)
        self._show_figure(shown)
        ready = view.state is State.RUNNING and view.getting_ready_s > 0
        band_words = (self.phase.text(), self.counters.text())
        self.phase.setText(QCoreApplication.translate("Texts", "Get ready") if ready
                           else phase_title(phase, exercise))
        colour = PHASE_COLOURS["prepare"] if ready else phase_colour(phase)
        band = self._band_colour(phase, colour, view.phase_elapsed_s)
        if view.state is State.PAUSED:  # paused: the whole screen dims, the band too
            band = mixed(band, QColor("#6e6e6e"), 0.75)
        self.band.set_colour(band)
        counters = phase_counters(phase, tr)
        if shown is not None and shown.side and (shown.upcoming
                                                 or phase.kind is PhaseKind.PREPARE):
            counters = (QCoreApplication.translate("SessionPage", "Start on the left side")
                        if shown.side == "left" else
                        QCoreApplication.translate("SessionPage", "Start on the right side"))
        total = ""
        if shown is not None and shown.upcoming and view.next_exercise is not None:
            total = dose_in_words(view.next_exercise, tr)  # the rest looks forward
        if ready:  # after a pause: a short get-ready, then the step goes on
            self.countdown.setText(str(math.ceil(view.getting_ready_s - 1e-9)))
            self.countdown.setAccessibleDescription(
                QCoreApplication.translate("SessionPage", "Seconds until the session goes on"))
        elif view.phase_remaining_s is None:
            self.countdown.setText(str(view.reps_counted))
            self.countdown.setAccessibleDescription(
                QCoreApplication.translate("SessionPage", "Reps counted in this set"))
            total = QCoreApplication.translate(
                "SessionPage", "of {reps} · press Enter for each rep").format(reps=phase.reps)
        elif phase.kind in REP_STEPS and phase.reps:
            # The rep is what a person counts: big; the step's seconds, small.
            self.countdown.setText(str(phase.rep_number))
            self.countdown.setAccessibleDescription(
                QCoreApplication.translate("SessionPage", "Rep"))
            total = QCoreApplication.translate("SessionPage", "of {reps}").format(
                reps=phase.reps)
            seconds = QCoreApplication.translate("SessionPage", "{s} s").format(
                s=clock_text(view.phase_remaining_s))
            counters = tr(" · ").join(filter(None, (
                phase_counters(replace(phase, rep_number=0), tr), seconds)))
        else:
            self.countdown.setText(clock_text(view.phase_remaining_s))
            self.countdown.setAccessibleDescription(
                QCoreApplication.translate("SessionPage", "Time left in this step"))
        self.counters.setText(counters)
        if (self.phase.text(), self.counters.text()) != band_words:
            self._fit_band()
        self.rep_total.setText(total)
        self.rep_total.setVisible(bool(total))
        if len(self.countdown.text()) != self._countdown_chars:  # "9" → "10", "1:00"
            self._countdown_chars = len(self.countdown.text())
            self._size_countdown()
        breathing = phase.kind in BREATHING
        self.pacer.setVisible(breathing)
        if breathing and phase.duration_s:
            tint = QColor(colour)
            self.pacer.colour = (tint.lighter(135) if self._calm
                                 else tint.lighter(170) if self.focus_mode else tint)
            self.pacer.set_fill(pacer_fill(phase.kind.value,
                                           view.phase_elapsed_s / phase.duration_s))
        lines = list(exercise.instructions) + [f"• {c}" for c in exercise.cues]
        self.instructions.setText("\n".join(lines))
        self.rep_button.setVisible(phase.kind is PhaseKind.COUNTED_SET and not self.focus_mode)
        length = max(view.total_s, 1e-9)
        self.progress.set_fraction(1 - view.remaining_s / length)
        self.time_left.setText(QCoreApplication.translate("SessionPage", "{time} left").format(
            time=clock_text(view.remaining_s)))
        if view.next_phase is not None and view.next_exercise is not None:
            nxt = view.next_exercise
            self.up_next.setText(QCoreApplication.translate(
                "SessionPage", "Up next: {exercise} — {step}").format(
                exercise=nxt.name, step=phase_title(view.next_phase, nxt)))
        else:
            self.up_next.setText(QCoreApplication.translate("SessionPage", "Up next: the end"))
        paused = view.state is State.PAUSED
        self.pause_button.setText(QCoreApplication.translate("SessionPage", "Resume") if paused
                                  else QCoreApplication.translate("SessionPage", "Pause"))
        self.paused_note.setVisible(paused)
        # Paused, the large note takes the instructions' room.
        self.instructions.setVisible(not paused and not self.focus_mode)
        if paused:
            lines = [QCoreApplication.translate("SessionPage", "Paused — press Space to continue")]
            if view.paused_because:
                lines.append(view.paused_because)
            self.paused_note.setText("\n".join(lines))
        # Paused is seen from across the room: the number and the picture dim.
        self.countdown.setEnabled(not paused)
        self.figure_view.setEnabled(not paused)
        self._emit_title(QCoreApplication.translate("SessionPage", "{time} left · BackCare")
                         .format(time=clock_text(view.remaining_s)))

    def _band_colour(self, phase: Phase, colour: str, elapsed_s: float) -> QColor:
        """The band's colour: the phase's; in relaxation it fades from the last
        phase's colour over ``CALM_FADE_S`` (a function of the time into the phase,
        so a pause holds it) and is a little darker."""
        target = QColor(colour)
        if phase != self._band_phase:
            self._band_from = self._band_to
            self._band_phase = phase
        self._band_to = target
        if not self._calm:
            return target
        return mixed(self._band_from, target, elapsed_s / CALM_FADE_S).darker(125)

    def _show_figure(self, shown: Shown | None) -> None:
        if shown is None:
            self.figure_view.hide()
            return
        if self.figure_view.figure() is not shown.figure:
            self.figure_view.set_figure(shown.figure, shown.pose)
        else:
            self.figure_view.set_pose(shown.pose)
        self.figure_view.show()

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
        moving = view.phase.kind in BREATHING or self.figure_view.isVisibleTo(self)
        interval = PACER_MS if moving else DISPLAY_MS
        if not self._display.isActive() or self._display.interval() != interval:
            self._display.start(interval)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._display.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.countdown and event.type() is QEvent.Type.Resize:
            self._size_countdown()
        elif watched is self.band and event.type() is QEvent.Type.Resize:
            self._fit_band()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_countdown()

    def _size_countdown(self) -> None:
        """Sizes read from the mat, as shares of the page's height: in focus mode the
        number a third or more, the phase word, set, rep and side a twelfth; in the
        window (a page shorter than the screen) at least half of that. The number
        gets smaller only where its text would not fit the width the layout gives
        it."""
        line = max(QFontMetrics(self.font()).height(),
                   int(self.height() / (12 if self.focus_mode else 18)))
        self._line = line
        for label in (self.rep_total, self.paused_note):
            font = label.font()
            if font.pixelSize() != line:
                font.setPixelSize(line)
                label.setFont(font)
        self._fit_band()
        # Relaxation: the countdown is secondary, under the pacer or the body.
        share = 0.12 if self._calm else 0.42 if self.focus_mode else 0.26
        tall = max(48, int(self.height() * share))
        font = self.countdown.font()
        font.setBold(True)
        font.setPixelSize(tall)
        room = self.countdown.width() - 8
        text = self.countdown.text()
        if text and room > 0:
            wide = QFontMetrics(font).horizontalAdvance(text)
            if wide > room:
                font.setPixelSize(max(12, int(tall * room / wide)))
        high = self.countdown.height()
        if text and high > 1:
            needs = QFontMetrics(font).height()
            if needs > high:
                font.setPixelSize(max(12, int(font.pixelSize() * high / needs)))
        if font != self.countdown.font():
            self.countdown.setFont(font)

    def _fit_band(self) -> None:
        """The phase word and the counters at the size read from the mat, both made
        smaller by the same share where together they would not fit the band's
        width ("Loslassen und entspannen", "Repetición 10 de 10 · Lado izquierdo")."""
        line = self._line
        if line <= 0:
            return
        margins = self._phase_row.contentsMargins()
        room = (self.band.width() - margins.left() - margins.right()
                - self._phase_row.spacing() - 2 * BAND_SLACK)
        labels = (self.phase, self.counters)

        def wide(size: int) -> int:
            total = 0
            for label in labels:
                font = label.font()
                font.setPixelSize(size)
                total += QFontMetrics(font).horizontalAdvance(label.text())
            return total

        size = line
        need = wide(size)
        if room > 0 and need > room:
            size = max(SMALLEST_BAND_PX, int(line * room / need))
            while size > SMALLEST_BAND_PX and wide(size) > room:
                size -= 1
        for label in labels:
            font = label.font()
            if font.pixelSize() != size:
                font.setPixelSize(size)
                label.setFont(font)

    def _style(self) -> None:
        base = QWidget().font().pointSizeF()
        big = self.exercise.font()
        big.setPointSizeF(base * (2.6 if self.focus_mode else 1.8))
        big.setBold(True)
        self.exercise.setFont(big)
        for label in (self.time_left,):
            font = label.font()
            font.setPointSizeF(base * (1.8 if self.focus_mode else 1.15))
            label.setFont(font)
        hurt = self.hurt_button.font()  # seen and hit from the mat in focus mode
        hurt.setPointSizeF(base * (1.4 if self.focus_mode else 1.0))
        hurt.setBold(True)
        self.hurt_button.setFont(hurt)
        paused = self.paused_note.font()  # sized with the phase word (_size_countdown)
        paused.setBold(True)
        self.paused_note.setFont(paused)
        # The figure takes its colours from its palette: the dark one on focus mode's
        # black, the window's own otherwise.
        dark = self.focus_mode or self._calm
        self.figure_view.set_colours(build_palette(True) if dark else None)
        if self._calm:  # relaxation: a dark, calm page in the window too
            self.setStyleSheet(f"#page-session {{ background: {CALM_BACKGROUND}; }}"
                               f" QLabel {{ color: {CALM_TEXT}; }}")
            self.setAutoFillBackground(True)
        elif self.focus_mode:
            self.setStyleSheet("#page-session { background: black; } QLabel { color: white; }")
            self.setAutoFillBackground(True)
        else:
            self.setStyleSheet("")
            self.setAutoFillBackground(False)
        for label in (self.phase, self.counters):  # white on the band, whatever the page
            label.setStyleSheet("color: white; background: transparent;")

