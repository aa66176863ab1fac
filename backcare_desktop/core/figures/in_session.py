"""Which figure a session shows, and in which pose, at any moment.

A pure function of the phase, its exercise, what comes next and the seconds
into the phase: a paused session's figure stands still, and the figure can
never drift from the timer. During the rest between exercises the figure is
the next exercise's, in its start pose, on the side it starts on, so the rest
looks forward; getting ready shows that side too. Breathing phases show no
figure (the pacer is the picture).
"""

from __future__ import annotations

from dataclasses import dataclass

from backcare_desktop.core.figures.animation import pose_at, side_for_rep
from backcare_desktop.core.figures.catalogue import figure_for
from backcare_desktop.core.figures.model import Figure
from backcare_desktop.core.figures.skeleton import Pose
from backcare_desktop.core.routines.model import Exercise
from backcare_desktop.core.routines.plan import Phase, PhaseKind, first_side

BREATHING_PHASES = frozenset({PhaseKind.INHALE, PhaseKind.HOLD_IN, PhaseKind.EXHALE,
                              PhaseKind.HOLD_OUT})


@dataclass(frozen=True)
class Shown:
    figure: Figure
    pose: Pose
    upcoming: bool  # the next exercise's start pose, during the rest before it
    side: str | None  # the side shown ("left", "right") where the exercise has sides


def exercise_figure(exercise: Exercise) -> Figure | None:
    return figure_for(exercise.name, exercise.kind, exercise.figure)


def keeps_moving(exercise: Exercise) -> bool:
    """A timed exercise that is a rhythm, not a still hold (marching on the spot):
    its timed phase is "Keep moving", never "Hold"."""
    figure = exercise_figure(exercise)
    return figure is not None and figure.cycle_s > 0


def shown_at(phase: Phase, exercise: Exercise, next_phase: Phase | None,
             next_exercise: Exercise | None, elapsed_s: float) -> Shown | None:
    """The figure and pose for ``elapsed_s`` seconds into ``phase`` (None: none)."""
    if phase.kind in BREATHING_PHASES:
        return None
    if phase.kind is PhaseKind.REST_EXERCISE and next_exercise is not None:
        figure = exercise_figure(next_exercise)
        if figure is None:
            return None
        side = (next_phase.side if next_phase is not None else None) or first_side(
            next_exercise)
        pose = pose_at(figure, PhaseKind.REST_EXERCISE, 0.0, side, breathing_t=elapsed_s)
        return Shown(figure, pose, True, side)
    figure = exercise_figure(exercise)
    if figure is None:
        return None
    duration = phase.duration_s
    progress = elapsed_s / duration if duration else 0.0
    side = side_for_rep(figure, phase.side, phase.rep_number)
    if phase.kind is PhaseKind.PREPARE:
        side = first_side(exercise)  # get ready on the side it starts on
    pose = pose_at(figure, phase.kind, progress, side, breathing_t=elapsed_s,
                   duration_s=duration)
    return Shown(figure, pose, False, side)
