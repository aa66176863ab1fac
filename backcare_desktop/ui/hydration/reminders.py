"""Water logging and drink reminders for the whole app, on one Qt timer.

The schedule itself lives in ``core.hydration.schedule``; this object keeps
one single-shot timer armed for the next due time (never polling) and re-arms
it after every change: a drink, an edit, a snooze, new settings, a wake from
sleep, or the clock or time zone changing.

Signals:
    changed(): the water log, the reminder settings or the time of the next
        reminder changed (a reminder fired, the clock moved): what the pages
        and the tray show about them is out of date.
    reminder_due(str): a reminder is due now; the text says so kindly.
    drink_logged(): a drink was just logged (shown reminders can go away).
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from backcare_desktop.core.clock import Clock
from backcare_desktop.core.hydration import schedule
from backcare_desktop.core.hydration.amounts import show, show_number, unit_name
from backcare_desktop.core.hydration.schedule import ReminderSettings
from backcare_desktop.ui.desktop.wall_timer import arm_for
from backcare_desktop.ui.shell import i18n

if TYPE_CHECKING:
    from backcare_desktop.storage.repository import OddWaterEntry, Repository, WaterEntry

log = logging.getLogger(__name__)

BOTTLE_ML = 500


class Hydration(QObject):
    changed = Signal()
    reminder_due = Signal(str)
    drink_logged = Signal()

    def __init__(self, repo: Repository, clock: Clock, *, zone: tzinfo | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self._clock = clock
        self._zone = zone  # None: the computer's own time zone
        self.due: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setObjectName("drink-reminder")
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    # -- the timer ------------------------------------------------------------------

    def rearm(self) -> None:
        """Arm the one timer for the next due time (or stop it when none); says
        ``changed`` when that time moved."""
        if self._arm():
            self.changed.emit()

    def _arm(self) -> bool:
        """Arm the timer; True when the next due time is not what it was."""
        now = self._clock.now()
        before = self.due
        self.due = schedule.next_due(self._repo.reminder_settings(),
                                     self._repo.reminder_state(now), now, self._zone)
        if self.due is None:
            self._timer.stop()
        else:
            arm_for(self._timer, self.due, now)
        return self.due != before

    def stop(self) -> None:
        self._timer.stop()

    @property
    def armed_ms(self) -> int:
        """Milliseconds until the timer fires, or -1 when it is not armed."""
        return self._timer.remainingTime() if self._timer.isActive() else -1

    def _fire(self) -> None:
        now = self._clock.now()
        settings = self._repo.reminder_settings()
        state = self._repo.reminder_state(now)
        if schedule.is_due(settings, state, now, self._zone):
            self._repo.save_reminder_state(schedule.reminded(state, now))
            log.info("drink reminder due")
            self.reminder_due.emit(self.reminder_text())
        self.rearm()

    # -- what the person does ---------------------------------------------------------

    def log_drink(self, amount_ml: int) -> int:
        """Log a drink now; returns the new entry's id. Raises ValueError out of range."""
        now = self._clock.now()
        entry_id = self._repo.add_water(amount_ml, now)
        self._repo.save_reminder_state(schedule.drank(self._repo.reminder_state(), now))
        self._after_change()
        self.drink_logged.emit()
        return entry_id

    def log_glass(self) -> int:
        return self.log_drink(self.glass_ml)

    def undo_last(self) -> WaterEntry | None:
        """Remove today's newest entry; returns it, or None when today has none."""
        entries = self.entries_today()
        if not entries:
            return None
        newest = max(entries, key=lambda e: (e.at, e.id))
        self._repo.delete_water(newest.id)
        self._after_change()
        return newest

    def update_entry(self, entry_id: int, amount_ml: int, at: datetime) -> None:
        self._repo.update_water(entry_id, amount_ml, at)
        self._after_change()

    def delete_entry(self, entry_id: int) -> None:
        self._repo.delete_water(entry_id)
        self._after_change()

    def snooze(self, minutes: int) -> None:
        now = self._clock.now()
        self._repo.save_reminder_state(
            schedule.snoozed(self._repo.reminder_state(), now, minutes))
        self._after_change()

    def pause_for_today(self) -> None:
        self._repo.save_reminder_state(schedule.paused_for_today(
            self._repo.reminder_state(), self._clock.now(), self._zone))
        self._after_change()

    def resume(self) -> None:
        """Undo "pause for today"."""
        state = self._repo.reminder_state()
        self._repo.save_reminder_state(schedule.ReminderState(
            state.last_drink, state.last_reminder, state.snoozed_until, None))
        self._after_change()

    def save_settings(self, reminders: ReminderSettings, goal_ml: int, glass_ml: int,
                      unit: str | None) -> None:
        """Save all settings or none; ValueError lists every problem, one per line.
        ``unit`` None keeps the unit (the locale's while the person has chosen none)."""
        self._repo.save_hydration_settings(reminders, goal_ml, glass_ml, unit)
        self._after_change()

    def _after_change(self) -> None:
        self._arm()
        self.changed.emit()

    # -- what the pages show ----------------------------------------------------------

    @property
    def today(self) -> datetime:
        return schedule.local(self._clock.now(), self._zone)

    @property
    def glass_ml(self) -> int:
        return int(self._repo.get_setting("glass_ml"))

    @property
    def goal_ml(self) -> int:
        return int(self._repo.get_setting("water_goal_ml"))

    def amount_text(self, ml: float) -> str:
        return show(ml, self._repo.get_setting("water_unit"), self.glass_ml)

    def size_text(self, ml: float) -> str:
        """A glass's or a bottle's size: in the person's unit, or in ml when that unit
        is glasses ("+ Glass (250 ml)", not "+ Glass (1 glass)")."""
        unit = self._repo.get_setting("water_unit")
        return show(ml, "ml" if unit == "glasses" else unit, self.glass_ml)

    def number_text(self, ml: float) -> str:
        return show_number(ml, self._repo.get_setting("water_unit"), self.glass_ml)

    @property
    def unit_name(self) -> str:
        return unit_name(self._repo.get_setting("water_unit"))

    def entries_today(self) -> list[WaterEntry]:
        return self._repo.water_entries_on(self.today.date())

    def odd_entries(self) -> list[OddWaterEntry]:
        """Drinks no day can show: a time that cannot be read, or dated before the
        first day or after today. Kept apart so they can be changed or deleted."""
        return self._repo.odd_water_entries(self.today.date())

    def total_today(self) -> int:
        return self._repo.water_on(self.today.date())

    def last_days(self, count: int = 7) -> dict[date, int]:
        last = self.today.date()
        return self._repo.water_per_day(last - timedelta(days=count - 1), last)

    def paused_today(self) -> bool:
        return self._repo.reminder_state().paused_on == self.today.date()

    def reminder_text(self) -> str:
        drunk, goal = self.total_today(), self.goal_ml
        if drunk >= goal:
            return self.tr("A sip of water keeps you going. You have had {amount} today: "
                           "your goal is met.").format(amount=self.amount_text(drunk))
        return self.tr("Time for a glass of water. Today so far: {amount} of {goal}.").format(
            amount=self.amount_text(drunk), goal=self.amount_text(goal))

    def status_text(self) -> str:
        """One line about the next reminder, for the Hydration page and the tray."""
        settings = self._repo.reminder_settings()
        if not settings.enabled:
            return self.tr("Reminders are off.")
        if self.paused_today():
            return self.tr("Reminders are paused until tomorrow.")
        if self.due is None:
            return self.tr("No reminder is planned in the next week (check the days and hours).")
        due_local = schedule.local(self.due, self._zone)
        at = i18n.time_text(due_local.time())
        if due_local.date() != self.today.date():
            return self.tr("Next reminder: {day} at {time}.").format(
                day=i18n.weekday_text(due_local.weekday()), time=at)
        return self.tr("Next reminder: {time}.").format(time=at)
