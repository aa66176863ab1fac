"""``backcare-desktop --check-routine FILE...``: validate routine files, print problems.

Runs without Qt and without touching the data folder. Exit status 0 when every
file is valid, 1 otherwise; never a traceback.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from backcare_desktop.core.routines.loading import RoutineError, format_duration, load_routine_file
from backcare_desktop.core.routines.plan import expand


def check_routine_files(files: Sequence[str], out: TextIO) -> int:
    all_good = True
    first_file_of_id: dict[str, str] = {}
    for name in files:
        path = Path(name)
        try:
            routine = load_routine_file(path)
        except RoutineError as exc:
            all_good = False
            for problem in exc.problems:
                print(problem, file=out)
            continue
        if routine.id in first_file_of_id:
            all_good = False
            print(f'{path.name}: id "{routine.id}" is already used by '
                  f"{first_file_of_id[routine.id]}", file=out)
            continue
        first_file_of_id[routine.id] = path.name
        total = format_duration(expand(routine).estimated_total_s)
        count = len(routine.exercises)
        print(f'{path.name}: ok, "{routine.title}", {count} exercise'
              f'{"s" if count != 1 else ""}, {total}', file=out)
    return 0 if all_good else 1
