"""The routine picker: search and filter the library, read a routine, start it.

The page appears at once with a short "Loading routines…" note and builds its
contents, which reads the routine files, just after that note is first
painted: the window reaches the screen before any routine file is parsed.
``ensure_built`` builds the contents at once for a caller that cannot wait;
``is_built`` tells whether they are there.

Signals:
    start_requested(str): the person chose to start the routine with this id.
    start_planned(): Start beside today's planned session was pressed.
    plan_requested(): "Plan…" beside it was pressed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QSize, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from backcare_desktop.core.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QPaintEvent

    from backcare_desktop.core.routines.collection import RoutineCollection
    from backcare_desktop.core.routines.model import Exercise, Routine
    from backcare_desktop.ui.shell.context import PlannedToday

THUMBNAIL = QSize(72, 45)  # an exercise's picture in the routine's details
SHOWN_UNREAD = 5  # file names in the line above the list; the rest are counted
LENGTHS = ((QT_TRANSLATE_NOOP("RoutinesPage", "Any length"), None),
           (QT_TRANSLATE_NOOP("RoutinesPage", "Up to 5 min"), 5),
           (QT_TRANSLATE_NOOP("RoutinesPage", "Up to 10 min"), 10),
           (QT_TRANSLATE_NOOP("RoutinesPage", "Up to 15 min"), 15),
           (QT_TRANSLATE_NOOP("RoutinesPage", "Up to 20 min"), 20),
           (QT_TRANSLATE_NOOP("RoutinesPage", "Up to 30 min"), 30))


T = TypeVar("T")


def _unbroken(html: str) -> str:
    """Keeps each number on the line of the word after it ("4 s", "15 breaths")."""
    import re

    return re.sub(r"(\d) ", r"\1&nbsp;", html)


class RoutinesPage(QWidget):
    start_requested = Signal(str)
    start_planned = Signal()
    plan_requested = Signal()

    def __init__(self, collection: RoutineCollection, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-routines")
        self.setAccessibleName(self.tr("Routines"))
        self._collection = collection
        self._thumbnails: dict[tuple[str, str], str] = {}  # (figure, window colour) -> PNG
        self._built = False
        self._build_queued = False
        self._planned = ("", False)  # today's planned session, and whether Start applies
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 16, 24, 16)
        self._loading: QLabel | None = QLabel(self.tr("Loading routines…"))
        self._loading.setAccessibleName(self.tr("Loading routines"))
        self._loading.setEnabled(False)  # a quiet note, in the disabled text colour
        self._layout.addWidget(self._loading)
        self._layout.addStretch(1)

    # -- building -----------------------------------------------------------------

    def is_built(self) -> bool:
        """Whether the search, list and details are there (see the module notes)."""
        return self._built

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._built and not self._build_queued:
            # The note is on screen now; build the rest once this frame is out.
            self._build_queued = True
            QTimer.singleShot(0, self, self._build_after_paint)

    def _build_after_paint(self) -> None:
        self._build_queued = False
        if self.isVisible():  # not once the window has closed; a later paint asks again
            self.ensure_built()

    def ensure_built(self) -> None:
        """Build the page's contents now if they are not there yet."""
        if not self._built:
            self._build()
            self._built = True

    def _build(self) -> None:
        # The widgets the note stands in for, and the modules they need, are
        # imported here: none of them is needed for the window's first frame.
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut
        from PySide6.QtWidgets import (
            QComboBox,
            QHBoxLayout,
            QLineEdit,
            QListView,
            QPushButton,
            QScrollArea,
            QSplitter,
            QToolButton,
        )

        from backcare_desktop.core.routines.describe import category_in_words
        from backcare_desktop.core.routines.model import CATEGORIES
        from backcare_desktop.ui.routines.list_model import RoutineListModel
        from backcare_desktop.ui.routines.thumbnails import SIZE, ListThumbnails
        from backcare_desktop.ui.shell.i18n import tr

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search routines and exercises"))
        self.search.setAccessibleName(self.tr("Search routines"))
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):  # Qt gives its clear button no name
            clear.setAccessibleName(self.tr("Clear the search"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        self.category.addItem(self.tr("All kinds"), None)
        for c in CATEGORIES:
            self.category.addItem(category_in_words(c, tr), c)
        self.length = QComboBox()
        self.length.setAccessibleName(self.tr("Longest length"))
        for label, minutes in LENGTHS:
            self.length.addItem(QCoreApplication.translate("RoutinesPage", label), minutes)

        self.model = RoutineListModel(self)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # only the first row is measured
        self.list.setIconSize(SIZE)
        # Room for the picture and a title of about 24 characters beside it, so a
        # small screen's narrow list still shows most titles whole while the details
        # keep room for their buttons; a longer one is cut at the edge (the details
        # beside show it whole).
        self.list.setMinimumWidth(SIZE.width() + 24 * self.list.fontMetrics().averageCharWidth()
                                  + 2 * self.list.frameWidth() + 16)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_pictures = ListThumbnails(self.list.palette, self.list.devicePixelRatioF,
                                            self.model.pictures_changed, self)
        self.model.set_pictures(self.list_pictures.picture)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.installEventFilter(self)
        self.file_problems = QLabel()
        self.file_problems.setTextFormat(Qt.TextFormat.RichText)  # the names are escaped
        self.file_problems.setWordWrap(True)
        self.file_problems.setAccessibleName(self.tr("Routine files with problems"))
        self.file_problems.linkActivated.connect(self._show_file_problems)
        self.file_problems.hide()
        self.empty_note = QLabel(self.tr("No routine matches. Clear the search or the filters."))
        self.empty_note.setWordWrap(True)
        self.empty_note.hide()

        new_button = QPushButton(self.tr("&New"))
        new_button.setToolTip(self.tr("Create a routine of your own"))
        new_button.clicked.connect(self.create_routine)
        import_button = QPushButton(self.tr("&Import…"))
        import_button.setToolTip(self.tr("Add a routine file, for example from your "
                                         "physiotherapist"))
        import_button.clicked.connect(self.import_routine)

        filters = QHBoxLayout()
        filters.addWidget(self.category, 1)
        filters.addWidget(self.length, 1)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(new_button)
        left_buttons.addWidget(import_button)
        left_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty_note)
        left_layout.addLayout(left_buttons)

        self.title = QLabel()
        title_font = self.title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        for plain in (self.title, self.meta):  # a title shows as written, tags and all
            plain.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QLabel()  # rich text, detected from the leading tag
        self.details.setWordWrap(True)
        details_box = QWidget()
        details_layout = QVBoxLayout(details_box)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details)
        details_layout.addStretch(1)  # keeps the text at the top
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("The chosen routine"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(details_box)

        self.start_button = QPushButton(self.tr("Start  ▶"))
        self.start_button.setAccessibleName(self.tr("Start this routine"))
        self.start_button.setToolTip(self.tr("Start this routine (Enter)"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start_selected)
        self.favourite_button = QPushButton()
        self.favourite_button.setCheckable(True)
        self.favourite_button.toggled.connect(self._toggle_favourite)
        self.steps_button = QPushButton(self.tr("&Steps…"))
        self.steps_button.setToolTip(self.tr("See the routine's timeline: each exercise, "
                                             "its sets and rests, and when they start"))
        self.steps_button.clicked.connect(self.preview_selected)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.duplicate_button.setToolTip(self.tr("Make your own copy to change"))
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.clicked.connect(self.export_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        start_font = self.start_button.font()
        start_font.setPointSizeF(start_font.pointSizeF() * 1.25)
        start_font.setBold(True)
        self.start_button.setFont(start_font)
        self.start_button.setMinimumHeight(self.start_button.sizeHint().height() * 5 // 4)
        self.start_button.setMinimumWidth(160)
        self.start_button.setStyleSheet(
            "QPushButton { background: palette(highlight); color: palette(highlighted-text);"
            " border-radius: 6px; padding: 6px 18px; }"
            "QPushButton:disabled { background: palette(mid); }")
        actions = QHBoxLayout()
        actions.addWidget(self.start_button)
        actions.addWidget(self.favourite_button)
        actions.addWidget(self.steps_button)
        actions.addStretch(1)
        more = QHBoxLayout()
        for button in (self.duplicate_button, self.edit_button, self.export_button,
                       self.delete_button):
            more.addWidget(button)
        more.addStretch(1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(12, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.meta)
        right_layout.addSpacing(6)
        right_layout.addLayout(actions)
        right_layout.addSpacing(6)
        right_layout.addWidget(scroll, 1)
        right_layout.addLayout(more)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = self._layout
        if self._loading is not None:
            layout.removeWidget(self._loading)
            self._loading.deleteLater()
            self._loading = None
        layout.takeAt(0)  # the stretch under the note
        self._build_planned_row(layout)
        layout.addWidget(self.file_problems)
        layout.addWidget(splitter)

        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.activated.connect(self.search.setFocus)
        self.search.textChanged.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.length.currentIndexChanged.connect(self.refresh)
        self.list.selectionModel().currentChanged.connect(self._show_current)
        self.search.returnPressed.connect(self.list.setFocus)
        self.refresh()

    def _build_planned_row(self, layout: QVBoxLayout) -> None:
        from PySide6.QtWidgets import QHBoxLayout, QPushButton

        self.planned = QLabel()
        self.planned.setObjectName("plannedToday")
        self.planned.setWordWrap(True)
        font = self.planned.font()
        font.setBold(True)
        self.planned.setFont(font)
        self.planned_start = QPushButton(self.tr("Start"))
        self.planned_start.setAccessibleName(self.tr("Start today's planned session"))
        self.planned_start.clicked.connect(self.start_planned)
        self.plan_button = QPushButton(self.tr("Plan…"))
        self.plan_button.setAccessibleName(self.tr("See or change the weekly plan"))
        self.plan_button.clicked.connect(self.plan_requested)
        row = QHBoxLayout()
        row.addWidget(self.planned, 1)
        row.addWidget(self.planned_start)
        row.addWidget(self.plan_button)
        layout.addLayout(row)
        self.set_planned_today(*self._planned)

    def follow_planned(self, today: PlannedToday) -> None:
        """Show what the plan has for today, and follow its changes."""
        self._today = today
        today.changed.connect(self._planned_changed)
        self._planned_changed()

    def _planned_changed(self) -> None:
        self.set_planned_today(self._today.text, bool(self._today.routine_id))

    def set_planned_today(self, text: str, can_start: bool) -> None:
        """Show today's planned session ("Core stability at 18:00"; empty: no plan)."""
        self._planned = (text, can_start)
        if not self._built and not hasattr(self, "planned"):
            return
        self.planned.setText(self.tr("Today: {planned}").format(planned=text) if text
                             else self.tr("No weekly plan yet."))
        self.planned_start.setVisible(can_start)

    # -- list ---------------------------------------------------------------------

    def refresh(self, *_args: object, select: str | None = None) -> None:
        """Re-apply search and filters; keep (or move to) the selected routine."""
        from backcare_desktop.core.routines.library import filter_entries

        keep = select or self.selected_id()
        shown = filter_entries(
            self._collection.entries(), text=self.search.text(),
            category=self.category.currentData(), max_minutes=self.length.currentData(),
        )
        self.model.set_entries(shown)
        self.empty_note.setVisible(not shown)
        self._show_unread()
        row = self.model.row_of(keep) if keep else -1
        self.list.setCurrentIndex(self.model.index(max(row, 0), 0))
        self._show_current()

    def _show_unread(self) -> None:
        """One calm line naming the files that were not loaded, with the details a click away."""
        from html import escape

        unread = self._collection.unread
        problems = self._collection.problems
        self.file_problems.setVisible(bool(problems))
        if not problems:
            return
        names = self.tr(", ").join(escape(name) for name in unread[:SHOWN_UNREAD])
        if len(unread) > SHOWN_UNREAD:
            names = self.tr("{names} and %n more", "", len(unread) - SHOWN_UNREAD).format(
                names=names)
        if unread:
            text = self.tr("These routine files could not be read and were left as they "
                           "are: {names}.").format(names=names)
        else:
            text = self.tr("The routines folder could not be read.")
        show = self.tr("Show the problems")
        self.file_problems.setText(f"{text} <a href='#details'>{escape(show)}</a>")

    def selected_id(self) -> str | None:
        index = self.list.currentIndex()
        return self.model.entry(index.row()).routine.id if index.isValid() else None

    def selected(self) -> Routine | None:
        rid = self.selected_id()
        return self._collection.get(rid) if rid else None

    def select(self, routine_id: str) -> None:
        self.refresh(select=routine_id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if obj is self.list and event.type() == QEvent.Type.PaletteChange:
            self.list_pictures.colours_changed()
        elif obj is self.list and event.type() == QEvent.Type.KeyPress:
            # Qt is imported here, not at the top: importing it builds every enum
            # of the Qt namespace, about 20 ms that start-up need not pay.
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QKeyEvent

            if isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Return,
                                                                Qt.Key.Key_Enter):
                self.start_selected()
                return True
        return super().eventFilter(obj, event)

    # -- detail -------------------------------------------------------------------

    def _show_current(self, *_args: object) -> None:
        routine = self.selected()
        has = routine is not None
        for button in (self.start_button, self.favourite_button, self.steps_button,
                       self.duplicate_button, self.export_button):
            button.setEnabled(has)
        own = has and routine is not None and not routine.builtin
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        if routine is None:
            self.title.setText("")
            self.meta.setText("")
            self.details.setText("")
            return
        from html import escape

        from backcare_desktop.core.routines.describe import (
            dose_in_words,
            duration_in_words,
            routine_meta,
        )
        from backcare_desktop.core.routines.plan import expand
        from backcare_desktop.ui.shell.i18n import tr

        plan = expand(routine)
        self.title.setText(routine.title)
        origin = self.tr("Built in") if routine.builtin else self.tr("Your routine")
        self.meta.setText(self.tr("{about} · {origin}").format(
            about=routine_meta(routine, plan.estimated_total_s, tr), origin=origin))
        favourite = routine.id in self._collection.favourites()
        self.favourite_button.blockSignals(True)
        self.favourite_button.setChecked(favourite)
        self.favourite_button.blockSignals(False)
        self.favourite_button.setText(
            self.tr("★ Favourite") if favourite else self.tr("☆ Favourite"))
        self.favourite_button.setAccessibleName(
            self.tr("Remove from favourites") if favourite else self.tr("Add to favourites"))
        parts = []
        if routine.description:
            parts.append(f"<p>{escape(routine.description)}</p>")
        if routine.safety:
            items = "".join(f"<li>{escape(s)}</li>" for s in routine.safety)
            safety = self.tr("Safety")
            parts.append(f"<p><b>{escape(safety)}</b></p><ul>{items}</ul>")
        rows = "".join(
            f"<tr><td>{i}.&nbsp;</td><td>{self._thumbnail(ex)}</td>"
            f"<td><b>{escape(ex.name)}</b><br>"
            f"{_unbroken(escape(dose_in_words(ex, tr)))}</td><td align='right'>&nbsp;"
            f"{escape(duration_in_words(plan.exercise_seconds(i - 1), tr))}</td></tr>"
            for i, ex in enumerate(routine.exercises, start=1)
        )
        heading = self.tr("Exercises")
        parts.append(f"<p><b>{escape(heading)}</b></p><table cellspacing='4'>{rows}</table>")
        self.details.setText("".join(parts))

    def _thumbnail(self, exercise: Exercise) -> str:
        """A small still picture of the exercise (an ``<img>`` with the PNG inline),
        drawn once per figure and colour scheme; "" when it has none."""
        from backcare_desktop.core.figures.in_session import exercise_figure

        figure = exercise_figure(exercise)
        if figure is None:
            return ""
        key = (figure.key, self.palette().color(QPalette.ColorRole.Window).name())
        if key not in self._thumbnails:
            from PySide6.QtCore import QBuffer, QByteArray, QIODevice

            from backcare_desktop.ui.shell.figure_view import figure_pixmap

            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            figure_pixmap(figure, THUMBNAIL, self.palette(), 2.0).save(buffer, "PNG")
            self._thumbnails[key] = data.toBase64().toStdString()
        return (f"<img src='data:image/png;base64,{self._thumbnails[key]}' "
                f"width='{THUMBNAIL.width()}' height='{THUMBNAIL.height()}'>")

    # -- actions ------------------------------------------------------------------

    def _show_file_problems(self, _link: str = "") -> None:
        from backcare_desktop.core.routines.plain_text import printable
        from backcare_desktop.ui.shell import dialogs

        folder = printable(str(self._collection.user_dir))
        dialogs.show_problems(self, self.tr("Routine files with problems"),
                              self.tr("These files in {folder} were not loaded, and were left "
                                      "as they are. Fix them in a text editor, or import a "
                                      "corrected copy:").format(folder=folder),
                              self._collection.problems)

    def start_selected(self) -> None:
        routine = self.selected()
        if routine is None:
            return
        self._collection.mark_used(routine.id)
        self.refresh(select=routine.id)
        self.start_requested.emit(routine.id)

    def preview_selected(self) -> None:
        from backcare_desktop.ui.routines import dialogs as routines_dialogs

        routine = self.selected()
        if routine is not None:
            routines_dialogs.show_plan_preview(self, routine)

    def _toggle_favourite(self, checked: bool) -> None:
        rid = self.selected_id()
        if rid:
            self._collection.set_favourite(rid, checked)
            self.refresh(select=rid)

    def duplicate_selected(self) -> None:
        routine = self.selected()
        if routine is not None:
            copy = self._guard(lambda: self._collection.duplicate(routine))
            if copy is not None:
                self._changed(copy.id)

    def create_routine(self) -> None:
        self._edit(self._collection.new_routine(), creating=True)

    def edit_selected(self) -> None:
        routine = self.selected()
        if routine is not None and not routine.builtin:
            self._edit(routine, creating=False)

    def _edit(self, routine: Routine, *, creating: bool) -> None:
        from backcare_desktop.ui.routines import dialogs as routines_dialogs

        taken = self._collection.taken_ids(besides=None if creating else routine)
        edited = routines_dialogs.edit_routine(self, routine, taken, creating=creating)
        if edited is not None:
            saved = self._guard(lambda: self._collection.save(edited))
            if saved is not None:
                self._changed(saved.id)

    def delete_selected(self) -> None:
        from backcare_desktop.ui.shell import dialogs

        routine = self.selected()
        if routine is None or routine.builtin:
            return
        if dialogs.confirm(self, self.tr("Delete routine"),
                           self.tr("Delete “{title}”? This cannot be undone.").format(
                               title=routine.title), self.tr("Delete")):
            self._guard(lambda: self._collection.delete(routine))
            self._changed(None)

    def import_routine(self) -> None:
        """Ask for a routine file and add it; any problem is listed and nothing is added.

        Reading the file never waits (a pipe or device is refused at once) and
        checking it is bounded (see ``core.routines.loading``), so the window
        stays responsive whatever file is chosen.
        """
        from backcare_desktop.core.routines.loading import RoutineError, display_name
        from backcare_desktop.ui.routines import dialogs as routines_dialogs
        from backcare_desktop.ui.shell import dialogs

        path = routines_dialogs.ask_open_routine_file(self)
        if path is None:
            return
        try:
            routine, note = self._collection.import_file(path)
        except RoutineError as exc:
            dialogs.show_problems(self, self.tr("Nothing was imported"),
                                  self.tr("{file} could not be imported:").format(
                                      file=display_name(path)),
                                  exc.problems)
            return
        except OSError as exc:
            dialogs.show_error(self, self.tr("Nothing was imported"),
                               self.tr("BackCare could not save the routine: {reason}.").format(
                                   reason=exc.strerror or exc))
            return
        if note:
            dialogs.show_info(self, self.tr("Routine imported"), note)
        self._changed(routine.id)

    def export_selected(self) -> None:
        from backcare_desktop.ui.routines import dialogs as routines_dialogs

        routine = self.selected()
        if routine is None:
            return
        path = routines_dialogs.ask_save_routine_file(self, f"{routine.id}.toml")
        if path is not None:
            self._guard(lambda: self._collection.export(routine, path))

    def _guard(self, action: Callable[[], T]) -> T | None:
        """Run a file action; a failure becomes a plain message, not a traceback."""
        from backcare_desktop.core.routines.loading import RoutineError
        from backcare_desktop.ui.shell import dialogs

        try:
            return action()
        except RoutineError as exc:
            dialogs.show_problems(self, self.tr("That did not work"),
                                  self.tr("BackCare could not do that:"), exc.problems)
        except (OSError, ValueError) as exc:
            text = getattr(exc, "strerror", None) or str(exc)
            dialogs.show_error(self, self.tr("That did not work"),
                               self.tr("BackCare could not do that: {reason}.").format(
                                   reason=text))
        return None

    def _changed(self, select: str | None) -> None:
        self.refresh(select=select)

