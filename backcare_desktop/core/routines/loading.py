"""Turning routine text into a validated ``Routine``, reporting every problem.

Nothing in a file is executed: TOML is parsed with ``tomllib`` into plain
values, and each value is checked against ``fields``. All problems are
collected, each as one line that names the file, the routine or exercise
(by position and name), the field, the bad value and what is allowed.

Nothing in a file can make loading hang, take long or use much memory: a file
is read only if it is a regular file of at most ``MAX_FILE_BYTES``
(``core.files.read_limited``), it must be UTF-8 (a byte-order mark is allowed),
and its text is looked over (``toml_limits.check_shape``) before ``tomllib``
parses it. Whatever the bytes, loading returns a ``Routine`` or raises
``RoutineError``, whose lines name the file and quote it safely
(``plain_text.printable``).
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from backcare_desktop.core.files import FileRefused, read_limited
from backcare_desktop.core.routines.fields import (
    COMMON_EXERCISE_FIELDS,
    KIND_FIELDS,
    MAX_EXERCISES,
    MAX_FILE_BYTES,
    MAX_PHASES,
    MAX_TOTAL_S,
    ROUTINE_FIELDS,
    Field,
    exercise_fields,
)
from backcare_desktop.core.routines.model import LANGUAGES, SPEC_OF_KIND, Exercise, Routine
from backcare_desktop.core.routines.plain_text import describe, hidden_at, printable
from backcare_desktop.core.routines.toml_limits import ShapeError, check_shape
from backcare_desktop.core.words import tr

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_LINE = 500
MAX_PROBLEMS = 50  # problems listed for one file; a last line counts the rest
_OTHER_ENCODINGS = ((b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe\x00\x00", "UTF-32"),
                    (b"\xfe\xff", "UTF-16"), (b"\xff\xfe", "UTF-16"))
_UTF8_BOM = b"\xef\xbb\xbf"
_MULTILINE = "\n\t"


class RoutineError(ValueError):
    """A routine with problems; ``problems`` holds one plain line per problem.

    Each line is made printable: control and invisible characters are escaped.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = [printable(p) for p in problems]
        super().__init__("\n".join(self.problems))


def display_name(path: Path) -> str:
    """A file's name as messages quote it: hidden characters and stray bytes escaped."""
    return printable(path.name or str(path))


