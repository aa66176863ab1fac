"""The one-line summary of today shown in the window header."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from backcare_desktop.core.hydration.amounts import show


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

    def text(self) -> str:
        sessions = "session" if self.sessions_goal == 1 else "sessions"
        today = f"   ·   Today: {self.planned_today}" if self.planned_today else ""
        return (
            f"This week: {self.sessions_this_week} of {self.sessions_goal} {sessions}"
            f"   ·   Water today: {self.water_text()}{today}"
        )

    def water_text(self) -> str:
        """Today's water against the goal in the person's unit: "750 ml of 2,000 ml"."""
        drunk = show(self.water_today_ml, self.water_unit, self.glass_ml)
        goal = show(self.water_goal_ml, self.water_unit, self.glass_ml)
        return f"{drunk} of {goal}"

    @property
    def week_goal_met(self) -> bool:
        return self.sessions_this_week >= self.sessions_goal
