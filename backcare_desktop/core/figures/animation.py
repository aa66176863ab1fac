"""The figure in motion: the pose for any moment of a session, as a pure function.

``pose_at(figure, phase_kind, progress, side, breathing_t)`` gives the joint
angles for a phase of the plan (``core/routines/plan.py``) at ``progress``
(0 at the phase's start, 1 at its end):

- a repetition moves from the start pose to the end pose (through any key
  poses between), holds the end pose breathing gently, and returns;
- a held exercise eases into the end pose at the start of the hold and keeps it,
  breathing; a rhythmic one (marching) swings between its two sides;
- getting ready, resting and switching sides show the start pose;
- progressive muscle relaxation tenses into the end pose with its muscle group
  marked, then lets go; breathing phases fill and empty the chest;
- ``side`` "right" is the mirror image of the pose (the side view then looks
  from the other side, so the picture is mirrored too).

``breathing_t`` is seconds since the phase began: it paces the breathing of
holds, the rhythm of marching and the movement of a set the person counts.
Nothing here keeps state or reads a clock.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from backcare_desktop.core.figures.model import Figure
from backcare_desktop.core.figures.skeleton import (
    JOINTS,
    LIMITS,
    SECTIONS,
    SEGMENTS,
    Body,
    Pose,
    body_of,
    mirror,
    place,
    project,
)
from backcare_desktop.core.routines.plan import PhaseKind

BREATH_S = 5.0          # one calm breath while holding
EASE_IN_S = 2.0         # a hold eases into its pose over this long
COUNTED_TEMPO = (2.0, 1.0, 2.0, 1.0)  # move, hold, return, pause in a set the person counts

_RESTING = {PhaseKind.PREPARE, PhaseKind.REST_SET, PhaseKind.SWITCH_SIDE,
            PhaseKind.REST_EXERCISE}
_BREATHING = {PhaseKind.INHALE, PhaseKind.HOLD_IN, PhaseKind.EXHALE, PhaseKind.HOLD_OUT}


def smooth(x: float) -> float:
    """Ease in and out: 0 at 0, 1 at 1, flat at both ends."""
    x = min(1.0, max(0.0, x))
    return x * x * (3 - 2 * x)


def blend(a: Pose, b: Pose, t: float) -> Pose:
    """The pose a fraction ``t`` of the way from ``a`` to ``b`` (angle by angle)."""
    if t <= 0:
        return a
    if t >= 1:
        return b
    names = set(a.angles) | set(b.angles)
    angles = {n: a.angle(n) + (b.angle(n) - a.angle(n)) * t for n in names}
    return Pose(angles, a.mirrored, a.breath + (b.breath - a.breath) * t,
                a.highlight + (b.highlight - a.highlight) * t)


def along(keys: tuple[Pose, ...], t: float) -> Pose:
    """Through the key poses in order: ``t`` 0 is the first, 1 the last, each stretch eased."""
    t = min(1.0, max(0.0, t))
    if len(keys) == 1:
        return keys[0]
    stretches = len(keys) - 1
    i = min(stretches - 1, int(t * stretches))
    return blend(keys[i], keys[i + 1], smooth(t * stretches - i))


def _clamped(angles: Mapping[str, float]) -> dict[str, float]:
    out = {}
    for name, value in angles.items():
        low, high = LIMITS[name]
        out[name] = min(high, max(low, value))
    return out


def breathing(pose: Pose, t: float, depth: float = 1.0) -> Pose:
    """The pose with one slow breath every ``BREATH_S`` seconds: the chest fills, the
    shoulders rise a little. At ``t`` = 0 the breath is out (the pose unchanged)."""
    b = depth * (1 - math.cos(2 * math.pi * _finite(t) / BREATH_S)) / 2
    if b == 0:
        return pose
    return with_breath(pose, b)


def with_breath(pose: Pose, b: float) -> Pose:
    angles = dict(pose.angles)
    for side in ("l", "r"):
        angles[f"{side}_shrug"] = angles.get(f"{side}_shrug", 0.0) + 3.0 * b
    angles["thorax_flex"] = angles.get("thorax_flex", 0.0) - 2.0 * b
    return Pose(_clamped(angles), pose.mirrored, b, pose.highlight)


def mirror_angles(pose: Pose) -> Pose:
    """The other side's angles, seen from the same side (a step while marching)."""
    m = mirror(pose)
    return Pose(m.angles, pose.mirrored, pose.breath, pose.highlight)


def _finite(x: float) -> float:
    return x if math.isfinite(x) else 0.0


def _marked(pose: Pose, highlight: float) -> Pose:
    return Pose(pose.angles, pose.mirrored, pose.breath, highlight)


def _rhythm(figure: Figure, t: float) -> Pose:
    s = math.sin(2 * math.pi * t / figure.cycle_s)
    if s >= 0:
        return blend(figure.start, figure.end, s)
    return blend(figure.start, mirror_angles(figure.end), -s)


def _counted(figure: Figure, t: float) -> tuple[Pose, bool]:
    """A set the person counts: the figure repeats the movement at an easy tempo,
    switching sides each time when the exercise alternates."""
    move, hold, back, pause = COUNTED_TEMPO
    cycle = move + hold + back + pause
    n, x = divmod(max(0.0, t), cycle)
    other = figure.alternates and int(n) % 2 == 1
    if x < move:
        return along(figure.keys, x / move), other
    if x < move + hold:
        return figure.end, other
    if x < move + hold + back:
        return blend(figure.end, figure.start, smooth((x - move - hold) / back)), other
    return figure.start, other