def show(value: Any) -> str:
    """A value as it would be written in the file (long ones shortened)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        text = value if len(value) <= 40 else value[:37] + "..."
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, (dict, list)):
        return "a table" if isinstance(value, dict) else "a list"
    if isinstance(value, int) and abs(value) >= 10**40:
        if value.bit_length() > 10_000:  # str() refuses past 4,300 digits
            return "a number of thousands of digits"
        return f"a number of {len(str(abs(value)))} digits"
    text = str(value)
    return text if len(text) <= 40 else text[:37] + "..."


def num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def allowed(field: Field) -> str:
    if field.kind == "choice":
        return tr("one of: {choices}").format(choices=", ".join(field.choices))
    if field.kind in ("number", "int") and field.low is not None and field.high is not None:
        return f"{num(field.low)}–{num(field.high)}"
    if field.kind == "bool":
        return tr("true or false")
    if field.kind == "lines":
        return tr("a list of up to {count} lines of text").format(count=field.max_len)
    return tr("text")


def check_value(field: Field, value: Any) -> tuple[str | None, Any]:
    """Return (problem, cleaned value); the problem is None when the value is fine."""
    shown = f"{field.name} = {show(value)}"
    if field.kind in ("number", "int"):
        whole = field.kind == "int"
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (
            whole and not isinstance(value, int)
        ):
            return (tr("{value} is not a whole number") if whole
                    else tr("{value} is not a number")).format(value=shown), None
        if isinstance(value, float) and not math.isfinite(value):
            return tr("{value} is not a finite number").format(value=shown), None
        if field.low is not None and field.high is not None and not (
            field.low <= value <= field.high
        ):
            return tr("{value} is outside {allowed}").format(value=shown,
                                                             allowed=allowed(field)), None
        return None, int(value) if whole else float(value)
    if field.kind == "bool":
        if not isinstance(value, bool):
            return tr("{value} is not true or false").format(value=shown), None
        return None, value
    if field.kind in ("text", "choice"):
        if not isinstance(value, str):
            return tr("{value} is not text").format(value=shown), None
        text = value.strip()
        if field.kind == "choice":
            if text not in field.choices:
                return tr("{value} is not {allowed}").format(value=shown,
                                                             allowed=allowed(field)), None
            return None, text
        if field.required and not text:
            return tr("{field} is empty").format(field=field.name), None
        if len(text) > field.max_len:
            return tr("{field} is longer than {count} characters").format(
                field=field.name, count=field.max_len), None
        hidden = hidden_at(text, _MULTILINE if field.multiline else "")
        if hidden is not None:
            return f"{field.name} {_hidden(text, hidden)}", None
        return None, text
    # lines
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return tr("{value} is not a list of text lines").format(value=shown), None
    odd = next((n for n, v in enumerate(value, start=1) if not isinstance(v, str)), None)
    if odd is not None:
        return tr("{field} line {number} is {value}, not text; each line is text in "
                  "quotes").format(field=field.name, number=odd,
                                   value=show(value[odd - 1])), None
    lines = tuple(v.strip() for v in value if v.strip())
    if len(lines) > field.max_len:
        return tr("{field} has {count} lines; the limit is {limit}").format(
            field=field.name, count=len(lines), limit=field.max_len), None
    if any(len(line) > MAX_LINE for line in lines):
        return tr("{field} has a line longer than {count} characters").format(
            field=field.name, count=MAX_LINE), None
    for number, line in enumerate(lines, start=1):
        hidden = hidden_at(line, _MULTILINE)
        if hidden is not None:
            return f"{field.name} line {number} {_hidden(line, hidden)}", None
    return None, lines


def _hidden(text: str, index: int) -> str:
    return tr("has {character} at character {number}; only visible text is allowed").format(
        character=describe(text[index]), number=index + 1)


def check_table(
    table: Mapping[str, Any], fields: tuple[Field, ...], where: str, problems: list[str],
    *, extra_keys: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Check every field of one table; add problems; return the cleaned values."""
    known = {f.name: f for f in fields}
    cleaned: dict[str, Any] = {}
    for key in table:
        if key not in known and key not in extra_keys:
            names = [*known, *extra_keys]
            import difflib  # only needed when a file has a typo

            # A hint for a likely typo; not for long keys, nor past the problems listed.
            close = (difflib.get_close_matches(key, names, n=1, cutoff=0.6)
                     if len(key) <= 40 and len(problems) < MAX_PROBLEMS else [])
            hint = tr(' (did you mean "{key}"?)').format(key=close[0]) if close else ""
            problems.append(tr("{where}: unknown key {key}{hint}").format(
                where=where, key=show(key), hint=hint))
    for field in fields:
        if field.name not in table:
            if field.required:
                problems.append(tr("{where}: {field} is missing ({allowed})").format(
                    where=where, field=field.name, allowed=allowed(field)))
            elif field.default is not None:
                cleaned[field.name] = field.default
            continue
        problem, value = check_value(field, table[field.name])
        if problem:
            problems.append(f"{where}: {problem}")
        else:
            cleaned[field.name] = value
    return cleaned


def _exercise(item: Any, position: int, source: str, problems: list[str]) -> Exercise | None:
    if not isinstance(item, dict):
        problems.append(tr("{file}: exercise {number} is not a table").format(
            file=source, number=position))
        return None
    name = item.get("name")
    where = tr("{file}: exercise {number}").format(file=source, number=position)
    if isinstance(name, str) and name.strip():
        where += f' "{name.strip()[:40]}"'
    raw_kind = item.get("kind")
    kind = raw_kind if isinstance(raw_kind, str) and raw_kind in KIND_FIELDS else None
    fields = exercise_fields(kind) if kind else COMMON_EXERCISE_FIELDS
    # Keys of other kinds are reported as unknown only when the kind is valid.
    extra = () if kind else tuple(
        {f.name for fs in KIND_FIELDS.values() for f in fs}
    )
    before = len(problems)
    values = check_table(item, fields, where, problems, extra_keys=extra)
    if kind == "breathing":
        has_cycles, has_duration = "cycles" in item, "duration_s" in item
        if has_cycles and has_duration:
            problems.append(tr("{where}: give cycles or duration_s, not both").format(
                where=where))
        elif not has_cycles and not has_duration:
            problems.append(tr("{where}: cycles or duration_s is missing (cycles 1–200, or "
                               "duration_s 30–3600)").format(where=where))
    if len(problems) > before or kind is None:
        return None
    spec_type = SPEC_OF_KIND[kind]
    spec_values = {f.name: values[f.name] for f in KIND_FIELDS[kind] if f.name in values}
    return Exercise(
        name=values["name"],
        spec=spec_type(**spec_values),
        instructions=values["instructions"],
        cues=values["cues"],
        prepare_s=values["prepare_s"],
        rest_after_s=values["rest_after_s"],
        figure=values["figure"],
    )


