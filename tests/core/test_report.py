"""The progress report's figures and sentences, from stand-in records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import pytest

from backcare_desktop.core.programme.plan import Slot, WeeklyPlan
from backcare_desktop.core.progress.report import (
    AreaCount,
    HurtEvent,
    ReportRecords,
    StepCount,
    StepMiss,
    build_report,
    default_range,
    peg_weeks,
)
from backcare_desktop.core.progress.stats import PainDay, SessionDay, SessionPain
from backcare_desktop.core.routines.model import Exercise, Hold, Routine
from backcare_desktop.core.vocabulary import PainArea, StepOutcome

TODAY = date(2026, 11, 24)  # a Tuesday
FIRST = TODAY - timedelta(days=27)
TZ = timezone(timedelta(hours=1))


@dataclass(frozen=True)
class Peg:  # stands in for core.progress.peg.PegAnswer
    answered: datetime
    pain: int
    enjoyment: int
    activity: int

    @property
    def score(self) -> float:
        return round((self.pain + self.enjoyment + self.activity) / 3, 1)


def routine(rid: str = "core") -> Routine:
    return Routine(rid, "Core", "strength", "gentle",
                   (Exercise("Plank", Hold(20, sets=3)), Exercise("Bridge", Hold(10))))


def records(**kw: object) -> ReportRecords:
    pain = [PainDay(FIRST + timedelta(days=n), 6.0 if n < 7 else 3.0, 7 if n == 2 else 4)
            for n in range(28) if n % 2 == 0]
    sessions = [SessionDay(FIRST + timedelta(days=n), 1, 600) for n in range(0, 28, 3)]
    base: dict[str, object] = dict(
        first=FIRST, last=TODAY, today=TODAY, pain_days=pain, session_days=sessions,
        session_pain=[SessionPain("Core", FIRST, 5, 3), SessionPain("Core", TODAY, 4, 7)],
        flare_days=frozenset({FIRST + timedelta(days=3), FIRST + timedelta(days=4)}),
        planned={FIRST + timedelta(days=n): ["core"] for n in range(28) if n % 7 == 0},
        water={FIRST: 2500, TODAY: 1000}, sessions_goal=2, water_goal_ml=2000,
        step_counts=[StepCount("core", "Core", "Plank", StepOutcome.COMPLETED, 8),
                     StepCount("core", "Core", "Plank", StepOutcome.SKIPPED, 1),
                     StepCount("gone", "Old one", "Leg raise", StepOutcome.HURT, 1)],
        step_misses=[StepMiss("core", "Core", "Plank", StepOutcome.SKIPPED, TODAY),
                     StepMiss("gone", "Old one", "Leg raise", StepOutcome.HURT, FIRST)],
        hurt=[HurtEvent(FIRST, "Old one", "Leg raise", 7)],
        areas=[AreaCount(PainArea.LOWER_BACK, 10, 4.5), AreaCount(None, 4, 3.0)],
        earliest=FIRST)
    base.update(kw)
    return ReportRecords(**base)  # type: ignore[arg-type]


def test_page_one_figures_and_sentences() -> None:
    plan = WeeklyPlan((Slot(0, "08:00", "core"), Slot(2, "09:00", "gone")))
    peg = [Peg(datetime(2026, 11, 2, 9, tzinfo=TZ), 6, 6, 6),
           Peg(datetime(2026, 11, 23, 9, tzinfo=TZ), 3, 4, 5)]
    report = build_report(records(), plan=plan, routines={"core": routine()}, peg=peg,
                          name="  Alex  ")
    assert report.name == "Alex"
    assert len(report.days) == 28 and report.pain_logged == 14
    assert report.flare_days == 2
    assert report.days[2].worst == 7 and report.days[1].mean is None
    assert report.days[6].week_mean == pytest.approx(6.0)
    assert report.before_after is not None
    assert (report.before_after.sessions, report.before_after.before,
            report.before_after.after) == (2, 4.5, 5.0)
    assert [w.planned for w in report.weeks] == [1, 1, 1, 1, None]
    assert report.sessions == 10
    assert [(w.score, w.answers) for w in report.peg] == [(6.0, 1), (4.0, 1)]
    said = " ".join(report.sentences)
    assert "went from 6.0 to 3.0" in said
    assert "the worst was 7" in said
    assert "4 sessions were planned; 9 were done in the same weeks." in said
    assert "pain averaged 4.5 before and 5.0 after" in said
    assert "1 session stopped because it hurt" in said
    assert "A flare-up was on for 2 days" in said
    assert "6.0 in the first week answered, 4.0 in the last" in said
    assert report.lacks == ()


def test_adherence_and_a_routine_deleted_since() -> None:
    report = build_report(records(), routines={"core": routine()})
    by_title = {r.title: r for r in report.adherence}
    plank = by_title["Core"].exercises[0]
    assert (plank.name, plank.done, plank.skipped, plank.hurt) == ("Plank", 8, 1, 0)
    assert plank.skipped_days == (TODAY,)
    assert by_title["Core"].still_there and not by_title["Old one"].still_there
    assert by_title["Old one"].exercises[0].hurt_days == (FIRST,)


def test_programme_with_doses_and_a_lost_routine() -> None:
    plan = WeeklyPlan((Slot(0, "08:00", "core"), Slot(3, "18:30", "core"),
                       Slot(2, "09:00", "gone")))
    report = build_report(records(), plan=plan, routines={"core": routine()})
    core, gone = report.programme
    assert core.when == "Monday 08:00, Thursday 18:30"
    assert [(e.name, e.dose) for e in core.exercises] == [
        ("Plank", "hold 20 s, 3 times"), ("Bridge", "hold 10 s")]
    assert gone.missing and gone.exercises == ()


def test_water_against_the_goal() -> None:
    water = build_report(records()).water
    assert (water.days, water.days_logged, water.days_met) == (28, 2, 1)
    assert water.mean_ml == pytest.approx(3500 / 28)


def test_an_empty_range_says_what_it_lacks() -> None:
    report = build_report(ReportRecords(first=TODAY, last=TODAY, today=TODAY))
    assert report.sentences == ()
    assert report.lacks == ("No pain was logged in this period.",
                            "No session was finished in this period.",
                            "No weekly score recorded.")
    assert len(report.days) == 1 and report.before_after is None and report.peg == ()


def test_one_day_of_pain_gives_its_average_and_no_trend() -> None:
    rec = ReportRecords(first=TODAY, last=TODAY, today=TODAY,
                        pain_days=[PainDay(TODAY, 4.5, 6)])
    said = build_report(rec).sentences
    assert said[0] == "Average pain 4.5 out of 10 on 1 day logged."


def test_a_range_before_the_records_and_past_today() -> None:
    rec = records(first=FIRST - timedelta(days=100), last=TODAY + timedelta(days=3))
    lacks = build_report(rec).lacks
    assert f"The records start on {FIRST.isoformat()}; the days before hold nothing." in lacks
    assert f"The period runs past today ({TODAY.isoformat()})." in lacks


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        build_report(ReportRecords(first=TODAY, last=FIRST, today=TODAY))


def test_default_range_since_the_last_report_or_eight_weeks() -> None:
    assert default_range(TODAY, None) == (TODAY - timedelta(days=55), TODAY)
    assert default_range(TODAY, date(2026, 11, 1)) == (date(2026, 11, 2), TODAY)
    assert default_range(TODAY, TODAY) == (TODAY - timedelta(days=55), TODAY)


def test_peg_weeks_leave_out_answers_outside_the_range() -> None:
    peg = [Peg(datetime(2026, 11, 24, 9, tzinfo=TZ), 2, 3, 4),
           Peg(datetime(2026, 11, 25, 9, tzinfo=TZ), 9, 9, 9),
           Peg(datetime(2026, 10, 1, 9, tzinfo=TZ), 9, 9, 9)]
    weeks = peg_weeks(peg, FIRST, TODAY)
    assert [(w.monday, w.score) for w in weeks] == [(date(2026, 11, 23), 3.0)]
