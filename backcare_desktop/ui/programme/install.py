"""Wires the weekly plan into the app: today's planned session in the header and
on the Routines page, session reminders, the plan editor, the first-run questions
and the plan's part of the Settings page.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from backcare_desktop.ui.shell import i18n
from backcare_desktop.ui.shell.context import AppContext

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from backcare_desktop.core.programme.plan import WeeklyPlan
    from backcare_desktop.core.routines.collection import RoutineCollection
    from backcare_desktop.storage.repository import Repository
    from backcare_desktop.ui.programme.delivery import SessionReminderDelivery
    from backcare_desktop.ui.programme.reminders import SessionReminders
    from backcare_desktop.ui.programme.suggestion import Progression

log = logging.getLogger(__name__)


class ProgrammeFeature:
    """Everything is made once the window is up (``ready``), never for the first frame."""

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self._collection: RoutineCollection | None = None
        self._titles: dict[str, str] | None = None
        self._stamp: object = None
        self._reminders: SessionReminders | None = None
        self.delivery: SessionReminderDelivery | None = None
        ctx.events.ready.connect(self._start)
        ctx.events.quitting.connect(self._stop)
        ctx.events.safety_notice_accepted.connect(self._after_notice)
        ctx.today.start_requested.connect(self._start_today)
        ctx.today.edit_requested.connect(self.edit_plan)
        from backcare_desktop.ui.programme.flare_mode import install_flare

        self.flare = install_flare(ctx)  # the header's Flare-up button works from the start
        ctx.window.add_settings_section("plan", QCoreApplication.translate(
            "Plan", "Plan and session reminders"),
                                        self.build_settings, order=10)
        self._progression: Progression | None = None
        ctx.events.session_recorded.connect(self._session_recorded)

    @property
    def repo(self) -> Repository:
        return self._ctx.repo

    # -- the parts, made when first needed ------------------------------------------

    @property
    def progression(self) -> Progression:
        """Suggestions after a recorded session (paused while a flare-up is on);
        made when a session is first recorded."""
        if self._progression is None:
            from backcare_desktop.ui.programme.suggestion import Progression

            self._progression = Progression(self._ctx, self.flare.active, self.collection)
        return self._progression

    def _session_recorded(self, session_id: int) -> None:
        self.progression.session_recorded(session_id)

    def build_settings(self) -> QWidget:
        """The plan's part of the Settings page: the plan in short, "Edit plan…", and
        session reminders on or off."""
        from backcare_desktop.ui.programme.settings import PlanSettings

        return PlanSettings(self)

    @property
    def collection(self) -> RoutineCollection:
        if self._collection is None:
            from backcare_desktop.core.routines.collection import RoutineCollection

            self._collection = RoutineCollection(self._ctx.paths.routines, self._ctx.repo,
                                                 language=i18n.shown())
        return self._collection

    def routines(self) -> dict[str, str]:
        """The routines that exist now, id → title, by title. The files are read
        again when the routine folder changed (a routine saved, deleted or
        imported on the Routines page), else the last reading is used."""
        stamp = _folder_stamp(self._ctx.paths.routines)
        if self._titles is None or stamp != self._stamp:
            collection = self.collection
            collection.reload()
            self._titles = {r.id: r.title for r in sorted(collection.library.routines,
                                                           key=lambda r: r.title.casefold())}
            self._stamp = stamp
        return dict(self._titles)

    @property
    def reminders(self) -> SessionReminders:
        if self._reminders is None:
            from backcare_desktop.ui.programme.reminders import SessionReminders

            self._reminders = SessionReminders(self._ctx.repo, self._ctx.clock,
                                               routines=self.routines,
                                               parent=self._ctx.window)
            self._reminders.changed.connect(self._show_today)
        return self._reminders

    def _start(self) -> None:
        from backcare_desktop.ui.desktop.reminder_banner import Chime
        from backcare_desktop.ui.programme.delivery import SessionReminderDelivery

        ctx, reminders = self._ctx, self.reminders
        self.delivery = SessionReminderDelivery(
            reminders, banner=ctx.desktop.banner, notifier=ctx.desktop.notifier(),
            tray=ctx.desktop.tray, session=ctx.session, open_window=ctx.window.bring_to_front,
            chime=Chime(), sound_on=lambda: bool(ctx.repo.get_setting("reminder_sound")),
            parent=ctx.window)
        self.delivery.start_requested.connect(self.start_routine)
        ctx.desktop.time_moved.connect(reminders.rearm)
        ctx.session.active_changed.connect(reminders.session_changed)
        ctx.events.records_changed.connect(self._records_changed)
        reminders.rearm()

    def _records_changed(self) -> None:
        """A session deleted or imported may change what is done today (not looked
        at during a session: its end re-arms)."""
        if not self._ctx.session.active and self._reminders is not None:
            self._reminders.rearm()

    def _stop(self) -> None:
        if self._reminders is not None:
            self._reminders.stop()

    def _show_today(self) -> None:
        text, routine_id = self.reminders.today_line()
        self._ctx.today.set(text, routine_id)

    # -- what the person does ---------------------------------------------------------

    def start_routine(self, routine_id: str) -> None:
        if self._ctx.session.active:
            return
        self.routines()  # the collection as the folder is now
        routine = self.collection.get(routine_id)
        if routine is None:
            log.warning("planned routine %s no longer exists", routine_id)
            return
        self._ctx.window.bring_to_front()
        self._ctx.events.start_routine.emit(routine)

    def _start_today(self) -> None:
        if self._ctx.today.routine_id:
            self.start_routine(self._ctx.today.routine_id)

    def save(self, plan: WeeklyPlan) -> bool:
        """Save the plan; a refusal (a problem, a full disk) is said plainly."""
        from backcare_desktop.storage.errors import StorageWriteError
        from backcare_desktop.ui.shell import dialogs as shell_dialogs

        today = self.reminders.today.date()
        try:
            self._ctx.repo.save_plan(plan, today)
        except (ValueError, StorageWriteError) as exc:
            shell_dialogs.show_error(self._ctx.window, QCoreApplication.translate(
                "Plan", "The plan was not saved"), str(exc))
            return False
        try:
            self.reminders.plan_saved()
        except StorageWriteError as exc:  # the plan is saved; a reminder may come once
            log.warning("session reminder bookkeeping not saved: %s", exc)
            self.reminders.rearm()
        return True

    def edit_plan(self) -> None:
        from backcare_desktop.ui.programme import dialogs

        reminders = self.reminders
        today = reminders.today.date()
        plan = dialogs.edit_plan(self._ctx.window, self._ctx.repo.load_plan(today),
                                 self.routines(), today)
        if plan is not None:
            self.save(plan)

    def ask_first_plan(self) -> None:
        from backcare_desktop.ui.programme import dialogs

        today = self.reminders.today.date()
        plan = dialogs.ask_first_plan(self._ctx.window, self.routines(), today)
        if plan is not None:
            self.save(plan)

    def _after_notice(self) -> None:
        """First run: the questions come straight after the safety notice (before
        the start-up is counted done, as the notice is), when no plan exists yet."""
        if self._ctx.repo.load_plan().empty:
            self.ask_first_plan()


def _folder_stamp(folder: Path) -> object:
    """What changes when a routine file in ``folder`` is added, removed or rewritten
    (a file that cannot be looked at counts by its name)."""
    stamp: list[tuple[str, int, int]] = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not entry.name.endswith(".toml"):
                    continue
                try:
                    info = entry.stat()
                except OSError:
                    stamp.append((entry.name, -1, -1))
                else:
                    stamp.append((entry.name, info.st_mtime_ns, info.st_size))
    except OSError:
        return None
    return sorted(stamp)


def install(ctx: AppContext) -> ProgrammeFeature:
    return ProgrammeFeature(ctx)