ROUTINE_TEXTS = ("title", "description", "safety")
EXERCISE_TEXTS = ("name", "instructions", "cues")
LIST_TEXTS = ("safety", "instructions", "cues")  # a lone string there is one line
"""The text fields a file may give in several languages (``title.de = "…"``)."""


def routine_from_dict(doc: Mapping[str, Any], source: str, *, builtin: bool = False) -> Routine:
    """Validate a parsed document; raise ``RoutineError`` listing every problem.

    A text field is a plain value in the file's own ``language`` (English unless
    it says), or one value per language (TOML dotted keys: ``title.en``,
    ``title.de``); every language the file uses must then be given for every
    text field, with as many lines in each list."""
    problems: list[str] = []
    language, used = _languages(doc, source, problems)
    if problems:
        raise RoutineError(problems)
    if len(used) == 1:
        plain = _in_language(doc, language)
        return replace(_routine_from_plain(plain, source, builtin=builtin), language=language)
    _check_every_language(doc, source, language, used, problems)
    if problems:
        raise RoutineError(problems)
    texts: list[tuple[str, Routine]] = []
    for code in (language, *sorted(used - {language})):
        where = source if code == language else tr("{file} (in {language})").format(
            file=source, language=code)
        try:
            texts.append((code, replace(
                _routine_from_plain(_in_language(doc, code), where, builtin=builtin),
                language=code)))
        except RoutineError as exc:
            problems += exc.problems
    if problems:
        raise RoutineError(problems[:MAX_PROBLEMS])
    first = texts[0][1]
    return replace(first, texts=tuple(texts))


def _languages(doc: Mapping[str, Any], source: str,
               problems: list[str]) -> tuple[str, set[str]]:
    """The file's own language and every language its texts use."""
    language = doc.get("language", "en")
    if not isinstance(language, str) or language not in LANGUAGES:
        problems.append(tr("{file}: language = {value} is not one BackCare knows; it may be "
                           "one of: {allowed}").format(file=source, value=show(language),
                                                       allowed=", ".join(LANGUAGES)))
        return "en", {"en"}
    used = {language}
    tables = [("", doc, ROUTINE_TEXTS)]
    items = doc.get("exercise")
    if isinstance(items, list):
        tables += [(_exercise_where(n, item, language), item, EXERCISE_TEXTS)
                   for n, item in enumerate(items, start=1) if isinstance(item, dict)]
    for where, table, names in tables:
        for name in names:
            value = table.get(name)
            if isinstance(value, dict):
                for code in value:
                    if code in LANGUAGES:
                        used.add(code)
                    else:
                        problems.append(tr(
                            "{file}: {where}{field}.{key}: {code} is not a language BackCare "
                            "knows; it may be one of: {allowed}").format(
                                file=source, where=where, field=name, key=printable(code[:20]),
                                code=show(code), allowed=", ".join(LANGUAGES)))
    return language, used


def _exercise_where(number: int, item: Mapping[str, Any], language: str) -> str:
    """"exercise 2 "Plank": ", named in the file's own language where it can be."""
    name = item.get("name")
    if isinstance(name, dict):
        name = name.get(language)
    if isinstance(name, str) and name.strip():
        return tr('exercise {number} "{name}": ').format(number=number,
                                                         name=name.strip()[:40])
    return tr("exercise {number}: ").format(number=number)


