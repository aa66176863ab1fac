"""The human figure: its parts, its joints with their limits, and where a pose puts them.

The figure is a small 3-D skeleton of capsules (head, neck, thorax, lumbar
spine, pelvis, clavicles, upper and lower arms, hands, thighs, shins, feet),
posed by joint angles in degrees and drawn in 2-D from one of three views.
Keeping the bones in 3-D lets one set of angles read right from the side, from
the front and from above (knees falling to one side, an arm stretched out), and
lets the drawing know which limb is the far one.

World axes: x to the right of a side view, y up, z towards the side-view
camera. The floor is y = 0: ``place`` sets the figure down so its lowest part
touches it. Lengths are fractions of the standing height (about 1.0).

Angle conventions (all in degrees; 0 is standing upright, arms hanging):

- ``yaw``, ``pitch``, ``roll``, ``lean``: the pelvis in the world. ``pitch`` +90
  tips the body forwards (face down), -90 backwards (lying on the back);
  ``roll`` turns it about its long axis (+ to the left); ``lean`` tips it
  sideways (+ to the left); ``yaw`` turns it on the spot (+ to the left).
- spine and neck ``*_flex`` + bends forwards, ``*_side`` + to the left,
  ``*_twist`` + turns to the left.
- per side (``l_`` and ``r_``): ``shrug`` lifts the shoulder, ``protract`` draws
  it forwards; ``shoulder_flex`` / ``hip_flex`` + raise the limb forwards,
  ``shoulder_abd`` / ``hip_abd`` + out to the side, ``shoulder_rot`` /
  ``hip_rot`` + turn it outwards; ``elbow`` and ``knee`` + bend; ``wrist`` +
  bends the hand forwards; ``ankle`` + pulls the toes up.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

Vec = tuple[float, float, float]

# -- proportions (fractions of the standing height) ------------------------------------

PELVIS_HALF = 0.085   # from the middle of the pelvis to each hip joint
LUMBAR = 0.13         # pelvis to waist
THORAX = 0.19         # waist to the base of the neck
NECK = 0.055
HEAD_R = 0.068
CLAVICLE = 0.10
UPPER_ARM = 0.17
FOREARM = 0.15
HAND = 0.075
THIGH = 0.245
SHIN = 0.245
FOOT = 0.115          # ankle to toes, along the sole
HEEL = 0.035          # ankle to heel
SOLE = 0.035          # ankle above the sole

# Every drawn part: name -> (from point, to point, radius, side: "l", "r" or "c").
SEGMENTS: dict[str, tuple[str, str, float, str]] = {
    "pelvis": ("l_hip", "r_hip", 0.062, "c"),
    "lumbar": ("pelvis", "waist", 0.056, "c"),
    "thorax": ("waist", "chest", 0.07, "c"),
    "cervical": ("neck_base", "head_base", 0.028, "c"),
    "l_clavicle": ("neck_base", "l_shoulder", 0.03, "l"),
    "r_clavicle": ("neck_base", "r_shoulder", 0.03, "r"),
    "l_upper_arm": ("l_shoulder", "l_elbow", 0.03, "l"),
    "r_upper_arm": ("r_shoulder", "r_elbow", 0.03, "r"),
    "l_forearm": ("l_elbow", "l_wrist", 0.025, "l"),
    "r_forearm": ("r_elbow", "r_wrist", 0.025, "r"),
    "l_hand": ("l_wrist", "l_fingers", 0.021, "l"),
    "r_hand": ("r_wrist", "r_fingers", 0.021, "r"),
    "l_thigh": ("l_hip", "l_knee", 0.044, "l"),
    "r_thigh": ("r_hip", "r_knee", 0.044, "r"),
    "l_shin": ("l_knee", "l_ankle", 0.034, "l"),
    "r_shin": ("r_knee", "r_ankle", 0.034, "r"),
    "l_foot": ("l_heel", "l_toes", 0.02, "l"),
    "r_foot": ("r_heel", "r_toes", 0.02, "r"),
}

# The trunk is wider than it is deep: (half-width along the body's left, half-depth
# along its front) of these parts; the others are round.
SECTIONS: dict[str, tuple[float, float]] = {
    "thorax": (0.088, 0.07),
    "lumbar": (0.07, 0.056),
}

# Segments whose length is fixed by a joint (the test of "limbs keep their lengths").
LENGTHS: dict[str, float] = {
    "pelvis": 2 * PELVIS_HALF, "lumbar": LUMBAR, "cervical": NECK,
    "l_clavicle": CLAVICLE, "r_clavicle": CLAVICLE,
    "l_upper_arm": UPPER_ARM, "r_upper_arm": UPPER_ARM,
    "l_forearm": FOREARM, "r_forearm": FOREARM, "l_hand": HAND, "r_hand": HAND,
    "l_thigh": THIGH, "r_thigh": THIGH, "l_shin": SHIN, "r_shin": SHIN,
    "l_foot": FOOT + HEEL, "r_foot": FOOT + HEEL,
}

# -- joints ----------------------------------------------------------------------------

_BODY_LIMITS: dict[str, tuple[float, float]] = {
    "yaw": (-180, 180), "pitch": (-180, 180), "roll": (-180, 180), "lean": (-90, 90),
    "lumbar_flex": (-35, 60), "lumbar_side": (-35, 35), "lumbar_twist": (-45, 45),
    "thorax_flex": (-30, 50), "thorax_side": (-30, 30), "thorax_twist": (-40, 40),
    "neck_flex": (-50, 60), "neck_side": (-40, 40), "neck_twist": (-70, 70),
}
_SIDE_LIMITS: dict[str, tuple[float, float]] = {
    "shrug": (-10, 35), "protract": (-25, 25),
    "shoulder_flex": (-60, 180), "shoulder_abd": (-30, 180), "shoulder_rot": (-90, 90),
    "elbow": (0, 150), "wrist": (-70, 70),
    "hip_flex": (-30, 140), "hip_abd": (-30, 50), "hip_rot": (-45, 60),
    "knee": (0, 155), "ankle": (-50, 30),
}

# Every joint angle with its range in degrees (what a body can do, roughly).
LIMITS: dict[str, tuple[float, float]] = {
    **_BODY_LIMITS,
    **{f"{s}_{name}": lim for s in ("l", "r") for name, lim in _SIDE_LIMITS.items()},
}
JOINTS: tuple[str, ...] = tuple(LIMITS)

# Angles that turn the body to the left when positive: a mirror image negates them.
LATERAL: frozenset[str] = frozenset({
    "yaw", "roll", "lean", "lumbar_side", "lumbar_twist", "thorax_side", "thorax_twist",
    "neck_side", "neck_twist",
})


def other_side(joint: str) -> str:
    """``l_knee`` <-> ``r_knee``; a joint of the middle is its own other side."""
    if joint.startswith("l_"):
        return "r_" + joint[2:]
    if joint.startswith("r_"):
        return "l_" + joint[2:]
    return joint


@dataclass(frozen=True)
class Pose:
    """Joint angles (degrees; a joint not named is 0), and how the figure is shown.

    ``mirrored``: this is the other side's pose; a side view then looks from the
    other side, so the picture is the mirror image. ``breath`` (0 out, 1 in)
    fills the chest a little; ``highlight`` (0–1) is how strongly the figure's
    muscle group is marked.
    """

    angles: Mapping[str, float] = field(default_factory=dict)
    mirrored: bool = False
    breath: float = 0.0
    highlight: float = 0.0

    def angle(self, joint: str) -> float:
        return float(self.angles.get(joint, 0.0))

    def full(self) -> dict[str, float]:
        """Every joint, with 0 for the ones not named."""
        return {j: self.angle(j) for j in JOINTS}


def mirror(pose: Pose) -> Pose:
    """The same pose done with the other side of the body (mirror twice = the same pose)."""
    angles = {}
    for joint, value in pose.angles.items():
        angles[other_side(joint)] = -value if joint in LATERAL else value
    return Pose(angles, not pose.mirrored, pose.breath, pose.highlight)


def out_of_limits(pose: Pose) -> list[str]:
    """One line per unknown joint or angle outside its range."""
    problems = []
    for joint, value in pose.angles.items():
        if joint not in LIMITS:
            problems.append(f"unknown joint {joint!r}")
            continue
        low, high = LIMITS[joint]
        if not (math.isfinite(value) and low <= value <= high):
            problems.append(f"{joint} = {value} is outside {low}..{high}")
    return problems


# -- forward kinematics ------------------------------------------------------------------


def _add(a: Vec, b: Vec, k: float = 1.0) -> Vec:
    return (a[0] + k * b[0], a[1] + k * b[1], a[2] + k * b[2])


def _scale(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def _cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _rotate(v: Vec, axis: Vec, degrees: float) -> Vec:
    """Rodrigues: ``v`` turned about the unit ``axis`` by ``degrees`` (right-hand rule)."""
    if degrees == 0:
        return v
    t = math.radians(degrees)
    c, s = math.cos(t), math.sin(t)
    k_cross_v = _cross(axis, v)
    k_dot_v = _dot(axis, v)
    return (
        v[0] * c + k_cross_v[0] * s + axis[0] * k_dot_v * (1 - c),
        v[1] * c + k_cross_v[1] * s + axis[1] * k_dot_v * (1 - c),
        v[2] * c + k_cross_v[2] * s + axis[2] * k_dot_v * (1 - c),
    )


@dataclass(frozen=True)
class Frame:
    """An orientation: where the body's forward, up and left point in the world."""

    f: Vec
    u: Vec
    l: Vec  # noqa: E741 - the body's left, beside f and u

    def turn(self, axis: str, degrees: float) -> Frame:
        """This frame turned about one of its own axes ("f", "u" or "l")."""
        if degrees == 0:
            return self
        a = {"f": self.f, "u": self.u, "l": self.l}[axis]
        return Frame(_rotate(self.f, a, degrees), _rotate(self.u, a, degrees),
                     _rotate(self.l, a, degrees))


