"""The person's view of the routine library: what the picker and editor act on.

It combines the built-in and user routine files with two preferences kept in
storage (favourites and recently used), behind the small ``Preferences``
interface so this module stays free of storage and Qt.

Making a collection is cheap: the routine files are read (and the modules that
parse them imported) the first time anything asks for a routine, so start-up
can put the window on screen before any file is parsed.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from backcare_desktop.core.routines.library import Entry, Library
    from backcare_desktop.core.routines.model import Routine

RECENT_LIMIT = 10


class Preferences(Protocol):
    def get_setting(self, key: str) -> Any: ...

    def set_setting(self, key: str, value: Any) -> None: ...


class RoutineCollection:
    def __init__(self, user_dir: Path, prefs: Preferences, builtin_dir: Path | None = None,
                 *, language: str = "en"):
        self.user_dir = user_dir
        self.language = language  # routines are shown in it where they carry it
        self._prefs = prefs
        self._builtin_dir = builtin_dir
        self._library: Library | None = None  # read on first use
        self._totals: dict[str, float] = {}

    # -- reading --------------------------------------------------------------

    @property
    def library(self) -> Library:
        """The routines from both folders, read from the files on first use."""
        if self._library is None:
            self.reload()
            assert self._library is not None
        return self._library

    def reload(self) -> None:
        from backcare_desktop.core.routines.library import load_library
        from backcare_desktop.core.routines.plan import expand

        library = load_library(self.user_dir, self._builtin_dir)
        library.routines = [r.in_language(self.language) for r in library.routines]
        # Totals change only when the files do; the picker filters on every keystroke.
        self._totals = {r.id: expand(r).estimated_total_s for r in library.routines}
        self._library = library

    @property
    def problems(self) -> list[str]:
        """Files that could not be loaded, one line per problem."""
        return self.library.problems

    @property
    def unread(self) -> list[str]:
        """The names of the routine files that could not be loaded (left as they are)."""
        return self.library.unread

    def taken_ids(self, besides: Routine | None = None) -> set[str]:
        """Ids a new routine may not have: those in use, and the name of every routine
        file in the folder, loaded or not (a new routine never replaces a file).
        ``besides``, a routine being edited, keeps its own id and file."""
        library = self.library
        taken = library.ids() | library.file_stems
        if besides is not None:
            taken.discard(besides.id)
            own = library.files.get(besides.id)
            if own is not None:
                taken.discard(own.removesuffix(".toml"))
        return taken

    def get(self, routine_id: str) -> Routine | None:
        return self.library.get(routine_id)

    def entries(self) -> list[Entry]:
        from backcare_desktop.core.routines.library import entries

        routines = self.library.routines  # reads the files first if needed
        return entries(routines, self.favourites(), self.recent(), self._totals)

    def favourites(self) -> list[str]:
        return list(self._prefs.get_setting("favourite_routines"))

    def recent(self) -> list[str]:
        return list(self._prefs.get_setting("recent_routines"))

    # -- preferences ------------------------------------------------------------

    def set_favourite(self, routine_id: str, favourite: bool) -> None:
        favs = [f for f in self.favourites() if f != routine_id]
        if favourite:
            favs.append(routine_id)
        self._prefs.set_setting("favourite_routines", favs)

    def mark_used(self, routine_id: str) -> None:
        recent = [routine_id, *(r for r in self.recent() if r != routine_id)]
        self._prefs.set_setting("recent_routines", recent[:RECENT_LIMIT])

    # -- the person's own routines ----------------------------------------------

    def new_routine(self) -> Routine:
        """A starting point for the editor; saved only when the person saves it."""
        from backcare_desktop.core.routines import library as lib
        from backcare_desktop.core.routines.model import Exercise, Hold, Routine
        from backcare_desktop.core.words import tr

        # Its words in the shown language, and its file says so.
        return Routine(
            id=lib.unique_id("my-routine", self.taken_ids()),
            title=tr("My routine"),
            category="mixed",
            difficulty="gentle",
            exercises=(Exercise(tr("New exercise"), Hold(hold_s=20)),),
            language=self.language,
        )

    def duplicate(self, routine: Routine) -> Routine:
        from backcare_desktop.core.routines import library as lib
        from backcare_desktop.core.words import tr

        # In the shown language; the copy's other languages keep their titles.
        title = tr("{title} (my copy)").format(title=routine.title)[:80]
        copy = replace(routine, id=lib.unique_id(lib.slugify(title), self.taken_ids()),
                       title=title, builtin=False)
        self.save(copy)
        return copy

    def save(self, routine: Routine) -> Routine:
        """Write a routine of the person's (new or edited) and reload the library.

        An edited routine goes back to the file it was read from; a new one to
        ``<id>.toml``, never over a file that is already there.
        """
        import os

        from backcare_desktop.core.routines import library as lib
        from backcare_desktop.core.routines.loading import RoutineError
        from backcare_desktop.core.words import tr

        existing = self.get(routine.id)
        if existing is not None and existing.builtin:
            raise RoutineError([tr('id "{id}" belongs to a built-in routine').format(
                id=routine.id)])
        file_name = self.library.files.get(routine.id)
        if file_name is None:
            file_name = f"{routine.id}.toml"
            if os.path.lexists(self.user_dir / file_name):
                raise RoutineError([
                    tr("{file} is already in your routines folder and was left as it is; "
                       "give the routine another id").format(file=file_name)
                ])
        saved = replace(routine, builtin=False)
        lib.save_routine(self.user_dir, saved, file_name)
        self.reload()
        return saved

    def delete(self, routine: Routine) -> None:
        """Delete the file a routine of the person's was read from (nothing else)."""
        from backcare_desktop.core.routines import library as lib

        file_name = self.library.files.get(routine.id)
        if file_name is not None:
            lib.delete_routine(self.user_dir, routine, file_name)
        self.set_favourite(routine.id, False)
        self.reload()

    def import_file(self, path: Path) -> tuple[Routine, str | None]:
        """Validate and add a routine file; nothing is added if it has any problem.

        Returns the routine and a note when its id had to change to stay unique.
        """
        from backcare_desktop.core.routines import library as lib
        from backcare_desktop.core.routines.loading import load_routine_file
        from backcare_desktop.core.words import tr

        routine = load_routine_file(path)
        note = None
        taken = self.taken_ids()
        if routine.id in taken:
            new_id = lib.unique_id(routine.id, taken)
            if routine.id in self.library.ids():
                note = tr('A routine with id "{id}" exists already; imported as '
                          '"{new_id}".').format(id=routine.id, new_id=new_id)
            else:
                note = tr('Your routines folder already holds a file named {file}; '
                          'imported as "{new_id}".').format(file=f"{routine.id}.toml",
                                                            new_id=new_id)
            routine = replace(routine, id=new_id)
        return self.save(routine), note

    def export(self, routine: Routine, path: Path) -> None:
        from backcare_desktop.core.routines import library as lib
        from backcare_desktop.core.routines.writing import routine_to_toml

        lib.write_text_atomically(path, routine_to_toml(routine))