def _check_every_language(doc: Mapping[str, Any], source: str, language: str,
                          used: set[str], problems: list[str]) -> None:
    """Each text field in every language used, lists of one length across them."""
    everyone = ", ".join(sorted(used))
    tables = [("", doc, ROUTINE_TEXTS)]
    items = doc.get("exercise")
    if isinstance(items, list):
        tables += [(_exercise_where(n, item, language), item, EXERCISE_TEXTS)
                   for n, item in enumerate(items, start=1) if isinstance(item, dict)]
    for where, table, names in tables:
        for name in names:
            if name not in table:
                continue
            value = table[name]
            if not isinstance(value, dict):
                problems.append(tr(
                    "{file}: {where}{field} is given in one language, but the file uses "
                    "{languages}: give it in each ({field}.{first} = …)").format(
                        file=source, where=where, field=name, languages=everyone,
                        first=language))
                continue
            missing = sorted(used - set(value))
            if missing:
                problems.append(tr("{file}: {where}{field} has no text in {missing}").format(
                    file=source, where=where, field=name, missing=", ".join(missing)))
                continue
            lengths = {code: 1 if isinstance(text, str) else len(text)
                       for code, text in value.items()
                       if name in LIST_TEXTS and isinstance(text, (str, list))}
            if lengths and len(set(lengths.values())) > 1:
                counts = ", ".join(tr("{count} in {language}").format(count=n, language=code)
                                   for code, n in sorted(lengths.items()))
                problems.append(tr("{file}: {where}{field} has a different number of lines "
                                   "in each language ({counts}); each language needs the "
                                   "same lines").format(file=source, where=where, field=name,
                                                        counts=counts))
            for code, text in value.items():
                blank = (isinstance(text, str) and not text.strip()) or (
                    isinstance(text, list) and any(isinstance(t, str) and not t.strip()
                                                   for t in text))
                if blank:
                    problems.append(tr("{file}: {where}{field}.{code} has an empty text").format(
                        file=source, where=where, field=name, code=code))


