"""The PEG weekly score: three questions about the past week, each 0–10.

PEG (Krebs et al. 2009, free to use) asks about average pain, how much pain got
in the way of enjoying life, and how much it got in the way of general
activity; the score is the mean of the three. The question texts here are the
app's own plain words for the same scale.

The optional weekly check-in is due at a chosen weekday and local time, once a
week. If the computer was off at that moment it asks once later that week
(until the next week's moment). It does not ask when an answer was given in
the six days before that moment, or since.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from statistics import fmean

from backcare_desktop.core.hydration.schedule import local, wall
from backcare_desktop.core.words import QT_TRANSLATE_NOOP

LOWEST, HIGHEST = 0, 10
RECENT = timedelta(days=6)  # an answer this recent makes the weekly question wait a week
WEEK = timedelta(days=7)


@dataclass(frozen=True)
class PegQuestion:
    key: str  # the field of ``PegAnswer``
    text: str
    low: str  # what 0 means
    high: str  # what 10 means


QUESTIONS: tuple[PegQuestion, ...] = (
    PegQuestion("pain",
                QT_TRANSLATE_NOOP("PegDialog",
                                  "Over the past week, how bad was your pain on average?"),
                QT_TRANSLATE_NOOP("PegDialog", "No pain"),
                QT_TRANSLATE_NOOP("PegDialog", "Pain as bad as you can imagine")),
    PegQuestion("enjoyment",
                QT_TRANSLATE_NOOP("PegDialog", "Over the past week, how much did pain get in "
                                  "the way of enjoying life?"),
                QT_TRANSLATE_NOOP("PegDialog", "Not at all"),
                QT_TRANSLATE_NOOP("PegDialog", "Completely")),
    PegQuestion("activity",
                QT_TRANSLATE_NOOP("PegDialog", "Over the past week, how much did pain get in "
                                  "the way of your everyday activities?"),
                QT_TRANSLATE_NOOP("PegDialog", "Not at all"),
                QT_TRANSLATE_NOOP("PegDialog", "Completely")),
)


def check_value(name: str, value: object) -> int:
    """``value`` when it is a whole number from 0 to 10, else ValueError saying so."""
    if isinstance(value, bool) or not isinstance(value, int) or not LOWEST <= value <= HIGHEST:
        raise ValueError(f"PEG {name} = {value!r} must be a whole number from "
                         f"{LOWEST} to {HIGHEST}")
    return value


def one_decimal(value: float) -> float:
    """``value`` to one decimal, halves rounded up (as a person would)."""
    return math.floor(value * 10 + 0.5 + 1e-9) / 10


def score_of(pain: int, enjoyment: int, activity: int) -> float:
    """The PEG score: the mean of the three answers, to one decimal."""
    return one_decimal((pain + enjoyment + activity) / 3)


@dataclass(frozen=True)
class PegAnswer:
    answered: datetime  # aware, in the local offset of that moment
    pain: int
    enjoyment: int
    activity: int

    def __post_init__(self) -> None:
        if self.answered.utcoffset() is None:
            raise ValueError("a PEG answer's time must carry its UTC offset")
        for question in QUESTIONS:
            check_value(question.key, getattr(self, question.key))

    @property
    def score(self) -> float:
        return score_of(self.pain, self.enjoyment, self.activity)

    @property
    def exact(self) -> float:
        """The mean of the three, not rounded (means of several are taken from these)."""
        return (self.pain + self.enjoyment + self.activity) / 3


# -- when the weekly check-in is due ----------------------------------------


def _last_slot(weekday: int, at: time, now: datetime, zone: tzinfo | None) -> datetime:
    """The latest chosen weekday-and-time at or before ``now``."""
    today = local(now, zone).date()
    day = today - timedelta(days=(today.weekday() - weekday) % 7)
    slot = wall(day, at, zone)
    return slot if slot <= now else wall(day - WEEK, at, zone)


def next_peg(enabled: bool, weekday: int, at: time, now: datetime, *,
             asked: datetime | None, answered: datetime | None,
             zone: tzinfo | None = None) -> datetime | None:
    """When to ask next (possibly already past: ask now), or None when switched off.

    ``asked`` is when the weekly question was last shown, ``answered`` when the
    last PEG answer was given. Times after ``now`` (the clock went back) count
    as now.
    """
    if not enabled or not 0 <= weekday <= 6:
        return None
    asked = None if asked is None else min(asked, now)
    answered = None if answered is None else min(answered, now)
    slot = _last_slot(weekday, at, now, zone)
    for _ in range(3):  # at most two weeks are skipped: neither time lies after now
        skip = ((asked is not None and asked >= slot)
                or (answered is not None and answered > slot - RECENT))
        if not skip:
            return slot
        day = local(slot, zone).date() + WEEK
        slot = wall(day, at, zone)
    return slot


def is_due(enabled: bool, weekday: int, at: time, now: datetime, *,
           asked: datetime | None, answered: datetime | None,
           zone: tzinfo | None = None) -> bool:
    due = next_peg(enabled, weekday, at, now, asked=asked, answered=answered, zone=zone)
    return due is not None and due <= now


# -- scores over a range -----------------------------------------------------


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def in_range(answers: Iterable[PegAnswer], first: date, last: date) -> list[PegAnswer]:
    """The answers given on local days ``first`` to ``last``, oldest first."""
    return sorted((a for a in answers if first <= a.answered.date() <= last),
                  key=lambda a: a.answered)


def weekly_means(answers: Iterable[PegAnswer], first: date,
                 last: date) -> list[tuple[date, float]]:
    """Each week (by its Monday) with answers in the range, and the mean score of
    that week's answers, to one decimal; oldest first."""
    weeks: dict[date, list[float]] = {}
    for answer in in_range(answers, first, last):
        weeks.setdefault(monday_of(answer.answered.date()), []).append(answer.exact)
    return [(monday, one_decimal(fmean(scores))) for monday, scores in sorted(weeks.items())]


@dataclass(frozen=True)
class PegSummary:
    mean: float  # of every answer in the range, one decimal
    first: float  # the first answer's score
    last: float  # the latest answer's score
    count: int


def summary(answers: Sequence[PegAnswer], first: date, last: date) -> PegSummary | None:
    """The range's mean, first and latest score; None when nothing was answered."""
    chosen = in_range(answers, first, last)
    if not chosen:
        return None
    return PegSummary(one_decimal(fmean(a.exact for a in chosen)), chosen[0].score,
                      chosen[-1].score, len(chosen))
