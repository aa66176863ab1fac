"""The progress report for a physiotherapist: its figures and sentences.

Pure: built from the plain records of a range (``ReportRecords``, read by
``storage.report_data``), the weekly plan, the routines as they are now and
the weekly PEG answers. The PDF (``ui.progress.report_pdf``) only draws what
is here. Words are English templates passed through ``tr`` before their
numbers are filled in (as in ``core.routines.describe``), so the ui hands in
Qt's translation.

What it says, precisely:

- **Pain trend.** Per day logged: the average and the worst; the 7-day
  average is the mean of the daily averages of the seven days ending there
  (``stats.rolling_mean``); flare-up days are those a flare-up was on.
- **Sessions per week.** Finished sessions per ISO week of the range against
  the weekly goal and against the sessions the plan had for that week.
- **Before and after.** Sessions with pain logged both before and after
  (after: at the end, or when stopped because it hurt): the mean of each.
- **What changed.** The "is it working?" figures of ``outlook`` in sentences.
- **Adherence.** Per routine and exercise: steps done, skipped, and stopped
  because it hurt, with the dates of the last two kinds.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from backcare_desktop.core.programme.plan import WeeklyPlan, day_name
from backcare_desktop.core.progress.outlook import Direction, outlook
from backcare_desktop.core.progress.peg import PegAnswer
from backcare_desktop.core.progress.stats import (
    PainDay,
    SessionDay,
    SessionPain,
    days_between,
    rolling_mean,
)
from backcare_desktop.core.routines.describe import dose_in_words
from backcare_desktop.core.routines.model import Routine
from backcare_desktop.core.status import week_start
from backcare_desktop.core.vocabulary import PainArea, StepOutcome
from backcare_desktop.core.words import Translate, as_written

DEFAULT_WEEKS = 8
"""The report's range when none was made before: the last eight weeks."""
DATES_SHOWN = 8
"""The dates listed per exercise for skipped and hurt steps (the newest)."""


# -- the records it is made from -----------------------------------------------------------

@dataclass(frozen=True)
class StepCount:
    routine_id: str
    routine_title: str
    exercise: str
    outcome: StepOutcome
    count: int


@dataclass(frozen=True)
class StepMiss:
    """A step that was not done: skipped, or stopped because it hurt."""

    routine_id: str
    routine_title: str
    exercise: str
    outcome: StepOutcome
    day: date


@dataclass(frozen=True)
class HurtEvent:
    day: date
    routine_title: str
    exercise: str  # "" when the step is not known
    level: int | None  # pain logged when it was stopped


@dataclass(frozen=True)
class AreaCount:
    area: PainArea | None  # None: no area given
    entries: int
    mean: float


@dataclass(frozen=True)
class NoteLine:
    day: date
    level: int
    area: PainArea | None
    note: str


@dataclass(frozen=True)
class ReportRecords:
    first: date
    last: date
    today: date
    pain_days: Sequence[PainDay] = ()
    session_days: Sequence[SessionDay] = ()
    session_pain: Sequence[SessionPain] = ()
    flare_days: Collection[date] = frozenset()
    planned: Mapping[date, Sequence[str]] = field(default_factory=dict)
    water: Mapping[date, int] = field(default_factory=dict)
    sessions_goal: int = 3
    water_goal_ml: int = 2000
    step_counts: Sequence[StepCount] = ()
    step_misses: Sequence[StepMiss] = ()
    hurt: Sequence[HurtEvent] = ()
    areas: Sequence[AreaCount] = ()
    notes: Sequence[NoteLine] = ()
    notes_total: int = 0
    earliest: date | None = None  # the oldest record of any kind


# -- the report -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ChartDay:
    day: date
    mean: float | None
    worst: int | None
    week_mean: float | None  # the 7-day average
    flare: bool


@dataclass(frozen=True)
class WeekRow:
    monday: date
    done: int
    planned: int | None  # None: no plan in force that week


@dataclass(frozen=True)
class BeforeAfter:
    sessions: int
    before: float
    after: float


@dataclass(frozen=True)
class PegWeek:
    monday: date
    score: float
    answers: int


