"""The History page: past sessions (filter by routine and dates, open one to see
its steps, delete), the pain log (edit, delete), and export / import of every record.

A record whose date cannot be used (it cannot be read, or lies before the first
day or after today) is listed first in its table, whatever the dates chosen,
with its stored time and why, so it can be seen and deleted."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop import __version__
from backcare_desktop.core.progress.records_file import Cancelled, ImportCancelled, Progress
from backcare_desktop.core.progress.stats import FIRST_DAY
from backcare_desktop.core.vocabulary import SessionState, StopReason
from backcare_desktop.storage import stored_values, transfer
from backcare_desktop.storage.errors import StorageError, StorageWriteError
from backcare_desktop.storage.progress_data import (
    HistoryFilter,
    Key,
    PainEntry,
    ProgressSource,
    SessionRecord,
    StepLine,
)
from backcare_desktop.storage.repository import Repository
from backcare_desktop.storage.stored_values import shown_text
from backcare_desktop.ui.progress import dialogs as progress_dialogs
from backcare_desktop.ui.progress.pain_log_dialog import not_given
from backcare_desktop.ui.progress.transfer_task import TransferTask, Work
from backcare_desktop.ui.shell import dialogs
from backcare_desktop.ui.shell.i18n import day_text, number_text, time_text, tr

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
def _count(kind: str, n: int) -> str:
    """``n`` records of a kind of the export ("sessions", "pain entries", "drinks")."""
    if kind == "sessions":
        return tr("%n session(s)", "", n)
    if kind == "pain entries":
        return tr("%n pain entries", "", n)
    if kind == "drinks":
        return tr("%n drink(s)", "", n)
    return f"{n} {kind}"


def _counted(counts: dict[str, int]) -> str:
    """``{"sessions": 1, "drinks": 3}`` as "1 session, 3 drinks"."""
    return QCoreApplication.translate("HistoryPage", ", ", "between the items of a list").join(
        _count(kind, n) for kind, n in counts.items())


def _when(at: datetime) -> str:
    return QCoreApplication.translate("HistoryPage", "{day}, {time}").format(
        day=day_text(at.date()), time=time_text(at.time()))


def _apart(reason: str) -> str:
    """Why a record is listed apart (``stored_values.odd_time``), in the person's language."""
    return {stored_values.UNREADABLE: QCoreApplication.translate("HistoryPage",
                                                                 "Date not readable"),
            stored_values.TOO_EARLY: QCoreApplication.translate(
                "HistoryPage", "Dated before {year}").format(year=FIRST_DAY.year),
            stored_values.AFTER_TODAY: QCoreApplication.translate("HistoryPage",
                                                                  "Dated after today"),
            stored_values.NO_SESSION: QCoreApplication.translate(
                "HistoryPage", "Exercises without their session")}.get(reason, reason)



def _record_time(at: datetime | None, stored: str, odd: str) -> str:
    """When a record was made; for one listed apart, why and its stored time."""
    if at is not None and not odd:
        return _when(at)
    return f"{_apart(odd or stored_values.UNREADABLE)}: {shown_text(stored, 80)}"


def _session_time(record: SessionRecord) -> str:
    return _record_time(record.started, record.time_text, record.odd)


def _pain_time(entry: PainEntry) -> str:
    return _record_time(entry.at, entry.time_text, entry.odd)


def _step_texts(step: StepLine) -> tuple[str, ...]:
    def count(value: int | str, shift: int = 0) -> str:
        return str(value + shift) if isinstance(value, int) else value
    seconds = (QCoreApplication.translate("HistoryPage", "{seconds} s").format(
        seconds=number_text(step.seconds_done)) if isinstance(step.seconds_done, float)
        else step.seconds_done)
    return (count(step.position, 1), shown_text(step.exercise),
            QCoreApplication.translate("Vocabulary", step.outcome.label),
            count(step.sets_done), count(step.reps_done), seconds)


def _pain(level: int | None) -> str:
    return "—" if level is None else str(level)


def _ended(record: SessionRecord) -> str:
    if record.state is SessionState.STOPPED and record.stop_reason == StopReason.HURT:
        return QCoreApplication.translate("Vocabulary", StopReason.HURT.label)
    return QCoreApplication.translate("Vocabulary", record.state.label)


def _session_row(r: SessionRecord) -> tuple[str, ...]:
    return (_session_time(r), shown_text(r.routine_title), number_text(r.active_s / 60),
            f"{r.done} / {r.skipped}", f"{_pain(r.pain_before)} → {_pain(r.pain_after)}",
            "—" if r.feeling is None else QCoreApplication.translate("Vocabulary", r.feeling.label),
            _ended(r))


