"""A thin Qt list model over the picker's Python list of entries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex

from backcare_desktop.core.routines.describe import routine_meta
from backcare_desktop.core.routines.library import Entry
from backcare_desktop.core.routines.model import Routine
from backcare_desktop.ui.shell.i18n import tr

# Qt.ItemDataRole values as plain numbers: the model is painted while the
# window first appears, and touching any Qt.* enum then makes PySide6 build
# the whole Qt namespace (about 20 ms of start-up).
DISPLAY_ROLE = 0  # Qt.ItemDataRole.DisplayRole
DECORATION_ROLE = 1  # Qt.ItemDataRole.DecorationRole
TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
ACCESSIBLE_TEXT_ROLE = 11  # Qt.ItemDataRole.AccessibleTextRole
ROUTINE_ID_ROLE = 256 + 1  # Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class RoutineListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._picture: Callable[[Routine], Any] | None = None

    def set_pictures(self, picture: Callable[[Routine], Any] | None) -> None:
        """Where a row's picture comes from: asked only when a row is drawn (see
        ``thumbnails.ListThumbnails``); None for rows without one."""
        self._picture = picture
        self.pictures_changed()

    def pictures_changed(self) -> None:
        """Every row's picture may have changed (drawn, or the colours changed)."""
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 0),
                                  [DECORATION_ROLE])

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def row_of(self, routine_id: str) -> int:
        return next((i for i, e in enumerate(self._entries) if e.routine.id == routine_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        e = self._entries[index.row()]
        if role == DECORATION_ROLE:
            return self._picture(e.routine) if self._picture is not None else None
        star = "★ " if e.favourite else ""
        meta = routine_meta(e.routine, e.total_s, tr)
        if role == DISPLAY_ROLE:
            return f"{star}{e.routine.title}\n{meta}"
        if role == ACCESSIBLE_TEXT_ROLE:
            meta = meta.replace(" · ", self.tr(", "))
            if e.favourite:
                return self.tr("{title}, favourite. {about}").format(
                    title=e.routine.title, about=meta)
            return self.tr("{title}. {about}").format(title=e.routine.title, about=meta)
        if role == TOOLTIP_ROLE:
            return e.routine.description or e.routine.title
        if role == ROUTINE_ID_ROLE:
            return e.routine.id
        return None