@dataclass(frozen=True)
class ExerciseLine:
    name: str
    done: int
    skipped: int
    hurt: int
    skipped_days: tuple[date, ...]  # the newest, at most DATES_SHOWN
    hurt_days: tuple[date, ...]


@dataclass(frozen=True)
class RoutineAdherence:
    title: str
    exercises: tuple[ExerciseLine, ...]
    still_there: bool  # False: deleted since (or cannot be read)


@dataclass(frozen=True)
class Water:
    goal_ml: int
    days: int  # days of the range so far
    days_logged: int
    mean_ml: float  # per day of the range so far, drinks logged
    days_met: int


@dataclass(frozen=True)
class ProgrammeExercise:
    name: str
    dose: str


@dataclass(frozen=True)
class ProgrammeRoutine:
    routine_id: str
    title: str
    when: str  # "Monday 08:00, Thursday 18:30"
    exercises: tuple[ProgrammeExercise, ...]  # empty when the routine is gone
    missing: bool


@dataclass(frozen=True)
class Report:
    name: str
    first: date
    last: date
    made: date
    days: tuple[ChartDay, ...]
    flare_days: int
    goal: int
    weeks: tuple[WeekRow, ...]
    before_after: BeforeAfter | None
    peg: tuple[PegWeek, ...]
    sentences: tuple[str, ...]
    lacks: tuple[str, ...]  # what the records of the range do not hold, in sentences
    adherence: tuple[RoutineAdherence, ...]
    hurt: tuple[HurtEvent, ...]
    areas: tuple[AreaCount, ...]
    notes: tuple[NoteLine, ...]
    notes_total: int
    water: Water
    programme: tuple[ProgrammeRoutine, ...]

    @property
    def pain_logged(self) -> int:
        return sum(d.mean is not None for d in self.days)

    @property
    def sessions(self) -> int:
        return sum(w.done for w in self.weeks)


def default_range(today: date, last_report: date | None) -> tuple[date, date]:
    """Since the day after the last report (when it was before today), or eight weeks."""
    if last_report is not None and last_report < today:
        return last_report + timedelta(days=1), today
    return today - timedelta(weeks=DEFAULT_WEEKS) + timedelta(days=1), today


def one(value: float) -> str:
    """A figure to one decimal: "4.0", "3.5" (the ui hands in the locale's own)."""
    return f"{value:.1f}"


def slot_words(weekday: int, at: str) -> str:
    """A planned session's day and time: "Monday 08:00" (the ui hands in the locale's)."""
    return f"{day_name(weekday)} {at}"


@dataclass(frozen=True)
class Words:
    """How the report writes its words, figures and days: English and ISO by
    default; the ui hands in Qt's translation and the locale's formats."""

    tr: Translate = as_written
    figure: Callable[[float], str] = one  # one decimal
    day: Callable[[date], str] = date.isoformat
    slot: Callable[[int, str], str] = slot_words


def _chart(rec: ReportRecords) -> tuple[ChartDay, ...]:
    days = days_between(rec.first, rec.last)
    pain = {p.day: p for p in rec.pain_days}
    means = rolling_mean(days, {d: p.mean for d, p in pain.items()})
    flare = set(rec.flare_days)
    return tuple(ChartDay(d, pain[d].mean if d in pain else None,
                          pain[d].worst if d in pain else None, m, d in flare)
                 for d, m in zip(days, means, strict=True))


def _weeks(rec: ReportRecords) -> tuple[WeekRow, ...]:
    done: dict[date, int] = {}
    for s in rec.session_days:
        if rec.first <= s.day <= rec.last:
            done[week_start(s.day)] = done.get(week_start(s.day), 0) + s.sessions
    planned: dict[date, int] = {}
    for day, routines in rec.planned.items():
        if rec.first <= day <= rec.last:
            monday = week_start(day)
            planned[monday] = planned.get(monday, 0) + len(routines)
    out = []
    monday = week_start(rec.first)
    while monday <= rec.last:
        out.append(WeekRow(monday, done.get(monday, 0), planned.get(monday)))
        monday += timedelta(days=7)
    return tuple(out)


def _before_after(pairs: Sequence[SessionPain]) -> BeforeAfter | None:
    if not pairs:
        return None
    n = len(pairs)
    return BeforeAfter(n, sum(p.before for p in pairs) / n, sum(p.after for p in pairs) / n)


