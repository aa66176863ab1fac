"""The main window: navigation on the left, today's status on top, pages below.

It is wired from ``app.py``; it reads and writes only through the repository
and shows what it is given.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop import APP_NAME
from backcare_desktop.ui.shell.pages import PAGES, LazyPage, SectionInfo

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from backcare_desktop.core.status import TodayStatus
    from backcare_desktop.ui.shell.settings_page import SettingsPage


class MainWindow(QMainWindow):
    """BackCare's window.

    Closing it hides it instead when the policy given to ``keep_running_on_close``
    says so (the tray keeps reminders going) and emits ``hidden_to_tray``;
    File → Quit always quits.

    ``status`` is called for today's summary whenever the header refreshes;
    ``load_state``/``save_state`` keep the window layout between runs;
    ``show_about`` opens the About box. Each feature adds its pages by key with
    ``add_page`` (see ``shell.pages.PAGES`` for the keys and their order), as a
    widget or a function that builds it when the page is first shown.

    The first frame shows the window's frame: the navigation, the header and
    the menu bar's titles. The page shown first (when it is built lazily), the
    menus' commands and their shortcuts come just after that frame is painted
    (``ensure_menus`` adds the commands at once, ``menus_ready`` tells;
    ``page`` builds a page at once).
    """

    hidden_to_tray = Signal()
    log_pain_requested = Signal()
    flare_requested = Signal()
    export_requested = Signal()
    import_requested = Signal()
    fhir_requested = Signal()
    report_requested = Signal()
    programme_requested = Signal()
    painted = Signal()  # the window's first frame is out (emitted once)
    page_ready = Signal()  # and the page it shows is built (emitted once)

    def __init__(
        self,
        *,
        status: Callable[[], TodayStatus] | None,
        load_state: Callable[[str], str | None],
        save_state: Callable[[str, str], None],
        show_about: Callable[[QWidget], None],
        pages_later: bool = False,
    ) -> None:
        """``status`` is None when the records are not open yet: the header then
        stays empty until ``show_status``. With ``pages_later`` the window may be
        shown before the features have given their pages (the data is opened
        after the first frame): the page shown is built once ``pages_given``
        says they are all there."""
        super().__init__()
        self._keep_running: Callable[[], bool] = lambda: False
        self.quitting = False
        self._status = status
        self._pages_given = not pages_later
        self._load_state = load_state
        self._save_state = save_state
        self._show_about = show_about
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(720, 480)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setFixedWidth(190)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self._slots: dict[str, LazyPage] = {}
        self._painted = False  # the first frame is out
        self._first_frame_done = False  # and what waited for it is done
        # Called once at those two moments, then let go (see when_painted).
        self._on_painted: list[Callable[[], None]] = []
        self._on_page_ready: list[Callable[[], None]] = []
        for info in PAGES:
            item = QListWidgetItem(info.shown_title())
            item.setSizeHint(item.sizeHint().expandedTo(self.nav.fontMetrics().size(0, "Xg") * 2))
            self.nav.addItem(item)
            slot = LazyPage(info.shown_title(), held=True)
            self._slots[info.key] = slot
            self.stack.addWidget(slot)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        brand = QLabel(APP_NAME)
        brand.setObjectName("brand")
        brand_font = brand.font()
        brand_font.setPointSizeF(brand_font.pointSizeF() * 1.5)
        brand_font.setBold(True)
        brand.setFont(brand_font)
        brand.setContentsMargins(16, 16, 16, 12)

        sidebar = QWidget()
        self.sidebar = sidebar
        sidebar.setObjectName("sidebar")
        sidebar.setAutoFillBackground(True)
        side_layout = QVBoxLayout(sidebar)
        side_layout.setContentsMargins(0, 0, 0, 12)
        side_layout.addWidget(brand)
        side_layout.addWidget(self.nav, 1)

        self.header = QLabel()
        self.header.setObjectName("todayStatus")
        # Its text is its accessible name (a set name would hide it from screen readers).
        self.header.setAccessibleDescription(self.tr("Today's status"))
        header_font = self.header.font()
        header_font.setPointSizeF(header_font.pointSizeF() * 1.15)
        self.header.setFont(header_font)
        self.header.setContentsMargins(24, 14, 24, 14)
        self.header.setWordWrap(True)  # two lines when the window is narrow, never cut
        line = QFrame()
        self.header_line = line
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setForegroundRole(self.header.foregroundRole())
        line.setEnabled(False)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        self._right_layout = right_layout
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        self.log_pain_button = QPushButton(self.tr("Log pain…"))
        self.log_pain_button.setToolTip(self.tr("Log how your back feels now (Ctrl+L)"))
        self.log_pain_button.clicked.connect(self.log_pain_requested)
        self.flare_note = QLabel(self.tr("Flare-up mode"))
        self.flare_note.setObjectName("flareNote")
        self.flare_note.setToolTip(self.tr("Flare-up mode is on: gentle routines, and no "
                                           "suggestions to do more"))
        self.flare_note.setStyleSheet("QLabel#flareNote { font-weight: bold; padding: 3px 8px;"
                                      " border: 1px solid palette(text); border-radius: 4px; }")
        self.flare_note.hide()
        self._flare_on = False
        self.flare_button = QPushButton(self.tr("Flare-up…"))
        self.flare_button.setObjectName("flareButton")
        self.flare_button.setToolTip(self.tr("A bad day for your back: advice, and a short "
                                             "gentle routine"))
        self.flare_button.clicked.connect(self.flare_requested)
        header_row = QHBoxLayout()
        header_row.setContentsMargins(0, 0, 24, 0)
        header_row.setSpacing(8)
        header_row.addWidget(self.header, 1)
        # Centred by stretches rather than an alignment flag: importing PySide6's Qt
        # namespace builds all of its enums, about 15 ms of start-up.
        note_column = QVBoxLayout()
        note_column.addStretch(1)
        note_column.addWidget(self.flare_note)
        note_column.addStretch(1)
        header_row.addLayout(note_column)
        header_row.addSpacing(12)
        header_row.addWidget(self.flare_button)
        header_row.addWidget(self.log_pain_button)
        right_layout.addLayout(header_row)
        right_layout.addWidget(line)
        right_layout.addWidget(self.stack, 1)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)
        self._style_sidebar(sidebar)
        self._settings_sections: list[SectionInfo] = []
        self._slots["settings"].set_content(self._build_settings)

        menu_bar = self.menuBar()
        self._menus = (menu_bar.addMenu(self.tr("&File")), menu_bar.addMenu(self.tr("&Go")),
                       menu_bar.addMenu(self.tr("&Help")))
        self._menus_ready = False
        self._restore_layout()
        self.refresh_status()

    # -- building -----------------------------------------------------------

    def _style_sidebar(self, sidebar: QWidget) -> None:
        from PySide6.QtWidgets import QApplication

        # QApplication.palette() is already a copy. Copying it again with
        # QPalette(...) would resolve that constructor's overloads, which makes
        # PySide6 build every enum of the Qt namespace (about 20 ms of start-up).
        palette = QApplication.palette()  # follows the app's light or dark scheme
        palette.setColor(sidebar.backgroundRole(), palette.color(palette.ColorRole.AlternateBase))
        sidebar.setPalette(palette)
        self.nav.setStyleSheet(
            "QListWidget { background: transparent; outline: 0; }"
            "QListWidget::item { padding: 8px 16px; border-radius: 6px; margin: 0 8px; }"
            "QListWidget::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
            "QListWidget::item:hover:!selected { background: palette(button); }"
        )

    def menus_ready(self) -> bool:
        return self._menus_ready

    def ensure_menus(self) -> None:
        """Add the menus' commands and shortcuts now if they are not there yet."""
        if not self._menus_ready:
            self._build_menus()
            self._menus_ready = True

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            # The first frame is out; the page shown and the commands follow at once.
            self._painted = True
            for slot in self._slots.values():
                slot.held = False
            QTimer.singleShot(0, self, self._after_first_frame)
            self.painted.emit()
            waiting, self._on_painted = self._on_painted, []
            for callback in waiting:
                QTimer.singleShot(0, self, callback)

    def first_painted(self) -> bool:
        """Whether the window's first frame is out."""
        return self._painted

    def when_painted(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` from the event loop once the first frame is out (on the
        next turn if it is out already). The window keeps it only until then, not
        in a connection to its own signal, which would hold the window until it
        is deleted."""
        if self._painted:
            QTimer.singleShot(0, self, callback)
        else:
            self._on_painted.append(callback)

    def when_page_ready(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` once the page shown first is built (now if it is)."""
        if self._first_frame_done:
            callback()
        else:
            self._on_page_ready.append(callback)

    def pages_given(self) -> None:
        """Every feature has given its pages: the page shown can be built (at once
        if the first frame is out already)."""
        self._pages_given = True
        if self._painted:
            QTimer.singleShot(0, self, self._after_first_frame)

    def _after_first_frame(self) -> None:
        if self._first_frame_done or not self._pages_given:
            return
        self._first_frame_done = True
        current = self.stack.currentWidget()
        try:
            if isinstance(current, LazyPage) and current.waiting() and current.isVisible():
                current.content()
        finally:
            self.ensure_menus()
        self.page_ready.emit()
        waiting, self._on_page_ready = self._on_page_ready, []
        for callback in waiting:
            callback()

    def first_frame_done(self) -> bool:
        """Whether the first frame is out and the page it showed is built."""
        return self._first_frame_done

    def _build_menus(self) -> None:
        from PySide6.QtGui import QAction, QKeySequence

        # setShortcuts([...]) rather than setShortcut(...): resolving the
        # overloads of setShortcut makes PySide6 build every enum of the Qt
        # namespace, which costs about 20 ms of start-up.
        file_menu, go_menu, help_menu = self._menus
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.quit)
        log_pain = QAction(self.tr("Log &pain…"), self)
        log_pain.setShortcuts([QKeySequence("Ctrl+L")])
        log_pain.triggered.connect(self.log_pain_requested)
        file_menu.addAction(log_pain)
        settings = QAction(self.tr("&Settings…"), self)
        settings.setShortcuts([QKeySequence("Ctrl+,")])
        settings.triggered.connect(lambda: self.show_settings())
        file_menu.addAction(settings)
        self.addAction(settings)
        self.settings_action = settings
        file_menu.addSeparator()
        for text, signal in ((self.tr("&Export records…"), self.export_requested),
                             (self.tr("&Import records…"), self.import_requested),
                             (self.tr("Export for a &health record (FHIR)…"),
                              self.fhir_requested)):
            action = QAction(text, self)
            action.triggered.connect(signal)
            file_menu.addAction(action)
        file_menu.addSeparator()
        for text, signal in ((self.tr("&Report for your physiotherapist…"),
                              self.report_requested),
                             (self.tr("Pro&gramme sheet…"), self.programme_requested)):
            action = QAction(text, self)
            action.triggered.connect(signal)
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.quit_action = quit_action

        for row, info in enumerate(PAGES):
            action = QAction(info.shown_menu(), self)
            action.setShortcuts([QKeySequence(f"Ctrl+{row + 1}")])
            action.triggered.connect(lambda _checked=False, k=info.key: self.show_page(k))
            go_menu.addAction(action)
            self.addAction(action)

        notice = QAction(self.tr("&Safety notice"), self)
        notice.triggered.connect(self._show_safety_notice)
        help_menu.addAction(notice)
        about = QAction(self.tr("&About BackCare"), self)
        about.triggered.connect(lambda: self._show_about(self))
        help_menu.addAction(about)
        self.about_action = about

    # -- behaviour ----------------------------------------------------------

    def add_page(self, key: str, page: QWidget | Callable[[], QWidget]) -> None:
        """Give the page for ``key``: a widget, or a function that builds it when
        it is first shown or asked for."""
        self._slots[key].set_content(page)

    def add_settings_section(self, key: str, title: str, build: Callable[[], QWidget],
                             order: int = 100) -> None:
        """Add a section to the Settings page: ``build`` makes it the first time it
        is shown; sections are listed by ``order``, then as added."""
        if any(info.key == key for info in self._settings_sections):
            raise RuntimeError(f"the settings section {key!r} was given twice")
        info = SectionInfo(key, title, build, order)
        self._settings_sections.append(info)
        page = self._slots["settings"].built()
        if page is not None:
            page.add_section(info)  # type: ignore[attr-defined]

    def show_settings(self, key: str | None = None) -> None:
        """Show the Settings page, at section ``key`` if given."""
        page = self.settings_page()
        self.nav.setCurrentRow(self._row("settings"))
        page.show_section(key)

    def settings_page(self) -> SettingsPage:
        """The Settings page, built now if it was not yet."""
        from backcare_desktop.ui.shell.settings_page import SettingsPage

        page = self._slots["settings"].content()
        assert isinstance(page, SettingsPage)
        return page

    def _build_settings(self) -> QWidget:
        from backcare_desktop.ui.shell.settings_page import SettingsPage

        ordered = sorted(self._settings_sections, key=lambda info: info.order)
        return SettingsPage(ordered)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(self._row(key))
        self.nav.setFocus()

    def keep_running_on_close(self, policy: Callable[[], bool]) -> None:
        """Closing the window hides it while ``policy()`` is true (a tray keeps the
        reminders going); otherwise closing quits."""
        self._keep_running = policy

    def _show_safety_notice(self) -> None:
        from backcare_desktop.ui.shell import dialogs  # QMessageBox is not needed to start

        dialogs.show_first_run_notice(self)

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built now if it is built lazily."""
        return self._slots[key].content()

    def built_page(self, key: str) -> QWidget | None:
        """The page for ``key`` if it exists already (never builds it)."""
        return self._slots[key].built()

    @staticmethod
    def _row(key: str) -> int:
        return [p.key for p in PAGES].index(key)

    def current_page_key(self) -> str:
        return PAGES[self.stack.currentIndex()].key

    def show_status(self, status: Callable[[], TodayStatus]) -> None:
        """Fill the header from ``status`` (the records are open), now and at each
        ``refresh_status``."""
        self._status = status
        self.refresh_status()

    def refresh_status(self) -> None:
        """Redraw the header from the current records (empty until they are open)."""
        if self._status is not None:
            self.header.setText(self._status().text(amounts_whole=True))

    def set_flare_mode(self, on: bool) -> None:
        """Show the "Flare-up mode" note in the header while a flare-up is on."""
        self._flare_on = on
        self.flare_note.setVisible(on and self.header.isVisibleTo(self))

    def set_focus_mode(self, on: bool) -> None:
        """Full screen with only the page showing, or back to the normal window."""
        for widget in (self.sidebar, self.header, self.header_line, self.menuBar(),
                       self.log_pain_button, self.flare_button):
            widget.setVisible(not on)
        self.flare_note.setVisible(self._flare_on and not on)
        if on:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif self.isFullScreen():
            if getattr(self, "_was_maximized", False):
                self.showMaximized()
            else:
                self.showNormal()

    def bring_to_front(self) -> None:
        """Show the window over others (another start of BackCare asked for it)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def set_banner(self, banner: QWidget) -> None:
        """Place a banner (the in-window reminder) under the header."""
        self._right_layout.insertWidget(2, banner)

    def quit(self) -> None:
        """Close for good, even when closing would only hide the window."""
        self.quitting = True
        self.close()

    def _restore_layout(self) -> None:
        geometry = self._load_state("window_geometry")
        try:
            restored = bool(geometry) and self.restoreGeometry(
                QByteArray(base64.b64decode(geometry or "", validate=True)))
        except ValueError:  # not what BackCare saved: its usual size, as on a first start
            restored = False
        if not restored:
            self.resize(1000, 680)
        keys = [p.key for p in PAGES]
        page = self._load_state("page")
        # A session never survives a restart, so its page is not worth reopening.
        restorable = page is not None and page in keys and page != "session"
        self.nav.setCurrentRow(keys.index(page) if page is not None and restorable else 0)

    def save_layout(self) -> None:
        data = bytes(self.saveGeometry().data())
        self._save_state("window_geometry", base64.b64encode(data).decode("ascii"))
        self._save_state("page", self.current_page_key())

    def changeEvent(self, event: QEvent) -> None:
        # The sidebar's shade is copied from the palette: follow a scheme change.
        if event.type() == QEvent.Type.PaletteChange:
            self._style_sidebar(self.sidebar)
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if not self.quitting and self._keep_running():
            event.ignore()
            self.hide()
            self.hidden_to_tray.emit()
            return
        event.accept()
        # With a tray the app does not quit when its last window closes; closing
        # without keeping it running must still end it.
        from PySide6.QtWidgets import QApplication

        QApplication.quit()

