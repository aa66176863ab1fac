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
    doc: dict[str, Any] = {"format": FORMAT_VERSION, "id": routine.id}
    if routine.language != "en":
        doc["language"] = routine.language
    doc |= {
        "title": routine.title,
        "category": routine.category, "difficulty": routine.difficulty,
        "description": routine.description, "safety": list(routine.safety),
    }
    if routine.based_on:
        doc["based_on"] = routine.based_on
    doc["exercise"] = exercises
    return doc


def multilingual_dict(routine: Routine) -> dict[str, Any]:
    """The document of a routine that carries several languages: each text field a
    table by language. ``routine``'s own texts (perhaps just edited) stand for its
    language; the others are kept as they were. Should the exercises or the lines
    of a list no longer match the other languages' (or a text be emptied), only
    ``routine``'s language is written: a file whose languages disagree could not
    be read back."""
    mine = routine_to_dict(routine)
    others = [(code, routine_to_dict(shown)) for code, shown in routine.texts
              if code != routine.language]
    if not others or any(len(doc["exercise"]) != len(mine["exercise"]) for _, doc in others):
        return mine
    by_code = dict([(routine.language, mine), *others])
    docs = [(code, by_code[code]) for code, _ in routine.texts if code in by_code]

    def merged(tables: list[tuple[str, dict[str, Any]]], names: tuple[str, ...],
               into: dict[str, Any]) -> bool:
        for name in names:
            values = {code: table.get(name) for code, table in tables}
            if not any(values.values()):  # an empty description or list: left out
                into.pop(name, None)
                continue
            lists = [len(v) for v in values.values() if isinstance(v, list)]
            if len(set(lists)) > 1 or not all(values.values()):
                return False  # one language emptied or a list changed: no longer a match
            into[name] = values
        return True

    out = {"format": mine["format"], "id": mine["id"], "language": routine.texts[0][0]}
    out.update((key, value) for key, value in mine.items() if key not in out)
    if not merged(docs, ("title", "description", "safety"), out):
        return mine
    exercises = []
    for n, item in enumerate(mine["exercise"]):
        item = dict(item)
        if not merged([(code, doc["exercise"][n]) for code, doc in docs],
                      ("name", "instructions", "cues"), item):
            return mine
        exercises.append(item)
    out["exercise"] = exercises
    return out


def _lines(key: str, value: Any) -> list[str]:
    if isinstance(value, dict):  # one value per language, as dotted keys
        return [f"{key}.{code} = {_value(text)}" for code, text in value.items()]
    return [f"{key} = {_value(value)}"]


def routine_to_toml(routine: Routine) -> str:
    doc = multilingual_dict(routine) if routine.texts else routine_to_dict(routine)
    lines = ["# A BackCare routine. The format is described in docs/routine-format.md."]
    for key, value in doc.items():
        if key != "exercise":
            lines += _lines(key, value)
    for item in doc["exercise"]:
        lines += ["", "[[exercise]]"]
        for key, value in item.items():
            lines += _lines(key, value)
    return "\n".join(lines) + "\n"
