"""Routines and exercises in plain words, for the picker, its timeline and the session.

Every text is built from short English templates (``"hold {time}"``) passed
through ``tr`` before their numbers are filled in: core has no Qt, so the
English is written here and the UI hands in Qt's translation
(``ui.shell.i18n.tr``, see ``core.words``); without one the English shows.
The words follow ``core.routines.plan`` exactly: the seconds, reps,
sets and breaths they name are the ones the timer runs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from backcare_desktop.core.routines.loading import num
from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Pmr, Reps, Routine
from backcare_desktop.core.routines.plan import (
    COUNTED_REP_ESTIMATE_S,
    Phase,
    PhaseKind,
    Plan,
    breathing_cycles,
)
from backcare_desktop.core.words import Translate, as_written

# -- lengths ------------------------------------------------------------------


def number_in_words(value: float, tr: Translate = as_written) -> str:
    """A number as the shown language writes it: "2.5" in English, "2,5" in German
    (the decimal point is a text of its own to translate)."""
    text = num(value)
    return text.replace(".", tr(".", "the decimal point, as in 2.5")) if "." in text else text


def seconds_in_words(seconds: float, tr: Translate = as_written) -> str:
    """A length to the second: "20 s", "2.5 s", "1 min", "2 min 30 s"."""
    if seconds < 60:
        return tr("{seconds} s").format(seconds=number_in_words(seconds, tr))
    minutes, rest = divmod(round(seconds), 60)
    if rest == 0:
        return tr("{minutes} min").format(minutes=minutes)
    return tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=rest)


def about_in_words(seconds: float, tr: Translate = as_written) -> str:
    """A longer length to the minute, saying "about" when it was rounded: "about 3 min"."""
    if seconds < 60:
        return seconds_in_words(seconds, tr)
    minutes = round(seconds / 60)
    if math.isclose(minutes * 60, seconds):
        return tr("{minutes} min").format(minutes=minutes)
    return tr("about {minutes} min").format(minutes=minutes)


def clock_in_words(seconds: float) -> str:
    """A moment from the start, as a clock shows it: "0:08", "12:30", "1:02:05"."""
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _times(count: int, tr: Translate) -> str:
    # Exactly two has a text of its own: English says "twice", others their way.
    if count == 2:
        return tr("twice", "a hold done two times")
    return tr("%n time(s)", "a hold done this many times", count)


def _sets(count: int, tr: Translate) -> str:
    if count == 2:
        return tr("twice", "two sets of repetitions")
    return tr("%n set(s)", "", count)


def _reps(count: int, per_side: bool, tr: Translate) -> str:
    if per_side:
        return tr("%n rep(s) each side", "", count)
    return tr("%n rep(s)", "", count)


def _keeps_moving(exercise: Exercise) -> bool:
    # Imported here: the figure catalogue is not needed to list the routines.
    from backcare_desktop.core.figures.in_session import keeps_moving

    return keeps_moving(exercise)


def _hold_words(exercise: Exercise, seconds: float, tr: Translate) -> str:
    time = seconds_in_words(seconds, tr)
    if _keeps_moving(exercise):
        return tr("keep moving {time}").format(time=time)
    return tr("hold {time}").format(time=time)


def _tempo_words(spec: Reps, tr: Translate) -> str:
    steps = []
    if spec.move_s > 0:
        steps.append(tr("move {time}").format(time=seconds_in_words(spec.move_s, tr)))
    if spec.hold_s > 0:
        steps.append(tr("hold {time}").format(time=seconds_in_words(spec.hold_s, tr)))
    if spec.return_s > 0:
        steps.append(tr("return {time}").format(time=seconds_in_words(spec.return_s, tr)))
    return tr(", ").join(steps)


def _breath_words(spec: Breathing, tr: Translate) -> str:
    steps = []
    if spec.inhale_s > 0:
        steps.append(tr("breathe in {time}").format(time=seconds_in_words(spec.inhale_s, tr)))
    if spec.hold_in_s > 0:
        steps.append(tr("hold {time}").format(time=seconds_in_words(spec.hold_in_s, tr)))
    if spec.exhale_s > 0:
        steps.append(tr("out {time}").format(time=seconds_in_words(spec.exhale_s, tr)))
    if spec.hold_out_s > 0:
        steps.append(tr("hold {time}").format(time=seconds_in_words(spec.hold_out_s, tr)))
    return tr(", ").join(steps)


def _breaths(count: int, tr: Translate) -> str:
    return tr("%n breath(s)", "", count)


# -- doses --------------------------------------------------------------------


def dose_in_words(exercise: Exercise, tr: Translate = as_written) -> str:
    """How much of an exercise, as people say it.

    "hold 20 s, each side, twice"; "10 reps: move 2 s, hold 2 s, return 2 s · 3 sets";
    "10 reps at your own pace"; "tense 5 s, then relax 45 s";
    "breathe in 4 s, hold 4 s, out 4 s, hold 4 s · 10 breaths, about 3 min".
    """
    s = exercise.spec
    if isinstance(s, Hold):
        parts = [_hold_words(exercise, s.hold_s, tr)]
        if s.per_side:
            parts.append(tr("each side"))
        if s.sets > 1:
            parts.append(_times(s.sets, tr))
        return tr(", ").join(parts)
    if isinstance(s, Reps):
        reps = _reps(s.reps, s.per_side, tr)
        tempo = _tempo_words(s, tr)
        if s.pace == "counted":
            text = tr("{reps} at your own pace").format(reps=reps)
        elif tempo:
            text = tr("{reps}: {tempo}").format(reps=reps, tempo=tempo)
        else:
            text = reps
        if s.sets > 1:
            text += tr(" · ") + _sets(s.sets, tr)
        return text
    if isinstance(s, Pmr):
        return tr("tense {tense}, then relax {relax}").format(
            tense=seconds_in_words(s.tense_s, tr), relax=seconds_in_words(s.relax_s, tr))
    assert isinstance(s, Breathing)
    cycles = breathing_cycles(s)
    cycle_s = s.inhale_s + s.hold_in_s + s.exhale_s + s.hold_out_s
    return (_breath_words(s, tr) + tr(" · ") + tr("{breaths}, {length}").format(
        breaths=_breaths(cycles, tr), length=about_in_words(cycles * cycle_s, tr)))


def category_in_words(category: str, tr: Translate = as_written) -> str:
    """A routine's category as a label: "Stretching"; an unknown one as written."""
    return {
        "stretching": tr("Stretching"),
        "strength": tr("Strength"),
        "relaxation": tr("Relaxation"),
        "breathing": tr("Breathing"),
        "mixed": tr("Mixed"),
    }.get(category, category.capitalize())


