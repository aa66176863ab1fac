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
    language; the other languages keep theirs wherever they still fit. Where one
    cannot (an exercise added, a list given another number of lines), that text
    is written in ``routine``'s words in every language, so that the file reads
    back and no other language's texts are lost. A text emptied is left out in
    every language."""
    mine = routine_to_dict(routine)
    texts = dict(routine.texts)
    before = texts.get(routine.language)
    if before is None or len(texts) < 2:
        return mine
    before_doc = routine_to_dict(before)
    docs = {code: routine_to_dict(shown) for code, shown in routine.texts}
    order = [code for code, _ in routine.texts]
    out: dict[str, Any] = {"format": mine["format"], "id": mine["id"], "language": order[0]}
    out.update((key, value) for key, value in mine.items() if key not in out)
    _merge(out, docs, routine.language, order,
           ("title", "description", "safety"))
    matched = _match([x["name"] for x in before_doc["exercise"]],
                     [x["name"] for x in mine["exercise"]])
    exercises = []
    for item, old in zip(mine["exercise"], matched, strict=True):
        item = dict(item)
        theirs = {code: doc["exercise"][old] for code, doc in docs.items()
                  if old is not None and old < len(doc["exercise"])}
        _merge(item, theirs, routine.language, order, ("name", "instructions", "cues"))
        exercises.append(item)
    out["exercise"] = exercises
    return out


def _merge(into: dict[str, Any], theirs: dict[str, dict[str, Any]], language: str,
           order: list[str], names: tuple[str, ...]) -> None:
    """Make each text of ``into`` (in ``language``) a table by language: another
    language's text where it has one of the same shape, else ``into``'s."""
    for name in names:
        value = into.get(name)
        if not value:  # an empty description or list: left out in every language
            into.pop(name, None)
            continue
        by_code: dict[str, Any] = {}
        for code in order:
            other = theirs.get(code, {}).get(name)
            fits = bool(other) and (not isinstance(value, list) or (
                isinstance(other, list) and len(other) == len(value)))
            by_code[code] = value if code == language or not fits else other
        into[name] = by_code


def _match(before: list[str], after: list[str]) -> list[int | None]:
    """For each exercise now (by name), the place it had before, or None if new:
    the same place under the same name, else the first unused place with its name,
    else the same place when the number of exercises is unchanged (renamed)."""
    used: set[int] = set()
    places: list[int | None] = []
    for n, name in enumerate(after):
        place: int | None = None
        if n < len(before) and before[n] == name and n not in used:
            place = n
        else:
            place = next((k for k, old in enumerate(before) if old == name and k not in used),
                         None)
        places.append(place)
        if place is not None:
            used.add(place)
    if len(before) == len(after):
        places = [n if place is None and n not in used else place
                  for n, place in enumerate(places)]
    return places


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
