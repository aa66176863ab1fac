"""The History page: past sessions (filter by routine and dates, open one to see
its steps), the pain log (edit, delete), and export / import of every record."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop import __version__
from backcare_desktop.core.hydration.amounts import parse_hhmm
from backcare_desktop.core.vocabulary import SessionState, StopReason
from backcare_desktop.storage import transfer
from backcare_desktop.storage.errors import StorageWriteError
from backcare_desktop.storage.progress_data import (
    HistoryFilter,
    PainEntry,
    ProgressSource,
    SessionRecord,
)
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.progress import dialogs as progress_dialogs
from backcare_desktop.ui.progress.pain_log_dialog import NOT_GIVEN
from backcare_desktop.ui.shell import dialogs

Index = QModelIndex | QPersistentModelIndex
_ONE = {"sessions": "session", "pain entries": "pain entry", "drinks": "drink"}


def _counted(counts: dict[str, int]) -> str:
    """``{"sessions": 1, "drinks": 3}`` as "1 session, 3 drinks"."""
    return ", ".join(f"{n} {_ONE[kind] if n == 1 else kind}" for kind, n in counts.items())


def _when(at: datetime) -> str:
    return f"{at:%a %d %b %Y, %H:%M}"


def _pain(level: int | None) -> str:
    return "—" if level is None else str(level)


def _ended(record: SessionRecord) -> str:
    if record.state is SessionState.STOPPED and record.stop_reason == StopReason.HURT:
        return StopReason.HURT.label
    return record.state.label


def _session_row(r: SessionRecord) -> tuple[str, ...]:
    return (_when(r.started), r.routine_title, f"{r.active_s / 60:.0f}",
            f"{r.done} / {r.skipped}", f"{_pain(r.pain_before)} → {_pain(r.pain_after)}",
            "—" if r.feeling is None else r.feeling.label, _ended(r))


def _pain_row(e: PainEntry) -> tuple[str, ...]:
    return (_when(e.at), str(e.level), NOT_GIVEN if e.area is None else e.area.label,
            e.moment.label, e.note)


class RowsModel(QAbstractTableModel):
    """A read-only table of rows already turned into text, each with its record."""

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[tuple[str, ...]] = []
        self.records: list[Any] = []

    def set_rows(self, records: Sequence[Any], describe: Callable[[Any], tuple[str, ...]]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self._rows = [describe(r) for r in self.records]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


Key = tuple[int, int]
PAGE_ROWS = 200  # rows read at a time as a long list scrolls


class PagedRowsModel(RowsModel):
    """Rows read from storage a page at a time: the first page at once, the next
    ones as the view scrolls to the end of what is loaded (``canFetchMore`` /
    ``fetchMore``). ``read(before, limit)`` returns up to ``limit`` records that
    come after the record whose ``key`` is ``before`` (None: from the start)."""

    def __init__(self, headers: Sequence[str], describe: Callable[[Any], tuple[str, ...]],
                 page_rows: int = PAGE_ROWS, parent: QWidget | None = None) -> None:
        super().__init__(headers, parent)
        self._describe = describe
        self._page_rows = page_rows
        self._read: Callable[[Key | None, int], Sequence[Any]] = lambda _key, _n: ()
        self._more = False

    def restart(self, read: Callable[[Key | None, int], Sequence[Any]], *,
                keep_loaded: bool = False) -> None:
        """Read from the start again with ``read``: its first page now (or, with
        ``keep_loaded``, as many rows as were loaded, so an edit deep in a long list
        does not take the person back to its top)."""
        rows = max(self._page_rows, len(self.records) if keep_loaded else 0)
        self.beginResetModel()
        self._read, self.records, self._rows, self._more = read, [], [], True
        self._append(self._next_page(rows))
        self.endResetModel()

    def _next_page(self, rows: int) -> Sequence[Any]:
        page = self._read(self.records[-1].key if self.records else None, rows)
        self._more = len(page) == rows
        return page

    def _append(self, records: Sequence[Any]) -> None:
        self.records.extend(records)
        self._rows.extend(self._describe(r) for r in records)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._next_page(self._page_rows)
        if page:
            first = len(self.records)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._append(page)
            self.endInsertRows()


def _table(model: RowsModel, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)  # the names
    # Fit the columns to the rows around those in view, not to a thousand of them
    # each time another page of a long history comes in.
    header.setResizeContentsPrecision(0)
    return view


class DateRange(QWidget):
    """From and to dates with calendar pop-ups; ``changed`` when either moves."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = False  # the person picked dates: keep them when records change
        self._setting = False
        self.first, self.last = QDateEdit(), QDateEdit()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, edit in (("From", self.first), ("to", self.last)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(f"{'From' if edit is self.first else 'To'} date")
            edit.dateChanged.connect(lambda _d: self._edited())
            layout.addWidget(QLabel(label))
            layout.addWidget(edit)

    def _edited(self) -> None:
        if not self._setting:
            self.chosen = True
            self.changed.emit()

    def set_days(self, first: date, last: date) -> None:
        self._setting = True
        try:
            self.first.setDate(QDate(first.year, first.month, first.day))
            self.last.setDate(QDate(last.year, last.month, last.day))
        finally:
            self._setting = False

    def follow(self, first: date, last: date) -> None:
        """Show ``first``–``last`` unless the person chose other dates."""
        if not self.chosen:
            self.set_days(first, last)

    def days(self) -> tuple[date, date]:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return (first, last) if first <= last else (last, first)


class SessionsTab(QWidget):
    def __init__(self, source: ProgressSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.routine = QComboBox()
        self.routine.setAccessibleName("Routine")
        self.routine.currentIndexChanged.connect(lambda _i: self.reload())
        self.dates = DateRange()
        self.dates.changed.connect(self.reload)
        filters = QHBoxLayout()
        filters.addWidget(QLabel("Routine"))
        filters.addWidget(self.routine, 1)
        filters.addWidget(self.dates)
        self.model = PagedRowsModel(("Date", "Routine", "Minutes", "Done /\nskipped",
                                     "Pain\nbefore → after", "Felt", "Ended"), _session_row)
        self.table = _table(self.model, "Past sessions", 1)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_steps(current.row()))
        self.steps_title = QLabel("Choose a session to see its exercises.")
        self.steps_model = RowsModel(("#", "Exercise", "Outcome", "Sets", "Reps", "Time"))
        self.steps = _table(self.steps_model, "Exercises of the chosen session", 1)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.steps_title)
        below_layout.addWidget(self.steps)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def reset(self, today: date) -> None:
        """Fill the routine list again and show everything up to today."""
        chosen = self.routine.currentData()
        self.routine.blockSignals(True)
        self.routine.clear()
        self.routine.addItem("All routines", None)
        for routine in self._source.routines_in_history():
            self.routine.addItem(routine.title, routine.id)
        self.routine.setCurrentIndex(max(0, self.routine.findData(chosen)))
        self.routine.blockSignals(False)
        self.dates.follow(self._source.earliest_day() or today, today)
        self.reload()

    def reload(self) -> None:
        """List the sessions of the chosen routine and days (a page now, more as the
        list scrolls) under their count and minutes over the whole range."""
        first, last = self.dates.days()
        chosen = HistoryFilter(self.routine.currentData(), first, last)
        source = self._source
        self.model.restart(lambda before, limit: source.session_history(
            chosen, before=before, limit=limit))
        totals = source.history_totals(chosen)
        minutes = f"{totals.seconds / 60:,.0f}"
        if totals.sessions == 1:
            text = self.tr("1 session, {minutes} minutes of exercise.")
        else:
            text = self.tr("{count} sessions, {minutes} minutes of exercise.")
        self.summary.setText(text.format(count=f"{totals.sessions:,}", minutes=minutes))
        self.show_steps(-1)

    def show_steps(self, row: int) -> None:
        if not 0 <= row < len(self.model.records):
            self.steps_title.setText("Choose a session to see its exercises.")
            self.steps_model.set_rows([], tuple)
            return
        record: SessionRecord = self.model.records[row]
        self.steps_title.setText(f"{record.routine_title}, {_when(record.started)}")
        self.steps_model.set_rows(self._source.session_steps(record.id), lambda s: (
            str(s.position + 1), s.exercise, s.outcome.label, str(s.sets_done),
            str(s.reps_done), f"{s.seconds_done:.0f} s"))