def difficulty_in_words(difficulty: str, tr: Translate = as_written) -> str:
    """A routine's difficulty as a label: "Gentle"; an unknown one as written."""
    return {
        "gentle": tr("Gentle"),
        "moderate": tr("Moderate"),
        "challenging": tr("Challenging"),
    }.get(difficulty, difficulty.capitalize())


def duration_in_words(seconds: float, tr: Translate = as_written) -> str:
    """A routine's length to the minute: "45 s", "12 min", "1 h 5 min"."""
    s = round(seconds)
    if s < 60:
        return tr("{seconds} s").format(seconds=s)
    minutes = round(s / 60)
    if minutes < 60:
        return tr("{minutes} min").format(minutes=minutes)
    hours, rest = divmod(minutes, 60)
    if rest:
        return tr("{hours} h {minutes} min").format(hours=hours, minutes=rest)
    return tr("{hours} h").format(hours=hours)


def routine_meta(routine: Routine, total_s: float, tr: Translate = as_written) -> str:
    """A routine's kind, difficulty and length: "Stretching · Gentle · 12 min"."""
    return tr("{category} · {difficulty} · {length}").format(
        category=category_in_words(routine.category, tr),
        difficulty=difficulty_in_words(routine.difficulty, tr),
        length=duration_in_words(total_s, tr))


def phase_counters(phase: Phase, tr: Translate = as_written) -> str:
    """Where a phase stands: "Set 2 of 3 · Rep 7 of 10 · Left side"."""
    parts = []
    if phase.sets > 1 and phase.set_number:
        parts.append(tr("Set {number} of {total}").format(
            number=phase.set_number, total=phase.sets))
    if phase.reps and phase.rep_number:
        parts.append(tr("Rep {number} of {total}").format(
            number=phase.rep_number, total=phase.reps))
    if phase.side == "left":
        parts.append(tr("Left side"))
    elif phase.side == "right":
        parts.append(tr("Right side"))
    elif phase.side:
        parts.append(phase.side.capitalize())
    if phase.cycles:
        parts.append(tr("Breath {number} of {total}").format(
            number=phase.cycle, total=phase.cycles))
    return tr(" · ").join(parts)