def _pain_row(e: PainEntry) -> tuple[str, ...]:
    return (_pain_time(e), str(e.level),
            not_given() if e.area is None else QCoreApplication.translate("Vocabulary",
                                                                          e.area.label),
            QCoreApplication.translate("Vocabulary", e.moment.label), shown_text(e.note))


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


PAGE_ROWS = 200  # rows read at a time as a long list scrolls


class PagedRowsModel(RowsModel):
    """Rows read from storage a page at a time: the first page at once, the next
    ones as the view scrolls to the end of what is loaded (``canFetchMore`` /
    ``fetchMore``). ``read(before, limit)`` returns up to ``limit`` records that
    come after the record whose ``key`` is ``before`` (None: from the start).
    Records given as ``head`` are listed first, all at once, outside the pages."""

    def __init__(self, headers: Sequence[str], describe: Callable[[Any], tuple[str, ...]],
                 page_rows: int = PAGE_ROWS, parent: QWidget | None = None) -> None:
        super().__init__(headers, parent)
        self._describe = describe
        self._page_rows = page_rows
        self._read: Callable[[Key | None, int], Sequence[Any]] = lambda _key, _n: ()
        self._head = 0
        self._more = False

    def restart(self, read: Callable[[Key | None, int], Sequence[Any]], *,
                head: Sequence[Any] = (), keep_loaded: bool = False) -> None:
        """Read from the start again with ``read``, after ``head``: its first page now
        (or, with ``keep_loaded``, as many rows as were loaded, so an edit deep in a
        long list does not take the person back to its top)."""
        loaded = len(self.records) - self._head
        rows = max(self._page_rows, loaded if keep_loaded else 0)
        self.beginResetModel()
        self._read, self.records, self._rows, self._more = read, [], [], True
        self._head = len(head)
        self._append(head)
        self._append(self._next_page(rows))
        self.endResetModel()

    def _next_page(self, rows: int) -> Sequence[Any]:
        paged = len(self.records) > self._head
        page = self._read(self.records[-1].key if paged else None, rows)
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