def pose_at(figure: Figure, phase_kind: PhaseKind, progress: float,
            side: str | None = None, breathing_t: float = 0.0, *,
            duration_s: float | None = None) -> Pose:
    """The figure's pose at ``progress`` (0–1) through a phase of ``phase_kind``.

    ``duration_s``, when known, lets a hold ease into its pose in about two
    seconds whatever its length (otherwise over the first 15 %).
    """
    p = min(1.0, max(0.0, _finite(progress)))
    t = max(0.0, _finite(breathing_t))
    start, end = figure.start, figure.end
    other = False
    marked = 0.5 if figure.region else 0.0
    if phase_kind in _RESTING:
        pose = breathing(_marked(start, marked), t, 0.5)
    elif phase_kind is PhaseKind.REP_MOVE:
        pose = along(figure.keys, p)
    elif phase_kind is PhaseKind.REP_HOLD:
        pose = breathing(end, t)
    elif phase_kind is PhaseKind.REP_RETURN:
        pose = blend(end, start, smooth(p))
    elif phase_kind is PhaseKind.HOLD:
        ease = 0.15 if not duration_s or duration_s <= 0 else min(0.3, EASE_IN_S / duration_s)
        if figure.cycle_s > 0:
            pose = blend(start, _rhythm(figure, t), smooth(p / ease))
        elif p < ease:
            pose = along(figure.keys, p / ease)
        else:
            pose = breathing(end, t, smooth((p - ease) / ease))
    elif phase_kind is PhaseKind.COUNTED_SET:
        pose, other = _counted(figure, t)
    elif phase_kind is PhaseKind.TENSE:
        pose = _marked(along(figure.keys, p / 0.2), marked + (1 - marked) * smooth(p / 0.2))
    elif phase_kind is PhaseKind.RELAX:
        let_go = blend(end, start, smooth(p / 0.15))
        pose = _marked(let_go, 1 - (1 - marked * 0.7) * smooth(p / 0.3))
        pose = breathing(pose, t, 0.7 * smooth((p - 0.15) / 0.15))
    elif phase_kind in _BREATHING:
        filled = {PhaseKind.INHALE: smooth(p), PhaseKind.HOLD_IN: 1.0,
                  PhaseKind.EXHALE: 1 - smooth(p), PhaseKind.HOLD_OUT: 0.0}[phase_kind]
        pose = with_breath(blend(start, end, filled), filled)
    else:  # pragma: no cover - every kind is handled above
        pose = start
    if other:
        pose = mirror(pose)
    if side == "right":
        pose = mirror(pose)
    return pose


def side_for_rep(figure: Figure, side: str | None, rep_number: int) -> str | None:
    """The side a repetition is done on: the plan's side, or for an exercise that
    alternates (bird dog, knee rolls), left on odd repetitions and right on even."""
    if side is None and figure.alternates and rep_number > 0:
        return "left" if rep_number % 2 == 1 else "right"
    return side


# -- where the figure is on the floor ---------------------------------------------------

_anchors: dict[str, tuple[float, float]] = {}


def _start_anchor(figure: Figure) -> tuple[float, float]:
    if figure.key not in _anchors:
        body = place(body_of(figure.start))
        x, _y, z = body.points[figure.anchor]
        _anchors[figure.key] = (x, z)
    return _anchors[figure.key]


def posed(figure: Figure, pose: Pose) -> Body:
    """Every point of the figure in ``pose``, on the floor, its anchor where it starts."""
    body = place(body_of(pose))
    ax, az = _start_anchor(figure)
    if pose.mirrored:
        az = -az
    x, _y, z = body.points[figure.anchor]
    dx, dz = ax - x, az - z
    return Body({k: (p[0] + dx, p[1], p[2] + dz) for k, p in body.points.items()}, body.head,
                body.trunk)


def samples(figure: Figure) -> list[Pose]:
    """Poses that together cover where the figure can be (for a steady frame)."""
    poses = list(figure.keys)
    poses += [along(figure.keys, i / 8) for i in range(1, 8)]
    if figure.cycle_s > 0:
        poses += [_rhythm(figure, figure.cycle_s * i / 8) for i in range(8)]
    if figure.alternates:
        poses += [mirror_angles(p) for p in poses]
    poses += [with_breath(figure.end, 1.0)]
    return poses


_frames: dict[tuple[str, bool], tuple[float, float, float, float]] = {}


def frame(figure: Figure, flipped: bool = False) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) in view units holding the figure in all its poses,
    so drawing every frame of the movement in it keeps the figure still on screen.
    A flipped side view is the mirror image, so its frame is too."""
    if (figure.key, flipped) in _frames:
        return _frames[(figure.key, flipped)]
    x0 = y0 = math.inf
    x1 = y1 = -math.inf
    for pose in samples(figure):
        body = posed(figure, pose)
        for seg, (a, b, radius, _s) in SEGMENTS.items():
            r = max(radius, *SECTIONS.get(seg, (0.0, 0.0)))
            for name in (a, b):
                x, y, _d = project(body.points[name], figure.view)
                x0, x1, y0, y1 = min(x0, x - r), max(x1, x + r), min(y0, y - r), max(y1, y + r)
        hx, hy, _d = project(body.points["head"], figure.view)
        x0, x1, y0, y1 = min(x0, hx - 0.07), max(x1, hx + 0.07), min(y0, hy - 0.07), max(
            y1, hy + 0.07)
    result = (x0, y0, x1, y1)
    _frames[(figure.key, False)] = result
    _frames[(figure.key, True)] = (-x1, y0, -x0, y1)
    return _frames[(figure.key, flipped)]


def full_angles(pose: Pose) -> dict[str, float]:
    """Every joint angle of ``pose`` (0 for those not named)."""
    return {j: pose.angle(j) for j in JOINTS}

