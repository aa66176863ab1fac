"""Wires the guided session into the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from backcare_desktop.core.routines.model import Routine
from backcare_desktop.ui.shell.context import AppContext

if TYPE_CHECKING:
    from backcare_desktop.storage.repository import Repository
    from backcare_desktop.ui.session.cue_player import CueOutput
    from backcare_desktop.ui.session.page import SessionPage

MakeCues = Callable[["Repository"], "CueOutput"]


def install(ctx: AppContext, make_cues: MakeCues | None = None) -> None:
    """The Session page (built when first needed); a chosen routine starts there."""
    cues = make_cues or real_cue_player
    window = ctx.window
    built: list[SessionPage] = []  # the page, once it exists

    def build() -> SessionPage:
        from backcare_desktop.storage.session_log import SessionLog
        from backcare_desktop.ui.session.page import SessionPage

        repo, clock = ctx.repo, ctx.clock
        page = SessionPage(make_log=lambda plan: SessionLog(repo, plan, clock.now),
                           make_cues=lambda: cues(repo), prefs=repo, clock=clock)
        page.title_changed.connect(window.setWindowTitle)
        page.focus_mode_changed.connect(window.set_focus_mode)
        page.choose_routine.connect(lambda: window.show_page("routines"))
        page.started.connect(lambda: ctx.session.set_active(True))
        page.ended.connect(lambda: ctx.session.set_active(False))
        ctx.session.pause_requested.connect(page.pause_for)
        ctx.session.note_posted.connect(page.show_water_note)
        ctx.session.note_withdrawn.connect(page.clear_water_note)
        built.append(page)
        return page

    def start(routine: Routine) -> None:
        window.page("session")  # built now if it was not yet
        window.show_page("session")
        built[0].begin(routine)

    def quitting() -> None:
        if built:
            built[0].abandon("app closed")

    window.add_page("session", build)
    ctx.events.start_routine.connect(start)
    ctx.events.quitting.connect(quitting)


def real_cue_player(repo: Repository) -> CueOutput:
    """Tones and voice as the person set them up."""
    from backcare_desktop.ui.session.cue_player import QtCuePlayer, VoiceChoice

    return QtCuePlayer(
        volume=repo.get_setting("sound_volume"), muted=repo.get_setting("sound_muted"),
        voice=VoiceChoice(repo.get_setting("voice_on"), repo.get_setting("voice_engine"),
                          repo.get_setting("voice_name")))