def _table(model: RowsModel, name: str, stretch: int | None) -> QTableView:
    """A read-only table whose column ``stretch`` takes the room left (``None``: every
    column fits its contents, so none is squeezed to "…", and the last one fills
    what is left)."""
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
    if stretch is None:
        header.setStretchLastSection(True)
    else:
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
        for label, name, edit in ((self.tr("From"), self.tr("From date"), self.first),
                                  (self.tr("to"), self.tr("To date"), self.last)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(name)
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
    changed = Signal()

    def __init__(self, source: ProgressSource, repo: Repository,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source, self._repo = source, repo
        self._today: date | None = None
        self.routine = QComboBox()
        self.routine.setAccessibleName(self.tr("Routine"))
        self.routine.currentIndexChanged.connect(lambda _i: self.reload())
        self.dates = DateRange()
        self.dates.changed.connect(self.reload)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen session"))
        self.delete_button.clicked.connect(self.delete_current)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Routine")))
        filters.addWidget(self.routine, 1)
        filters.addWidget(self.dates)
        filters.addWidget(self.delete_button)
        self.model = PagedRowsModel((self.tr("Date"), self.tr("Routine"), self.tr("Minutes"),
                                     self.tr("Done /\nskipped"),
                                     self.tr("Pain\nbefore → after"), self.tr("Felt"),
                                     self.tr("Ended")), _session_row)
        self.table = _table(self.model, self.tr("Past sessions"), None)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_steps(current.row()))
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        self.steps_title = QLabel(self.tr("Choose a session to see its exercises."))
        self.steps_model = RowsModel(("#", self.tr("Exercise"), self.tr("Outcome"),
                                      self.tr("Sets"), self.tr("Reps"), self.tr("Time")))
        self.steps = _table(self.steps_model, self.tr("Exercises of the chosen session"), 1)
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
        self._today = today
        chosen = self.routine.currentData()
        self.routine.blockSignals(True)
        self.routine.clear()
        self.routine.addItem(self.tr("All routines"), None)
        for routine in self._source.routines_in_history():
            self.routine.addItem(routine.title, routine.id)
        self.routine.setCurrentIndex(max(0, self.routine.findData(chosen)))
        self.routine.blockSignals(False)
        self.dates.follow(self._source.earliest_day() or today, today)
        self.reload()

    def reload(self, *, keep_place: bool = False) -> None:
        """List the sessions of the chosen routine and days (a page now, more as the
        list scrolls) under their count and minutes over the whole range, after those
        whose date cannot be used; after a deletion, ``keep_place`` keeps the rows
        and the place in view."""
        first, last = self.dates.days()
        chosen = HistoryFilter(self.routine.currentData(), first, last)
        source = self._source
        apart = [] if self._today is None else source.odd_sessions(self._today)
        scrolled = self.table.verticalScrollBar().value()
        self.model.restart(lambda before, limit: source.session_history(
            chosen, before=before, limit=limit), head=apart, keep_loaded=keep_place)
        if keep_place:
            self.table.verticalScrollBar().setValue(scrolled)
        totals = source.history_totals(chosen)
        text = self.tr("%n sessions, {minutes} minutes of exercise.", "",
                       totals.sessions).format(minutes=number_text(totals.seconds / 60))
        if apart:
            text += " " + self.tr("Listed first: %n sessions whose dates cannot be used.",
                                  "", len(apart))
        self.summary.setText(text)
        self.show_steps(-1)

    def current(self) -> SessionRecord | None:
        row = self.table.currentIndex().row()
        return self.model.records[row] if 0 <= row < len(self.model.records) else None

    def delete_current(self) -> None:
        record = self.current()
        if record is None or record.state is SessionState.RUNNING:  # the one under way
            return
        if not dialogs.confirm(
                self, self.tr("Delete session"),
                self.tr("Delete the session “{title}” of {when} with its exercises? Pain "
                        "logged with it stays in the pain log.").format(
                    title=shown_text(record.routine_title, 80), when=_session_time(record)),
                self.tr("Delete")):
            return
        try:
            self._repo.delete_session(record.id)
        except StorageWriteError as exc:
            dialogs.show_error(self, self.tr("Not deleted"), str(exc))
            return
        self.reload(keep_place=True)
        self.changed.emit()

    def show_steps(self, row: int) -> None:
        self.delete_button.setEnabled(0 <= row < len(self.model.records)
                                      and self.model.records[row].state
                                      is not SessionState.RUNNING)
        if not 0 <= row < len(self.model.records):
            self.steps_title.setText(self.tr("Choose a session to see its exercises."))
            self.steps_model.set_rows([], tuple)
            return
        record: SessionRecord = self.model.records[row]
        self.steps_title.setText(f"{shown_text(record.routine_title, 80)}, "
                                 f"{_session_time(record)}")
        self.steps_model.set_rows(self._source.session_step_lines(record.id), _step_texts)


class PainTab(QWidget):
    changed = Signal()
    settings_requested = Signal()  # the daily check-in's settings

    def __init__(self, source: ProgressSource, repo: Repository,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source, self._repo = source, repo
        self._today: date | None = None
        self.dates = DateRange()
        self.dates.changed.connect(self.reload)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_current)
        bar = QHBoxLayout()
        bar.addWidget(self.dates)
        bar.addStretch(1)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)
        # The daily check-in is set in Settings; this link opens its section.
        self.checkin_link = QPushButton(self.tr("Daily check-in settings…"))
        self.checkin_link.setToolTip(self.tr("Whether and when BackCare asks each day how "
                                             "your back feels, in Settings"))
        self.checkin_link.clicked.connect(self.settings_requested)
        checkin_row = QHBoxLayout()
        checkin_row.addWidget(self.checkin_link)
        checkin_row.addStretch(1)
        self.model = PagedRowsModel((self.tr("Date"), self.tr("Pain"), self.tr("Where"),
                                     self.tr("When"), self.tr("Note")), _pain_row)
        self.table = _table(self.model, self.tr("Pain entries"), 4)
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

    def reset(self, today: date) -> None:
        self._today = today
        self.dates.follow(self._source.earliest_day() or today, today)
        self.reload()

    def reload(self, *, keep_place: bool = False) -> None:
        """List the pain entries of the chosen days (a page now, more as the list
        scrolls) after those whose date cannot be used; after an edit, ``keep_place``
        keeps the rows and the place in view."""
        first, last = self.dates.days()
        source = self._source
        apart = [] if self._today is None else source.odd_pain_entries(self._today)
        scrolled = self.table.verticalScrollBar().value()
        self.model.restart(lambda before, limit: source.pain_entries(
            first, last, before=before, limit=limit), head=apart, keep_loaded=keep_place)
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
        # None keeps the stored time as it is (one that cannot be read included).
        if self._write(lambda: self._repo.update_pain(entry.id, level, None, area=area,
                                                       note=note)):
            self.reload(keep_place=True)
            self.changed.emit()

    def delete_current(self) -> None:
        entry = self.current()
        if entry is None or not dialogs.confirm(
                self, self.tr("Delete pain entry"),
                self.tr("Delete the pain entry of {when} (pain {level})?").format(
                    when=_pain_time(entry), level=entry.level),
                self.tr("Delete")):
            return
        if self._write(lambda: self._repo.delete_pain(entry.id)):
            self.reload(keep_place=True)
            self.changed.emit()

    def _write(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except StorageWriteError as exc:
            dialogs.show_error(self, self.tr("Not saved"), str(exc))
            return False
        return True


class HistoryPage(QWidget):
    """Past sessions and the pain log, with export and import of every record."""

    changed = Signal()  # records were edited, deleted or imported
    checkin_settings_requested = Signal()
    transfer_done = Signal()  # an export or import ended (done, refused or cancelled)

    def __init__(self, source: ProgressSource, repo: Repository,
                 now: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page-history")
        self.setAccessibleName(self.tr("History"))
        self._repo, self._now = repo, now
        title = QLabel(self.tr("History"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        export = QPushButton(self.tr("Export…"))
        export.setToolTip(self.tr("Save every record as CSV files (for a spreadsheet or your "
                                  "physiotherapist) and as one file BackCare can import"))
        export.clicked.connect(self.export_records)
        import_ = QPushButton(self.tr("Import…"))
        import_.setToolTip(self.tr("Add the records of a BackCare export, e.g. from another "
                                   "computer"))
        import_.clicked.connect(self.import_records)
        self.export_button, self.import_button = export, import_
        self._task: TransferTask | None = None
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(export)
        top.addWidget(import_)
        self.transfer_row = self._build_transfer_row()
        self.sessions = SessionsTab(source, repo)
        self.sessions.changed.connect(self.changed)
        self.pain = PainTab(source, repo)
        self.pain.changed.connect(self.changed)
        self.pain.settings_requested.connect(self.checkin_settings_requested)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sessions and pain log"))
        self.tabs.addTab(self.sessions, self.tr("Sessions"))
        self.tabs.addTab(self.pain, self.tr("Pain log"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(self.transfer_row)
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
    #
    # Both run in a TransferTask, off the GUI thread, with a progress bar and Cancel
    # in a row under the title; the buttons wait until the task is done.

    def _build_transfer_row(self) -> QWidget:
        row = QWidget()
        row.setObjectName("records-transfer")
        self.transfer_label = QLabel()
        self.transfer_bar = QProgressBar()
        self.transfer_bar.setRange(0, 100)
        self.transfer_bar.setAccessibleName(self.tr("Progress"))
        self.transfer_cancel = QPushButton(self.tr("Cancel"))
        self.transfer_cancel.setToolTip(self.tr("Stop; nothing is changed"))
        self.transfer_cancel.clicked.connect(self.cancel_transfer)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.transfer_label, 1)
        layout.addWidget(self.transfer_bar, 1)
        layout.addWidget(self.transfer_cancel)
        row.hide()
        return row

    def transfer_running(self) -> bool:
        return self._task is not None

    def cancel_transfer(self) -> None:
        if self._task is not None:
            self.transfer_cancel.setEnabled(False)
            self.transfer_label.setText(self.tr("Stopping…"))
            self._task.cancel()

    def stop_transfer(self) -> None:
        """At quit: cancel a running export or import and wait for it to end."""
        if self._task is not None:
            self._task.stop()

    def _start(self, work: Work, text: str,
               finish: Callable[[object], None]) -> None:
        task = TransferTask(work, self)
        self._task = task
        self.export_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.transfer_label.setText(text)
        self.transfer_bar.setValue(0)
        self.transfer_bar.show()
        self.transfer_cancel.setEnabled(True)
        self.transfer_cancel.show()
        self.transfer_row.show()
        task.progressed.connect(self.transfer_bar.setValue)

        def done(result: object) -> None:
            task.done.disconnect(done)  # let go of the task before it is deleted
            self._task = None
            task.deleteLater()
            self.export_button.setEnabled(True)
            self.import_button.setEnabled(True)
            self.transfer_bar.hide()
            self.transfer_cancel.hide()
            self.transfer_label.clear()
            self.transfer_row.hide()
            finish(result)
            self.transfer_done.emit()

        task.done.connect(done)
        task.start()

    def _cancelled(self, text: str) -> None:
        self.transfer_label.setText(text)
        self.transfer_row.show()

    def export_records(self) -> None:
        if self._task is not None:
            return
        parent = progress_dialogs.ask_export_folder(self)
        if parent is None:
            return
        database, now = self._repo.path, self._now()

        def work(progress: Progress, cancelled: Cancelled) -> object:
            return transfer.export_apart(database, parent, now, __version__,
                                         progress=progress, cancelled=cancelled)

        self._start(work, self.tr("Exporting your records…"),
                    lambda result: self._exported(parent, result))

    def _exported(self, parent: Path, result: object) -> None:
        if isinstance(result, ImportCancelled):
            self._cancelled(self.tr("Export cancelled; nothing was saved."))
        elif isinstance(result, OSError):
            dialogs.show_error(self, self.tr("Nothing was exported"),
                               self.tr("BackCare could not write into {folder}: {why}. "
                                       "Choose another folder.").format(
                                   folder=parent, why=result.strerror or result))
        elif isinstance(result, StorageError):
            dialogs.show_error(self, self.tr("Nothing was exported"), str(result))
        elif isinstance(result, transfer.Exported):
            self._tell_exported(result)
        else:
            self._unexpected(self.tr("Nothing was exported"), result)

    def _tell_exported(self, exported: transfer.Exported) -> None:
        """Say where the records went, and name those the importable file left out."""
        saved = self.tr("Saved {counts} in {folder}: one CSV file per kind of record "
                        "(columns.txt explains them) and {file}, which BackCare can "
                        "import on another computer.").format(
            counts=_counted(exported.counts), folder=exported.folder,
            file=transfer.JSON_NAME)
        left_out = exported.left_out
        if not left_out:
            dialogs.show_info(self, self.tr("Records exported"), saved)
            return
        lines = [shown_text(f"{item.kind} {item.id}: {item.why}", 200) for item in left_out[:20]]
        if len(left_out) > 20:
            lines.append(self.tr("… and %n more.", "", len(left_out) - 20))
        told = (self.tr("%n records could not go into {file} as they are stored, so another "
                        "computer will not import them. The CSV files hold them as stored, "
                        "and {file} lists them under “left_out”:", "", len(left_out)))
        dialogs.show_problems(self, self.tr("Records exported"),
                              f"{saved} {told.format(file=transfer.JSON_NAME)}", lines)

    def import_records(self) -> None:
        if self._task is not None:
            return
        path = progress_dialogs.ask_import_file(self)
        if path is None:
            return
        database = self._repo.path

        def work(progress: Progress, cancelled: Cancelled) -> object:
            records = transfer.read_export(path, progress=lambda done: progress(0.6 * done),
                                           cancelled=cancelled)
            return transfer.import_apart(
                database, records, progress=lambda done: progress(0.6 + 0.4 * done),
                cancelled=cancelled, name=str(path))

        self._start(work, self.tr("Checking {file}…").format(file=path.name),
                    lambda result: self._imported(path, result))
        self._task_progress_text(path)

    def _task_progress_text(self, path: Path) -> None:
        """Say "Adding…" once the file is checked and its records are being written."""
        task = self._task
        assert task is not None

        def show(percent: int) -> None:
            if percent >= 60 and self._task is task:
                self.transfer_label.setText(self.tr("Adding the records of {file}…").format(
                    file=path.name))
        task.progressed.connect(show)

    def _imported(self, path: Path, result: object) -> None:
        if isinstance(result, ImportCancelled):
            self._cancelled(self.tr("Import cancelled; nothing was changed."))
            return
        if isinstance(result, transfer.ImportProblem):
            dialogs.show_problems(self, self.tr("Nothing was imported"),
                                  self.tr("{file} was not imported, so nothing changed. "
                                          "What is wrong:").format(file=path.name),
                                  result.problems)
            return
        if isinstance(result, StorageError):
            dialogs.show_error(self, self.tr("Nothing was imported"), str(result))
            return
        if not isinstance(result, transfer.ImportReport):
            self._unexpected(self.tr("Nothing was imported"), result)
            return
        transfer.announce_import(self._repo)
        skipped = sum(result.skipped.values())
        text = self.tr("Added {counts}.").format(counts=_counted(result.added))
        if skipped:
            text += " " + self.tr("%n records were already here and were skipped.", "",
                                  skipped)
        if result.settings:
            text += " " + self.tr("%n settings were taken from the file.", "",
                                  len(result.settings))
        dialogs.show_info(self, self.tr("Records imported"), text)
        self.refresh()
        self.changed.emit()

    def _unexpected(self, title: str, result: object) -> None:
        if isinstance(result, BaseException):
            log.error("records export or import failed", exc_info=result)
        else:
            log.error("records export or import gave %r", result)
        dialogs.show_error(self, title, self.tr(
            "Something went wrong that BackCare did not expect; nothing was changed. "
            "The details were written to the log."))
