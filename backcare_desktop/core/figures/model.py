"""What a figure is: named key poses, how the body rests, the view, what it shows."""

from __future__ import annotations

from dataclasses import dataclass

from backcare_desktop.core.figures.skeleton import Pose

# How the body rests on the floor at the start of the exercise.
RESTS = ("supine", "prone", "side_lying", "all_fours", "kneeling", "standing", "sitting")

# Things drawn with the figure: a mat under it, a floor line, a chair seat
# under the pelvis, a chair whose back is held by the figure's ``hold`` hand.
PROPS = ("mat", "floor", "seat", "chair")

# Muscle groups of progressive muscle relaxation, and the parts that show each.
REGIONS: dict[str, tuple[str, ...]] = {
    "right_hand": ("r_forearm", "r_hand"),
    "left_hand": ("l_forearm", "l_hand"),
    "right_upper_arm": ("r_upper_arm",),
    "left_upper_arm": ("l_upper_arm",),
    "forehead": ("face:forehead",),
    "eyes": ("face:eyes",),
    "jaw": ("face:jaw",),
    "front_of_neck": ("cervical",),
    "shoulders": ("l_clavicle", "r_clavicle"),
    "chest": ("thorax",),
    "stomach": ("lumbar",),
    "buttocks": ("pelvis",),
    "thighs": ("l_thigh", "r_thigh"),
    "calves": ("l_shin", "r_shin"),
    "feet": ("l_foot", "r_foot"),
}


@dataclass(frozen=True)
class Figure:
    """One exercise's picture.

    ``keys`` are the key poses: the first is the start (shown while getting
    ready and resting), the last the end (held); any between are passed through
    on the way. ``alternates``: each repetition is done with the other side
    (bird dog, knee rolls). ``cycle_s`` > 0: the held part is a rhythm of that
    period between the end pose and its mirror image (marching). ``anchor``:
    the point that stays put while the figure moves (the rest of it follows).
    ``motion``: points whose path from start to end is drawn as an arrow.
    """

    key: str
    rest: str
    view: str
    keys: tuple[Pose, ...]
    props: tuple[str, ...] = ("mat",)
    alternates: bool = False
    cycle_s: float = 0.0
    region: str | None = None
    anchor: str = "pelvis"
    motion: tuple[str, ...] = ()
    hold: str = ""  # "l_fingers" or "r_fingers": the hand on the chair's back

    @property
    def start(self) -> Pose:
        return self.keys[0]

    @property
    def end(self) -> Pose:
        return self.keys[-1]
