"""The pages of the main window. Each feature replaces its placeholder."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent


class PageInfo(NamedTuple):
    # A NamedTuple rather than a frozen dataclass: the same immutable record,
    # made in a tenth of the time while the window is being put up.
    key: str
    title: str
    blurb: str


PAGES: tuple[PageInfo, ...] = (
    PageInfo("routines", "Routines",
             "Choose a routine for today: stretching, core strength, relaxation, "
             "breathing or a short desk break."),
    PageInfo("session", "Session",
             "Follow a routine from your mat with a large countdown, tones and a voice."),
    PageInfo("hydration", "Hydration",
             "Log a glass in one click and get gentle reminders to drink."),
    PageInfo("progress", "Progress",
             "See how your pain and your sessions change over the weeks."),
    PageInfo("history", "History",
             "Look back at past sessions and pain entries; export or import your records."),
)


class PlaceholderPage(QWidget):
    """A friendly page for a part of the app that is not built yet."""

    def __init__(self, info: PageInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page-{info.key}")
        self.setAccessibleName(info.title)
        title = QLabel(info.title)
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        blurb = QLabel(info.blurb)
        blurb.setWordWrap(True)
        soon = QLabel("This part of BackCare is on its way.")
        soon.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addWidget(soon)
        layout.addStretch(1)


class LazyPage(QWidget):
    """Holds a page that is built the first time it is shown (or asked for)."""

    def __init__(self, build: Callable[[], QWidget], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self._build = build
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def content(self) -> QWidget:
        if self._content is None:
            self._content = self._build()
            self._layout.addWidget(self._content)
        return self._content

    def built(self) -> QWidget | None:
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        self.content()
        super().showEvent(event)


def fill_with_scrolling(page: QWidget, content: QWidget) -> None:
    """Make ``content`` the whole of ``page``, scrolling when the window is small."""
    from PySide6.QtWidgets import QScrollArea

    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
