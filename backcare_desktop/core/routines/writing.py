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


def routine_to_toml(routine: Routine) -> str:
    lines = [
        "# A BackCare routine. The format is described in docs/routine-format.md.",
        f"format = {FORMAT_VERSION}",
        f"id = {_value(routine.id)}",
        f"title = {_value(routine.title)}",
        f"category = {_value(routine.category)}",
        f"difficulty = {_value(routine.difficulty)}",
        f"description = {_value(routine.description)}",
        f"safety = {_value(routine.safety)}",
    ]
    for ex in routine.exercises:
        lines += [
            "",
            "[[exercise]]",
            f"name = {_value(ex.name)}",
            f"kind = {_value(ex.kind)}",
            f"instructions = {_value(ex.instructions)}",
            f"cues = {_value(ex.cues)}",
            f"prepare_s = {_value(ex.prepare_s)}",
            f"rest_after_s = {_value(ex.rest_after_s)}",
        ]
        for f in dataclass_fields(ex.spec):
            value = getattr(ex.spec, f.name)
            if value is not None:
                lines.append(f"{f.name} = {_value(value)}")
    return "\n".join(lines) + "\n"
