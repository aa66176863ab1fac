"""When the next drink reminder is due.

Rules:
- A reminder is due one interval after the later of the last drink and the
  last reminder, counted in real elapsed time (UTC), so a daylight-saving
  change neither shortens nor stretches it.
- Only inside active hours, on active days, in local wall-clock time. The
  clock restarts at the start of each active window: the first reminder of
  the day comes one interval after the window opens, never at its first
  minute.
- A drink resets the clock and cancels a snooze; a snooze delays the next
  reminder to the snooze time; "pause for today" moves it to the next active
  day.
- Times in the future (the clock was set back) count as now; a drink, reminder
  or snooze more than ``FUTURE_DRINKS`` ahead is not counted at all (a wrong
  clock or an odd record would otherwise hold every reminder back until then),
  and neither is one outside the calendar.
- After the machine sleeps past a due time, exactly one reminder is due: once
  it is shown, the last reminder is "now" and the next is an interval away.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from backcare_desktop.core.words import tr

log = logging.getLogger(__name__)

FUTURE_DRINKS = timedelta(days=1)


def local(moment: datetime, zone: tzinfo | None) -> datetime:
    """``moment`` in local time: ``zone``, or the computer's own zone when None."""
    return moment.astimezone(zone) if zone is not None else moment.astimezone()


def wall(day: date, at: time, zone: tzinfo | None) -> datetime:
    """A local wall-clock time as an aware moment (daylight saving included)."""
    naive = datetime.combine(day, at)
    return naive.replace(tzinfo=zone) if zone is not None else naive.astimezone()


ALL_DAYS = frozenset(range(7))  # Monday = 0


@dataclass(frozen=True)
class ReminderSettings:
    enabled: bool = True
    interval_min: int = 60
    start: time = time(9, 0)
    end: time = time(21, 0)
    days: frozenset[int] = field(default=ALL_DAYS)

    def problems(self) -> list[str]:
        """What is wrong with these settings, one message each, in the shown language."""
        out = []
        if not 15 <= self.interval_min <= 240:
            out.append(tr("reminder interval = {minutes} min is outside {low}–{high} min").format(
                minutes=self.interval_min, low=15, high=240))
        if self.start >= self.end:
            out.append(tr("active hours {start}–{end}: the start must come before the end"
                          ).format(start=f"{self.start:%H:%M}", end=f"{self.end:%H:%M}"))
        if not self.days <= ALL_DAYS:
            out.append(tr("active days must be weekdays 0 (Monday) to 6 (Sunday)"))
        return out


@dataclass(frozen=True)
class ReminderState:
    last_drink: datetime | None = None
    last_reminder: datetime | None = None
    snoozed_until: datetime | None = None
    paused_on: date | None = None  # "pause for today", as a local date


def in_utc(moment: datetime) -> datetime:
    """``moment`` in UTC; raises OverflowError when that falls outside the years 1–9999."""
    return moment.astimezone(UTC)



def _usable(moment: datetime | None, now_u: datetime, what: str) -> datetime | None:
    """A recorded moment in UTC, or None when it cannot count (with a log line)."""
    if moment is None:
        return None
    try:
        value = in_utc(moment)
    except (OverflowError, ValueError):
        log.warning("%s %s is outside the calendar; not counted", what, moment.isoformat())
        return None
    if value - now_u > FUTURE_DRINKS:
        log.warning("%s %s is in the future; not counted", what, moment.isoformat())
        return None
    return value


def next_due(s: ReminderSettings, state: ReminderState, now: datetime,
             zone: tzinfo | None = None) -> datetime | None:
    """The next moment a reminder is due (aware, UTC), or None when reminders are off.

    The result may lie in the past: the reminder is overdue (after a sleep)
    and should be shown once, now.
    """
    if not s.enabled or not s.days or s.problems():
        return None
    now_u = in_utc(now)
    interval = timedelta(minutes=s.interval_min)
    events = [t for t in (_usable(state.last_drink, now_u, "last drink"),
                          _usable(state.last_reminder, now_u, "last reminder")) if t is not None]
    last = min(max(events), now_u) if events else None  # future times: the clock went back
    snooze = None
    snoozed = _usable(state.snoozed_until, now_u, "snooze")
    if snoozed is not None and (last is None or snoozed > last):
        snooze = snoozed
    today = local(now, zone).date()
    for offset in range(8):
        day = today + timedelta(days=offset)
        if day.weekday() not in s.days or day == state.paused_on:
            continue
        opens, closes = in_utc(wall(day, s.start, zone)), in_utc(wall(day, s.end, zone))
        if closes <= now_u:
            continue
        if snooze is not None and opens <= snooze < closes:
            return snooze
        due = (max(opens, last) if last is not None else opens) + interval
        if due < closes:
            return due
    return None


def is_due(s: ReminderSettings, state: ReminderState, now: datetime,
           zone: tzinfo | None = None) -> bool:
    due = next_due(s, state, now, zone)
    return due is not None and due <= in_utc(now)


# -- what the person and the reminder do to the state -------------------------------

def drank(state: ReminderState, at: datetime) -> ReminderState:
    """A drink restarts the interval and cancels a snooze."""
    return ReminderState(last_drink=at, last_reminder=state.last_reminder,
                         snoozed_until=None, paused_on=state.paused_on)


def reminded(state: ReminderState, at: datetime) -> ReminderState:
    """A reminder was shown: the next one is an interval from now (never a burst)."""
    return ReminderState(last_drink=state.last_drink, last_reminder=at,
                         snoozed_until=None, paused_on=state.paused_on)


SNOOZE_MINUTES = (10, 30, 60)


def snoozed(state: ReminderState, at: datetime, minutes: int) -> ReminderState:
    if minutes not in SNOOZE_MINUTES:
        raise ValueError(f"snooze = {minutes} min is not one of 10, 30, 60")
    return ReminderState(last_drink=state.last_drink, last_reminder=at,
                         snoozed_until=at + timedelta(minutes=minutes),
                         paused_on=state.paused_on)


def paused_for_today(state: ReminderState, now: datetime,
                     zone: tzinfo | None = None) -> ReminderState:
    return ReminderState(last_drink=state.last_drink, last_reminder=state.last_reminder,
                         snoozed_until=None, paused_on=local(now, zone).date())
