"""Short plain-words descriptions of routines and exercises for the picker."""

from __future__ import annotations

from backcare_desktop.core.routines.loading import format_duration, num
from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Pmr, Reps, Routine
from backcare_desktop.core.routines.plan import Phase, breathing_cycles


def exercise_summary(ex: Exercise) -> str:
    s = ex.spec
    if isinstance(s, Hold):
        text = f"hold {num(s.hold_s)} s"
        if s.sets > 1:
            text = f"{s.sets} × {text}"
        return text + (", each side" if s.per_side else "")
    if isinstance(s, Reps):
        text = f"{s.reps} reps" if s.sets == 1 else f"{s.sets} × {s.reps} reps"
        if s.pace == "counted":
            text += ", at your own pace"
        else:
            text += f", {num(s.move_s)}–{num(s.hold_s)}–{num(s.return_s)} s each"
        return text + (", each side" if s.per_side else "")
    if isinstance(s, Pmr):
        return f"tense {num(s.tense_s)} s, relax {num(s.relax_s)} s"
    assert isinstance(s, Breathing)
    steps = [f"in {num(s.inhale_s)} s"]
    if s.hold_in_s:
        steps.append(f"hold {num(s.hold_in_s)} s")
    steps.append(f"out {num(s.exhale_s)} s")
    if s.hold_out_s:
        steps.append(f"hold {num(s.hold_out_s)} s")
    cycle = s.inhale_s + s.hold_in_s + s.exhale_s + s.hold_out_s
    length = format_duration(breathing_cycles(s) * cycle)
    return ", ".join(steps) + f" · {breathing_cycles(s)} breaths, {length}"


def routine_meta(routine: Routine, total_s: float) -> str:
    return (f"{routine.category.capitalize()} · {routine.difficulty.capitalize()} · "
            f"{format_duration(total_s)}")


def phase_counters(phase: Phase) -> str:
    """Where a phase stands: "Set 2 of 3 · Rep 7 of 10 · Left side"."""
    parts = []
    if phase.sets > 1 and phase.set_number:
        parts.append(f"Set {phase.set_number} of {phase.sets}")
    if phase.reps and phase.rep_number:
        parts.append(f"Rep {phase.rep_number} of {phase.reps}")
    if phase.side:
        parts.append(f"{phase.side.capitalize()} side")
    if phase.cycles:
        parts.append(f"Breath {phase.cycle} of {phase.cycles}")
    return " · ".join(parts)