# -- the timeline -------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    """One stretch of an exercise: getting ready, a set (one side of it), a rest…"""

    start_s: float  # from the start of the routine
    length_s: float  # counted reps at COUNTED_REP_ESTIMATE_S each
    text: str  # "Set 1, left side: hold 20 s"
    estimated: bool = False  # its length depends on the person's pace


@dataclass(frozen=True)
class ExerciseSteps:
    """One exercise of the timeline, with its parts in order."""

    index: int
    name: str
    dose: str
    start_s: float
    length_s: float
    estimated: bool
    parts: tuple[Part, ...]


_WORK = frozenset({PhaseKind.HOLD, PhaseKind.REP_MOVE, PhaseKind.REP_HOLD,
                   PhaseKind.REP_RETURN, PhaseKind.COUNTED_SET})
_BREATHS = frozenset({PhaseKind.INHALE, PhaseKind.HOLD_IN, PhaseKind.EXHALE,
                      PhaseKind.HOLD_OUT})


def _plain_part(kind: PhaseKind, tr: Translate) -> str | None:
    """The words of a part that needs no numbers, or None."""
    if kind is PhaseKind.PREPARE:
        return tr("Get ready")
    if kind is PhaseKind.SWITCH_SIDE:
        return tr("Switch sides")
    if kind is PhaseKind.REST_SET:
        return tr("Rest")
    if kind is PhaseKind.TENSE:
        return tr("Tense")
    if kind is PhaseKind.RELAX:
        return tr("Let go and relax")
    if kind is PhaseKind.REST_EXERCISE:
        return tr("Rest before the next exercise")
    return None


def _phase_seconds(phase: Phase) -> float:
    return phase.duration_s if phase.duration_s is not None \
        else phase.reps * COUNTED_REP_ESTIMATE_S


def _group(phase: Phase) -> tuple[object, ...]:
    """Consecutive phases of one exercise with the same group make one part."""
    if phase.kind in _WORK:
        return ("work", phase.set_number, phase.side)
    if phase.kind in _BREATHS:
        return ("breaths",)
    return (phase.kind, phase.set_number)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _part_text(first: Phase, exercise: Exercise, tr: Translate) -> str:
    plain = _plain_part(first.kind, tr)
    if plain is not None:
        return plain
    spec = exercise.spec
    if first.kind in _BREATHS:
        return _capital(_breaths(first.cycles, tr))
    assert isinstance(spec, Hold | Reps)
    if isinstance(spec, Hold):
        what = _hold_words(exercise, spec.hold_s, tr)
    elif spec.pace == "counted":
        what = tr("{reps} at your own pace").format(reps=_reps(spec.reps, False, tr))
    else:
        what = _reps(spec.reps, False, tr)
    side = {"left": tr("left side"), "right": tr("right side")}.get(first.side or "")
    if spec.sets > 1:
        where = tr("Set {number}").format(number=first.set_number)
        if side:
            where = tr("{set}, {side}").format(set=where, side=side)
    else:
        where = _capital(side) if side else ""
    return tr("{where}: {what}").format(where=where, what=what) if where else _capital(what)


def timeline(plan: Plan, tr: Translate = as_written) -> tuple[ExerciseSteps, ...]:
    """The plan grouped by exercise: each with when it starts, its dose and its parts."""
    exercises: list[ExerciseSteps] = []
    clock = 0.0
    index = 0
    phases = plan.phases
    while index < len(phases):
        ex_index = phases[index].exercise_index
        exercise = plan.routine.exercises[ex_index]
        start = clock
        parts: list[Part] = []
        while index < len(phases) and phases[index].exercise_index == ex_index:
            first = phases[index]
            group = _group(first)
            length = 0.0
            estimated = False
            while (index < len(phases) and phases[index].exercise_index == ex_index
                   and _group(phases[index]) == group):
                length += _phase_seconds(phases[index])
                estimated = estimated or phases[index].duration_s is None
                index += 1
            parts.append(Part(clock, length, _part_text(first, exercise, tr), estimated))
            clock += length
        exercises.append(ExerciseSteps(
            ex_index, exercise.name, dose_in_words(exercise, tr), start, clock - start,
            any(p.estimated for p in parts), tuple(parts)))
    return tuple(exercises)
