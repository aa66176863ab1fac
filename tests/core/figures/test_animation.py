"""The pose for a moment of a session, as a pure function: its properties."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare_desktop.core.figures.animation import (
    blend,
    frame,
    pose_at,
    posed,
    side_for_rep,
)
from backcare_desktop.core.figures.catalogue import FIGURES
from backcare_desktop.core.figures.model import Figure
from backcare_desktop.core.figures.skeleton import (
    JOINTS,
    LENGTHS,
    LIMITS,
    Pose,
    body_of,
    mirror,
    other_side,
    out_of_limits,
    place,
    project,
)
from backcare_desktop.core.routines.plan import PhaseKind

figures = st.sampled_from(list(FIGURES.values()))
kinds = st.sampled_from(list(PhaseKind))
progress = st.floats(0, 1)
sides = st.sampled_from([None, "left", "right"])
seconds = st.floats(0, 600)
angles = st.dictionaries(st.sampled_from(JOINTS), st.floats(-180, 180), max_size=12)


def same(a: Pose, b: Pose, tol: float = 1e-9) -> bool:
    return (a.mirrored == b.mirrored
            and all(abs(a.angle(j) - b.angle(j)) <= tol for j in JOINTS)
            and abs(a.breath - b.breath) <= tol and abs(a.highlight - b.highlight) <= tol)


def biggest_change(a: Pose, b: Pose) -> float:
    return max(abs(a.angle(j) - b.angle(j)) for j in JOINTS)


@given(figures, kinds, st.floats(0, 0.999), sides, seconds)
def test_the_pose_moves_continuously_through_a_phase(
        figure: Figure, kind: PhaseKind, p: float, side: str | None, t: float) -> None:
    step = 1e-4
    a = pose_at(figure, kind, p, side, t, duration_s=20)
    b = pose_at(figure, kind, p + step, side, t, duration_s=20)
    # the steepest stretch (a two-second ease into a 20 s hold) moves at most
    # 1.5 × 360° over a tenth of the phase
    assert biggest_change(a, b) <= 1.5 * 360 / 0.1 * step + 1e-9
    assert abs(a.highlight - b.highlight) <= 1.5 / 0.15 * step + 1e-9


@pytest.mark.parametrize("kind", list(PhaseKind))
@pytest.mark.parametrize("base", ["bridge", "hamstring-stretch", "pmr-right-hand"])
def test_no_jump_where_one_stretch_of_a_phase_hands_over(base: str, kind: PhaseKind) -> None:
    """A figure that holds still shows only the breath and the marking: stepped finely
    through each phase, with the breath half-way in, neither of them jumps (a hold
    easing in, a muscle letting go)."""
    figure = FIGURES[base]
    still = replace(figure, key=f"still-{base}", keys=(figure.end, figure.end))
    step = 1 / 500
    before = pose_at(still, kind, 0, None, 1.3, duration_s=20)
    for i in range(1, 501):
        now = pose_at(still, kind, i * step, None, 1.3, duration_s=20)
        assert biggest_change(before, now) <= 0.1
        assert abs(now.breath - before.breath) <= 0.02
        assert abs(now.highlight - before.highlight) <= 0.02
        before = now


@given(figures, sides)
def test_a_repetition_goes_from_the_start_to_the_end_pose_and_back(
        figure: Figure, side: str | None) -> None:
    def on_side(pose: Pose) -> Pose:
        return mirror(pose) if side == "right" else pose

    assert same(pose_at(figure, PhaseKind.REP_MOVE, 0, side), on_side(figure.start))
    assert same(pose_at(figure, PhaseKind.REP_MOVE, 1, side), on_side(figure.end))
    assert same(pose_at(figure, PhaseKind.REP_HOLD, 0.5, side, 0.0), on_side(figure.end))
    assert same(pose_at(figure, PhaseKind.REP_RETURN, 0, side), on_side(figure.end))
    assert same(pose_at(figure, PhaseKind.REP_RETURN, 1, side), on_side(figure.start))


@given(figures, st.floats(0.31, 1), sides)
def test_a_hold_keeps_the_end_pose_and_the_rests_show_the_start(
        figure: Figure, p: float, side: str | None) -> None:
    def on_side(pose: Pose) -> Pose:
        return mirror(pose) if side == "right" else pose

    if figure.cycle_s == 0:
        assert same(pose_at(figure, PhaseKind.HOLD, p, side, 0.0), on_side(figure.end))
    assert same(pose_at(figure, PhaseKind.HOLD, 0, side, 0.0), on_side(figure.start))
    for kind in (PhaseKind.PREPARE, PhaseKind.REST_SET, PhaseKind.SWITCH_SIDE,
                 PhaseKind.REST_EXERCISE):
        rest = pose_at(figure, kind, p, side, 0.0)
        assert biggest_change(rest, on_side(figure.start)) == 0


@given(figures, st.floats(0.31, 1), st.floats(0.1, 4.9))
def test_holding_breathes_the_chest_gently(figure: Figure, p: float, t: float) -> None:
    held = pose_at(figure, PhaseKind.REP_HOLD, p, None, t)
    assert 0 < held.breath <= 1
    assert 0 < biggest_change(held, figure.end) <= 3.0 + 1e-9


def test_marching_swings_from_one_side_to_the_other_while_held() -> None:
    march = FIGURES["march"]
    quarter = march.cycle_s / 4
    left = pose_at(march, PhaseKind.HOLD, 0.5, None, quarter, duration_s=40)
    right = pose_at(march, PhaseKind.HOLD, 0.5, None, 3 * quarter, duration_s=40)
    assert left.angle("l_hip_flex") > 60 and right.angle("r_hip_flex") > 60
    assert not left.mirrored and not right.mirrored  # the view stays where it is


@given(angles, st.booleans())
def test_mirror_twice_is_the_same_pose(values: dict[str, float], mirrored: bool) -> None:
    pose = Pose(values, mirrored, 0.3, 0.2)
    assert same(mirror(mirror(pose)), pose, 0)


@given(figures, kinds, progress, sides, seconds)
@settings(max_examples=300)
def test_poses_are_finite_possible_and_keep_the_limbs_long(
        figure: Figure, kind: PhaseKind, p: float, side: str | None, t: float) -> None:
    pose = pose_at(figure, kind, p, side, t)
    assert all(math.isfinite(pose.angle(j)) for j in JOINTS)
    assert out_of_limits(pose) == []
    assert 0 <= pose.breath <= 1 and 0 <= pose.highlight <= 1
    body = posed(figure, pose)
    for segment, length in LENGTHS.items():
        assert body.length(segment) == pytest.approx(length, abs=1e-9)
    assert all(math.isfinite(v) for point in body.points.values() for v in point)
    assert min(point[1] for point in body.points.values()) >= -1e-9


@given(figures, kinds, st.sampled_from([math.nan, math.inf, -math.inf, -3.0, 7.0]),
       st.sampled_from([math.nan, math.inf, -1.0]))
def test_odd_inputs_give_a_pose_not_a_nan(figure: Figure, kind: PhaseKind, p: float,
                                          t: float) -> None:
    pose = pose_at(figure, kind, p, "left", t, duration_s=math.nan)
    assert all(math.isfinite(pose.angle(j)) for j in JOINTS)
    assert math.isfinite(pose.breath) and math.isfinite(pose.highlight)


def _reflect_name(name: str) -> str:
    return other_side(name)


@given(angles.map(lambda d: {k: min(max(v, LIMITS[k][0]), LIMITS[k][1]) for k, v in d.items()}))
def test_the_mirrored_pose_is_the_mirror_image(values: dict[str, float]) -> None:
    """Seen from the other side, the other side's pose is the picture flipped left to right."""
    pose = Pose(values)
    body, other = place(body_of(pose)), place(body_of(mirror(pose)))
    for name, point in body.points.items():
        x, y, d = project(point, "side")
        mx, my, md = project(other.points[_reflect_name(name)], "side", flipped=True)
        assert (mx, my, md) == pytest.approx((-x, y, d), abs=1e-9)


