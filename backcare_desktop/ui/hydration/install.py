"""Wires water logging and drink reminders into the app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from backcare_desktop.ui.shell.context import AppContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from backcare_desktop.ui.desktop.tray import Tray
    from backcare_desktop.ui.hydration.delivery import ReminderDelivery
    from backcare_desktop.ui.hydration.reminders import Hydration



def use_the_locale() -> None:
    """Amounts of water in the locale's numbers, and in its unit until the person
    chooses one: fluid ounces where US customary measures are used, else ml."""
    from backcare_desktop.core.hydration import amounts
    from backcare_desktop.ui.shell import i18n

    amounts.use_locale(i18n.number_text,
                       lambda: "fl_oz" if i18n.uses_fluid_ounces() else "ml")


class HydrationFeature:
    """The reminder service, its page, and (once the window is up) its delivery.

    The service and its schedule are made when first needed (at the latest
    once the window is up), not while the first frame is being put up.
    """

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self._hydration: Hydration | None = None
        self.delivery: ReminderDelivery | None = None
        ctx.window.add_page("hydration", self._build_page)
        from PySide6.QtCore import QCoreApplication

        use_the_locale()
        ctx.window.add_settings_section(
            "hydration", QCoreApplication.translate("Hydration", "Drink reminders and units"),
            self._build_settings, order=30)
        ctx.events.ready.connect(self._start_reminders)
        ctx.events.quitting.connect(self._stop)

    @property
    def hydration(self) -> Hydration:
        if self._hydration is None:
            from backcare_desktop.ui.hydration.reminders import Hydration

            self._hydration = Hydration(self._ctx.repo, self._ctx.clock, parent=self._ctx.window)
        return self._hydration

    def _stop(self) -> None:
        if self._hydration is not None:
            self._hydration.stop()

    def _build_page(self) -> QWidget:
        from backcare_desktop.ui.hydration.page import HydrationPage

        page = HydrationPage(self.hydration, self._ctx.repo)
        page.settings_requested.connect(lambda: self._ctx.window.show_settings("hydration"))
        return page

    def _build_settings(self) -> QWidget:
        from backcare_desktop.ui.hydration.settings_section import HydrationSettings

        return HydrationSettings(self.hydration, self._ctx.repo)

    def _start_reminders(self) -> None:
        from backcare_desktop.ui.desktop.reminder_banner import Chime
        from backcare_desktop.ui.hydration.delivery import ReminderDelivery

        ctx, hydration = self._ctx, self.hydration
        tray = ctx.desktop.tray
        if tray is not None:
            self._use_tray(tray)
        self.delivery = ReminderDelivery(
            hydration, banner=ctx.desktop.banner, notifier=ctx.desktop.notifier(),
            tray=tray, session=ctx.session,
            open_window=self._open_page,
            chime=Chime(), prefs=ctx.repo, parent=ctx.window)
        ctx.desktop.time_moved.connect(hydration.rearm)
        hydration.rearm()

    def _open_page(self) -> None:
        self._ctx.window.bring_to_front()
        self._ctx.window.show_page("hydration")

    def _use_tray(self, tray: Tray) -> None:
        from PySide6.QtWidgets import QApplication

        ctx, hydration, repo = self._ctx, self.hydration, self._ctx.repo
        tray.log_glass.connect(hydration.log_glass)
        tray.snooze.connect(hydration.snooze)
        tray.pause_today.connect(hydration.pause_for_today)
        tray.resume.connect(hydration.resume)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)
        ctx.window.keep_running_on_close(lambda: bool(repo.get_setting("close_to_tray")))
        ctx.window.hidden_to_tray.connect(lambda: self._announce_tray_once(tray))

        def update_tray() -> None:
            from PySide6.QtCore import QCoreApplication

            today = QCoreApplication.translate(
                "Hydration", "BackCare — water today: {amount} of {goal}").format(
                amount=hydration.amount_text(hydration.total_today()),
                goal=hydration.amount_text(hydration.goal_ml))
            tray.update(today + "\n" + hydration.status_text(),
                        paused=hydration.paused_today(),
                        reminders_on=bool(repo.get_setting("reminders_enabled")))
        hydration.changed.connect(update_tray)
        ctx.desktop.time_moved.connect(update_tray)
        update_tray()

    def _announce_tray_once(self, tray: Tray) -> None:
        repo = self._ctx.repo
        if repo.get_setting("close_to_tray_announced"):
            return
        from PySide6.QtCore import QCoreApplication

        tray.message(
            QCoreApplication.translate("Hydration", "BackCare is still running"),
            QCoreApplication.translate(
                "Hydration", "Drink reminders keep coming while the window is closed. To quit, "
                "choose Quit from this icon's menu. You can change this in Settings, under "
                "Drink reminders and units."))
        repo.set_setting("close_to_tray_announced", True)


def install(ctx: AppContext) -> HydrationFeature:
    return HydrationFeature(ctx)