def _in_language(doc: Mapping[str, Any], code: str) -> dict[str, Any]:
    """The document with each text in ``code`` (a plain value stays as it is)."""
    def pick(table: Mapping[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
        out = dict(table)
        for name in names:
            if isinstance(out.get(name), dict):
                out[name] = out[name].get(code)
        return out

    plain = pick(doc, ROUTINE_TEXTS)
    plain.pop("language", None)
    items = doc.get("exercise")
    if isinstance(items, list):
        plain["exercise"] = [pick(item, EXERCISE_TEXTS) if isinstance(item, dict) else item
                             for item in items]
    return plain


def _routine_from_plain(doc: Mapping[str, Any], source: str, *,
                        builtin: bool = False) -> Routine:
    problems: list[str] = []
    values = check_table(doc, ROUTINE_FIELDS, source, problems, extra_keys=("exercise",))
    rid = values.get("id")
    if isinstance(rid, str) and not ID_PATTERN.fullmatch(rid):
        problems.append(tr("{file}: id = {value} may hold only lowercase letters, digits "
                           "and single dashes").format(file=source, value=show(rid)))
    based_on = values.get("based_on")
    if isinstance(based_on, str) and based_on and not ID_PATTERN.fullmatch(based_on):
        problems.append(tr("{file}: based_on = {value} must be a routine id: lowercase "
                           "letters, digits and single dashes").format(
                               file=source, value=show(based_on)))
    items = doc.get("exercise")
    exercises: list[Exercise] = []
    if items is None:
        problems.append(tr("{file}: exercise is missing (1–{limit} exercises, each an "
                           "[[exercise]] table)").format(file=source, limit=MAX_EXERCISES))
    elif not isinstance(items, list):
        problems.append(tr("{file}: exercise must be a list of [[exercise]] tables").format(
            file=source))
    elif not items:
        problems.append(tr("{file}: the routine has no exercises (at least 1)").format(
            file=source))
    elif len(items) > MAX_EXERCISES:
        problems.append(tr("{file}: the routine has {count} exercises; the limit is "
                           "{limit}").format(file=source, count=len(items), limit=MAX_EXERCISES))
    else:
        for position, item in enumerate(items, start=1):
            exercise = _exercise(item, position, source, problems)
            if exercise is not None:
                exercises.append(exercise)
    if len(problems) > MAX_PROBLEMS:
        more = len(problems) - MAX_PROBLEMS
        problems[MAX_PROBLEMS:] = [tr("{file}: … and {count} more problems").format(
            file=source, count=more)]
    if problems:
        raise RoutineError(problems)
    routine = Routine(
        id=values["id"], title=values["title"], category=values["category"],
        difficulty=values["difficulty"], description=values["description"],
        safety=values["safety"], exercises=tuple(exercises), builtin=builtin,
        based_on=values["based_on"],
    )
    _check_size(routine, source)
    return routine


def _check_size(routine: Routine, source: str) -> None:
    from backcare_desktop.core.routines.plan import count_phases, expand

    phases = count_phases(routine)
    if phases > MAX_PHASES:
        raise RoutineError([tr("{file}: the routine expands to {count} timed steps; the "
                               "limit is {limit}").format(file=source, count=phases,
                                                          limit=MAX_PHASES)])
    total = expand(routine).estimated_total_s
    if total > MAX_TOTAL_S:
        raise RoutineError([tr("{file}: the routine lasts {length}; the limit is {limit}").format(
            file=source, length=format_duration(total), limit=format_duration(MAX_TOTAL_S))])


def format_duration(seconds: float) -> str:
    """Seconds as people say them: "45 s", "12 min", "1 h 5 min"."""
    s = round(seconds)
    if s < 60:
        return f"{s} s"
    minutes = round(s / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def load_routine_bytes(data: bytes, source: str, *, builtin: bool = False) -> Routine:
    """Parse and validate the bytes of a routine file named ``source``.

    Returns the routine or raises ``RoutineError``; nothing else, whatever the bytes.
    """
    if len(data) > MAX_FILE_BYTES:
        raise RoutineError([tr("{file}: the file is {size} KB; a routine file may be at most "
                               "{limit} KB").format(file=source, size=len(data) // 1024,
                                                    limit=MAX_FILE_BYTES // 1024)])
    text = routine_text(data, source)
    try:
        check_shape(text)
    except ShapeError as exc:
        raise RoutineError([f"{source}: line {exc.line}: {exc}"]) from None
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RoutineError([tr("{file}: not valid TOML: {why}").format(file=source, why=exc)]
                           ) from None
    except (RecursionError, MemoryError, OverflowError, ValueError) as exc:
        # check_shape keeps these away; should one come anyway, it is still a refusal.
        raise RoutineError([f"{source}: could not be read as TOML ({_kind_of(exc)})"]) from None
    try:
        return routine_from_dict(doc, source, builtin=builtin)
    except RoutineError:
        raise
    except (RecursionError, MemoryError, OverflowError, ValueError) as exc:
        raise RoutineError([f"{source}: could not be checked ({_kind_of(exc)})"]) from None


def routine_text(data: bytes, source: str) -> str:
    """The text of a routine file: UTF-8, with or without a byte-order mark."""
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM):]
    else:
        for mark, encoding in _OTHER_ENCODINGS:
            if data.startswith(mark):
                raise RoutineError([
                    f"{source}: the file is {encoding} text; routine files must be UTF-8 "
                    "(with or without a byte-order mark)"
                ])
    zero = data.find(b"\x00")
    if zero >= 0:
        line = data.count(b"\n", 0, zero) + 1
        raise RoutineError([
            f"{source}: a zero byte on line {line}: this is not UTF-8 text (it may be UTF-16, "
            "or not text at all); routine files must be UTF-8"
        ])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise RoutineError([
            f"{source}: not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); "
            "routine files must be UTF-8 (with or without a byte-order mark)"
        ]) from None


def _kind_of(exc: BaseException) -> str:
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    if isinstance(exc, MemoryError):
        return "too large"
    if isinstance(exc, OverflowError):
        return "a number too large"
    return "a value that cannot be used"


def load_routine_file(path: Path, *, builtin: bool = False) -> Routine:
    """Read and validate one file; problems name it by its file name.

    Only a regular file of at most ``MAX_FILE_BYTES`` is read; a pipe, device,
    folder or link to one is refused at once, without waiting or reading it.
    """
    name = display_name(path)
    try:
        data = read_limited(path, MAX_FILE_BYTES, name=name)
    except FileRefused as exc:
        raise RoutineError([str(exc)]) from None
    return load_routine_bytes(data, name, builtin=builtin)
