"""Wires the routine picker into the window."""

from __future__ import annotations

from backcare_desktop.core.routines.collection import RoutineCollection
from backcare_desktop.ui.routines.page import RoutinesPage
from backcare_desktop.ui.shell.context import AppContext


def install(ctx: AppContext) -> RoutinesPage:
    """The Routines page; Start asks the app to start the chosen routine."""
    collection = RoutineCollection(ctx.paths.routines, ctx.repo)
    page = RoutinesPage(collection)
    ctx.window.add_page("routines", page)

    def start(routine_id: str) -> None:
        routine = collection.get(routine_id)
        if routine is not None:
            ctx.events.start_routine.emit(routine)

    page.start_requested.connect(start)
    return page
