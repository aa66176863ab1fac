"""The routine library: built-in files, the person's own files, and the picker's view.

Built-in routines ship in ``assets/routines`` and are read-only. The person's
routines live as TOML files in the ``routines`` folder of the data folder,
one file per routine, named after its id.

Whatever the folder holds, reading it ends soon and changes nothing: entries
are listed without being opened (names starting with a dot, such as editors'
lock files, are passed over), each ``*.toml`` is read as ``load_routine_file``
reads (a pipe, device, folder, link loop or oversized file is refused at once),
at most ``MAX_FOLDER_FILES`` files and ``MAX_FOLDER_BYTES`` are read, and a
file that could not be loaded is named in ``Library.unread`` and left as it is:
it is never renamed, deleted, rewritten or chmodded, and its name stays taken
(``Library.file_stems``) so a new routine is never saved over it.
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from backcare_desktop.core.routines.fields import MAX_FILE_BYTES
from backcare_desktop.core.routines.loading import RoutineError, display_name, load_routine_file
from backcare_desktop.core.routines.model import Routine
from backcare_desktop.core.routines.plain_text import printable
from backcare_desktop.core.routines.plan import expand
from backcare_desktop.core.routines.writing import routine_to_toml


def builtin_dir() -> Path:
    """Where the built-in routines are: the installed copy, or the checkout's assets."""
    package = Path(__file__).resolve().parents[2]
    installed = package / "assets" / "routines"  # wheels map assets/ into the package
    return installed if installed.is_dir() else package.parent / "assets" / "routines"


# What is read from the person's folder at most: a routine file is 1–6 KB and 200
# of them are more than anyone keeps. Reading is about 1 s per MB for the slowest
# files there can be (benchmarks/hostile_routines.py), so 2 MB keeps a folder made
# to be slow to a second or two, once, after the window is on screen.
MAX_FOLDER_FILES = 200
MAX_FOLDER_BYTES = 2 * 1024 * 1024


@dataclass
class Library:
    routines: list[Routine] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # The names (as messages show them) of the files that were not loaded.
    unread: list[str] = field(default_factory=list)
    # The person's routines: the file each was read from, by id.
    files: dict[str, str] = field(default_factory=dict)
    # The name without ".toml" of every routine file in the person's folder, read or not.
    file_stems: set[str] = field(default_factory=set)

    def get(self, routine_id: str) -> Routine | None:
        return next((r for r in self.routines if r.id == routine_id), None)

    def ids(self) -> set[str]:
        return {r.id for r in self.routines}


