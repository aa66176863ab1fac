"""When the next session reminder is due.

Rules:
- A planned session is reminded at its slot's local wall-clock time (daylight
  saving included: ``hydration.schedule.wall``). A time the spring change
  skips comes at the same moment one hour later on the clock; a time the
  autumn change repeats comes once, the first time.
- Only slots not done that day: a session of that routine started that local
  day and finished counts as done (one stopped part-way does not). Slots whose
  routine no longer exists are not reminded.
- Each slot is reminded once: a reminder shown at or after a slot's time
  covers it. After a sleep, or the clock set forward, past several slots, one
  reminder is due (for the latest of them), shown once; a slot from an earlier
  day is not reminded after midnight.
- Snooze (10, 30 or 60 minutes) brings the reminder back then, if a session of
  that day is still not done; it does not carry a session into the next day.
  "Skip today" silences the rest of that local day.
- A recorded moment (reminder, snooze) more than a day ahead of now (a clock
  that was wrong, then set right) is not counted; one a little ahead (the
  clock was set back) still covers the slots before it, so nothing is shown
  twice.
- Never during a session: the ui asks ``SessionStatus`` and posts a quiet note
  instead.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from backcare_desktop.core.hydration.schedule import in_utc, local, wall
from backcare_desktop.core.programme.plan import Slot, WeeklyPlan

log = logging.getLogger(__name__)

SNOOZE_MINUTES = (10, 30, 60)
FUTURE_LIMIT = timedelta(days=1)
LOOK_AHEAD_DAYS = 8


@dataclass(frozen=True)
class SessionReminderState:
    last_reminder: datetime | None = None
    snoozed_until: datetime | None = None
    skipped_on: date | None = None  # "skip today", as a local date


def _usable(moment: datetime | None, now_u: datetime, what: str) -> datetime | None:
    if moment is None:
        return None
    try:
        value = in_utc(moment)
    except (OverflowError, ValueError):
        log.warning("%s %s is outside the calendar; not counted", what, moment.isoformat())
        return None
    if value - now_u > FUTURE_LIMIT:
        log.warning("%s %s is more than a day ahead; not counted", what, moment.isoformat())
        return None
    return value


def slot_moment(day: date, slot: Slot, zone: tzinfo | None) -> datetime:
    """The slot's time on ``day`` as an aware UTC moment."""
    at = slot.time
    assert at is not None
    return in_utc(wall(day, at, zone))


def _open_slots(plan: WeeklyPlan, day: date, done: Collection[str],
                known: Collection[str] | None) -> list[Slot]:
    return [s for s in plan.planned_on(day, known) if s.routine_id not in done]


def next_due(plan: WeeklyPlan, state: SessionReminderState, now: datetime,
             zone: tzinfo | None = None, *, done_today: Collection[str] = (),
             known_routine_ids: Collection[str] | None = None,
             enabled: bool = True) -> datetime | None:
    """The next moment a session reminder is due (aware, UTC), or None.

    ``done_today``: ids of the routines with a session started today (local).
    The result may be in the past: one reminder is overdue, to show now.
    """
    if not enabled or plan.empty:
        return None
    now_u = in_utc(now)
    last = _usable(state.last_reminder, now_u, "last session reminder")
    snooze = _usable(state.snoozed_until, now_u, "session snooze")
    today = local(now, zone).date()
    for offset in range(LOOK_AHEAD_DAYS):
        day = today + timedelta(days=offset)
        if day == state.skipped_on:
            continue
        slots = _open_slots(plan, day, done_today if offset == 0 else (), known_routine_ids)
        moments = [slot_moment(day, s, zone) for s in slots]
        due = [m for m in moments if last is None or m > last]
        if offset == 0 and snooze is not None and local(snooze, zone).date() == day \
                and any(m <= snooze for m in moments):
            due.append(snooze)
        if due:
            return min(due)
    return None


def is_due(plan: WeeklyPlan, state: SessionReminderState, now: datetime,
           zone: tzinfo | None = None, *, done_today: Collection[str] = (),
           known_routine_ids: Collection[str] | None = None, enabled: bool = True) -> bool:
    due = next_due(plan, state, now, zone, done_today=done_today,
                   known_routine_ids=known_routine_ids, enabled=enabled)
    return due is not None and due <= in_utc(now)


def due_slot(plan: WeeklyPlan, now: datetime, zone: tzinfo | None = None, *,
             done_today: Collection[str] = (),
             known_routine_ids: Collection[str] | None = None) -> Slot | None:
    """The session a reminder due now is about: today's latest slot whose time has
    come and that is not done (None when there is none)."""
    now_u = in_utc(now)
    today = local(now, zone).date()
    came = [s for s in _open_slots(plan, today, done_today, known_routine_ids)
            if slot_moment(today, s, zone) <= now_u]
    return came[-1] if came else None


def next_slot(plan: WeeklyPlan, now: datetime, zone: tzinfo | None = None, *,
              done_today: Collection[str] = (),
              known_routine_ids: Collection[str] | None = None) -> Slot | None:
    """Today's next session not done yet (its time may have passed), or None."""
    today = local(now, zone).date()
    slots = _open_slots(plan, today, done_today, known_routine_ids)
    now_u = in_utc(now)
    coming = [s for s in slots if slot_moment(today, s, zone) >= now_u]
    if coming:
        return coming[0]
    return slots[-1] if slots else None


# -- what the person and the reminder do to the state -------------------------------

def reminded(state: SessionReminderState, at: datetime) -> SessionReminderState:
    """A reminder was shown: every slot up to now is covered."""
    return replace(state, last_reminder=at, snoozed_until=None)


def snoozed(state: SessionReminderState, at: datetime, minutes: int) -> SessionReminderState:
    if minutes not in SNOOZE_MINUTES:
        raise ValueError(f"snooze = {minutes} min is not one of 10, 30, 60")
    return replace(state, last_reminder=at, snoozed_until=at + timedelta(minutes=minutes))


def skipped_today(state: SessionReminderState, now: datetime,
                  zone: tzinfo | None = None) -> SessionReminderState:
    return replace(state, last_reminder=now, snoozed_until=None,
                   skipped_on=local(now, zone).date())
