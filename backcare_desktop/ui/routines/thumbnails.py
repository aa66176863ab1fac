"""The small picture beside each routine in the picker's list.

A routine's picture is its first exercise's figure (the first that has one),
drawn still with arrows along its movement, in the list's colours. Nothing is
drawn while the list is built: a row asks for its picture when it is first
painted, gets a blank of the same size at once, and the figure is drawn a
turn of the event loop later, one per turn, so the window never waits for a
batch of them. Pictures are kept per figure and colour scheme; a change of
colours (light to dark) draws the shown rows again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtGui import QPalette, QPixmap

if TYPE_CHECKING:
    from collections.abc import Callable

    from backcare_desktop.core.figures.model import Figure
    from backcare_desktop.core.routines.model import Routine

SIZE = QSize(52, 36)  # a little less than two lines of the list's text

_Key = tuple[str, str, str, str]  # figure, background, ink, highlight


def first_figure(routine: Routine) -> Figure | None:
    """The figure that stands for a routine: its first exercise's that has one."""
    from backcare_desktop.core.figures.in_session import exercise_figure

    for exercise in routine.exercises:
        figure = exercise_figure(exercise)
        if figure is not None:
            return figure
    return None


class ListThumbnails(QObject):
    """Pictures for a list's rows, drawn when first asked for (see the module notes).

    ``picture(routine)`` is what the list model calls for a row's decoration;
    ``changed`` is called once a picture that was asked for has been drawn.
    """

    def __init__(self, palette: Callable[[], QPalette], ratio: Callable[[], float],
                 changed: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._ratio = ratio
        self._changed = changed
        self._drawn: dict[_Key, QPixmap] = {}
        self._waiting: dict[_Key, Figure] = {}
        self._blank: QPixmap | None = None
        self._colours: tuple[str, str, str] | None = None
        self._queued = False

    def drawn_count(self) -> int:
        return len(self._drawn)

    def waiting(self) -> bool:
        """Whether some picture asked for is still to be drawn."""
        return bool(self._waiting)

    def colours_changed(self) -> None:
        """The list's palette changed: later pictures are drawn in its new colours."""
        self._colours = None
        self._blank = None
        self._changed()

    def picture(self, routine: Routine) -> QPixmap:
        figure = first_figure(routine)
        if figure is None:
            return self._blank_pixmap()
        key = (figure.key, *self._colour_key())
        pixmap = self._drawn.get(key)
        if pixmap is not None:
            return pixmap
        if key not in self._waiting:
            self._waiting[key] = figure
            if not self._queued:
                self._queued = True
                QTimer.singleShot(0, self, self._draw_next)
        return self._blank_pixmap()

    def _colour_key(self) -> tuple[str, str, str]:
        if self._colours is None:
            palette = self._palette()
            self._colours = tuple(  # type: ignore[assignment]
                palette.color(role).name()
                for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Text,
                             QPalette.ColorRole.Highlight))
        assert self._colours is not None
        return self._colours

    def _blank_pixmap(self) -> QPixmap:
        if self._blank is None:
            ratio = self._ratio()
            self._blank = QPixmap(SIZE * ratio)
            self._blank.setDevicePixelRatio(ratio)
            from PySide6.QtCore import Qt

            self._blank.fill(Qt.GlobalColor.transparent)
        return self._blank

    def _draw_next(self) -> None:
        self._queued = False
        if not self._waiting:
            return
        key = next(iter(self._waiting))
        figure = self._waiting.pop(key)
        if key[1:] == self._colour_key():  # else the colours changed since it was asked for
            from backcare_desktop.ui.shell import figure_view

            # The list's rows are drawn on its base colour, not the window's.
            palette = QPalette(self._palette())
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                palette.setColor(group, QPalette.ColorRole.Window,
                                 palette.color(group, QPalette.ColorRole.Base))
                palette.setColor(group, QPalette.ColorRole.WindowText,
                                 palette.color(group, QPalette.ColorRole.Text))
            self._drawn[key] = figure_view.figure_pixmap(figure, SIZE, palette, self._ratio())
        if self._waiting:
            self._queued = True
            QTimer.singleShot(0, self, self._draw_next)
        else:
            self._changed()
