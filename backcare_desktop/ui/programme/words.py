"""The plan's sentences in the shown language: Qt's translation, the locale's
weekday names and times of day (see ``core.programme.plan.PlanWords``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from backcare_desktop.core.programme.plan import PlanWords, parse_time
from backcare_desktop.ui.shell import i18n


def clock_text(at: str) -> str:
    """A plan's "HH:MM" as the locale writes a time of day ("18:00", "6:00 PM");
    as written when it is not a time."""
    moment = parse_time(at)
    return i18n.time_text(moment) if moment is not None else at


def plan_words(*, as_typed: bool = False) -> PlanWords:
    """The plan's words in the shown language; ``as_typed`` keeps the times as the
    plan editor takes them (24-hour HH:MM), for messages about what was typed."""
    if as_typed:
        return PlanWords(tr=i18n.tr, weekday=i18n.weekday_text)
    return PlanWords(tr=i18n.tr, weekday=i18n.weekday_text, clock=clock_text)


def day_text(day: dt.date) -> str:
    """A day with its weekday, without the year: "Tuesday 24 November"."""
    return QCoreApplication.translate("PlanWords", "{weekday} {day} {month}").format(
        weekday=i18n.weekday_text(day.weekday()), day=day.day, month=i18n.month_text(day.month))
