"""Flare-up mode wired into the window: the header's button and note, the tray's
item, and the offer of the gentle routine when pain before a session is high.

The advice dialog (``flare.py``) is imported only when it is shown, so the
window's first frame does not wait for it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from backcare_desktop.core.programme.flare import FLARE_ROUTINE_ID, FlareHow, starts_flare
from backcare_desktop.storage.errors import StorageWriteError
from backcare_desktop.ui.shell import i18n

if TYPE_CHECKING:
    from backcare_desktop.core.routines.model import Routine
    from backcare_desktop.ui.shell.context import AppContext, PainBefore

log = logging.getLogger(__name__)


class FlareFeature(QObject):
    """Flare-up mode wired into the window, the tray and the session's question."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx.window)
        self._ctx = ctx
        window = ctx.window
        window.flare_requested.connect(self.open)
        ctx.session.pain_before.connect(self._pain_before)
        ctx.events.records_changed.connect(self.refresh)
        ctx.events.ready.connect(self._ready)
        ctx.desktop.time_moved.connect(self.refresh)
        ctx.desktop.day_watch.new_day.connect(self.refresh)
        self.refresh()

    def _ready(self) -> None:
        tray = self._ctx.desktop.tray
        if tray is not None:
            tray.flare_requested.connect(self._from_tray)

    def _from_tray(self) -> None:
        self._ctx.window.bring_to_front()
        self.open()

    def active(self) -> bool:
        """Whether a flare-up is on now (progression waits while it is)."""
        return self._ctx.repo.flare_active(self._ctx.clock.now())

    def refresh(self) -> None:
        self._ctx.window.set_flare_mode(self.active())

    def _start(self, how: FlareHow) -> bool:
        """Start flare-up mode now unless it is on; False when it could not be saved."""
        try:
            self._ctx.repo.start_flare(self._ctx.clock.now(), how)
        except StorageWriteError as exc:
            log.warning("flare-up mode not saved: %s", exc)
            return False
        return True

    def _since(self) -> str:
        period = self._ctx.repo.current_flare(self._ctx.clock.now())
        if period is None:
            return ""
        from backcare_desktop.ui.programme.words import day_text  # not before the first frame

        return day_text(period.started)

    def open(self) -> None:
        """The Flare-up button: flare-up mode starts (by hand) and the advice shows."""
        from backcare_desktop.ui.programme import flare as flare_dialog

        saved = self._start(FlareHow.HAND)
        choice = flare_dialog.show_flare_up(self._ctx.window, active=saved and self.active(),
                               since=self._since(), session_running=self._ctx.session.active)
        if choice is flare_dialog.FlareChoice.GENTLE:
            self.start_gentle_routine()
        elif choice is flare_dialog.FlareChoice.END:
            self.end()

    def _pain_before(self, asked: PainBefore) -> None:
        if not starts_flare(asked.level):
            return
        saved = self._start(FlareHow.PAIN)
        if asked.routine.id == FLARE_ROUTINE_ID:
            return  # already the gentle one
        from backcare_desktop.ui.programme import flare as flare_dialog

        choice = flare_dialog.show_flare_up(self._ctx.window, active=saved and self.active(),
                               since=self._since(), routine_title=asked.routine.title,
                               level=asked.level)
        if choice is flare_dialog.FlareChoice.GENTLE:
            gentle = self.gentle_routine()
            if gentle is not None:
                asked.instead = gentle
        elif choice is flare_dialog.FlareChoice.END:
            self.end()

    def end(self) -> None:
        try:
            self._ctx.repo.end_flare(self._ctx.clock.now())
        except StorageWriteError as exc:
            from backcare_desktop.ui.shell import dialogs

            dialogs.show_error(
                self._ctx.window,
                QCoreApplication.translate("FlareUp", "Flare-up mode is still on"),
                QCoreApplication.translate(
                    "FlareUp", "BackCare could not save that it ended: {why}").format(why=exc))

    def gentle_routine(self) -> Routine | None:
        """The built-in gentle routine; None (said once, plainly) when it cannot be read."""
        from backcare_desktop.core.routines.library import builtin_dir
        from backcare_desktop.core.routines.loading import RoutineError, load_routine_file

        path = builtin_dir() / f"{FLARE_ROUTINE_ID}.toml"
        try:
            return load_routine_file(path, builtin=True).in_language(i18n.shown())
        except (OSError, RoutineError) as exc:
            log.error("the flare-up routine cannot be read: %s", exc)
            from backcare_desktop.ui.shell import dialogs

            dialogs.show_error(
                self._ctx.window,
                QCoreApplication.translate("FlareUp", "The gentle routine is missing"),
                QCoreApplication.translate(
                    "FlareUp", "BackCare could not read its gentle routine ({file}). "
                    "Reinstalling BackCare brings it back.").format(file=path))
            return None

    def start_gentle_routine(self) -> None:
        routine = self.gentle_routine()
        if routine is not None:
            self._ctx.events.start_routine.emit(routine)


def install_flare(ctx: AppContext) -> FlareFeature:
    """Wire flare-up mode into the window; the feature's ``active`` tells whether a
    flare-up is on (progression waits while it is)."""
    return FlareFeature(ctx)
