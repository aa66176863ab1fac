"""The optional daily pain check-in: one gentle question a day at a chosen time.

It is due at the chosen local time, once a day, and only if no pain was logged
that day yet; opening the computer after that time still asks (once).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from backcare_desktop.core.hydration.schedule import local, wall


def next_checkin(enabled: bool, at: time, now: datetime, *, asked_on: date | None,
                 logged_on: date | None, zone: tzinfo | None = None) -> datetime | None:
    """When to ask next (possibly already past: ask now), or None when switched off.

    ``asked_on`` is the last day the question was shown, ``logged_on`` the last
    day with a pain entry.
    """
    if not enabled:
        return None
    today = local(now, zone).date()
    if today in (asked_on, logged_on):
        return wall(today + timedelta(days=1), at, zone)
    return wall(today, at, zone)


def is_due(enabled: bool, at: time, now: datetime, *, asked_on: date | None,
           logged_on: date | None, zone: tzinfo | None = None) -> bool:
    due = next_checkin(enabled, at, now, asked_on=asked_on, logged_on=logged_on, zone=zone)
    return due is not None and due <= now
