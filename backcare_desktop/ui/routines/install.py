"""Wires the routine picker into the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from backcare_desktop.ui.shell import i18n
from backcare_desktop.ui.shell.context import AppContext

if TYPE_CHECKING:
    from backcare_desktop.ui.routines.page import RoutinesPage


def install(ctx: AppContext) -> None:
    """The Routines page, built when it is first shown or asked for (the page and
    the routine library are not needed for the window's first frame); Start asks
    the app to start the chosen routine."""

    def build() -> RoutinesPage:
        from backcare_desktop.core.routines.collection import RoutineCollection
        from backcare_desktop.ui.routines.page import RoutinesPage

        collection = RoutineCollection(ctx.paths.routines, ctx.repo, language=i18n.shown())
        page = RoutinesPage(collection)

        def start(routine_id: str) -> None:
            routine = collection.get(routine_id)
            if routine is not None:
                ctx.events.start_routine.emit(routine)

        page.start_requested.connect(start)
        # Today's planned session, as the plan feature tells it through the context.
        page.follow_planned(ctx.today)
        page.start_planned.connect(ctx.today.start_requested)
        page.plan_requested.connect(ctx.today.edit_requested)

        def routines_changed() -> None:  # a routine file was written elsewhere
            collection.reload()
            if page.is_built():  # else it is read when the page is first shown
                page.refresh()

        ctx.events.routines_changed.connect(routines_changed)
        return page

    ctx.window.add_page("routines", build)
