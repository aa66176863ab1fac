"""Statistics behind the Progress page, computed from daily and weekly aggregates.

Storage hands over one row per day (or per session) already summed in SQL;
these functions turn them into the series and figures the page shows. Days
without data stay gaps (None), never zeros, except for counts (sessions,
water) where nothing logged means zero.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from backcare_desktop.core.status import week_start
from backcare_desktop.core.words import QT_TRANSLATE_NOOP

HIGH_PAIN = 7  # a day whose worst pain is 7 or more counts as a high-pain day
FIRST_DAY = date(1970, 1, 1)
"""Records dated before this day are taken for mistakes (a wrong clock, an odd
import): the record pages list them apart, and the charts start no earlier."""
LONGEST_SESSION_S = 86_400
"""A session's exercise time beyond this (a day) is an odd record: not counted."""


def days_between(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


@dataclass(frozen=True)
class PainDay:
    day: date
    mean: float
    worst: int


def rolling_mean(days: Sequence[date], daily: Mapping[date, float],
                 window: int = 7) -> list[float | None]:
    """For each day, the mean of the daily values of the ``window`` days ending
    there (days without a value are left out); None when none of them has one."""
    if not days:
        return []
    # Running sums over the calendar: one pass, however long the history.
    start = min(days) - timedelta(days=window - 1)
    span = (max(days) - start).days + 1
    sums, counts = [0.0] * (span + 1), [0] * (span + 1)
    for n in range(span):
        value = daily.get(start + timedelta(days=n))
        sums[n + 1] = sums[n] + (value if value is not None else 0.0)
        counts[n + 1] = counts[n] + (value is not None)
    out: list[float | None] = []
    for day in days:
        end = (day - start).days + 1
        count = counts[end] - counts[end - window]
        out.append((sums[end] - sums[end - window]) / count if count else None)
    return out


def high_pain_share(pain_days: Iterable[PainDay]) -> float | None:
    """Share of the days with a pain entry whose worst was 7 or more; None without data."""
    worst = [p.worst for p in pain_days]
    if not worst:
        return None
    return sum(1 for w in worst if w >= HIGH_PAIN) / len(worst)


@dataclass(frozen=True)
class SessionDay:
    day: date
    sessions: int  # finished sessions that day
    active_s: float  # time spent exercising in any session that day


@dataclass(frozen=True)
class Week:
    monday: date
    sessions: int
    minutes: float


def weeks(session_days: Iterable[SessionDay], first: date, last: date) -> list[Week]:
    """One row per ISO week from the week of ``first`` to that of ``last``, empty weeks too."""
    totals: dict[date, list[float]] = {}
    for s in session_days:
        row = totals.setdefault(week_start(s.day), [0, 0.0])
        row[0] += s.sessions
        row[1] += s.active_s
    out = []
    monday = week_start(first)
    while monday <= last:
        sessions, seconds = totals.get(monday, [0, 0.0])
        out.append(Week(monday, int(sessions), seconds / 60))
        monday += timedelta(days=7)
    return out


def streaks(all_weeks: Sequence[Week], goal: int, today: date) -> tuple[int, int]:
    """(current, best) runs of consecutive weeks that met the goal.

    The week in progress extends the current streak once it meets the goal but
    does not break it before it ends.
    """
    best = run = 0
    current_monday = week_start(today)
    for week in all_weeks:
        if week.monday > current_monday:
            break
        if week.sessions >= goal:
            run += 1
            best = max(best, run)
        elif week.monday != current_monday:
            run = 0
    return run, best


@dataclass(frozen=True)
class SessionPain:
    routine: str
    day: date
    before: int
    after: int

    @property
    def change(self) -> int:
        """After minus before: negative means the session eased the pain."""
        return self.after - self.before


def change_by_routine(pairs: Iterable[SessionPain]) -> dict[str, float]:
    """Average pain change (after minus before) per routine, for sessions with both."""
    sums: dict[str, list[int]] = {}
    for p in pairs:
        row = sums.setdefault(p.routine, [0, 0])
        row[0] += p.change
        row[1] += 1
    return {routine: total / count for routine, (total, count) in sorted(sums.items())}


def mean_by_routine(pairs: Iterable[SessionPain]) -> dict[str, tuple[float, float]]:
    """Average pain (before, after) per routine."""
    sums: dict[str, list[int]] = {}
    for p in pairs:
        row = sums.setdefault(p.routine, [0, 0, 0])
        row[0] += p.before
        row[1] += p.after
        row[2] += 1
    return {r: (b / n, a / n) for r, (b, a, n) in sorted(sums.items())}


@dataclass(frozen=True)
class WeekSummary:
    """One week's figures for the summary cards."""

    sessions: int
    minutes: float
    mean_pain: float | None
    water_ml_per_day: float


def summarise_week(monday: date, session_days: Iterable[SessionDay],
                   pain_days: Iterable[PainDay], water: Mapping[date, int],
                   today: date) -> WeekSummary:
    """Figures for the week starting ``monday``; water is averaged over its days so far."""
    sunday = monday + timedelta(days=6)
    inside = [s for s in session_days if monday <= s.day <= sunday]
    pains = [p.mean for p in pain_days if monday <= p.day <= sunday]
    last = min(sunday, today)
    counted = [water.get(d, 0) for d in days_between(monday, last)] if last >= monday else []
    return WeekSummary(
        sessions=sum(s.sessions for s in inside),
        minutes=sum(s.active_s for s in inside) / 60,
        mean_pain=sum(pains) / len(pains) if pains else None,
        water_ml_per_day=sum(counted) / len(counted) if counted else 0.0,
    )


RANGES: dict[str, int | None] = {
    QT_TRANSLATE_NOOP("ProgressPage", "2 weeks"): 14,
    QT_TRANSLATE_NOOP("ProgressPage", "3 months"): 91,
    QT_TRANSLATE_NOOP("ProgressPage", "1 year"): 365,
    QT_TRANSLATE_NOOP("ProgressPage", "All"): None,
}
"""The Progress page's ranges by their English names (shown translated) and lengths."""


def range_start(name: str, today: date, earliest: date | None) -> date:
    """The first day shown for a range: its length back from today, or the first record."""
    length = RANGES[name]
    if length is None:
        if earliest is None or earliest >= today:
            return today
        return min(max(earliest, FIRST_DAY), today)
    return today - timedelta(days=length - 1)
