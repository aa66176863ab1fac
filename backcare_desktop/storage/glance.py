"""A first look at the data file, for the window's first frame.

The window can be on screen before the database is opened, checked and
upgraded, if it knows the few things its first frame shows: the colour scheme,
the language and where the window was (its size, place and page). ``glance``
reads just those, and only from a file BackCare closed cleanly last time with
nothing beside it: the file is read as it is on disk, without a lock, a journal
or a write, so looking changes nothing. In every other case (no file yet, a
-wal or journal beside it, a last close that was not clean, a restore waiting,
not a regular file, not readable as BackCare's data) it returns None, and the
app opens the database the careful way (``recovery.open_with_recovery``)
before it shows anything.

Only the standard library and the settings' declarations are imported here:
this runs before the first frame.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any, NamedTuple

from backcare_desktop.core.settings_schema import setting
from backcare_desktop.storage.files import PENDING_RESTORE, read_only_uri, side_files
from backcare_desktop.storage.identity import read_record

log = logging.getLogger(__name__)

# Window layout and similar state are kept in the settings table under this
# prefix (``Repository.get_ui_state``), apart from the declared settings.
UI_STATE_PREFIX = "ui."

# The declared settings the first frame needs.
FIRST_FRAME_SETTINGS = ("colour_scheme", "language")

# A layout value larger than this is not one BackCare wrote (a saved geometry
# is well under 100 bytes): it is left for the careful open.
_MAX_STATE_CHARS = 4096
_MAX_ROWS = 1000  # BackCare keeps a few dozen


class Glance(NamedTuple):
    """The first frame's settings, checked as ``Repository.get_setting`` checks them,
    and the window's layout state by name."""

    settings: dict[str, Any]
    ui_state: dict[str, str]

    def setting(self, key: str) -> Any:
        return self.settings[key]

    def state(self, name: str) -> str | None:
        return self.ui_state.get(name)


def glance(db_path: Path) -> Glance | None:
    """The first frame's settings from ``db_path``; None when the file is not one
    BackCare left cleanly closed here, or cannot be read that way (nothing is
    changed or said: the careful open that follows finds and says what is wrong)."""
    try:
        if not stat.S_ISREG(os.stat(db_path).st_mode):
            return None  # a folder, pipe or device is never opened here
        if (db_path.parent / PENDING_RESTORE).exists() or side_files(db_path):
            return None
    except OSError:
        return None
    record = read_record(db_path)
    if record is None or not record.clean:
        return None
    try:
        conn = sqlite3.connect(read_only_uri(db_path.resolve()), uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        # A few dozen rows: read them all rather than match keys in SQL.
        rows = conn.execute("SELECT key, value FROM settings LIMIT ?",
                            (_MAX_ROWS,)).fetchall()
    except (sqlite3.Error, OverflowError, MemoryError) as exc:
        log.info("no first glance at %s: %s", db_path, exc)
        return None
    finally:
        conn.close()
    return _read_rows(rows)


def _read_rows(rows: list[tuple[Any, Any]]) -> Glance:
    settings = {key: setting(key).default for key in FIRST_FRAME_SETTINGS}
    ui_state: dict[str, str] = {}
    for key, raw in rows:
        if not isinstance(key, str) or not isinstance(raw, str) or len(raw) > _MAX_STATE_CHARS:
            continue
        try:
            value = json.loads(raw)
        except ValueError:
            continue
        if key in settings:
            # Out of range: the default stays, as the repository reads it.
            with contextlib.suppress(ValueError, TypeError):
                settings[key] = setting(key).validate(value)
        elif key.startswith(UI_STATE_PREFIX):
            ui_state[key[len(UI_STATE_PREFIX):]] = str(value)  # as the repository reads it
    return Glance(settings, ui_state)