# Standing, facing to the left of a side view, the left side towards its camera.
UPRIGHT = Frame(f=(-1.0, 0.0, 0.0), u=(0.0, 1.0, 0.0), l=(0.0, 0.0, 1.0))


@dataclass(frozen=True)
class Body:
    """Where a pose puts every point of the figure (world coordinates, before placing)."""

    points: dict[str, Vec]
    head: Frame  # the face looks along head.f
    trunk: dict[str, Frame] = field(default_factory=dict)  # thorax and lumbar

    def length(self, segment: str) -> float:
        a, b, _r, _s = SEGMENTS[segment]
        pa, pb = self.points[a], self.points[b]
        return math.dist(pa, pb)


def _limb(frame: Frame, s: float, flex: float, abd: float, rot: float) -> Frame:
    # a limb hangs along -u: forwards is a turn about -l, outwards about f (by side)
    return frame.turn("l", -flex).turn("f", s * abd).turn("u", s * rot)


def body_of(pose: Pose) -> Body:
    """Forward kinematics: every point of the figure for ``pose``, pelvis at the origin."""
    a = pose.angle
    root = (UPRIGHT.turn("u", a("yaw")).turn("l", a("pitch")).turn("u", a("roll"))
            .turn("f", -a("lean")))
    pts: dict[str, Vec] = {"pelvis": (0.0, 0.0, 0.0)}
    lumbar = root.turn("l", a("lumbar_flex")).turn("f", -a("lumbar_side")).turn(
        "u", a("lumbar_twist"))
    pts["waist"] = _add(pts["pelvis"], lumbar.u, LUMBAR)
    thorax = lumbar.turn("l", a("thorax_flex")).turn("f", -a("thorax_side")).turn(
        "u", a("thorax_twist"))
    # the chest capsule ends a little below the neck so the shoulders show
    pts["neck_base"] = _add(pts["waist"], thorax.u, THORAX)
    pts["chest"] = _add(pts["waist"], thorax.u, THORAX - 0.035)
    head = thorax.turn("l", a("neck_flex")).turn("f", -a("neck_side")).turn(
        "u", a("neck_twist"))
    pts["head_base"] = _add(pts["neck_base"], head.u, NECK)
    pts["head"] = _add(_add(pts["head_base"], head.u, HEAD_R * 0.85), head.f, 0.008)
    for side, s in (("l", 1.0), ("r", -1.0)):
        def j(name: str, side: str = side) -> float:
            return a(f"{side}_{name}")

        # shoulder girdle: the clavicle leaves the neck sideways and a little down
        clav = _add(_scale(thorax.l, s), thorax.u, -0.12)
        norm = math.sqrt(_dot(clav, clav))
        clav = _scale(clav, 1 / norm)
        clav = _rotate(clav, thorax.f, s * j("shrug"))
        clav = _rotate(clav, thorax.u, -s * j("protract"))
        pts[f"{side}_shoulder"] = _add(pts["neck_base"], clav, CLAVICLE)
        upper = _limb(thorax, s, j("shoulder_flex"), j("shoulder_abd"), j("shoulder_rot"))
        pts[f"{side}_elbow"] = _add(pts[f"{side}_shoulder"], upper.u, -UPPER_ARM)
        fore = upper.turn("l", -j("elbow"))
        pts[f"{side}_wrist"] = _add(pts[f"{side}_elbow"], fore.u, -FOREARM)
        hand = fore.turn("l", -j("wrist"))
        pts[f"{side}_fingers"] = _add(pts[f"{side}_wrist"], hand.u, -HAND)

        pts[f"{side}_hip"] = _add(pts["pelvis"], root.l, s * PELVIS_HALF)
        thigh = _limb(root, s, j("hip_flex"), j("hip_abd"), j("hip_rot"))
        pts[f"{side}_knee"] = _add(pts[f"{side}_hip"], thigh.u, -THIGH)
        shin = thigh.turn("l", j("knee"))
        pts[f"{side}_ankle"] = _add(pts[f"{side}_knee"], shin.u, -SHIN)
        foot = shin.turn("l", -j("ankle"))
        sole = _add(pts[f"{side}_ankle"], foot.u, -SOLE)
        pts[f"{side}_heel"] = _add(sole, foot.f, -HEEL)
        pts[f"{side}_toes"] = _add(sole, foot.f, FOOT)
    return Body(pts, head, {"thorax": thorax, "lumbar": lumbar})


