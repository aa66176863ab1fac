"""Water amounts: the limits, and showing millilitres in the person's unit."""

from __future__ import annotations

import re
from datetime import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from backcare_desktop.core.hydration.schedule import ReminderSettings

ML_PER_FL_OZ = 29.5735
ENTRY_MIN_ML, ENTRY_MAX_ML = 1, 3000
GOAL_MIN_ML, GOAL_MAX_ML = 250, 10_000
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _amount(value: object) -> str:
    return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else repr(value)


def check_entry(amount_ml: int, what: str = "a drink") -> None:
    if isinstance(amount_ml, bool) or not isinstance(amount_ml, int) or not (
            ENTRY_MIN_ML <= amount_ml <= ENTRY_MAX_ML):
        raise ValueError(f"{what} of {_amount(amount_ml)} ml is outside "
                         f"{ENTRY_MIN_ML}–{ENTRY_MAX_ML:,} ml")


def check_goal(goal_ml: int) -> None:
    if isinstance(goal_ml, bool) or not isinstance(goal_ml, int) or not (
            GOAL_MIN_ML <= goal_ml <= GOAL_MAX_ML):
        raise ValueError(f"a daily goal of {_amount(goal_ml)} ml is outside "
                         f"{GOAL_MIN_ML}–{GOAL_MAX_ML:,} ml")


def settings_problems(reminders: ReminderSettings, goal_ml: int, glass_ml: int) -> list[str]:
    """Everything wrong with a set of hydration settings, one message per problem."""
    problems = reminders.problems()
    try:
        check_goal(goal_ml)
    except ValueError as exc:
        problems.append(str(exc))
    try:
        check_entry(glass_ml, "a glass")
    except ValueError as exc:
        problems.append(str(exc))
    if reminders.enabled and not reminders.days:
        problems.append("choose at least one day for reminders")
    return problems


def show(ml: float, unit: str, glass_ml: int) -> str:
    """An amount as the person reads it: "750 ml", "25.4 fl oz", "3 glasses"."""
    if unit == "fl_oz":
        return f"{ml / ML_PER_FL_OZ:.1f} fl oz"
    if unit == "glasses":
        glasses = ml / glass_ml
        text = f"{glasses:.1f}".rstrip("0").rstrip(".")
        return f"{text} glass" + ("" if text == "1" else "es")
    return f"{round(ml):,} ml"


def show_number(ml: float, unit: str, glass_ml: int) -> str:
    """The number alone, for tight spaces whose unit is said nearby: "1,750", "59.2", "7"."""
    return show(ml, unit, glass_ml).split(" ")[0]


def unit_name(unit: str) -> str:
    return {"fl_oz": "fl oz", "glasses": "glasses"}.get(unit, "ml")


_HHMM = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def parse_hhmm(text: str) -> time:
    match = _HHMM.fullmatch(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a time of day like 09:00")
    return time(int(match[1]), int(match[2]))
