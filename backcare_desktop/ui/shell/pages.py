"""The pages of the main window, by key and in the order of the navigation.

Each feature adds its own pages with ``MainWindow.add_page(key, …)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from backcare_desktop.core.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent


class PageInfo(NamedTuple):
    # A NamedTuple rather than a frozen dataclass: the same immutable record,
    # made in a tenth of the time while the window is being put up.
    key: str
    title: str  # in English, marked for translation: shown through shown_title()
    menu: str  # the Go menu's text with its access key, likewise

    def shown_title(self) -> str:
        return QCoreApplication.translate("Pages", self.title)

    def shown_menu(self) -> str:
        return QCoreApplication.translate("Pages", self.menu)


class SectionInfo(NamedTuple):
    """A section of the Settings page (``MainWindow.add_settings_section``)."""

    key: str
    title: str
    build: Callable[[], QWidget]
    order: int


PAGES: tuple[PageInfo, ...] = (
    PageInfo("routines", QT_TRANSLATE_NOOP("Pages", "Routines"),
             QT_TRANSLATE_NOOP("Pages", "&Routines")),
    PageInfo("session", QT_TRANSLATE_NOOP("Pages", "Session"),
             QT_TRANSLATE_NOOP("Pages", "&Session")),
    PageInfo("hydration", QT_TRANSLATE_NOOP("Pages", "Hydration"),
             QT_TRANSLATE_NOOP("Pages", "&Hydration")),
    PageInfo("progress", QT_TRANSLATE_NOOP("Pages", "Progress"),
             QT_TRANSLATE_NOOP("Pages", "&Progress")),
    PageInfo("history", QT_TRANSLATE_NOOP("Pages", "History"),
             QT_TRANSLATE_NOOP("Pages", "H&istory")),
    # Alt+S is Session's: Settings takes its T.
    PageInfo("settings", QT_TRANSLATE_NOOP("Pages", "Settings"),
             QT_TRANSLATE_NOOP("Pages", "Se&ttings")),
)


class LazyPage(QWidget):
    """Holds a page that is built the first time it is shown (or asked for).

    While it is ``held``, showing the page leaves it empty, and whoever holds
    it builds it later (``MainWindow`` holds its pages until the window's first
    frame is out, then builds the page shown). A flag rather than a function
    asking the window: a page referring back to its window would keep the
    window alive until Python's cycle collector came by, and a Qt object
    deleted by the collector is deleted wherever Python happens to be."""

    def __init__(self, title: str, parent: QWidget | None = None, *,
                 held: bool = False) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self.held = held
        self._build: Callable[[], QWidget] | None = None
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def set_content(self, page: QWidget | Callable[[], QWidget]) -> None:
        """The page itself, or how to build it when it is first needed."""
        if self._content is not None or self._build is not None:
            raise RuntimeError(f"the {self.accessibleName()} page was given twice")
        if isinstance(page, QWidget):
            self._content = page
            self._layout.addWidget(page)
        else:
            self._build = page

    def content(self) -> QWidget:
        if self._content is None:
            if self._build is None:
                raise RuntimeError(f"no feature added the {self.accessibleName()} page")
            build, self._build = self._build, None
            self._content = build()
            self._layout.addWidget(self._content)
        return self._content

    def waiting(self) -> bool:
        """Whether the page is given as a function and not built yet."""
        return self._build is not None

    def built(self) -> QWidget | None:
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        if self._build is not None and not self.held:
            self.content()
        super().showEvent(event)


def fill_with_scrolling(page: QWidget, content: QWidget) -> None:
    """Make ``content`` the whole of ``page``, scrolling when the window is small."""
    from PySide6.QtWidgets import QScrollArea

    scroll = QScrollArea()
    scroll.setAccessibleName(page.accessibleName())  # it takes focus: say whose it is
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
