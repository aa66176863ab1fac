"""The routine library: built-in files, the person's own files, and the picker's view.

Built-in routines ship in ``assets/routines`` and are read-only. The person's
routines live as TOML files in the ``routines`` folder of the data folder,
one file per routine, named after its id.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from backcare_desktop.core.routines.loading import RoutineError, load_routine_file
from backcare_desktop.core.routines.model import Routine
from backcare_desktop.core.routines.plan import expand
from backcare_desktop.core.routines.writing import routine_to_toml


def builtin_dir() -> Path:
    """Where the built-in routines are: the installed copy, or the checkout's assets."""
    package = Path(__file__).resolve().parents[2]
    installed = package / "assets" / "routines"  # wheels map assets/ into the package
    return installed if installed.is_dir() else package.parent / "assets" / "routines"


@dataclass
class Library:
    routines: list[Routine] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def get(self, routine_id: str) -> Routine | None:
        return next((r for r in self.routines if r.id == routine_id), None)

    def ids(self) -> set[str]:
        return {r.id for r in self.routines}


def load_folder(folder: Path, *, builtin: bool) -> tuple[list[Routine], list[str]]:
    """Every valid routine in ``folder``, and one line per problem with the others."""
    routines: list[Routine] = []
    problems: list[str] = []
    if not folder.is_dir():
        return routines, problems
    for path in sorted(folder.glob("*.toml")):
        try:
            routines.append(load_routine_file(path, builtin=builtin))
        except RoutineError as exc:
            problems.extend(exc.problems)
    return routines, problems


def load_library(user_dir: Path, builtin: Path | None = None) -> Library:
    """Built-in routines first, then the person's; a repeated id is reported, not loaded."""
    library = Library()
    seen: dict[str, str] = {}
    for folder, is_builtin in ((builtin or builtin_dir(), True), (user_dir, False)):
        routines, problems = load_folder(folder, builtin=is_builtin)
        library.problems.extend(problems)
        for routine in routines:
            where = "a built-in routine" if is_builtin else f"{routine.id}.toml"
            if routine.id in seen:
                library.problems.append(
                    f'{where}: id "{routine.id}" is already used by {seen[routine.id]}'
                )
                continue
            seen[routine.id] = routine.title if is_builtin else where
            library.routines.append(routine)
    return library


def slugify(title: str) -> str:
    """A routine id made from a title: "Morning Stretch!" -> "morning-stretch"."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug[:56] or "routine"


def unique_id(base: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def routine_path(user_dir: Path, routine_id: str) -> Path:
    return user_dir / f"{routine_id}.toml"


def save_routine(user_dir: Path, routine: Routine) -> Path:
    """Write the person's routine atomically (a crash never leaves half a file)."""
    user_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = routine_path(user_dir, routine.id)
    write_text_atomically(target, routine_to_toml(routine))
    return target


def write_text_atomically(target: Path, text: str) -> None:
    import tempfile

    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def delete_routine(user_dir: Path, routine: Routine) -> None:
    if routine.builtin:
        raise ValueError(f'"{routine.title}" is built in and cannot be deleted')
    routine_path(user_dir, routine.id).unlink(missing_ok=True)


# -- the picker's view -----------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One line of the picker."""

    routine: Routine
    total_s: float
    favourite: bool
    last_used_rank: int | None  # 0 = most recently used


def entries(routines: Sequence[Routine], favourites: Iterable[str],
            recent: Sequence[str], totals: Mapping[str, float] | None = None) -> list[Entry]:
    """The picker's lines; ``totals`` (by id) saves expanding each plan again."""
    favs = set(favourites)
    rank = {rid: i for i, rid in enumerate(recent)}
    known = totals or {}
    return [
        Entry(r, known[r.id] if r.id in known else expand(r).estimated_total_s,
              r.id in favs, rank.get(r.id))
        for r in routines
    ]


def filter_entries(
    all_entries: Sequence[Entry], *, text: str = "", category: str | None = None,
    max_minutes: float | None = None,
) -> list[Entry]:
    """Entries matching every filter: favourites first, then recently used, then by title."""
    words = text.casefold().split()

    def matches(e: Entry) -> bool:
        r = e.routine
        haystack = " ".join(
            [r.title, r.description, r.category, r.difficulty, *(x.name for x in r.exercises)]
        ).casefold()
        return (
            all(w in haystack for w in words)
            and (category is None or r.category == category)
            and (max_minutes is None or e.total_s <= max_minutes * 60)
        )

    def order(e: Entry) -> tuple[int, int, str]:
        recent = e.last_used_rank if e.last_used_rank is not None else 10**6
        return (0 if e.favourite else 1, recent, e.routine.title.casefold())

    return sorted((e for e in all_entries if matches(e)), key=order)