@dataclass
class Folder:
    """What reading one folder gave: routines with their file names, and the rest."""

    loaded: list[tuple[str, Routine]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    stems: set[str] = field(default_factory=set)


def routine_file_names(folder: Path) -> list[str]:
    """The names of the ``*.toml`` entries of ``folder``, sorted; nothing is opened.

    Raises ``OSError`` when the folder cannot be listed (``FileNotFoundError``
    when it does not exist).
    """
    with os.scandir(folder) as listing:
        return sorted(entry.name for entry in listing
                      if entry.name.endswith(".toml") and not entry.name.startswith("."))


def load_folder(folder: Path, *, builtin: bool) -> Folder:
    """Every valid routine in ``folder``, and one line per problem with the others.

    The smallest files are read first, so when a folder holds more than the
    limits allow, the files passed over are the largest; results are in the
    order of the file names.
    """
    result = Folder()
    try:
        names = routine_file_names(folder)
    except FileNotFoundError:
        return result
    except OSError as exc:
        result.problems.append(f"{printable(str(folder))}: the folder could not be read "
                               f"({exc.strerror or exc})")
        return result
    result.stems = {name[:-len(".toml")] for name in names}
    outcome: dict[str, Routine | list[str]] = {}
    left: list[str] = []
    budget = MAX_FOLDER_BYTES
    for size, name in sorted((_size_to_read(folder / name), name) for name in names):
        if len(outcome) >= MAX_FOLDER_FILES or size > budget:
            left.append(name)
            continue
        budget -= size
        try:
            outcome[name] = load_routine_file(folder / name, builtin=builtin)
        except RoutineError as exc:
            outcome[name] = exc.problems
    for name in names:
        got = outcome.get(name)
        if isinstance(got, Routine):
            result.loaded.append((name, got))
        elif got is not None:
            result.problems.extend(got)
            result.unread.append(display_name(folder / name))
    if left:
        shown = [display_name(folder / name) for name in sorted(left)]
        result.unread.extend(shown)
        result.problems.append(
            f"{len(shown)} more routine file{'s were' if len(shown) != 1 else ' was'} not read "
            f"({', '.join(shown[:3])}{', …' if len(shown) > 3 else ''}): BackCare reads at "
            f"most {MAX_FOLDER_FILES} routine files and {MAX_FOLDER_BYTES // 2**20} MB "
            "from a folder")
    return result


def _size_to_read(path: Path) -> int:
    """How many bytes reading ``path`` would take: 0 for what is refused unread."""
    try:
        info = os.stat(path)  # never waits, whatever the entry is
    except OSError:
        return 0
    if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_FILE_BYTES:
        return info.st_size
    return 0


def load_library(user_dir: Path, builtin: Path | None = None) -> Library:
    """Built-in routines first, then the person's; a repeated id is reported, not loaded."""
    library = Library()
    seen: dict[str, str] = {}
    for folder, is_builtin in ((builtin or builtin_dir(), True), (user_dir, False)):
        read = load_folder(folder, builtin=is_builtin)
        library.problems.extend(read.problems)
        library.unread.extend(read.unread)
        if not is_builtin:
            library.file_stems = read.stems
        for name, routine in read.loaded:
            where = display_name(folder / name)
            if routine.id in seen:
                library.problems.append(
                    f'{where}: id "{routine.id}" is already used by {seen[routine.id]}'
                )
                library.unread.append(where)
                continue
            seen[routine.id] = f"the built-in routine “{routine.title}”" if is_builtin else where
            library.routines.append(routine)
            if not is_builtin:
                library.files[routine.id] = name
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


def save_routine(user_dir: Path, routine: Routine, file_name: str | None = None) -> Path:
    """Write the person's routine atomically (a crash never leaves half a file).

    It goes to ``file_name`` (the file it was read from) or else ``<id>.toml``.
    """
    user_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = user_dir / file_name if file_name else routine_path(user_dir, routine.id)
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


def delete_routine(user_dir: Path, routine: Routine, file_name: str | None = None) -> None:
    """Delete the file of the person's routine: ``file_name``, or else ``<id>.toml``."""
    if routine.builtin:
        raise ValueError(f'"{routine.title}" is built in and cannot be deleted')
    target = user_dir / file_name if file_name else routine_path(user_dir, routine.id)
    target.unlink(missing_ok=True)


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
    """Entries matching every filter. A search puts the routines whose title has
    every word first, then those whose exercises' names have them, then the rest
    (description, kind, difficulty); within each, and without a search:
    favourites first, then recently used, then by title."""
    words = text.casefold().split()

    def found_in(*texts: str) -> bool:
        haystack = " ".join(texts).casefold()
        return all(w in haystack for w in words)

    def relevance(r: Routine) -> int:
        names = [x.name for x in r.exercises]
        if found_in(r.title):
            return 0
        if found_in(r.title, *names):
            return 1
        return 2 if found_in(r.title, *names, r.description, r.category, r.difficulty) else 3

    def matches(e: Entry) -> bool:
        r = e.routine
        return (
            (not words or relevance(r) < 3)
            and (category is None or r.category == category)
            and (max_minutes is None or e.total_s <= max_minutes * 60)
        )

    def order(e: Entry) -> tuple[int, int, int, str]:
        recent = e.last_used_rank if e.last_used_rank is not None else 10**6
        tier = relevance(e.routine) if words else 0
        return (tier, 0 if e.favourite else 1, recent, e.routine.title.casefold())

    return sorted((e for e in all_entries if matches(e)), key=order)
