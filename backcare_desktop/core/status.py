"""The one-line summary of today shown in the window header."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from backcare_desktop.core.hydration.amounts import show
from backcare_desktop.core.words import tr

NO_BREAK_SPACE = "\u00a0"


def week_start(day: date) -> date:
    """The Monday of the ISO week that contains ``day``."""
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True)
class TodayStatus:
    sessions_this_week: int
    sessions_goal: int
    water_today_ml: int
    water_goal_ml: int
    water_unit: str = "ml"
    glass_ml: int = 250
    planned_today: str = ""  # "Core stability at 18:00"; empty without a plan

    def text(self, *, amounts_whole: bool = False) -> str:
        """The summary; with ``amounts_whole`` each amount of water is joined by
        no-break spaces, so a narrow header never splits "67.6 fl oz" from its
        "oz" (the header may be narrow: in flare-up mode at 1024 px it has about
        240 px, so the parts themselves must still wrap)."""
        parts = [tr("This week: {done} of %n session(s)", "", self.sessions_goal).format(
                     done=self.sessions_this_week),
                 tr("Water today: {water}").format(water=self.water_text(amounts_whole))]
        if self.planned_today:
            parts.append(tr("Today: {planned}").format(planned=self.planned_today))
        return "   ·   ".join(parts)

    def water_text(self, amounts_whole: bool = False) -> str:
        """Today's water against the goal in the person's unit: "750 ml of 2,000 ml"."""
        drunk = show(self.water_today_ml, self.water_unit, self.glass_ml)
        goal = show(self.water_goal_ml, self.water_unit, self.glass_ml)
        if amounts_whole:
            drunk, goal = drunk.replace(" ", NO_BREAK_SPACE), goal.replace(" ", NO_BREAK_SPACE)
        return tr("{drunk} of {goal}").format(drunk=drunk, goal=goal)

    @property
    def week_goal_met(self) -> bool:
        return self.sessions_this_week >= self.sessions_goal