class PainTab(QWidget):
    changed = Signal()

    def __init__(self, source: ProgressSource, repo: Repository,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source, self._repo = source, repo
        self.dates = DateRange()
        self.dates.changed.connect(self.reload)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton("Delete…")
        self.delete_button.clicked.connect(self.delete_current)
        bar = QHBoxLayout()
        bar.addWidget(self.dates)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        self.checkin = QCheckBox("Ask me every day how my back feels, at")
        self.checkin.setToolTip("A gentle reminder, shown like drink reminders, on days "
                                "you have not logged pain yet")
        self.checkin_time = QTimeEdit()
        self.checkin_time.setDisplayFormat("HH:mm")
        self.checkin_time.setAccessibleName("Check-in time")
        self._load_checkin()
        self.checkin.toggled.connect(self._save_checkin)
        self.checkin_time.timeChanged.connect(lambda _t: self._save_checkin())
        checkin_row = QHBoxLayout()
        checkin_row.addWidget(self.checkin)
        checkin_row.addWidget(self.checkin_time)
        checkin_row.addStretch(1)
        self.model = PagedRowsModel(("Date", "Pain", "Where", "When", "Note"), _pain_row)
        self.table = _table(self.model, "Pain entries", 4)
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(checkin_row)
        self._enable()

    def _load_checkin(self) -> None:
        self.checkin.setChecked(bool(self._repo.get_setting("checkin_enabled")))
        try:
            at = parse_hhmm(self._repo.get_setting("checkin_time"))
        except ValueError:
            at = time(20)
        self.checkin_time.setTime(QTime(at.hour, at.minute))
        self.checkin_time.setEnabled(self.checkin.isChecked())

    def _save_checkin(self) -> None:
        self.checkin_time.setEnabled(self.checkin.isChecked())
        at = self.checkin_time.time()

        def save() -> None:
            self._repo.set_setting("checkin_enabled", self.checkin.isChecked())
            self._repo.set_setting("checkin_time", f"{at.hour():02d}:{at.minute():02d}")
        if self._write(save):
            self.changed.emit()

    def reset(self, today: date) -> None:
        self.dates.follow(self._source.earliest_day() or today, today)
        self.reload()

    def reload(self, *, keep_place: bool = False) -> None:
        """List the pain entries of the chosen days (a page now, more as the list
        scrolls); after an edit, ``keep_place`` keeps the rows and the place in view."""
        first, last = self.dates.days()
        source = self._source
        scrolled = self.table.verticalScrollBar().value()
        self.model.restart(lambda before, limit: source.pain_entries(
            first, last, before=before, limit=limit), keep_loaded=keep_place)
        if keep_place:
            self.table.verticalScrollBar().setValue(scrolled)
        self._enable()

    def current(self) -> PainEntry | None:
        row = self.table.currentIndex().row()
        return self.model.records[row] if 0 <= row < len(self.model.records) else None

    def _enable(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def edit_current(self) -> None:
        entry = self.current()
        if entry is None:
            return
        answer = progress_dialogs.log_pain(self, level=entry.level, area=entry.area,
                                           note=entry.note)
        if answer is None:
            return
        level, area, note = answer
        if self._write(lambda: self._repo.update_pain(entry.id, level, entry.at, area=area,
                                                       note=note)):
            self.reload(keep_place=True)
            self.changed.emit()

    def delete_current(self) -> None:
        entry = self.current()
        if entry is None or not dialogs.confirm(
                self, "Delete pain entry",
                f"Delete the pain entry of {_when(entry.at)} (pain {entry.level})?", "Delete"):
            return
        if self._write(lambda: self._repo.delete_pain(entry.id)):
            self.reload(keep_place=True)
            self.changed.emit()

    def _write(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except StorageWriteError as exc:
            dialogs.show_error(self, "Not saved", str(exc))
            return False
        return True


class HistoryPage(QWidget):
    """Past sessions and the pain log, with export and import of every record."""

    changed = Signal()  # records were edited, deleted or imported

    def __init__(self, source: ProgressSource, repo: Repository,
                 now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-history")
        self.setAccessibleName("History")
        self._repo, self._now = repo, now
        title = QLabel("History")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        export = QPushButton("Export…")
        export.setToolTip("Save every record as CSV files (for a spreadsheet or your "
                          "physiotherapist) and as one file BackCare can import")
        export.clicked.connect(self.export_records)
        import_ = QPushButton("Import…")
        import_.setToolTip("Add the records of a BackCare export, e.g. from another computer")
        import_.clicked.connect(self.import_records)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(export)
        top.addWidget(import_)
        self.sessions = SessionsTab(source)
        self.pain = PainTab(source, repo)
        self.pain.changed.connect(self.changed)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sessions and pain log"))
        self.tabs.addTab(self.sessions, "Sessions")
        self.tabs.addTab(self.pain, "Pain log")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._stale = True

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        today = self._now().date()
        self.sessions.reset(today)
        self.pain.reset(today)

    # -- export and import --------------------------------------------------------------

    def export_records(self) -> None:
        parent = progress_dialogs.ask_export_folder(self)
        if parent is None:
            return
        try:
            records = transfer.read_records(self._repo)
            folder = transfer.export_to_folder(parent, records, self._now(), __version__)
        except OSError as exc:
            dialogs.show_error(self, "Nothing was exported",
                               f"BackCare could not write into {parent}: "
                               f"{exc.strerror or exc}. Choose another folder.")
            return
        dialogs.show_info(self, "Records exported",
                          f"Saved {_counted(records.counts())} in {folder}: one CSV file "
                          "per kind of record (columns.txt explains them) and "
                          f"{transfer.JSON_NAME}, which BackCare can import on another "
                          "computer.")

    def import_records(self) -> None:
        path = progress_dialogs.ask_import_file(self)
        if path is None:
            return
        try:
            report = transfer.import_records(self._repo, transfer.read_export(path))
        except transfer.ImportProblem as exc:
            dialogs.show_problems(self, "Nothing was imported",
                                  f"{path.name} was not imported, so nothing changed. "
                                  "What is wrong:", exc.problems)
            return
        except StorageWriteError as exc:
            dialogs.show_error(self, "Nothing was imported", str(exc))
            return
        skipped = sum(report.skipped.values())
        text = f"Added {_counted(report.added)}."
        if skipped:
            text += (" 1 record was already here and was skipped." if skipped == 1 else
                     f" {skipped} records were already here and were skipped.")
        if report.settings:
            text += f" {len(report.settings)} settings were taken from the file."
        dialogs.show_info(self, "Records imported", text)
        self.refresh()
        self.changed.emit()


