"""Every field of the routine format, declared once with its type, default and limits.

The loader validates against these tables, the editor builds its inputs from
them, and docs/routine-format.md describes them: one source of truth.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from backcare_desktop.core.figures.catalogue import FIGURES
from backcare_desktop.core.routines.model import CATEGORIES, DIFFICULTIES, KINDS, PACES

# Limits that keep a broken or hostile file harmless.
MAX_FILE_BYTES = 256 * 1024
MAX_EXERCISES = 60
MAX_TOTAL_S = 3 * 3600
MAX_PHASES = 5000
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # "number" (int or float), "int", "bool", "text", "choice", "lines"
    required: bool = False
    default: Any = None
    low: float | None = None
    high: float | None = None
    choices: tuple[str, ...] = ()
    max_len: int = 0  # text: characters; lines: number of lines
    multiline: bool = False  # text: may hold line breaks and tabs (lines always may)
    label: str = ""
    help: str = ""


def _f(name: str, kind: str, **kw: Any) -> Field:
    return Field(name, kind, **kw)


ROUTINE_FIELDS: tuple[Field, ...] = (
    _f("format", "int", default=FORMAT_VERSION, low=1, high=FORMAT_VERSION,
       label="Format version"),
    _f("id", "text", required=True, max_len=64, label="Id",
       help="lowercase letters, digits and dashes"),
    _f("title", "text", required=True, max_len=80, label="Title"),
    _f("category", "choice", required=True, choices=CATEGORIES, label="Category"),
    _f("difficulty", "choice", required=True, choices=DIFFICULTIES, label="Difficulty"),
    _f("description", "text", default="", max_len=1000, multiline=True,
       label="Description"),
    _f("safety", "lines", default=(), max_len=10, label="Safety notes"),
    _f("based_on", "text", default="", max_len=64, label="Based on",
       help="the id of the routine this one was copied from"),
)

COMMON_EXERCISE_FIELDS: tuple[Field, ...] = (
    _f("name", "text", required=True, max_len=80, label="Name"),
    _f("kind", "choice", required=True, choices=KINDS, label="Kind"),
    _f("instructions", "lines", default=(), max_len=20, label="Instructions"),
    _f("cues", "lines", default=(), max_len=10, label="Form cues"),
    _f("prepare_s", "number", default=5, low=0, high=60, label="Get ready (s)"),
    _f("rest_after_s", "number", default=20, low=0, high=600, label="Rest after (s)"),
    _f("figure", "choice", default="", choices=tuple(FIGURES), label="Figure",
       help="the picture shown for the exercise"),
)

_SIDES = (
    _f("per_side", "bool", default=False, label="Each side"),
    _f("switch_s", "number", default=5, low=0, high=30, label="Switch sides (s)"),
)

KIND_FIELDS: dict[str, tuple[Field, ...]] = {
    "hold": (
        _f("hold_s", "number", required=True, low=1, high=300, label="Hold (s)"),
        _f("sets", "int", default=1, low=1, high=20, label="Sets"),
        _f("rest_between_sets_s", "number", default=15, low=0, high=300,
           label="Rest between sets (s)"),
        *_SIDES,
    ),
    "reps": (
        _f("reps", "int", required=True, low=1, high=100, label="Reps"),
        _f("sets", "int", default=1, low=1, high=20, label="Sets"),
        _f("rest_between_sets_s", "number", default=30, low=0, high=300,
           label="Rest between sets (s)"),
        _f("pace", "choice", default="tempo", choices=PACES, label="Pace",
           help="tempo: the timer paces each rep; counted: you press a key"),
        _f("move_s", "number", default=2, low=0.5, high=10, label="Move (s)"),
        _f("hold_s", "number", default=1, low=0, high=30, label="Hold (s)"),
        _f("return_s", "number", default=2, low=0.5, high=10, label="Return (s)"),
        *_SIDES,
    ),
    "pmr": (
        _f("tense_s", "number", required=True, low=3, high=15, label="Tense (s)",
           help="guidance: 5–10 s"),
        _f("relax_s", "number", required=True, low=20, high=90, label="Relax (s)",
           help="guidance: 45–60 s"),
    ),
    "breathing": (
        _f("inhale_s", "number", required=True, low=1, high=15, label="Breathe in (s)"),
        _f("hold_in_s", "number", default=0, low=0, high=20, label="Hold in (s)"),
        _f("exhale_s", "number", required=True, low=1, high=20, label="Breathe out (s)"),
        _f("hold_out_s", "number", default=0, low=0, high=20, label="Hold out (s)"),
        _f("cycles", "int", low=1, high=200, label="Cycles"),
        _f("duration_s", "number", low=30, high=3600, label="Duration (s)"),
    ),
}

# Guidance for progressive muscle relaxation, narrower than what a file may say.
PMR_GUIDANCE = {"tense_s": (5, 10), "relax_s": (45, 60)}


def exercise_fields(kind: str) -> tuple[Field, ...]:
    return COMMON_EXERCISE_FIELDS + KIND_FIELDS.get(kind, ())
