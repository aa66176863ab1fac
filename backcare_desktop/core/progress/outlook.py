""""Is it working?": the figures behind the Progress page's sentence, the planned
and done sessions per week, and the year calendar's days.

Everything here is numbers and states; the ui words them (translated, with
plural forms). Inputs are the per-day aggregates storage already gives
(``PainDay``, ``SessionDay``), the planned days (routine ids per day) and the
flare-up days.

The sentence, precisely, over the days ``first``..``last`` of a range (the page
starts it no earlier than the first record, so two weeks of records are not
averaged over three months):

- **Pain.** The range's days are cut into an opening and a closing stretch,
  each a quarter of the range (at least one day, at most a fortnight). The
  average of the daily averages logged in the opening stretch is the "from",
  in the closing one the "to". A change of ``SAME_WITHIN`` (0.5) or less is
  "about the same". With pain logged on only one day, or not in both stretches,
  there is no comparison: the average over the days logged is given instead.
  No pain logged: nothing is said about pain.
- **Sessions.** Finished sessions in the range per seven days of it; a range
  shorter than a week gives the count instead.
- **Goal.** Weeks (Monday to Sunday) that lie wholly in the range and are over,
  and the week in progress once it has met the goal (it cannot fail before it
  ends): how many of them had at least ``goal`` finished sessions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from backcare_desktop.core.progress.stats import PainDay, SessionDay
from backcare_desktop.core.status import week_start

SAME_WITHIN = 0.5
"""A change of the average pain this small (either way) reads "about the same"."""
LONGEST_STRETCH = 14
"""The opening and closing stretches compared for pain are at most a fortnight."""


class Direction(Enum):
    DOWN = "down"
    UP = "up"
    SAME = "same"


@dataclass(frozen=True)
class PainTrend:
    """Pain over the range: ``start`` → ``end`` with a direction when the two
    stretches both have pain logged; otherwise only ``mean`` (``start`` and
    ``end`` are None and so is ``direction``)."""

    mean: float  # of every daily average logged in the range
    days_logged: int
    start: float | None = None
    end: float | None = None
    direction: Direction | None = None


@dataclass(frozen=True)
class Outlook:
    days: int  # in the range
    weeks: int  # whole weeks the range spans (days // 7), for "over 8 weeks"
    pain: PainTrend | None  # None: no pain logged in the range
    sessions: int  # finished, in the range
    sessions_per_week: float | None  # None for a range shorter than a week
    goal: int
    weeks_met: int
    weeks_counted: int


def stretch_length(days: int) -> int:
    """The opening and closing stretches: a quarter of the range, 1 to 14 days."""
    return max(1, min(LONGEST_STRETCH, days // 4))


def direction(start: float, end: float) -> Direction:
    change = end - start
    if abs(change) <= SAME_WITHIN + 1e-9:
        return Direction.SAME
    return Direction.DOWN if change < 0 else Direction.UP


def pain_trend(first: date, last: date, pain_days: Iterable[PainDay]) -> PainTrend | None:
    inside = [p for p in pain_days if first <= p.day <= last]
    if not inside:
        return None
    mean = sum(p.mean for p in inside) / len(inside)
    days = (last - first).days + 1
    n = stretch_length(days)
    if len(inside) < 2 or days < 2:
        return PainTrend(mean, len(inside))
    opening_end = first + timedelta(days=n - 1)
    closing_start = last - timedelta(days=n - 1)
    opening = [p.mean for p in inside if p.day <= opening_end]
    closing = [p.mean for p in inside if p.day >= closing_start]
    if not opening or not closing:
        return PainTrend(mean, len(inside))
    start, end = sum(opening) / len(opening), sum(closing) / len(closing)
    return PainTrend(mean, len(inside), start, end, direction(start, end))


def goal_weeks(first: date, last: date, session_days: Iterable[SessionDay], goal: int,
               today: date) -> tuple[int, int]:
    """(met, counted): the weeks wholly in the range that are over, and the week in
    progress if it has already met the goal."""
    per_week: dict[date, int] = {}
    for s in session_days:
        if first <= s.day <= last:
            monday = week_start(s.day)
            per_week[monday] = per_week.get(monday, 0) + s.sessions
    met = counted = 0
    monday = week_start(first)
    if monday < first:
        monday += timedelta(days=7)
    while monday <= last:
        sunday = monday + timedelta(days=6)
        done = per_week.get(monday, 0)
        if sunday <= last and sunday < today:
            counted += 1
            met += done >= goal
        elif monday <= today <= sunday and done >= goal:
            counted += 1
            met += 1
        monday += timedelta(days=7)
    return met, counted


def outlook(first: date, last: date, pain_days: Iterable[PainDay],
            session_days: Iterable[SessionDay], goal: int, today: date) -> Outlook:
    """The figures of the sentence over ``first``..``last`` (see the module's text)."""
    if last < first:
        raise ValueError("the range ends before it starts")
    session_days = list(session_days)
    days = (last - first).days + 1
    sessions = sum(s.sessions for s in session_days if first <= s.day <= last)
    met, counted = goal_weeks(first, last, session_days, goal, today)
    return Outlook(
        days=days, weeks=days // 7, pain=pain_trend(first, last, pain_days),
        sessions=sessions, sessions_per_week=sessions * 7 / days if days >= 7 else None,
        goal=goal, weeks_met=met, weeks_counted=counted)


# -- planned and done --------------------------------------------------------------------

@dataclass(frozen=True)
class PlannedWeek:
    monday: date
    planned: int  # sessions planned in the week (one per routine per day)
    done: int  # finished sessions in the week
    missed_days: int  # planned days already past with no finished session
    past_days: int  # planned days already past


def planned_weeks(first: date, last: date, planned: Mapping[date, Sequence[str]],
                  session_days: Iterable[SessionDay], today: date) -> list[PlannedWeek]:
    """One row per week from the week of ``first`` to that of ``last``."""
    done: dict[date, int] = {}
    done_on: set[date] = set()
    for s in session_days:
        if s.sessions:
            done_on.add(s.day)
        monday = week_start(s.day)
        done[monday] = done.get(monday, 0) + s.sessions
    plans: dict[date, int] = {}
    missed: dict[date, int] = {}
    past: dict[date, int] = {}
    for day, routines in planned.items():
        if not routines or not first <= day <= last:
            continue
        monday = week_start(day)
        plans[monday] = plans.get(monday, 0) + len(routines)
        if day < today:
            past[monday] = past.get(monday, 0) + 1
            if day not in done_on:
                missed[monday] = missed.get(monday, 0) + 1
    out = []
    monday = week_start(first)
    while monday <= last:
        out.append(PlannedWeek(monday, plans.get(monday, 0), done.get(monday, 0),
                               missed.get(monday, 0), past.get(monday, 0)))
        monday += timedelta(days=7)
    return out


# -- the year calendar -------------------------------------------------------------------

class DayState(Enum):
    DONE = "done"  # at least one finished session
    MISSED = "missed"  # planned, over, nothing finished
    PLANNED = "planned"  # planned, today or later, nothing finished yet
    REST = "rest"  # over, nothing planned, nothing finished
    COMING = "coming"  # after today, nothing planned


@dataclass(frozen=True)
class CalendarDay:
    day: date
    state: DayState
    sessions: int
    planned: tuple[str, ...]
    pain_mean: float | None
    pain_worst: int | None
    flare: bool


WEEKS = 53


@dataclass(frozen=True)
class YearCalendar:
    """53 weeks (columns, Monday to Sunday as rows) ending with the week of ``last``."""

    first: date  # the Monday of the first column
    last: date  # the last day the calendar is about (today, or the end of a range)
    days: tuple[CalendarDay, ...]  # one per day from ``first``, 53 × 7 of them

    def position(self, day: date) -> tuple[int, int]:
        """(column, row) of ``day``."""
        n = (day - self.first).days
        return n // 7, n % 7

    def at(self, column: int, row: int) -> CalendarDay | None:
        n = column * 7 + row
        return self.days[n] if 0 <= n < len(self.days) else None

    def get(self, day: date) -> CalendarDay | None:
        n = (day - self.first).days
        return self.days[n] if 0 <= n < len(self.days) else None

    @property
    def end(self) -> date:
        return self.days[-1].day


def calendar_first(last: date) -> date:
    return week_start(last) - timedelta(days=7 * (WEEKS - 1))


def year_calendar(last: date, session_days: Iterable[SessionDay],
                  pain_days: Iterable[PainDay], planned: Mapping[date, Sequence[str]],
                  flare: Iterable[date], today: date) -> YearCalendar:
    """A cell for every day of the 53 weeks ending with the week of ``last``."""
    first = calendar_first(last)
    end = first + timedelta(days=7 * WEEKS - 1)
    sessions = {s.day: s.sessions for s in session_days if first <= s.day <= end}
    pain = {p.day: p for p in pain_days if first <= p.day <= end}
    flares = {d for d in flare if first <= d <= end}
    out = []
    for n in range(7 * WEEKS):
        day = first + timedelta(days=n)
        done = sessions.get(day, 0)
        plan = tuple(planned.get(day, ()))
        if done:
            state = DayState.DONE
        elif plan:
            state = DayState.MISSED if day < today else DayState.PLANNED
        else:
            state = DayState.REST if day < today else DayState.COMING
        p = pain.get(day)
        out.append(CalendarDay(day, state, done, plan, p.mean if p else None,
                               p.worst if p else None, day in flares))
    return YearCalendar(first, last, tuple(out))
