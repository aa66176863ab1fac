"""Wires the record pages (Progress, History), the pain log and the daily check-in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from backcare_desktop.ui.shell.context import AppContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from backcare_desktop.ui.progress.checkin import CheckIn
    from backcare_desktop.ui.progress.history_page import HistoryPage


class ProgressFeature:
    """Progress and History pages (redrawn when records change), Log pain…, the
    export and import of records, and the optional daily check-in."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.checkin: CheckIn | None = None
        ctx.window.add_page("progress", self._build_progress)
        ctx.window.add_page("history", self._build_history)
        ctx.window.log_pain_requested.connect(self.log_pain)
        ctx.window.export_requested.connect(lambda: self._history().export_records())
        ctx.window.import_requested.connect(lambda: self._history().import_records())
        ctx.events.ready.connect(self._start_checkin)
        ctx.events.quitting.connect(self._stop_transfer)

    def _build_progress(self) -> QWidget:
        from backcare_desktop.storage.progress_data import ProgressSource
        from backcare_desktop.ui.progress.page import ProgressPage

        ctx = self._ctx
        page = ProgressPage(ProgressSource(ctx.repo), lambda: ctx.clock.now().date())
        page.log_pain_requested.connect(ctx.window.log_pain_requested)
        page.go_to_routines.connect(lambda: ctx.window.show_page("routines"))
        ctx.events.records_changed.connect(page.mark_stale)
        return page

    def _build_history(self) -> QWidget:
        from backcare_desktop.storage.progress_data import ProgressSource
        from backcare_desktop.ui.progress.history_page import HistoryPage

        ctx = self._ctx
        page = HistoryPage(ProgressSource(ctx.repo), ctx.repo, ctx.clock.now)
        ctx.events.records_changed.connect(page.mark_stale)
        return page

    def _history(self) -> HistoryPage:
        """Show the History page (export and import live there) and return it."""
        from backcare_desktop.ui.progress.history_page import HistoryPage

        self._ctx.window.show_page("history")
        page = self._ctx.window.page("history")
        assert isinstance(page, HistoryPage)
        return page

    def _stop_transfer(self) -> None:
        """An export or import still running at quit is cancelled (nothing of it is
        kept) and waited for, so its thread never outlives the window."""
        from backcare_desktop.ui.progress.history_page import HistoryPage

        page = self._ctx.window.built_page("history")
        if isinstance(page, HistoryPage):
            page.stop_transfer()

    def log_pain(self) -> None:
        from backcare_desktop.ui.progress import dialogs as progress_dialogs

        answer = progress_dialogs.log_pain(self._ctx.window)
        if answer is None:
            return
        level, area, note = answer
        self._ctx.repo.add_pain(level, self._ctx.clock.now(), area=area, note=note)

    def _start_checkin(self) -> None:
        from backcare_desktop.ui.progress.checkin import CheckIn
        from backcare_desktop.ui.progress.checkin_delivery import CheckInDelivery

        ctx = self._ctx
        delivery = CheckInDelivery(
            banner=ctx.desktop.banner, notifier=ctx.desktop.notifier(),
            tray=ctx.desktop.tray, session=ctx.session,
            log_pain=ctx.window.log_pain_requested.emit, open_window=ctx.window.bring_to_front,
            parent=ctx.window)
        checkin = CheckIn(ctx.repo, ctx.clock, delivery.deliver, parent=ctx.window)
        self.checkin = checkin
        self.delivery = delivery

        def records_changed() -> None:
            if checkin.answered_today():
                delivery.withdraw()
            checkin.rearm()
        ctx.events.records_changed.connect(records_changed)
        ctx.desktop.time_moved.connect(checkin.rearm)
        ctx.events.quitting.connect(checkin.stop)
        checkin.rearm()


def install(ctx: AppContext) -> ProgressFeature:
    return ProgressFeature(ctx)
