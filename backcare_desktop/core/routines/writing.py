"""Writing a ``Routine`` as a TOML routine file (the format ``loading`` reads)."""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from typing import Any

from backcare_desktop.core.routines.fields import FORMAT_VERSION
from backcare_desktop.core.routines.model import Routine

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b",
            "\f": "\\f"}


def _string(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (tuple, list)):
        if not value:
            return "[]"
        inner = "".join(f"    {_string(v)},\n" for v in value)
        return "[\n" + inner + "]"
    raise TypeError(f"cannot write {value!r}")


def routine_to_dict(routine: Routine) -> dict[str, Any]:
    """The routine as the document a file would hold (what ``routine_from_dict`` reads)."""
    exercises = []
    for ex in routine.exercises:
        item: dict[str, Any] = {
            "name": ex.name, "kind": ex.kind, "instructions": list(ex.instructions),
            "cues": list(ex.cues), "prepare_s": ex.prepare_s, "rest_after_s": ex.rest_after_s,
        }
        if ex.figure:
            item["figure"] = ex.figure
        for f in dataclass_fields(ex.spec):
            value = getattr(ex.spec, f.name)
            if value is not None:
                item[f.name] = value
        exercises.append(item)
    doc: dict[str, Any] = {
        "format": FORMAT_VERSION, "id": routine.id, "title": routine.title,
        "category": routine.category, "difficulty": routine.difficulty,
        "description": routine.description, "safety": list(routine.safety),
    }
    if routine.based_on:
        doc["based_on"] = routine.based_on
    doc["exercise"] = exercises
    return doc


def routine_to_toml(routine: Routine) -> str:
    doc = routine_to_dict(routine)
    lines = ["# A BackCare routine. The format is described in docs/routine-format.md."]
    lines += [f"{key} = {_value(value)}" for key, value in doc.items() if key != "exercise"]
    for item in doc["exercise"]:
        lines += ["", "[[exercise]]"]
        lines += [f"{key} = {_value(value)}" for key, value in item.items()]
    return "\n".join(lines) + "\n"