def reach(body: Body, segment: str, direction: Vec) -> float:
    """How far a part's surface reaches from its bone along the unit ``direction``."""
    _a, _b, radius, _s = SEGMENTS[segment]
    if segment not in SECTIONS:
        return radius
    width, depth = SECTIONS[segment]
    frame = body.trunk[segment]
    across = math.hypot(width * _dot(frame.l, direction), depth * _dot(frame.f, direction))
    return max(across, depth)


def lowest(body: Body) -> float:
    """The height of the lowest surface of the figure (a part's edge, not its bone)."""
    down = (0.0, 1.0, 0.0)
    low = body.points["head"][1] - HEAD_R
    for name, (a, b, _r, _s) in SEGMENTS.items():
        r = reach(body, name, down)
        low = min(low, body.points[a][1] - r, body.points[b][1] - r)
    return low


def place(body: Body) -> Body:
    """The figure set down on the floor: its lowest part at y = 0."""
    dy = -lowest(body)
    return Body({k: (p[0], p[1] + dy, p[2]) for k, p in body.points.items()}, body.head,
                body.trunk)


# -- views -----------------------------------------------------------------------------

VIEWS = ("side", "front", "above")
ABOVE_TILT = 30.0  # the view from above leans this far towards the body's left side
_TILT_C, _TILT_S = math.cos(math.radians(ABOVE_TILT)), math.sin(math.radians(ABOVE_TILT))


def project(point: Vec, view: str, flipped: bool = False) -> tuple[float, float, float]:
    """A world point as (x right, y up, depth towards the eye) in ``view``.

    ``side`` looks at the body's left (``flipped``: at its right, so the picture
    is the mirror image); ``front`` looks at its face when standing; ``above``
    looks down at the floor from a little to the side (so raised knees show), the
    figure's head to the right when lying on its back. Directions project the same way.
    """
    x, y, z = point
    if view == "side":
        return (-x, y, -z) if flipped else (x, y, z)
    if view == "front":
        return (z, y, -x)
    return (x, y * _TILT_S - z * _TILT_C, y * _TILT_C + z * _TILT_S)
