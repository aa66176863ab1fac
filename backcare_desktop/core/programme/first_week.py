"""A first plan proposed from a few optional answers.

What it proposes, following home-exercise guidance for back pain (start
slowly, at least three times a week, rest days between strength days, a mix
of activities):

- the first seven days: Gentle start on the chosen days, at the chosen time;
- then strength (Core stability) and Flexibility on alternating days, never
  strength on two days in a row (Sunday and Monday count as in a row), so a
  rest from strength lies between strength days;
- breathing or relaxation in the evening of the same days, at 21:00 (or an
  hour after a late session, when that is still the same day);
- at least three days a week when at least three days suit: three for someone
  little active, four for some activity, five for very active;
- with high pain today (7 or more of 10), only gentle movement and breathing.

Every answer is optional: no answers give Monday, Wednesday and Friday at
18:00. The proposal always passes ``WeeklyPlan.problems()``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, time
from itertools import combinations

from backcare_desktop.core.programme.plan import MIN_GAP_MIN, Slot, WeeklyPlan, parse_time

GENTLE = "gentle-start"
STRENGTH = "core-stability"
FLEXIBILITY = "flexibility"
BREATHING = "deep-breathing"
RELAXATION = "progressive-relaxation"

HIGH_PAIN = 7
ACTIVITY_LEVELS = ("little", "some", "very")
DAYS_FOR_ACTIVITY = {"little": 3, "some": 4, "very": 5}
DEFAULT_DAYS = 3
DEFAULT_TIME = time(18, 0)
EVENING = time(21, 0)
ALL_DAYS = frozenset(range(7))


@dataclass(frozen=True)
class Answers:
    """What the person told, each part optional."""

    pain: int | None = None  # 0–10 today
    activity: str | None = None  # "little", "some" or "very"
    days: frozenset[int] = field(default_factory=frozenset)  # weekdays that suit; empty: any
    at: str | None = None  # "HH:MM" that suits

    def problems(self) -> list[str]:
        out = []
        if self.pain is not None and not 0 <= self.pain <= 10:
            out.append(f"Pain {self.pain} is outside 0–10.")
        if self.activity is not None and self.activity not in ACTIVITY_LEVELS:
            out.append(f"“{self.activity}” is not one of: little, some, very.")
        if not self.days <= ALL_DAYS:
            out.append("Days must be Monday to Sunday.")
        if self.at is not None and parse_time(self.at) is None:
            out.append(f"“{self.at}” is not a time of day (HH:MM).")
        return out


def _spread(suitable: list[int], count: int) -> list[int]:
    """``count`` of the suitable weekdays, spread over the week as evenly as they allow
    (fewest neighbouring pairs, the wrap from Sunday to Monday included)."""
    if count >= len(suitable):
        return suitable
    best: list[int] = []
    best_score: tuple[int, int] | None = None
    for chosen in combinations(suitable, count):
        days = set(chosen)
        neighbours = sum(1 for d in days if (d + 1) % 7 in days)
        gaps = sorted((chosen[(i + 1) % count] - chosen[i]) % 7 or 7 for i in range(count))
        score = (neighbours, -gaps[0])
        if best_score is None or score < best_score:
            best, best_score = list(chosen), score
    return best


def _alternate(days: list[int], strong: str, other: str) -> dict[int, str]:
    """Strength and the other routine on alternating days, never strength on two
    weekdays in a row (Sunday then Monday included)."""
    out: dict[int, str] = {}
    last = other
    for day in days:
        neighbour_strong = (out.get((day - 1) % 7) == strong or out.get((day + 1) % 7) == strong)
        if last != strong and not neighbour_strong:
            out[day] = last = strong
        else:
            out[day] = last = other
    return out


def _evening(main: time) -> time | None:
    """When the evening's breathing or relaxation goes, or None when it does not fit."""
    main_min = main.hour * 60 + main.minute
    evening_min = EVENING.hour * 60 + EVENING.minute
    if main_min + MIN_GAP_MIN <= evening_min:
        return EVENING
    later = main_min + MIN_GAP_MIN
    if later < 24 * 60:
        return time(later // 60, later % 60)
    return None


def propose(answers: Answers, start: date,
            known_routine_ids: Collection[str] | None = None) -> WeeklyPlan:
    """A plan from these answers, its first week starting on ``start``.

    Routines not in ``known_routine_ids`` (when given) are left out of the
    proposal rather than proposed and then refused.
    """
    suitable = sorted(answers.days & ALL_DAYS) or list(range(7))
    want = DAYS_FOR_ACTIVITY.get(answers.activity or "", DEFAULT_DAYS)
    days = _spread(suitable, want)
    main = parse_time(answers.at or "") or DEFAULT_TIME
    at = f"{main:%H:%M}"
    evening = _evening(main)
    gentle_only = answers.pain is not None and answers.pain >= HIGH_PAIN

    def ok(routine_id: str) -> bool:
        return known_routine_ids is None or routine_id in known_routine_ids

    first: list[Slot] = []
    weekly: list[Slot] = []
    kinds = dict.fromkeys(days, GENTLE) if gentle_only else _alternate(days, STRENGTH, FLEXIBILITY)
    for i, day in enumerate(days):
        calm = BREATHING if gentle_only or i % 2 == 0 else RELAXATION
        first.append(Slot(day, at, GENTLE))
        weekly.append(Slot(day, at, kinds[day]))
        if evening is not None:
            first.append(Slot(day, f"{evening:%H:%M}", BREATHING))
            weekly.append(Slot(day, f"{evening:%H:%M}", calm))
    return WeeklyPlan(slots=tuple(s for s in weekly if ok(s.routine_id)),
                      first_week=tuple(s for s in first if ok(s.routine_id)),
                      start=start)
