"""The weekly plan: which routine on which weekday at what local time.

A plan is a list of slots (weekday 0 = Monday, a local wall-clock time
"HH:MM", a routine id). It may have a first week of its own: from ``start``
for seven days its ``first_week`` slots apply instead of the weekly ones
(Gentle start before the real programme). Before ``start`` nothing is planned.

Limits (what fits a day of a home programme): at most ``MAX_PER_DAY`` (3)
sessions a day, at least ``MIN_GAP_MIN`` (60) minutes apart, so one session
has ended and the body has had a rest before the next reminder.

A slot whose routine no longer exists (deleted, or its file cannot be read)
does not stop the plan: ``planned_on`` leaves it out and ``lost`` names the
day that lost its routine, so every other day keeps working.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date, time, timedelta

from backcare_desktop.core.words import Translate, as_written

MAX_PER_DAY = 3
MIN_GAP_MIN = 60
FIRST_WEEK_DAYS = 7

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_HHMM = re.compile(r"(\d{1,2}):(\d{2})")


def parse_time(text: str) -> time | None:
    """``"18:00"`` as a time of day, or None when it is not one ("25:00", "7pm")."""
    m = _HHMM.fullmatch(text.strip())
    if m is None:
        return None
    hours, minutes = int(m.group(1)), int(m.group(2))
    if hours > 23 or minutes > 59:
        return None
    return time(hours, minutes)


def day_name(weekday: int) -> str:
    return WEEKDAY_NAMES[weekday] if 0 <= weekday < len(WEEKDAY_NAMES) else f"day {weekday}"


def _as_written_at(at: str) -> str:
    return at


# Outside the class: lupdate files a tr() call inside a class under the class's name.
def _not_a_day(weekday: int, tr: Translate) -> str:
    return tr("day {number}").format(number=weekday)


def _day_and_time(day: str, at: str, tr: Translate) -> str:
    return tr("{day} {time}").format(day=day, time=at)


@dataclass(frozen=True)
class PlanWords:
    """How a plan's sentences name things: ``tr`` for the templates, ``weekday``
    for a day's name (Monday = 0, only 0–6) and ``clock`` for a valid "HH:MM".
    The defaults write English and the times as the plan holds them; the UI
    hands in Qt's translation and the locale's names and times."""

    tr: Translate = as_written
    weekday: Callable[[int], str] = day_name
    clock: Callable[[str], str] = _as_written_at

    def day(self, weekday: int) -> str:
        if 0 <= weekday < len(WEEKDAY_NAMES):
            return self.weekday(weekday)
        return _not_a_day(weekday, self.tr)

    def at(self, at: str) -> str:
        return self.clock(at) if parse_time(at) is not None else at

    def label(self, slot: Slot) -> str:
        """The slot's day and time, as in Monday 18:00."""
        return _day_and_time(self.day(slot.weekday), self.at(slot.at), self.tr)


PLAIN = PlanWords()


@dataclass(frozen=True, order=True)
class Slot:
    """One planned session: weekday (0 = Monday), local time "HH:MM", routine id."""

    weekday: int
    at: str
    routine_id: str

    @property
    def time(self) -> time | None:
        return parse_time(self.at)

    def minutes(self) -> int:
        """Minutes after midnight (the slot's time must be valid)."""
        t = self.time
        assert t is not None
        return t.hour * 60 + t.minute

    def label(self) -> str:
        return f"{day_name(self.weekday)} {self.at}"


def _sorted(slots: Iterable[Slot]) -> tuple[Slot, ...]:
    return tuple(sorted(slots, key=lambda s: (s.weekday, s.time or time.max, s.routine_id)))


