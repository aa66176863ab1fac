"""Wires the guided session into the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from backcare_desktop.ui.shell.context import AppContext

if TYPE_CHECKING:
    from backcare_desktop.core.routines.model import Routine
    from backcare_desktop.storage.repository import Repository
    from backcare_desktop.ui.session.controller import SessionController
    from backcare_desktop.ui.session.cue_player import CueOutput
    from backcare_desktop.ui.session.page import SessionPage

MakeCues = Callable[["Repository"], "CueOutput"]


def install(ctx: AppContext, make_cues: MakeCues | None = None) -> None:
    """The session controller and its page, both made when first needed (start-up
    imports neither the engine nor the media modules); a chosen routine starts there."""
    cues = make_cues or real_cue_player
    window = ctx.window
    made: list[SessionController] = []  # the controller, once it exists

    def controller() -> SessionController:
        if not made:
            from backcare_desktop.ui.session.controller import SessionController

            repo = ctx.repo
            made.append(SessionController(
                repo=repo, clock=ctx.clock, status=ctx.session, make_cues=lambda: cues(repo),
                dialog_parent=window, parent=window))
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
        if made:
            made[0].abandon()

    window.add_page("session", build)
    ctx.events.start_routine.connect(start)
    ctx.events.quitting.connect(quitting)
    ctx.session.pause_requested.connect(pause_for)


def real_cue_player(repo: Repository) -> CueOutput:
    """Tones and voice as the person set them up."""
    from backcare_desktop.ui.session.cue_player import QtCuePlayer, VoiceChoice

    return QtCuePlayer(
        volume=repo.get_setting("sound_volume"), muted=repo.get_setting("sound_muted"),
        voice=VoiceChoice(repo.get_setting("voice_on"), repo.get_setting("voice_engine"),
                          repo.get_setting("voice_name")))