def test_alternating_exercises_switch_sides_each_repetition() -> None:
    bird = FIGURES["bird-dog"]
    assert [side_for_rep(bird, None, n) for n in (1, 2, 3)] == ["left", "right", "left"]
    assert side_for_rep(bird, None, 0) is None
    assert side_for_rep(FIGURES["bridge"], None, 2) is None
    assert side_for_rep(FIGURES["leg-raise"], "right", 1) == "right"


def test_a_counted_set_repeats_the_movement_on_alternate_sides() -> None:
    bird = FIGURES["bird-dog"]
    first = pose_at(bird, PhaseKind.COUNTED_SET, 0, None, 2.5)
    second = pose_at(bird, PhaseKind.COUNTED_SET, 0, None, 8.5)
    assert same(first, bird.end)
    assert same(second, mirror(bird.end))


def test_relaxation_marks_its_muscle_group_most_while_tensing() -> None:
    hand = FIGURES["pmr-right-hand"]
    ready = pose_at(hand, PhaseKind.PREPARE, 0.5)
    tense = pose_at(hand, PhaseKind.TENSE, 0.5)
    relaxed = pose_at(hand, PhaseKind.RELAX, 0.9)
    assert tense.highlight == 1
    assert 0 < ready.highlight < 1 and 0 < relaxed.highlight < tense.highlight
    assert pose_at(FIGURES["bridge"], PhaseKind.PREPARE, 0.5).highlight == 0


def test_breathing_fills_and_empties_the_chest() -> None:
    calm = FIGURES["seated-breathing"]
    assert pose_at(calm, PhaseKind.INHALE, 0).breath == 0
    assert pose_at(calm, PhaseKind.INHALE, 1).breath == 1
    assert pose_at(calm, PhaseKind.HOLD_IN, 0.5).breath == 1
    assert pose_at(calm, PhaseKind.EXHALE, 1).breath == 0


@given(figures, progress)
def test_blend_stays_between_its_ends(figure: Figure, t: float) -> None:
    mid = blend(figure.start, figure.end, t)
    for j in JOINTS:
        low, high = sorted((figure.start.angle(j), figure.end.angle(j)))
        assert low - 1e-9 <= mid.angle(j) <= high + 1e-9


@pytest.mark.parametrize("figure", FIGURES.values(), ids=lambda f: f.key)
def test_the_frame_holds_every_pose_of_the_movement(figure: Figure) -> None:
    x0, y0, x1, y1 = frame(figure)
    assert x0 < x1 and y0 < y1
    for kind in (PhaseKind.REP_MOVE, PhaseKind.HOLD, PhaseKind.TENSE):
        for i in range(11):
            body = posed(figure, pose_at(figure, kind, i / 10, None, i * 0.37, duration_s=10))
            for point in body.points.values():
                x, y, _d = project(point, figure.view)
                assert x0 <= x <= x1 and y0 <= y <= y1
    fx0, fy0, fx1, fy1 = frame(figure, flipped=True)
    assert (fx0, fy0, fx1, fy1) == (-x1, y0, -x0, y1)
