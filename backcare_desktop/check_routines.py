"""``backcare-desktop --check-routine FILE...``: validate routine files, print problems.

Runs without Qt and without touching the data folder. Exit status 0 when every
file is valid, 1 otherwise; never a traceback. Every line names its file (its
name with control and invisible characters escaped); a pipe, device or folder
is refused at once, never waited on or read.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from backcare_desktop.core.routines.loading import (
    RoutineError,
    display_name,
    format_duration,
    load_routine_file,
)
from backcare_desktop.core.routines.plain_text import printable
from backcare_desktop.core.routines.plan import expand


def check_routine_files(files: Sequence[str], out: TextIO) -> int:
    all_good = True
    first_file_of_id: dict[str, str] = {}
    for name in files:
        path = Path(name)
        shown = display_name(path)
        try:
            routine = load_routine_file(path)
        except RoutineError as exc:
            all_good = False
            for problem in exc.problems:
                _say(problem, out)
            continue
        if routine.id in first_file_of_id:
            all_good = False
            _say(f'{shown}: id "{routine.id}" is already used by '
                 f"{first_file_of_id[routine.id]}", out)
            continue
        first_file_of_id[routine.id] = shown
        total = format_duration(expand(routine).estimated_total_s)
        count = len(routine.exercises)
        languages = f", in {' '.join(routine.languages)}" if len(routine.languages) > 1 else ""
        _say(f'{shown}: ok, "{routine.title}", {count} exercise'
             f'{"s" if count != 1 else ""}, {total}{languages}', out)
    return 0 if all_good else 1


def _say(line: str, out: TextIO) -> None:
    """Print one line, escaping what the output's encoding cannot show."""
    line = printable(line)
    try:
        print(line, file=out)
    except UnicodeEncodeError:
        encoding = getattr(out, "encoding", None) or "ascii"
        print(line.encode(encoding, "backslashreplace").decode(encoding), file=out)