@dataclass(frozen=True)
class WeeklyPlan:
    slots: tuple[Slot, ...] = ()
    first_week: tuple[Slot, ...] = ()
    start: date | None = None
    """The first day of the plan (its first week starts here); None: always in force."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "slots", _sorted(self.slots))
        object.__setattr__(self, "first_week", _sorted(self.first_week))

    @property
    def empty(self) -> bool:
        return not self.slots and not self.first_week

    # -- checks ---------------------------------------------------------------------

    def problems(self, known_routine_ids: Collection[str] | None = None,
                 words: PlanWords = PLAIN) -> list[str]:
        """Everything that keeps this plan from being saved, one plain sentence each.

        ``known_routine_ids``: the routines that exist now; None skips that check
        (storage checks only what the plan itself says)."""
        tr = words.tr
        out = _slot_problems(self.slots, False, known_routine_ids, words)
        if self.first_week:
            if self.start is None:
                out.append(tr("The first week has no start date."))
            out += _slot_problems(self.first_week, True, known_routine_ids, words)
        return out

    def lost(self, known_routine_ids: Collection[str]) -> list[Slot]:
        """Slots (weekly, then first week) whose routine no longer exists."""
        return [s for s in (*self.slots, *self.first_week)
                if s.routine_id not in known_routine_ids]

    def lost_text(self, known_routine_ids: Collection[str], words: PlanWords = PLAIN) -> str:
        """Which days lost their routine, in one sentence ("" when none did)."""
        lost = self.lost(known_routine_ids)
        if not lost:
            return ""
        tr = words.tr
        parts = [tr("{when} (“{routine}”)").format(when=words.label(s), routine=s.routine_id)
                 for s in lost]
        return tr("These planned sessions lost their routine, which was deleted or cannot be "
                  "read: {sessions}. The rest of the plan goes on; choose another routine "
                  "for them in the plan.").format(sessions=tr(", ").join(parts))

    # -- what is planned --------------------------------------------------------------

    def in_first_week(self, day: date) -> bool:
        return (bool(self.first_week) and self.start is not None
                and self.start <= day < self.start + timedelta(days=FIRST_WEEK_DAYS))

    def slots_on(self, day: date) -> tuple[Slot, ...]:
        """The slots for this local day, by time (lost routines included)."""
        if self.start is not None and day < self.start:
            return ()
        source = self.first_week if self.in_first_week(day) else self.slots
        return tuple(s for s in source if s.weekday == day.weekday() and s.time is not None)

    def planned_on(self, day: date,
                   known_routine_ids: Collection[str] | None = None) -> tuple[Slot, ...]:
        """What is planned on this day, leaving out slots whose routine is gone."""
        slots = self.slots_on(day)
        if known_routine_ids is None:
            return slots
        return tuple(s for s in slots if s.routine_id in known_routine_ids)

    def planned_in_week(self, monday: date,
                        known_routine_ids: Collection[str] | None = None) -> int:
        """How many sessions are planned in the ISO week starting on ``monday``."""
        return sum(len(self.planned_on(monday + timedelta(days=i), known_routine_ids))
                   for i in range(7))

    def routine_days(self) -> set[int]:
        """The weekdays the weekly plan has a session on."""
        return {s.weekday for s in self.slots}


def _slot_problems(slots: Iterable[Slot], first_week: bool,
                   known: Collection[str] | None, words: PlanWords) -> list[str]:
    tr = words.tr

    def where(text: str) -> str:
        """The day or session a problem is about, "First week, " before it if so."""
        return tr("First week, {day}").format(day=text) if first_week else text

    out: list[str] = []
    days: dict[int, list[Slot]] = {}
    for s in slots:
        if not 0 <= s.weekday <= 6:
            out.append(tr("{day} is not a day of the week (Monday to Sunday).").format(
                day=where(words.day(s.weekday))))
            continue
        if s.time is None:
            out.append(tr("{day}: “{time}” is not a time of day; write it as hours and "
                          "minutes, 00:00 to 23:59.").format(
                              day=where(words.day(s.weekday)), time=s.at))
            continue
        if not s.routine_id.strip():
            out.append(tr("{session}: no routine is chosen.").format(
                session=where(words.label(s))))
        elif known is not None and s.routine_id not in known:
            out.append(tr("{session}: the routine “{routine}” does not exist (deleted, or "
                          "its file cannot be read); choose another.").format(
                              session=where(words.label(s)), routine=s.routine_id))
        days.setdefault(s.weekday, []).append(s)
    for weekday in sorted(days):
        on_day = sorted(days[weekday], key=Slot.minutes)
        if len(on_day) > MAX_PER_DAY:
            out.append(tr("{day}: %n session(s) are planned; at most {most} fit a day.", "",
                          len(on_day)).format(day=where(words.day(weekday)), most=MAX_PER_DAY))
        for a, b in itertools.pairwise(on_day):
            if b.minutes() - a.minutes() < MIN_GAP_MIN:
                out.append(tr("{day}: {first} and {second} are less than {gap} minutes apart; "
                              "leave at least an hour between sessions.").format(
                                  day=where(words.day(weekday)), first=words.at(a.at),
                                  second=words.at(b.at), gap=MIN_GAP_MIN))
    return out
