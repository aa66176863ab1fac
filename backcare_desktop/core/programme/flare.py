"""Flare-up mode: when it starts, when it ends, and the advice it shows.

A flare-up starts when the pain given before a session is ``FLARE_PAIN`` (7)
or more, or when the person says so (the Flare-up button). It ends by hand,
or by itself once the logged pain has stayed below ``FLARE_PAIN`` for
``CALM_DAYS`` (two) days:

- Only local days *after* the day the flare-up started count; each pain entry
  belongs to the local day of its own time (its own UTC offset, as every
  record's day does).
- A *calm day* is a day with at least one pain entry, all of them below
  ``FLARE_PAIN``; a day with any entry of ``FLARE_PAIN`` or more starts the
  count again.
- A day with no pain entry is no evidence either way: it neither counts nor
  breaks the run (many people log pain only on session days, which are not
  every day). So "two days" means two logged days in a row, without a high
  entry between them.
- The flare-up ends at the end of the second calm day (the midnight after
  it, in the UTC offset of that day's last entry): until the day is over, a
  later entry that day could still be high.

Nothing here knows Qt or SQL: storage keeps the periods and the pain entries
and asks these functions; the advice is plain data the ui translates.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from backcare_desktop.core.words import QT_TRANSLATE_NOOP

FLARE_PAIN = 7
"""Pain (0–10) before a session from which a flare-up starts; below it counts as calm."""

CALM_DAYS = 2
"""Calm logged days in a row after which a flare-up ends by itself."""

FLARE_ROUTINE_ID = "flare-up"
"""The built-in gentle routine offered during a flare-up (``assets/routines``)."""


class FlareHow(enum.StrEnum):
    """How a flare-up started or ended (stored in ``flare_periods``)."""

    PAIN = "pain"  # started by pain before a session; ended as logged pain stayed low
    HAND = "hand"  # the person started or ended it


@dataclass(frozen=True)
class PainReading:
    """One pain entry as far as flare-up mode cares: when (aware) and how bad."""

    at: datetime
    level: int


@dataclass(frozen=True)
class FlarePeriod:
    """One flare-up; ``ended`` is None while it has not ended (as stored)."""

    started: datetime
    started_how: FlareHow
    ended: datetime | None = None
    ended_how: FlareHow | None = None

    def active(self, now: datetime) -> bool:
        """Whether the flare-up is on at ``now``: started, and not yet ended."""
        return self.started <= now and (self.ended is None or now < self.ended)

    def last_day(self, today: date) -> date:
        """Its last local day: the day it ended on (a midnight end belongs to the day
        before), or ``today`` while it goes on."""
        if self.ended is None:
            return today
        return max(self.started.date(), (self.ended - timedelta(microseconds=1)).date())


def starts_flare(level: int) -> bool:
    """Whether pain of ``level`` given before a session starts a flare-up."""
    return level >= FLARE_PAIN


def calm_end(started: datetime, readings: Iterable[PainReading]) -> datetime | None:
    """When a flare-up that started at ``started`` ends because the logged pain stayed
    below ``FLARE_PAIN`` for ``CALM_DAYS`` days (see the module's rules), or None."""
    by_day: dict[date, list[PainReading]] = {}
    first_day = started.date()
    for reading in readings:
        day = reading.at.date()
        if day > first_day:
            by_day.setdefault(day, []).append(reading)
    calm = 0
    for day in sorted(by_day):
        entries = by_day[day]
        if any(r.level >= FLARE_PAIN for r in entries):
            calm = 0
            continue
        calm += 1
        if calm >= CALM_DAYS:
            last = max(entries, key=lambda r: r.at)
            return datetime.combine(day + timedelta(days=1), time(), last.at.tzinfo)
    return None


def settled(period: FlarePeriod, readings: Iterable[PainReading]) -> FlarePeriod:
    """``period`` with its end filled in from the pain entries when it has not ended
    by hand (or been closed already)."""
    if period.ended is not None:
        return period
    end = calm_end(period.started, readings)
    if end is None:
        return period
    return replace(period, ended=end, ended_how=FlareHow.PAIN)


def flare_days(periods: Iterable[FlarePeriod], first: date, last: date,
               today: date | None = None) -> set[date]:
    """The local days from ``first`` to ``last`` on which a flare-up was on (settled
    periods). One that has not ended runs to ``today`` (to ``last`` without it)."""
    days: set[date] = set()
    for period in periods:
        start = max(first, period.started.date())
        end = min(last, period.last_day(last if today is None else today))
        days.update(start + timedelta(days=n) for n in range((end - start).days + 1))
    return days


# -- the advice ---------------------------------------------------------------------
# Plain data in plain English; the ui shows it through Qt's translation
# (context "FlareAdvice"). The urgent signs come first and stand on their own.


@dataclass(frozen=True)
class FlareAdvice:
    urgent_heading: str
    urgent_signs: tuple[str, ...]
    urgent_action: str
    heading: str
    points: tuple[str, ...]
    ending: str  # with {pain} and {days}: ``FLARE_PAIN`` and ``CALM_DAYS``


ADVICE = FlareAdvice(
    urgent_heading=QT_TRANSLATE_NOOP("FlareAdvice",
                                     "Seek urgent care now if you have any of these"),
    urgent_signs=(
        QT_TRANSLATE_NOOP("FlareAdvice", "Numbness or tingling around your bottom, genitals "
                          "or inner thighs (the saddle area)."),
        QT_TRANSLATE_NOOP("FlareAdvice", "New trouble with your bladder or bowels: you cannot "
                          "pass urine, or you cannot hold it in."),
        QT_TRANSLATE_NOOP("FlareAdvice", "Weakness in one or both legs."),
        QT_TRANSLATE_NOOP("FlareAdvice", "A fever together with your back pain."),
    ),
    urgent_action=QT_TRANSLATE_NOOP("FlareAdvice", "Do not wait and do not exercise: call "
                                    "your doctor's urgent line or emergency services now."),
    heading=QT_TRANSLATE_NOOP("FlareAdvice", "For a flare-up"),
    points=(
        QT_TRANSLATE_NOOP("FlareAdvice", "Keep gently moving: a little easy movement, such as "
                          "a short walk, helps more than lying still."),
        QT_TRANSLATE_NOOP("FlareAdvice", "Rest from what hurts: leave out any movement that "
                          "makes the pain worse, and come back to it slowly."),
        QT_TRANSLATE_NOOP("FlareAdvice", "See a doctor if the pain lasts more than three days."),
        QT_TRANSLATE_NOOP("FlareAdvice", "See a doctor if soreness lasts more than an hour "
                          "after exercising."),
    ),
    ending=QT_TRANSLATE_NOOP("FlareAdvice", "Flare-up mode ends by itself when the pain you "
                             "log stays below {pain} for {days} days, or when you end it. "
                             "Suggestions to do more wait until then."),
)
"""What flare-up mode tells the person, in the order it is shown."""
