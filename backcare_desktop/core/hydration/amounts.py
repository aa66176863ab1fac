"""Water amounts: the limits, and showing millilitres in the person's unit.

The unit and the way numbers are written follow the locale once the UI has
said how (``use_locale``): until the person chooses a unit, US customary
measurement shows fluid ounces and everywhere else millilitres. Without Qt
(tests, the command line) amounts read "1,750 ml".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import time
from typing import TYPE_CHECKING

from backcare_desktop.core.words import tr

if TYPE_CHECKING:
    from backcare_desktop.core.hydration.schedule import ReminderSettings

ML_PER_FL_OZ = 29.5735
ENTRY_MIN_ML, ENTRY_MAX_ML = 1, 3000
GOAL_MIN_ML, GOAL_MAX_ML = 250, 10_000
DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
UNITS = ("ml", "fl_oz", "glasses")


def _plain_number(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}"


def _metric() -> str:
    return "ml"


_locale: dict[str, Callable[..., str]] = {"number": _plain_number, "unit": _metric}


def use_locale(number: Callable[[float, int], str], default_unit: Callable[[], str]) -> None:
    """Write numbers with ``number(value, decimals)`` and take ``default_unit()``
    as the unit while the person has chosen none (the UI, at start-up)."""
    _locale["number"] = number
    _locale["unit"] = default_unit


def number_text(value: float, decimals: int = 0) -> str:
    """A number as the locale writes it: "1,750", "1.750", "59.2"."""
    return _locale["number"](value, decimals)


def default_unit() -> str:
    """The unit while the person has chosen none: "fl_oz" in the US, else "ml"."""
    unit = _locale["unit"]()
    return unit if unit in UNITS else "ml"


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


def _outside(amount: int) -> bool:
    return isinstance(amount, bool) or not isinstance(amount, int)


def settings_problems(reminders: ReminderSettings, goal_ml: int, glass_ml: int) -> list[str]:
    """Everything wrong with a set of hydration settings, one message per problem,
    in the shown language."""
    problems = reminders.problems()
    if _outside(goal_ml) or not GOAL_MIN_ML <= goal_ml <= GOAL_MAX_ML:
        problems.append(tr("a daily goal of {amount} ml is outside {low}–{high} ml").format(
            amount=_shown_amount(goal_ml), low=number_text(GOAL_MIN_ML),
            high=number_text(GOAL_MAX_ML)))
    if _outside(glass_ml) or not ENTRY_MIN_ML <= glass_ml <= ENTRY_MAX_ML:
        problems.append(tr("a glass of {amount} ml is outside {low}–{high} ml").format(
            amount=_shown_amount(glass_ml), low=number_text(ENTRY_MIN_ML),
            high=number_text(ENTRY_MAX_ML)))
    if reminders.enabled and not reminders.days:
        problems.append(tr("choose at least one day for reminders"))
    return problems


def entry_problem(amount_ml: int) -> str | None:
    """What is wrong with a drink of ``amount_ml``, in the shown language, or None."""
    if _outside(amount_ml) or not ENTRY_MIN_ML <= amount_ml <= ENTRY_MAX_ML:
        return tr("a drink of {amount} ml is outside {low}–{high} ml").format(
            amount=_shown_amount(amount_ml), low=number_text(ENTRY_MIN_ML),
            high=number_text(ENTRY_MAX_ML))
    return None


def _shown_amount(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return number_text(value)
    return repr(value)


def _glasses(ml: float, glass_ml: int) -> float:
    return round(ml / glass_ml, 1)


def show(ml: float, unit: str, glass_ml: int) -> str:
    """An amount as the person reads it: "750 ml", "25.4 fl oz", "3 glasses"."""
    if unit == "fl_oz":
        return tr("{amount} fl oz").format(amount=number_text(ml / ML_PER_FL_OZ, 1))
    if unit == "glasses":
        glasses = _glasses(ml, glass_ml)
        if glasses == int(glasses):
            return tr("%n glass(es)", "", int(glasses))
        return tr("{amount} glasses").format(amount=number_text(glasses, 1))
    return tr("{amount} ml").format(amount=number_text(round(ml)))


def show_number(ml: float, unit: str, glass_ml: int) -> str:
    """The number alone, for tight spaces whose unit is said nearby: "1,750", "59.2", "7"."""
    if unit == "fl_oz":
        return number_text(ml / ML_PER_FL_OZ, 1)
    if unit == "glasses":
        glasses = _glasses(ml, glass_ml)
        return number_text(glasses, 0 if glasses == int(glasses) else 1)
    return number_text(round(ml))


def unit_name(unit: str) -> str:
    """The unit's short name: "ml", "fl oz", "glasses"."""
    if unit == "fl_oz":
        return tr("fl oz")
    if unit == "glasses":
        return tr("glasses")
    return tr("ml")


_HHMM = re.compile(r"([01]\d|2[0-3]):([0-5]\d)")


def parse_hhmm(text: str) -> time:
    match = _HHMM.fullmatch(text.strip())
    if not match:
        raise ValueError(f"{text!r} is not a time of day like 09:00")
    return time(int(match[1]), int(match[2]))
