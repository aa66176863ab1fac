"""The sentence's wording for each case, with English plural forms."""

from __future__ import annotations

from datetime import date

from backcare_desktop.core.progress.outlook import Direction, Outlook, PainTrend, PlannedWeek
from backcare_desktop.ui.progress.outlook_text import sentence


def figures(**changes: object) -> Outlook:
    base = {"days": 56, "weeks": 8, "pain": PainTrend(4.2, 40, 5.1, 3.4, Direction.DOWN),
            "sessions": 26, "sessions_per_week": 3.2, "goal": 3, "weeks_met": 6,
            "weeks_counted": 8}
    base.update(changes)
    return Outlook(**base)  # type: ignore[arg-type]


def test_the_issue_s_example(qapp: object) -> None:
    assert sentence(figures()) == ("Average pain down from 5.1 to 3.4 over 8 weeks; "
                                   "3.2 sessions a week; goal of 3 met 6 of 8 weeks.")


def test_each_case(qapp: object) -> None:
    assert sentence(figures(pain=PainTrend(4.0, 9, 4.0, 4.4, Direction.SAME))).startswith(
        "Average pain about the same (4.0 to 4.4) over 8 weeks;")
    assert sentence(figures(pain=PainTrend(4.0, 9, 3.0, 5.0, Direction.UP))).startswith(
        "Average pain up from 3.0 to 5.0 over 8 weeks;")
    assert sentence(figures(days=3, weeks=0, pain=PainTrend(6.0, 1), sessions=1,
                            sessions_per_week=None, weeks_met=0, weeks_counted=0)) == (
        "Average pain 6.0 on the 1 day logged over 3 days; 1 session.")
    assert sentence(figures(pain=None, sessions=0, sessions_per_week=0.0, weeks_met=0)) == (
        "No pain logged over 8 weeks; no sessions; goal of 3 met 0 of 8 weeks.")
    planned = [PlannedWeek(date(2026, 11, 16), 3, 2, 1, 3)]
    assert sentence(figures(), planned).endswith("; 1 of 3 planned days missed.")
