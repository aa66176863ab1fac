"""What the person hears: which tone and which words for each session event.

Pure decisions, no audio: ``cues_for`` turns engine events into ``Cue``
records; a player in ``ui`` makes them audible. Relaxation and breathing get
the soft tone set, strength and stretching the clear one; the voice names
each exercise at its start and says the phase, never talking over itself
(the player queues, and a new phase drops stale words).
"""

from __future__ import annotations

from dataclasses import dataclass

from backcare_desktop.core.figures.in_session import keeps_moving
from backcare_desktop.core.routines.model import Breathing, Pmr, Routine
from backcare_desktop.core.routines.plan import Phase, PhaseKind, Plan
from backcare_desktop.core.session.events import CountdownSecond, Event, Finished, PhaseStarted

SOUNDS = ("phase", "tick", "switch", "bell", "phase_soft", "tick_soft", "bell_soft")

# Phases whose last three seconds are counted down with ticks.
TICKED = {PhaseKind.HOLD, PhaseKind.REST_SET, PhaseKind.REST_EXERCISE, PhaseKind.PREPARE,
          PhaseKind.SWITCH_SIDE}


@dataclass(frozen=True)
class Cue:
    sound: str | None = None
    words: str | None = None


def is_soft(routine: Routine, phase: Phase) -> bool:
    return isinstance(routine.exercises[phase.exercise_index].spec, (Pmr, Breathing))


def _words(phase: Phase, routine: Routine) -> str | None:
    name = routine.exercises[phase.exercise_index].name
    k = phase.kind
    if k is PhaseKind.PREPARE:
        return f"Next: {name}. Get ready."
    if k is PhaseKind.HOLD:
        lead = "Last set. " if phase.sets > 1 and phase.set_number == phase.sets and (
            phase.side in (None, "left")) else ""
        side = f"{phase.side.capitalize()} side. " if phase.side else ""
        doing = "Keep moving." if keeps_moving(routine.exercises[phase.exercise_index]) \
            else "Hold."
        return f"{lead}{side}{doing}"
    if k is PhaseKind.REP_MOVE:
        if phase.rep_number == 1:
            lead = "Last set. " if phase.sets > 1 and phase.set_number == phase.sets else ""
            side = f"{phase.side.capitalize()} side. " if phase.side else ""
            return f"{lead}{side}{phase.reps} reps. Go."
        if phase.reps >= 6 and phase.rep_number == phase.reps // 2 + 1:
            return "Halfway."
        return None
    if k is PhaseKind.COUNTED_SET:
        return f"{phase.reps} reps at your own pace. Press Enter for each one."
    if k in (PhaseKind.REST_SET, PhaseKind.REST_EXERCISE):
        return "Rest."
    if k is PhaseKind.SWITCH_SIDE:
        return f"Switch to your {phase.side} side."
    if k is PhaseKind.TENSE:
        return f"Tense your {name.lower()}."
    if k is PhaseKind.RELAX:
        return "Let go, and relax."
    if k is PhaseKind.INHALE:
        return "Breathe in." if phase.cycle <= 3 else None
    if k is PhaseKind.EXHALE:
        return "Breathe out." if phase.cycle <= 3 else None
    if k in (PhaseKind.HOLD_IN, PhaseKind.HOLD_OUT):
        return "Hold." if phase.cycle <= 3 else None
    return None


def cues_for(events: list[Event], plan: Plan) -> list[Cue]:
    routine = plan.routine
    cues: list[Cue] = []
    for event in events:
        if isinstance(event, PhaseStarted):
            soft = is_soft(routine, event.phase)
            sound: str | None = ("switch" if event.phase.kind is PhaseKind.SWITCH_SIDE
                     else "phase_soft" if soft else "phase")
            if event.phase.kind in (PhaseKind.REP_HOLD, PhaseKind.REP_RETURN,
                                    PhaseKind.HOLD_IN, PhaseKind.HOLD_OUT):
                sound = None  # tempo sub-steps are paced by the voice and screen only
            cues.append(Cue(sound, _words(event.phase, routine)))
        elif isinstance(event, CountdownSecond):
            phase = plan.phases[event.index]
            if phase.kind in TICKED:
                cues.append(Cue("tick_soft" if is_soft(routine, phase) else "tick"))
        elif isinstance(event, Finished):
            soft = all(isinstance(e.spec, (Pmr, Breathing)) for e in routine.exercises)
            cues.append(Cue("bell_soft" if soft else "bell", "Well done. That is the end."))
    return cues
