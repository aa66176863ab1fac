"""Wires the guided session into the window, and readies it in idle time.

Start-up imports neither the engine nor the media modules. Once the window is
on screen (``AppEvents.ready``), ``SessionPreparation`` does that work in small
steps, one per turn of the event loop, so the window stays responsive and the
first Start shows its question as fast as later ones: the session's modules,
its page, then the tones (QtMultimedia and one ``Tone`` per sound). A Start
that comes first simply does what is still left.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from backcare_desktop.ui.shell.context import AppContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from backcare_desktop.core.routines.model import Routine
    from backcare_desktop.storage.repository import Repository
    from backcare_desktop.ui.session.controller import SessionController
    from backcare_desktop.ui.session.cue_player import CueOutput, ToneBank
    from backcare_desktop.ui.session.page import SessionPage

MakeCues = Callable[["Repository"], "CueOutput"]
Step = Callable[[], bool]  # does a small piece of work; True while it has more to do

TEST_TONE = "phase"  # the tone Settings ▸ Sound and voice plays for Test tone


# After the window is shown, the start-up work after it (desktop services,
# reminders, backup) goes first; then the session is readied.
PREPARE_AFTER_MS = 100


class SessionPreparation(QObject):
    """Runs ``steps`` in idle time: each call of a step is one turn of the event
    loop; a step is called again while it returns True."""

    def __init__(self, steps: list[Step], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps = list(steps)
        self._timer = QTimer(self)
        self._timer.setObjectName("session-preparation")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)

    @property
    def done(self) -> bool:
        return not self._steps

    def start(self, after_ms: int = PREPARE_AFTER_MS) -> None:
        if self._steps:
            self._timer.start(after_ms)

    def stop(self) -> None:
        self._timer.stop()
        self._steps = []

    def _next(self) -> None:
        if self._steps and not self._steps[0]():
            self._steps.pop(0)
        if self._steps:
            self._timer.start(0)


class RealCues:
    """Tones and voice as the person set them up. The tones are loaded once and
    kept: in idle time (``steps``) or, at the latest, by the first player."""

    def __init__(self, parent: QObject | None = None) -> None:
        self._parent = parent
        self._tones: ToneBank | None = None

    @property
    def tones(self) -> ToneBank:
        if self._tones is None:
            from backcare_desktop.ui.session.cue_player import ToneBank

            self._tones = ToneBank(parent=self._parent)
        return self._tones

    def steps(self) -> list[Step]:
        """What readies the cues, in order. The voice's own preparation (off the GUI
        thread) is to be started by a step added at the end of this list."""
        return [lambda: self.tones.prepare_one()]

    def __call__(self, repo: Repository) -> CueOutput:
        from backcare_desktop.ui.session.cue_player import QtCuePlayer, VoiceChoice

        return QtCuePlayer(
            volume=repo.get_setting("sound_volume"), muted=repo.get_setting("sound_muted"),
            voice=VoiceChoice(repo.get_setting("voice_on"), repo.get_setting("voice_engine"),
                              repo.get_setting("voice_name")),
            tones=self.tones)


def install(ctx: AppContext, make_cues: MakeCues | None = None) -> SessionPreparation:
    """The session controller and its page, both made when first needed or in idle
    time after start-up; a chosen routine starts there. Returns the preparation
    (started on ``ready``, stopped on ``quitting``)."""
    window = ctx.window
    real: RealCues | None = None
    if make_cues is None:
        real = make_cues = RealCues(window)
    cues = make_cues
    made: list[SessionController] = []  # the controller, once it exists

    def controller() -> SessionController:
        if not made:
            from backcare_desktop.ui.session.controller import SessionController

            repo = ctx.repo
            made.append(SessionController(
                repo=repo, clock=ctx.clock, status=ctx.session, make_cues=lambda: cues(repo),
                dialog_parent=window, parent=window))
            # A sleep noticed by the session re-arms the reminders and the day
            # watcher too, where the desktop sent no wake signal.
            made[0].slept.connect(ctx.desktop.clock_moved)
            made[0].recorded.connect(ctx.events.session_recorded)
        return made[0]

    def build() -> SessionPage:
        from backcare_desktop.ui.session.page import SessionPage

        page = SessionPage(controller())
        page.title_changed.connect(window.setWindowTitle)
        page.focus_mode_changed.connect(window.set_focus_mode)
        page.choose_routine.connect(lambda: window.show_page("routines"))
        ctx.session.note_posted.connect(page.show_water_note)
        ctx.session.note_withdrawn.connect(page.clear_water_note)
        return page

    def start(routine: Routine) -> None:
        window.page("session")  # built now if it was not yet
        window.show_page("session")
        controller().begin(routine)

    def pause_for(reason: str) -> None:
        if made:
            made[0].pause_for(reason)

    def quitting() -> None:
        preparation.stop()
        if made:
            made[0].abandon()

    def import_modules() -> bool:
        for module in ("controller", "page"):
            import_module(f"backcare_desktop.ui.session.{module}")
        return False

    def build_page() -> bool:
        window.page("session")
        return False

    preparation = SessionPreparation(
        [import_modules, build_page, *(real.steps() if real is not None else [])], window)
    window.add_page("session", build)

    def play_tone(volume: int) -> None:
        """Test tone: the phase tone at ``volume`` (the real tones only; tests give
        their own cues)."""
        if real is not None:
            tone = real.tones.effects()[TEST_TONE]
            tone.setVolume(max(0.0, min(1.0, volume / 100)))
            tone.play()

    def settings_changed() -> None:
        if made:
            made[0].sound_settings_changed()

    def build_settings() -> QWidget:
        from backcare_desktop.ui.session.sound_settings import SoundSection

        section = SoundSection(ctx.repo, play_tone)
        section.changed.connect(settings_changed)
        return section

    window.add_settings_section("sound", QCoreApplication.translate("Settings", "Sound and voice"),
                                build_settings, order=20)
    ctx.events.start_routine.connect(start)
    ctx.events.ready.connect(preparation.start)
    ctx.events.quitting.connect(quitting)
    ctx.session.pause_requested.connect(pause_for)
    return preparation

