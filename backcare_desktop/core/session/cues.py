"""What the person hears: which tone and which words for each session event.

Pure decisions, no audio: ``cues_for`` turns engine events into ``Cue``
records; a player in ``ui`` makes them audible. Relaxation and breathing get
the soft tone set, strength and stretching the clear one; the voice names
each exercise at its start and says the phase, never talking over itself
(the player queues, and a new phase drops stale words). The words are
English templates through a ``Translate`` (``core.words``), spoken in the
shown language.
"""

from __future__ import annotations

from dataclasses import dataclass

from backcare_desktop.core.figures.in_session import keeps_moving
from backcare_desktop.core.routines.model import Breathing, Pmr, Routine
from backcare_desktop.core.routines.plan import Phase, PhaseKind, Plan
from backcare_desktop.core.session.events import CountdownSecond, Event, Finished, PhaseStarted
from backcare_desktop.core.words import Translate, as_written

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


def _side_words(side: str | None, tr: Translate) -> list[str]:
    if side == "left":
        return [tr("Left side.")]
    if side == "right":
        return [tr("Right side.")]
    return []


def _words(phase: Phase, routine: Routine, tr: Translate) -> str | None:
    """What the voice says as ``phase`` starts: whole short sentences, each a template
    of its own (a sentence may follow another, never a fragment)."""
    name = routine.exercises[phase.exercise_index].name
    k = phase.kind
    last_set = phase.sets > 1 and phase.set_number == phase.sets
    if k is PhaseKind.PREPARE:
        return tr("Next: {name}. Get ready.").format(name=name)
    if k is PhaseKind.HOLD:
        said = [tr("Last set.")] if last_set and phase.side in (None, "left") else []
        said += _side_words(phase.side, tr)
        said.append(tr("Keep moving.") if keeps_moving(routine.exercises[phase.exercise_index])
                    else tr("Hold."))
        return " ".join(said)
    if k is PhaseKind.REP_MOVE:
        if phase.rep_number == 1:
            said = [tr("Last set.")] if last_set else []
            said += _side_words(phase.side, tr)
            said.append(tr("%n rep(s). Go.", "", phase.reps))
            return " ".join(said)
        if phase.reps >= 6 and phase.rep_number == phase.reps // 2 + 1:
            return tr("Halfway.")
        return None
    if k is PhaseKind.COUNTED_SET:
        return tr("%n rep(s) at your own pace. Press Enter for each one.", "", phase.reps)
    if k in (PhaseKind.REST_SET, PhaseKind.REST_EXERCISE):
        return tr("Rest.")
    if k is PhaseKind.SWITCH_SIDE:
        return (tr("Switch to your left side.") if phase.side == "left"
                else tr("Switch to your right side."))
    if k is PhaseKind.TENSE:
        # Spoken only, so the name's case does not matter to the listener.
        return tr("Tense your {name}.").format(name=name.lower())
    if k is PhaseKind.RELAX:
        return tr("Let go, and relax.")
    if k is PhaseKind.INHALE:
        return tr("Breathe in.") if phase.cycle <= 3 else None
    if k is PhaseKind.EXHALE:
        return tr("Breathe out.") if phase.cycle <= 3 else None
    if k in (PhaseKind.HOLD_IN, PhaseKind.HOLD_OUT):
        return tr("Hold.") if phase.cycle <= 3 else None
    return None


def cues_for(events: list[Event], plan: Plan, tr: Translate = as_written) -> list[Cue]:
    """The cues for ``events``; the words in the language of ``tr`` (the UI hands in
    ``ui.shell.i18n.tr``; English without it)."""
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
            cues.append(Cue(sound, _words(event.phase, routine, tr)))
        elif isinstance(event, CountdownSecond):
            phase = plan.phases[event.index]
            if phase.kind in TICKED:
                cues.append(Cue("tick_soft" if is_soft(routine, phase) else "tick"))
        elif isinstance(event, Finished):
            soft = all(isinstance(e.spec, (Pmr, Breathing)) for e in routine.exercises)
            cues.append(Cue("bell_soft" if soft else "bell", tr("Well done. That is the end.")))
    return cues