def peg_weeks(answers: Iterable[PegAnswer], first: date, last: date) -> tuple[PegWeek, ...]:
    """The mean PEG score of each week with answers in the range."""
    sums: dict[date, list[float]] = {}
    for a in answers:
        day = a.answered.date()
        if first <= day <= last:
            row = sums.setdefault(week_start(day), [0.0, 0])
            row[0] += a.score
            row[1] += 1
    return tuple(PegWeek(m, round(s / n, 1), int(n)) for m, (s, n) in sorted(sums.items()))


def _adherence(rec: ReportRecords, known: Collection[str]) -> tuple[RoutineAdherence, ...]:
    table: dict[str, dict[str, dict[StepOutcome, int]]] = {}
    titles: dict[str, str] = {}
    for c in rec.step_counts:
        titles[c.routine_id] = c.routine_title
        ex = table.setdefault(c.routine_id, {}).setdefault(c.exercise, {})
        ex[c.outcome] = ex.get(c.outcome, 0) + c.count
    missed: dict[tuple[str, str, StepOutcome], list[date]] = {}
    for m in rec.step_misses:
        missed.setdefault((m.routine_id, m.exercise, m.outcome), []).append(m.day)

    def newest(rid: str, name: str, outcome: StepOutcome) -> tuple[date, ...]:
        days = sorted(set(missed.get((rid, name, outcome), [])))
        return tuple(days[-DATES_SHOWN:])

    out = []
    for rid in sorted(table, key=lambda r: titles[r].casefold()):
        lines = tuple(
            ExerciseLine(name, ex.get(StepOutcome.COMPLETED, 0), ex.get(StepOutcome.SKIPPED, 0),
                         ex.get(StepOutcome.HURT, 0), newest(rid, name, StepOutcome.SKIPPED),
                         newest(rid, name, StepOutcome.HURT))
            for name, ex in sorted(table[rid].items()))
        out.append(RoutineAdherence(titles[rid], lines, rid in known))
    return tuple(out)


def _water(rec: ReportRecords) -> Water:
    last = min(rec.last, rec.today)
    days = days_between(rec.first, last) if last >= rec.first else []
    amounts = [rec.water.get(d, 0) for d in days]
    return Water(rec.water_goal_ml, len(days), sum(1 for a in amounts if a),
                 sum(amounts) / len(amounts) if amounts else 0.0,
                 sum(1 for a in amounts if a >= rec.water_goal_ml))


def programme(plan: WeeklyPlan, routines: Mapping[str, Routine],
              tr: Translate = as_written,
              slot_text: Callable[[int, str], str] = slot_words
              ) -> tuple[ProgrammeRoutine, ...]:
    """The routines of the weekly plan, in the order of their first day, with doses."""
    when: dict[str, list[str]] = {}
    for slot in plan.slots:
        when.setdefault(slot.routine_id, []).append(slot_text(slot.weekday, slot.at))
    out = []
    for rid, slots in when.items():
        routine = routines.get(rid)
        if routine is None:
            out.append(ProgrammeRoutine(rid, rid, ", ".join(slots), (), True))
            continue
        out.append(ProgrammeRoutine(
            rid, routine.title, ", ".join(slots),
            tuple(ProgrammeExercise(e.name, dose_in_words(e, tr)) for e in routine.exercises),
            False))
    return tuple(out)


