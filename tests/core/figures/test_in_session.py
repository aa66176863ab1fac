"""What the session shows is a pure function of the phase and the seconds into it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from backcare_desktop.core.figures.animation import pose_at
from backcare_desktop.core.figures.catalogue import FIGURES
from backcare_desktop.core.figures.in_session import shown_at
from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Reps
from backcare_desktop.core.routines.plan import Phase, PhaseKind, first_side

BRIDGE = Exercise("Bridge", Reps(reps=6, move_s=2, hold_s=2, return_s=2))
SIDE = Exercise("Side bridge", Hold(20, per_side=True, switch_s=3))
BREATHS = Exercise("Belly breathing", Breathing(4, 6, cycles=3))


@given(st.floats(min_value=0, max_value=2))
def test_a_rep_moves_from_start_to_end_over_exactly_the_move_time(elapsed: float) -> None:
    phase = Phase(PhaseKind.REP_MOVE, 2.0, 0, 1, 1, 3, 6)
    shown = shown_at(phase, BRIDGE, None, None, elapsed)
    assert shown is not None and shown.figure is FIGURES["bridge"] and not shown.upcoming
    assert shown.pose == pose_at(FIGURES["bridge"], PhaseKind.REP_MOVE, elapsed / 2.0)
    # The same moment always gives the same picture: nothing drifts.
    assert shown_at(phase, BRIDGE, None, None, elapsed) == shown


def test_the_ends_of_a_move_are_the_start_and_the_end_pose() -> None:
    phase = Phase(PhaseKind.REP_MOVE, 2.0, 0, 1, 1, 1, 6)
    start = shown_at(phase, BRIDGE, None, None, 0.0)
    end = shown_at(phase, BRIDGE, None, None, 2.0)
    assert start is not None and end is not None
    assert start.pose == FIGURES["bridge"].start and end.pose == FIGURES["bridge"].end


def test_the_rest_before_an_exercise_shows_it_in_its_start_pose_on_its_first_side() -> None:
    rest = Phase(PhaseKind.REST_EXERCISE, 20.0, 0)
    shown = shown_at(rest, BRIDGE, Phase(PhaseKind.PREPARE, 5.0, 1), SIDE, 3.0)
    assert shown is not None and shown.upcoming
    assert shown.figure is FIGURES["side-bridge"] and shown.side == "left"
    assert first_side(SIDE) == "left" and first_side(BRIDGE) is None


def test_getting_ready_names_the_side_and_the_right_side_is_the_mirror_image() -> None:
    ready = shown_at(Phase(PhaseKind.PREPARE, 5.0, 0), SIDE, None, None, 1.0)
    assert ready is not None and ready.side == "left"
    left = shown_at(Phase(PhaseKind.HOLD, 20.0, 0, side="left"), SIDE, None, None, 10.0)
    right = shown_at(Phase(PhaseKind.HOLD, 20.0, 0, side="right"), SIDE, None, None, 10.0)
    assert left is not None and right is not None and left.pose != right.pose
    assert (left.side, right.side) == ("left", "right")


def test_breathing_shows_the_pacer_not_a_figure() -> None:
    assert shown_at(Phase(PhaseKind.INHALE, 4.0, 0, cycle=1, cycles=3), BREATHS, None, None,
                    1.0) is None


def test_an_exercise_nobody_drew_shows_nothing() -> None:
    odd = Exercise("Something new", Hold(10))
    assert shown_at(Phase(PhaseKind.HOLD, 10.0, 0), odd, None, None, 1.0) is None
