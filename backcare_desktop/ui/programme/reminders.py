"""The weekly plan at work: today's planned session and its reminders, on one timer.

The rules live in ``core.programme.reminders``; this object keeps one
single-shot timer armed for the next due moment (never polling) and re-arms it
after every change: a plan saved, a snooze or skip, a session started or ended,
a wake from sleep, the clock or time zone changing, a new day.

Signals:
    changed(): today's line or the next reminder's time changed.
    reminder_due(str, str): a session reminder is due now: its text and the
        routine id it is about.
    withdrawn(): the reminder shown is no longer due (its session started, or
        it was snoozed or skipped from elsewhere).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from backcare_desktop.core.clock import Clock
from backcare_desktop.core.hydration.schedule import local
from backcare_desktop.core.programme import reminders as rules
from backcare_desktop.core.programme.plan import WeeklyPlan
from backcare_desktop.ui.desktop.wall_timer import arm_for
from backcare_desktop.ui.programme.words import clock_text
from backcare_desktop.ui.shell import i18n

if TYPE_CHECKING:
    from backcare_desktop.storage.repository import Repository

log = logging.getLogger(__name__)


class SessionReminders(QObject):
    changed = Signal()
    reminder_due = Signal(str, str)
    withdrawn = Signal()

    def __init__(self, repo: Repository, clock: Clock, *,
                 routines: Callable[[], dict[str, str]],
                 zone: tzinfo | None = None, parent: QObject | None = None) -> None:
        """``routines``: the routines that exist now, id → title (read each time)."""
        super().__init__(parent)
        self._repo = repo
        self._clock = clock
        self._routines = routines
        self._zone = zone
        self.due: datetime | None = None
        self._titles: dict[str, str] = {}
        self._timer = QTimer(self)
        self._timer.setObjectName("session-reminder")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    # -- reading --------------------------------------------------------------------

    @property
    def now(self) -> datetime:
        return self._clock.now()

    @property
    def today(self) -> datetime:
        return local(self._clock.now(), self._zone)

    def plan(self) -> WeeklyPlan:
        return self._repo.load_plan(self.today.date())

    @property
    def enabled(self) -> bool:
        return bool(self._repo.get_setting("session_reminders_enabled"))

    def titles(self) -> dict[str, str]:
        self._titles = self._routines()
        return self._titles

    def title(self, routine_id: str) -> str:
        return self._titles.get(routine_id, routine_id)

    def _done_today(self) -> set[str]:
        return self._repo.routines_done_on(self.today.date())

    def _args(self) -> tuple[WeeklyPlan, set[str], Collection[str]]:
        return self.plan(), self._done_today(), set(self.titles())

    # -- the timer ------------------------------------------------------------------

    def rearm(self) -> None:
        """Arm the timer for the next due moment (or stop it); says ``changed``."""
        plan, done, known = self._args()
        now = self.now
        self.due = rules.next_due(plan, self._repo.session_reminder_state(), now, self._zone,
                                  done_today=done, known_routine_ids=known,
                                  enabled=self.enabled)
        if self.due is None:
            self._timer.stop()
        else:
            arm_for(self._timer, self.due, now)
        self.changed.emit()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def armed_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def _fire(self) -> None:
        plan, done, known = self._args()
        now = self.now
        state = self._repo.session_reminder_state()
        if rules.is_due(plan, state, now, self._zone, done_today=done,
                        known_routine_ids=known, enabled=self.enabled):
            slot = rules.due_slot(plan, now, self._zone, done_today=done,
                                  known_routine_ids=known)
            self._repo.save_session_reminder_state(rules.reminded(state, now))
            if slot is not None:
                log.info("session reminder due")
                text = QCoreApplication.translate(
                    "SessionReminders", "Time for {routine}, planned at {time}.").format(
                    routine=self.title(slot.routine_id), time=clock_text(slot.at))
                self.reminder_due.emit(text, slot.routine_id)
        self.rearm()

    # -- what the person does ---------------------------------------------------------

    def plan_saved(self) -> None:
        """A plan just saved reminds of no session whose time had already passed today
        (as if reminded now); the sessions still to come are reminded as planned."""
        state = self._repo.session_reminder_state()
        self._repo.save_session_reminder_state(rules.reminded(state, self.now))
        self.rearm()

    def snooze(self, minutes: int) -> None:
        state = self._repo.session_reminder_state()
        self._repo.save_session_reminder_state(rules.snoozed(state, self.now, minutes))
        self.withdrawn.emit()
        self.rearm()

    def skip_today(self) -> None:
        state = self._repo.session_reminder_state()
        self._repo.save_session_reminder_state(
            rules.skipped_today(state, self.now, self._zone))
        self.withdrawn.emit()
        self.rearm()

    def session_changed(self, active: bool) -> None:
        """A session started (its routine is done for today) or ended."""
        if active:
            self.withdrawn.emit()
        self.rearm()

    # -- what the pages show ----------------------------------------------------------

    def today_line(self) -> tuple[str, str | None]:
        """Today's planned session for the header and the Routines page, and the
        routine Start begins: ("Core stability at 18:00", "core-stability")."""
        plan, done, known = self._args()
        if plan.empty:
            return "", None
        day = self.today.date()
        slots = plan.slots_on(day)
        if not slots:
            return QCoreApplication.translate("SessionReminders", "rest day"), None
        lost = [s for s in slots if s.routine_id not in known]
        open_slot = rules.next_slot(plan, self.now, self._zone, done_today=done,
                                    known_routine_ids=known)
        if open_slot is not None:
            text = QCoreApplication.translate("SessionReminders", "{routine} at {time}").format(
                routine=self.title(open_slot.routine_id), time=clock_text(open_slot.at))
            return text, open_slot.routine_id
        if lost and len(lost) == len(slots):
            return QCoreApplication.translate(
                "SessionReminders", "the routine planned at {time} no longer exists").format(
                time=clock_text(lost[0].at)), None
        names = QCoreApplication.translate("SessionReminders", ", ").join(
            dict.fromkeys(self.title(s.routine_id) for s in slots if s.routine_id in known))
        return QCoreApplication.translate(
            "SessionReminders", "{routines} done").format(routines=names), None

    def status_text(self) -> str:
        """One line about the next session reminder."""
        if not self.enabled:
            return QCoreApplication.translate("SessionReminders", "Session reminders are off.")
        if self.due is None:
            return QCoreApplication.translate(
                "SessionReminders", "No session reminder is planned in the next week.")
        due_local = local(self.due, self._zone)
        if due_local.date() == self.today.date():
            return QCoreApplication.translate(
                "SessionReminders", "Next session reminder: {time}.").format(
                time=i18n.time_text(due_local.time()))
        return QCoreApplication.translate(
            "SessionReminders", "Next session reminder: {day} at {time}.").format(
            day=i18n.weekday_text(due_local.weekday()), time=i18n.time_text(due_local.time()))