def _sentences(rec: ReportRecords, rep_days: tuple[ChartDay, ...], weeks: tuple[WeekRow, ...],
               ba: BeforeAfter | None, peg: tuple[PegWeek, ...], flare: int,
               words: Words) -> tuple[list[str], list[str]]:
    tr, one = words.tr, words.figure
    said: list[str] = []
    lacks: list[str] = []
    o = outlook(rec.first, rec.last, rec.pain_days, rec.session_days, rec.sessions_goal,
                rec.today)
    if o.pain is None:
        lacks.append(tr("No pain was logged in this period."))
    elif o.pain.direction is None:
        said.append(tr("Average pain {mean} out of 10 on %n day(s) logged.", "",
                     o.pain.days_logged).format(mean=one(o.pain.mean)))
    else:
        assert o.pain.start is not None and o.pain.end is not None
        phrases = {Direction.DOWN: tr("Pain eased: the daily average went from {start} to {end}"
                                    " out of 10 between the start and the end of the period."),
                 Direction.UP: tr("Pain rose: the daily average went from {start} to {end}"
                                  " out of 10 between the start and the end of the period."),
                 Direction.SAME: tr("Pain stayed about the same: a daily average of {start}"
                                    " at the start of the period and {end} at the end.")}
        said.append(phrases[o.pain.direction].format(start=one(o.pain.start), end=one(o.pain.end)))
        worst = max(d.worst for d in rep_days if d.worst is not None)
        said.append(tr("Pain was logged on {days} of %n day(s); the worst was {worst}.", "",
                     o.days).format(days=o.pain.days_logged, worst=worst))
    if o.sessions == 0:
        lacks.append(tr("No session was finished in this period."))
    elif o.sessions_per_week is not None:
        said.append(tr("{per_week} finished sessions a week on average ({sessions} in all)."
                       ).format(per_week=one(o.sessions_per_week), sessions=o.sessions))
    else:
        said.append(tr("%n finished session(s).", "", o.sessions))
    if o.weeks_counted:
        said.append(tr("The goal of {goal} a week was met in {met} of %n week(s).", "",
                     o.weeks_counted).format(goal=o.goal, met=o.weeks_met))
    planned = sum(w.planned or 0 for w in weeks)
    if planned:
        said.append(tr("%n session(s) were planned; {done} were done in the same weeks.", "",
                       planned).format(done=sum(w.done for w in weeks if w.planned is not None)))
    if ba is None:
        if o.sessions:
            lacks.append(tr("No session has pain logged both before and after."))
    else:
        said.append(tr("Around sessions, pain averaged {before} before and {after} after"
                       " (%n session(s) with both).", "", ba.sessions).format(
            before=one(ba.before), after=one(ba.after)))
    if rec.hurt:
        said.append(tr("%n session(s) stopped because it hurt.", "", len(rec.hurt)))
    if flare:
        said.append(tr("A flare-up was on for %n day(s).", "", flare))
    if not peg:
        lacks.append(tr("No weekly score recorded."))
    elif len(peg) >= 2:
        said.append(tr("Weekly score (PEG, 0–10): {start} in the first week answered,"
                       " {end} in the last.").format(start=one(peg[0].score),
                                                      end=one(peg[-1].score)))
    else:
        said.append(tr("Weekly score (PEG, 0–10): {score}.").format(score=one(peg[0].score)))
    return said, lacks


def build_report(rec: ReportRecords, *, plan: WeeklyPlan | None = None,
                 routines: Mapping[str, Routine] | None = None, peg: Sequence[PegAnswer] = (),
                 name: str = "", words: Words = Words()) -> Report:
    """The report of ``rec.first``..``rec.last`` (raises ``ValueError`` when it ends
    before it starts)."""
    tr = words.tr
    if rec.last < rec.first:
        raise ValueError("the range ends before it starts")
    routines = routines or {}
    days = _chart(rec)
    weeks = _weeks(rec)
    ba = _before_after(rec.session_pain)
    pegs = peg_weeks(peg, rec.first, rec.last)
    flare = sum(d.flare for d in days)
    said, lacks = _sentences(rec, days, weeks, ba, pegs, flare, words)
    if rec.earliest is not None and rec.first < rec.earliest:
        lacks.append(tr("The records start on {day}; the days before hold nothing.").format(
            day=words.day(rec.earliest)))
    if rec.last > rec.today:
        lacks.append(tr("The period runs past today ({day}).").format(
            day=words.day(rec.today)))
    return Report(
        name=name.strip(), first=rec.first, last=rec.last, made=rec.today, days=days,
        flare_days=flare, goal=rec.sessions_goal, weeks=weeks, before_after=ba, peg=pegs,
        sentences=tuple(said), lacks=tuple(lacks),
        adherence=_adherence(rec, routines.keys()), hurt=tuple(rec.hurt),
        areas=tuple(rec.areas), notes=tuple(rec.notes), notes_total=rec.notes_total,
        water=_water(rec),
        programme=programme(plan or WeeklyPlan(), routines, tr, words.slot))
