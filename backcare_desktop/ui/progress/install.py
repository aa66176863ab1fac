"""Wires the record pages (Progress, History), the pain log and the daily check-in."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from backcare_desktop.ui.shell.context import AppContext

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence
    from datetime import date

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    from backcare_desktop.ui.progress.checkin import CheckIn
    from backcare_desktop.ui.progress.fhir_export import FhirExport
    from backcare_desktop.ui.progress.history_page import HistoryPage
    from backcare_desktop.ui.progress.idle import IdleSteps, Steps
    from backcare_desktop.ui.progress.weekly_checkin import WeeklyCheckIn, WeeklyDelivery

# Shortly after the window is up (``ready``), numpy is imported on a thread, then
# the record pages' Qt modules one per turn of the event loop on the GUI thread
# (PySide makes its Python types on first use, and that is not safe from two
# threads at once: pyqtgraph imported on a thread crashed the app now and then);
# the pages are then built and filled in small steps.
PREPARE_AFTER_MS = 50
# After records change while the pages are hidden (and no session runs), they are
# read again in idle time once the writing has settled.
READY_AGAIN_AFTER_MS = 2000
_PROGRESS = "backcare_desktop.ui.progress.page"
_THREAD_MODULES = ("numpy",)  # no Qt in it
_QT_MODULES = ("backcare_desktop.ui.progress.history_page", "pyqtgraph",
               "backcare_desktop.ui.progress.charts", _PROGRESS)


class ProgressFeature:
    """Progress and History pages (redrawn when records change, and readied in idle
    time so they open at once), Log pain…, the export and import of records, and
    the optional daily check-in."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.checkin: CheckIn | None = None
        self.weekly: WeeklyCheckIn | None = None
        self.weekly_delivery: WeeklyDelivery | None = None
        self.idle: IdleSteps | None = None
        self._again: QTimer | None = None
        # What the Progress page shows as planned and as flare-up days, from the records.
        self.planned_days: Callable[[date, date], Mapping[date, Sequence[str]]] | None = (
            ctx.repo.planned_days)
        self.flare_days: Callable[[date, date], set[date]] | None = (
            lambda first, last: ctx.repo.flare_days(first, last, today=ctx.clock.now().date()))
        ctx.window.add_page("progress", self._build_progress)
        ctx.window.add_page("history", self._build_history)
        from PySide6.QtCore import QCoreApplication

        ctx.window.add_settings_section("checkin",
                                        QCoreApplication.translate("Settings", "Pain check-in"),
                                        self._build_checkin_settings, order=40)
        ctx.window.add_settings_section("data", QCoreApplication.translate("Settings", "Data"),
                                        self._build_data_settings, order=90)
        ctx.window.log_pain_requested.connect(self.log_pain)
        ctx.window.export_requested.connect(lambda: self._history().export_records())
        ctx.window.import_requested.connect(lambda: self._history().import_records())
        ctx.window.fhir_requested.connect(self.export_fhir)
        ctx.window.report_requested.connect(self.show_report)
        ctx.window.programme_requested.connect(self.show_programme)
        ctx.events.ready.connect(self._start_checkin)
        ctx.events.ready.connect(self._start_weekly)
        ctx.events.ready.connect(self._prepare)
        ctx.events.quitting.connect(self._stop_preparing)
        ctx.events.quitting.connect(self._stop_transfer)
        self.fhir: FhirExport | None = None

    # -- for the physiotherapist ----------------------------------------------------------

    def show_report(self) -> None:
        from backcare_desktop.ui.progress import dialogs

        ctx = self._ctx
        dialogs.show_report(ctx.window, ctx.repo, ctx.paths.routines, ctx.clock.now().date())

    def show_programme(self) -> None:
        from backcare_desktop.ui.progress import dialogs

        ctx = self._ctx
        dialogs.show_programme(ctx.window, ctx.repo, ctx.paths.routines, ctx.clock.now().date())

    # -- readied in idle time ---------------------------------------------------------

    def _prepare(self) -> None:
        from PySide6.QtCore import QTimer

        from backcare_desktop.ui.progress.idle import IdleSteps

        ctx = self._ctx
        idle = self.idle = IdleSteps("record-pages-preparation", ctx.window)
        idle.add(self._ready_pages(idle), PREPARE_AFTER_MS)
        again = self._again = QTimer(ctx.window)
        again.setObjectName("record-pages-ready-again")
        again.setSingleShot(True)
        again.setInterval(READY_AGAIN_AFTER_MS)
        again.timeout.connect(self._ready_again)
        ctx.events.records_changed.connect(self._changed)
        ctx.session.active_changed.connect(lambda active: None if active else self._changed())

    def _changed(self) -> None:
        if self._again is not None and self.idle is not None:
            self._again.start()

    def _ready_pages(self, idle: IdleSteps) -> Steps:
        """numpy imported on a thread, the pages' Qt modules here, one a turn and not
        while a session runs (pyqtgraph's import holds the event loop for about
        0.2 s), then the Progress page built and filled. (History is only imported:
        its date and time fields would tell a screen reader of every text they
        were given while hidden, and it opens fast from its first page of rows
        anyway.)"""
        imports = idle.start_imports(_THREAD_MODULES)
        yield from imports.wait_for(_THREAD_MODULES[-1])
        for name in _QT_MODULES:
            if self._ctx.session.active:
                return  # its end brings the work back (``_ready_again``)
            import_module(name)
            yield None
        yield from self._fill_progress()

    def _fill_progress(self) -> Steps:
        """Build the Progress page if need be and read the records into it, in steps,
        and only while no session runs: a session's timing comes first (and a
        screen reader would hear of the page's widgets being made). A session that
        starts drops what is left; its end brings us back (``_ready_again``)."""
        from backcare_desktop.ui.progress.page import ProgressPage

        if self._ctx.session.active:
            return
        progress = self._ctx.window.page("progress")
        assert isinstance(progress, ProgressPage)
        yield None
        for wait in progress.preparation():
            if self._ctx.session.active:
                return
            yield wait

    def _ready_again(self) -> None:
        """Read changed records into the hidden Progress page (building it, if a
        session kept it from being built), unless a session runs (it writes at every
        step; its end brings us back here)."""
        if self.idle is None or self._ctx.session.active:
            return
        page = self._ctx.window.built_page("progress")
        if page is None or not page.isVisible():
            self.idle.add(self._fill_progress())

    def _stop_preparing(self) -> None:
        if self._again is not None:
            self._again.stop()
            self._again = None
        if self.idle is not None:
            self.idle.stop()
            self.idle = None

    def _build_progress(self) -> QWidget:
        from backcare_desktop.storage.progress_data import ProgressSource
        from backcare_desktop.ui.progress.page import ProgressPage

        ctx = self._ctx
        page = ProgressPage(ProgressSource(ctx.repo), lambda: ctx.clock.now().date())
        if self.planned_days is not None:
            page.set_planned_days(self.planned_days)
        if self.flare_days is not None:
            page.set_flare_days(self.flare_days)
        page.set_peg_answers(ctx.repo.peg_answers)
        page.log_pain_requested.connect(ctx.window.log_pain_requested)
        page.peg_requested.connect(self.answer_peg)
        page.report_requested.connect(ctx.window.report_requested)
        page.go_to_routines.connect(lambda: ctx.window.show_page("routines"))
        ctx.events.records_changed.connect(page.mark_stale)
        return page

    def _build_history(self) -> QWidget:
        from backcare_desktop.storage.progress_data import ProgressSource
        from backcare_desktop.ui.progress.history_page import HistoryPage

        ctx = self._ctx
        page = HistoryPage(ProgressSource(ctx.repo), ctx.repo, ctx.clock.now)
        ctx.events.records_changed.connect(page.mark_stale)
        page.checkin_settings_requested.connect(lambda: ctx.window.show_settings("checkin"))
        return page

    def _build_checkin_settings(self) -> QWidget:
        from backcare_desktop.ui.progress.settings_sections import CheckInSettings

        section = CheckInSettings(self._ctx.repo)
        section.changed.connect(self._checkin_changed)
        return section

    def _checkin_changed(self) -> None:
        if self.checkin is not None:
            self.checkin.rearm()
        if self.weekly is not None:
            self.weekly.rearm()

    def _build_data_settings(self) -> QWidget:
        from backcare_desktop.ui.progress.settings_sections import DataSettings, open_folder

        ctx = self._ctx
        return DataSettings(
            ctx.paths, ctx.clock.now, ctx.desktop.background,
            export=lambda: self._history().export_records(),
            import_=lambda: self._history().import_records(),
            open_folder=open_folder)

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

    def export_fhir(self) -> None:
        """File → Export for a health record (FHIR)…"""
        from backcare_desktop.ui.progress.fhir_export import FhirExport

        if self.fhir is None:
            ctx = self._ctx
            self.fhir = FhirExport(ctx.window, ctx.repo.path, ctx.clock.now)
            ctx.events.quitting.connect(self.fhir.stop)
        self.fhir.start()

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


    def answer_peg(self) -> None:
        """Ask the weekly questions (PEG) and keep the answer."""
        from backcare_desktop.ui.progress import dialogs as progress_dialogs

        answer = progress_dialogs.ask_peg(self._ctx.window)
        if answer is None:
            return
        self._ctx.repo.add_peg_answer(self._ctx.clock.now(), *answer)

    def _start_weekly(self) -> None:
        from backcare_desktop.ui.progress.weekly_checkin import WeeklyCheckIn, WeeklyDelivery

        ctx = self._ctx
        delivery = WeeklyDelivery(
            banner=ctx.desktop.banner, notifier=ctx.desktop.notifier(),
            tray=ctx.desktop.tray, session=ctx.session, answer=self.answer_peg,
            open_window=ctx.window.bring_to_front, parent=ctx.window)
        weekly = WeeklyCheckIn(ctx.repo, ctx.clock, delivery.deliver, parent=ctx.window)
        self.weekly, self.weekly_delivery = weekly, delivery

        def records_changed() -> None:
            if weekly.answered_recently():
                delivery.withdraw()
            weekly.rearm()
        ctx.events.records_changed.connect(records_changed)
        ctx.desktop.time_moved.connect(weekly.rearm)
        ctx.events.quitting.connect(weekly.stop)
        weekly.rearm()


def install(ctx: AppContext) -> ProgressFeature:
    return ProgressFeature(ctx)
