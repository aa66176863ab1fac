"""Every built-in figure, as joint angles in degrees (conventions in ``skeleton``).

A routine's exercise names its figure with ``figure = "…"``; ``figure_for``
finds it, and falls back on the exercise's name, then on a calm figure for
its kind, so a copied or hand-written routine still shows something fitting.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from backcare_desktop.core.figures.model import Figure
from backcare_desktop.core.figures.skeleton import Pose


def both(**angles: float) -> dict[str, float]:
    return {f"{side}_{name}": v for side in ("l", "r") for name, v in angles.items()}


def left(**angles: float) -> dict[str, float]:
    return {f"l_{name}": v for name, v in angles.items()}


def right(**angles: float) -> dict[str, float]:
    return {f"r_{name}": v for name, v in angles.items()}


def pose(*parts: Mapping[str, float], **angles: float) -> Pose:
    merged: dict[str, float] = {}
    for part in parts:
        merged.update(part)
    merged.update(angles)
    return Pose(merged)


def hook(hip: float, side: str = "both") -> dict[str, float]:
    """A leg bent with the foot flat on the mat, lying on the back (knee = 2 × hip)."""
    make = {"both": both, "l": left, "r": right}[side]
    return make(hip_flex=hip, knee=2 * hip, ankle=hip - 90)


# -- how the body rests ------------------------------------------------------------------

ARMS_DOWN = both(shoulder_abd=7, elbow=8)
SUPINE = {"pitch": -90.0, **both(shoulder_abd=10, elbow=4)}
HOOK_LYING = {**SUPINE, **hook(50)}
ALL_FOURS = {"pitch": 76.0, **both(shoulder_flex=76, wrist=70, hip_flex=76, knee=94,
                                    ankle=-50)}
SITTING = {"lumbar_flex": 4.0, **both(hip_flex=88, knee=88, ankle=-2, shoulder_flex=28,
                                      elbow=52)}
PMR_KEYS = {"front_of_neck": "pmr-neck"}
PMR_LYING = {"pitch": -90.0, **both(shoulder_abd=16, elbow=6, hip_abd=5, ankle=-12)}


def _figures() -> list[Figure]:
    out: list[Figure] = []

    def add(key: str, rest: str, view: str, *keys: Pose, **options: Any) -> None:
        out.append(Figure(key, rest, view, keys, **options))

    # -- on the back -------------------------------------------------------------------
    add("bridge", "supine", "side",
        pose(HOOK_LYING),
        pose(SUPINE, pitch=-112, thorax_flex=22, neck_flex=6,
             **both(hip_flex=0, knee=100, ankle=-12)),
        anchor="l_heel", motion=("pelvis",))
    add("pelvic-tilt", "supine", "side",
        pose(HOOK_LYING, pitch=-76, lumbar_flex=-10, thorax_flex=-12, neck_flex=10,
             **both(hip_flex=64, knee=100, ankle=-40)),
        pose(HOOK_LYING, pitch=-100, lumbar_flex=10, **both(hip_flex=40, knee=100, ankle=-40)),
        anchor="neck_base", motion=("waist",))
    crossed = both(shoulder_flex=40, shoulder_rot=-50, elbow=125)
    add("partial-curl", "supine", "side",
        pose(HOOK_LYING, crossed),
        pose(HOOK_LYING, crossed, thorax_flex=30, neck_flex=18),
        motion=("head",))
    add("leg-raise", "supine", "side",
        pose(SUPINE, hook(50, "r"), left(hip_flex=0, knee=0, ankle=0)),
        pose(SUPINE, hook(50, "r"), left(hip_flex=30, knee=0, ankle=0)),
        motion=("l_ankle",))
    # One knee hugged, the other leg long on the mat: plainly one leg, not both.
    add("knee-to-chest", "supine", "side",
        pose(SUPINE, hook(50, "l"), right(ankle=-12)),
        pose(SUPINE, left(hip_flex=125, knee=125, ankle=-50, shoulder_flex=34, elbow=30,
                          shoulder_abd=6),
             right(ankle=-12, shoulder_flex=32, elbow=4, shoulder_abd=-24)),
        motion=("l_knee",))
    add("double-knee-to-chest", "supine", "side",
        pose(HOOK_LYING),
        pose(SUPINE, lumbar_flex=10, **both(hip_flex=125, knee=125, ankle=-50,
                                            shoulder_flex=18, elbow=61, shoulder_abd=6)),
        anchor="neck_base", motion=("l_knee",))
    add("hamstring-stretch", "supine", "side",
        pose(HOOK_LYING),
        pose(HOOK_LYING, left(hip_flex=82, knee=95, ankle=-10, shoulder_flex=26, elbow=4),
             right(shoulder_flex=26, elbow=2, shoulder_abd=-25)),
        pose(HOOK_LYING, left(hip_flex=80, knee=4, ankle=8, shoulder_flex=27, elbow=2),
             right(shoulder_flex=26, elbow=2, shoulder_abd=-25)),
        motion=("l_ankle",))
    add("knee-rolls", "supine", "above",
        pose(HOOK_LYING, both(hip_abd=2)),
        pose(HOOK_LYING, both(hip_abd=2), roll=55, lumbar_twist=-28, thorax_twist=-27),
        alternates=True, motion=("l_knee",))
    arms_out = both(shoulder_abd=60, elbow=10, hip_abd=2)
    add("lower-back-rotation", "supine", "above",
        pose(HOOK_LYING, arms_out),
        pose(HOOK_LYING, arms_out, roll=62, lumbar_twist=-32, thorax_twist=-30),
        motion=("l_knee",))
    hands_on_body = {**left(shoulder_abd=10, shoulder_rot=-70, elbow=100),
                     **right(shoulder_flex=30, shoulder_abd=10, shoulder_rot=-80, elbow=110)}
    add("belly-breathing", "supine", "side",
        pose(HOOK_LYING, hands_on_body),
        pose(HOOK_LYING, hands_on_body))

    # -- on the front, on all fours, on the side, kneeling -----------------------------
    add("plank", "prone", "side",
        pose(both(elbow=90, ankle=-45, shoulder_flex=60), pitch=86, lumbar_flex=-22,
             thorax_flex=-8, neck_flex=-10),
        pose(both(elbow=90, ankle=0, shoulder_flex=85), pitch=86),
        anchor="l_elbow", motion=("pelvis",))
    add("bird-dog", "all_fours", "side",
        pose(ALL_FOURS),
        pose(ALL_FOURS, left(shoulder_flex=178, wrist=0), right(hip_flex=0, knee=0, ankle=-40)),
        alternates=True, anchor="l_knee", motion=("l_fingers", "r_ankle"))
    add("side-bridge", "side_lying", "side",
        pose({"pitch": -90.0, "roll": 90.0, "lumbar_side": -24.0, "thorax_side": -6.0},
             left(shoulder_abd=60, shoulder_rot=-80, elbow=90),
             both(hip_flex=30, knee=90, ankle=-20), right(shoulder_abd=12, elbow=30)),
        pose({"pitch": -90.0, "roll": 90.0, "lean": -20.0},
             left(shoulder_abd=70, shoulder_rot=-80, elbow=90),
             both(hip_flex=30, knee=90, ankle=-20), right(shoulder_abd=12, elbow=30)),
        anchor="l_elbow", motion=("pelvis",))
    add("hip-flexor-stretch", "kneeling", "side",
        pose(left(hip_flex=-5, knee=108, ankle=30), right(hip_flex=87, knee=114, ankle=26),
             both(shoulder_flex=35, elbow=20)),
        pose(left(hip_flex=-18, knee=95, ankle=30), right(hip_flex=88, knee=118, ankle=30),
             both(shoulder_flex=35, elbow=20), lumbar_flex=4),
        anchor="l_knee", motion=("pelvis",))

    # -- standing and sitting -----------------------------------------------------------
    behind = both(shoulder_flex=-40, shoulder_abd=20, shoulder_rot=-85, elbow=100)
    add("standing-back-bend", "standing", "side",
        pose(behind),
        pose(behind, lumbar_flex=-24, thorax_flex=-16, neck_flex=12, **both(knee=8)),
        props=("floor",), anchor="l_heel", motion=("head",))
    holding = {**right(shoulder_abd=32, elbow=12), **left(shoulder_abd=10, elbow=8)}
    add("standing-hip-abduction", "standing", "front",
        pose(holding),
        pose(holding, left(hip_abd=32)),
        props=("floor", "chair"), hold="r_fingers", anchor="r_heel", motion=("l_ankle",))
    add("standing-reach", "standing", "front",
        pose(ARMS_DOWN),
        pose(both(shoulder_abd=172, elbow=4, shrug=10)),
        props=("floor",), anchor="l_heel", motion=("l_fingers",))
    add("shoulder-rolls", "standing", "front",
        pose(ARMS_DOWN),
        pose(ARMS_DOWN, both(shrug=34, protract=4)),
        props=("floor",), anchor="l_heel", motion=("l_shoulder", "r_shoulder"))
    add("march", "standing", "side",
        pose(ARMS_DOWN),
        pose(left(hip_flex=70, knee=85, ankle=-12, shoulder_flex=-22, elbow=25),
             right(shoulder_flex=35, elbow=40)),
        props=("floor",), cycle_s=1.4, anchor="r_heel", motion=("l_knee",))
    # A hand on the belly and one on the chest say "breathing"; the breath in lifts
    # the chest a little.
    on_belly_and_chest = {**left(shoulder_flex=22, shoulder_abd=8, shoulder_rot=-58,
                                 elbow=88),
                          **right(shoulder_flex=40, shoulder_abd=12, shoulder_rot=-80,
                                  elbow=125)}
    add("seated-breathing", "sitting", "side",
        pose(SITTING, on_belly_and_chest),
        pose(SITTING, on_belly_and_chest, lumbar_flex=-2, thorax_flex=-4, neck_flex=-4),
        props=("floor", "seat"))

    # -- progressive muscle relaxation: lying still, one muscle group marked ----------
    tensed: dict[str, Mapping[str, float]] = {
        "right_hand": right(wrist=10), "left_hand": left(wrist=10),
        "right_upper_arm": right(elbow=70), "left_upper_arm": left(elbow=70),
        "forehead": {}, "eyes": {}, "jaw": {}, "front_of_neck": {"neck_flex": 14},
        "shoulders": both(shrug=28), "chest": {}, "stomach": {"thorax_flex": 3},
        "buttocks": {}, "thighs": both(ankle=-15), "calves": both(ankle=18),
        "feet": both(ankle=-30),
    }
    for region, change in tensed.items():
        add(PMR_KEYS.get(region, "pmr-" + region.replace("_", "-")), "supine", "above",
            pose(PMR_LYING), pose(PMR_LYING, change), region=region)
    return out


FIGURES: dict[str, Figure] = {f.key: f for f in _figures()}

# The figure of an exercise without a ``figure`` key, by its name (any case).
_NAMES: dict[str, str] = {
    "Bridge": "bridge", "Pelvic tilt": "pelvic-tilt", "Partial curl": "partial-curl",
    "Leg raise": "leg-raise", "Knee to chest": "knee-to-chest",
    "Double knee to chest": "double-knee-to-chest", "Hamstring stretch": "hamstring-stretch",
    "Knee rolls": "knee-rolls", "Lower back rotation": "lower-back-rotation",
    "Belly breathing": "belly-breathing", "Plank": "plank", "Bird dog": "bird-dog",
    "Side bridge": "side-bridge", "Side plank": "side-bridge",
    "Hip flexor stretch": "hip-flexor-stretch", "Standing back bend": "standing-back-bend",
    "Standing hip abduction": "standing-hip-abduction", "Standing reach": "standing-reach",
    "Shoulder rolls": "shoulder-rolls", "March on the spot": "march",
    "Box breathing": "seated-breathing", "Right hand and forearm": "pmr-right-hand",
    "Left hand and forearm": "pmr-left-hand", "Right upper arm": "pmr-right-upper-arm",
    "Left upper arm": "pmr-left-upper-arm", "Forehead": "pmr-forehead",
    "Eyes and cheeks": "pmr-eyes", "Mouth and jaw": "pmr-jaw", "Neck": "pmr-neck",
    "Shoulders": "pmr-shoulders", "Chest": "pmr-chest", "Stomach": "pmr-stomach",
    "Buttocks": "pmr-buttocks", "Thighs": "pmr-thighs", "Calves": "pmr-calves",
    "Feet": "pmr-feet",
}
BY_NAME: dict[str, str] = {name.casefold(): key for name, key in _NAMES.items()}

# A calm figure for an exercise nobody drew, by its kind.
BY_KIND: dict[str, str] = {"breathing": "seated-breathing", "pmr": "pmr-stomach"}


def figure_for(name: str, kind: str, figure: str = "") -> Figure | None:
    """The figure for an exercise: the one it names, else by its name; for a
    breathing or relaxation exercise nobody drew, a calm figure; else None."""
    if figure:
        return FIGURES.get(figure)
    key = BY_NAME.get(name.strip().casefold())
    if key is not None:
        return FIGURES[key]
    calm = BY_KIND.get(kind)
    return FIGURES[calm] if calm else None
