"""Two sections of the Settings page: the daily pain check-in, and your data
(the data folder, backups, restoring one, export and import).

Each value is saved as soon as it is changed. Restoring a backup waits for the
next start (swapping the database under the running app could lose what it
writes meanwhile): the data as it is then is backed up first, so nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from backcare_desktop.core.hydration.amounts import parse_hhmm
from backcare_desktop.storage import backups, recovery
from backcare_desktop.storage.errors import StorageError, StorageWriteError
from backcare_desktop.ui.shell import dialogs
from backcare_desktop.ui.shell.i18n import date_text, time_text, weekday_text
from backcare_desktop.ui.shell.settings_page import NoteLabel, problem_label

if TYPE_CHECKING:
    from backcare_desktop.paths import AppPaths
    from backcare_desktop.storage.repository import Repository
    from backcare_desktop.ui.desktop.background import Background


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the desktop's file manager (on Linux through
    ``xdg-open``, started detached: nothing waits for it); False when Qt could not
    hand it over."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CheckInSettings(QWidget):
    """Whether to ask once a day how the back feels, and when; whether to ask the
    weekly questions (PEG), on which day and when; ``changed`` after each save (the
    check-ins re-arm)."""

    changed = Signal()

    def __init__(self, repo: Repository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repo = repo
        self.checkin = QCheckBox(self.tr("Ask me every day how my back feels"))
        self.checkin.setToolTip(self.tr("A gentle reminder, shown like drink reminders, on "
                                        "days you have not logged pain yet"))
        self.checkin_time = QTimeEdit()
        self.checkin_time.setDisplayFormat("HH:mm")
        self.checkin_time.setAccessibleName(self.tr("Check-in time"))
        self.checkin_time.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        note = QLabel(self.tr("The question comes at this time on days you have not logged "
                              "your pain yet, never during a session."))
        note.setWordWrap(True)
        self.problem = problem_label()
        self.checkin.setChecked(bool(repo.get_setting("checkin_enabled")))
        try:
            at = parse_hhmm(repo.get_setting("checkin_time"))
        except ValueError:
            at = time(20)
        self.checkin_time.setTime(QTime(at.hour, at.minute))
        self.checkin.toggled.connect(self._save)
        self.checkin_time.timeChanged.connect(lambda _t: self._save())
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.checkin)
        form.addRow(self.tr("At"), self.checkin_time)
        form.addRow(note)
        self._weekly_rows(form)
        form.addRow(self.problem)

    def _weekly_rows(self, form: QFormLayout) -> None:
        repo = self._repo
        self.peg = QCheckBox(self.tr("Ask me the weekly questions (PEG)"))
        self.peg.setToolTip(self.tr(
            "The PEG scale: average pain, and how much pain got in the way of enjoying life "
            "and of everyday activities, each 0 to 10. Its weekly score shows on Progress."))
        self.peg_day = QComboBox()
        self.peg_day.setAccessibleName(self.tr("Day of the weekly questions"))
        self.peg_day.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for weekday in range(7):
            self.peg_day.addItem(weekday_text(weekday), weekday)
        self.peg_time = QTimeEdit()
        self.peg_time.setDisplayFormat("HH:mm")
        self.peg_time.setAccessibleName(self.tr("Time of the weekly questions"))
        self.peg_time.setMaximumWidth(self.fontMetrics().averageCharWidth() * 12)
        self.peg.setChecked(bool(repo.get_setting("peg_enabled")))
        self.peg_day.setCurrentIndex(max(0, self.peg_day.findData(
            int(repo.get_setting("peg_weekday")))))
        try:
            at = parse_hhmm(repo.get_setting("peg_time"))
        except ValueError:
            at = time(18)
        self.peg_time.setTime(QTime(at.hour, at.minute))
        self._enable()
        self.peg.toggled.connect(self._save)
        self.peg_day.currentIndexChanged.connect(lambda _i: self._save())
        self.peg_time.timeChanged.connect(lambda _t: self._save())
        note = QLabel(self.tr("Three questions about the past week, each 0 to 10; their score "
                              "shows on Progress. If the computer is off at that time, they "
                              "come once later that week, and not when you answered them in "
                              "the last six days."))
        note.setWordWrap(True)
        form.addRow(self.peg)
        day_row = QHBoxLayout()
        day_row.addWidget(self.peg_day)
        day_row.addStretch(1)
        form.addRow(self.tr("On"), day_row)
        form.addRow(self.tr("At"), self.peg_time)
        form.addRow(note)

    def _enable(self) -> None:
        self.checkin_time.setEnabled(self.checkin.isChecked())
        self.peg_day.setEnabled(self.peg.isChecked())
        self.peg_time.setEnabled(self.peg.isChecked())

    def _save(self) -> None:
        self._enable()
        at = self.checkin_time.time()
        weekly = self.peg_time.time()
        try:
            self._repo.set_setting("checkin_enabled", self.checkin.isChecked())
            self._repo.set_setting("checkin_time", f"{at.hour():02d}:{at.minute():02d}")
            self._repo.set_setting("peg_enabled", self.peg.isChecked())
            self._repo.set_setting("peg_weekday", int(self.peg_day.currentData()))
            self._repo.set_setting("peg_time", f"{weekly.hour():02d}:{weekly.minute():02d}")
        except StorageWriteError as exc:
            self.problem.setText(str(exc))
            return
        self.problem.setText("")
        self.changed.emit()


def _backup_text(backup: backups.Backup) -> str:
    kinds = {backups.DAILY: QCoreApplication.translate("DataSettings", "daily"),
             backups.MANUAL: QCoreApplication.translate("DataSettings", "made by you"),
             backups.BEFORE_RESTORE: QCoreApplication.translate("DataSettings",
                                                                "before a restore")}
    kind = kinds.get(backup.label, QCoreApplication.translate(
        "DataSettings", "before an upgrade") if backup.label.startswith(
        "before-v") else backup.label.replace("-", " "))
    return QCoreApplication.translate("DataSettings", "{day} {time} — {kind}").format(
        day=date_text(backup.stamp.date()), time=time_text(backup.stamp.time()), kind=kind)


class DataSettings(QWidget):
    """The data folder (open it), back up now, the backups (restore one at the next
    start), export and import (done on the History page, which shows their
    progress)."""

    def __init__(self, paths: AppPaths, now: Callable[[], datetime], background: Background,
                 *, export: Callable[[], None], import_: Callable[[], None],
                 open_folder: Callable[[Path], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._paths, self._now, self._background = paths, now, background
        self._open_folder = open_folder
        folder = QLabel(dialogs.breakable(
            self.tr("Your records, routines and backups are kept in {folder}")
            .format(folder=paths.data_dir)))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open the data folder"))
        self.open_button.clicked.connect(self.open_data_folder)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.export_button = QPushButton(self.tr("Export records…"))
        self.export_button.setToolTip(self.tr("Save every record as CSV files and as one file "
                                              "BackCare can import (on the History page)"))
        self.export_button.clicked.connect(export)
        self.import_button = QPushButton(self.tr("Import records…"))
        self.import_button.setToolTip(self.tr("Add the records of a BackCare export "
                                              "(on the History page)"))
        self.import_button.clicked.connect(import_)
        self.message = NoteLabel()
        self.message.setAccessibleDescription(self.tr("What was just done"))

        self.backups = QListWidget()
        self.backups.setAccessibleName(self.tr("Backups, newest first"))
        self.backups.setMinimumHeight(self.fontMetrics().height() * 5)
        self.backups.currentRowChanged.connect(lambda _r: self._enable())
        self.restore_button = QPushButton(self.tr("Restore this backup…"))
        self.restore_button.clicked.connect(self.restore_chosen)
        self.cancel_restore_button = QPushButton(self.tr("Do not restore"))
        self.cancel_restore_button.clicked.connect(self.cancel_restore)
        self.pending = NoteLabel()
        self.pending.setAccessibleDescription(self.tr("Restore at the next start"))
        self.problem = problem_label()

        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.backup_button)
        top.addStretch(1)
        transfer = QHBoxLayout()
        transfer.addWidget(self.export_button)
        transfer.addWidget(self.import_button)
        transfer.addStretch(1)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addWidget(self.cancel_restore_button)
        restore_row.addStretch(1)
        backups_box = QGroupBox(self.tr("Backups"))
        inner = QVBoxLayout(backups_box)
        note = QLabel(self.tr("BackCare backs up your data once a day when it changed, and "
                              "before every upgrade. A backup you restore replaces your data "
                              "the next time BackCare starts; your data as it is then is "
                              "backed up first, so nothing is lost."))
        note.setWordWrap(True)
        inner.addWidget(note)
        inner.addWidget(self.backups)
        inner.addLayout(restore_row)
        inner.addWidget(self.pending)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(folder)
        layout.addLayout(top)
        layout.addLayout(transfer)
        layout.addWidget(self.message)
        layout.addWidget(self.problem)
        layout.addWidget(backups_box)
        self.reload()

    def reload(self) -> None:
        """List the backups and the restore that waits for the next start."""
        self.backups.clear()
        for backup in backups.list_backups(self._paths.backups):
            item = QListWidgetItem(_backup_text(backup))
            item.setToolTip(str(backup.path))
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.backups.addItem(item)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        chosen = recovery.pending_restore(self._paths.data_dir)
        self.pending.setText("" if chosen is None else self.tr(
            "The backup {file} replaces your data the next time BackCare starts. Quit and "
            "start BackCare again to restore it now.").format(file=chosen.name))
        self._enable()

    def _enable(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)
        self.cancel_restore_button.setVisible(
            recovery.pending_restore(self._paths.data_dir) is not None)

    def chosen(self) -> Path | None:
        item = self.backups.currentItem()
        return None if item is None else Path(item.data(Qt.ItemDataRole.UserRole))

    def open_data_folder(self) -> None:
        if not self._open_folder(self._paths.data_dir):
            self.problem.setText(dialogs.breakable(
                self.tr("BackCare could not open the folder; it is {folder}.")
                .format(folder=self._paths.data_dir)))

    def back_up_now(self) -> None:
        if self._background.busy():
            self.message.setText(self.tr("A backup is being written; try again in a moment."))
            return
        self.backup_button.setEnabled(False)
        self.message.setText(self.tr("Backing up…"))
        database, folder, now = self._paths.database, self._paths.backups, self._now()

        def done(path: Path) -> None:
            self.backup_button.setEnabled(True)
            self.problem.setText("")
            self.message.setText(dialogs.breakable(
                self.tr("Backed up to {file}.").format(file=path)))
            self.reload()

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self.message.setText("")
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.problem.setText(self.tr("The backup could not be written: {why}.")
                                 .format(why=why))

        self._background.run("manual backup",
                             lambda: backups.manual_backup(database, folder, now), done, failed)

    def restore_chosen(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        item = self.backups.currentItem()
        if not dialogs.confirm(self, self.tr("Restore this backup?"), self.tr(
                "Your data is replaced by the backup of {when} the next time BackCare starts. "
                "Your data as it is then is backed up first, so you can go back to it. "
                "Restoring cannot happen while BackCare runs: quit and start it again "
                "to restore now.").format(when=item.text()), self.tr("Restore at next start")):
            return
        try:
            recovery.ask_restore_at_next_start(self._paths.data_dir, chosen)
        except (StorageError, OSError) as exc:
            why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.problem.setText(self.tr("This backup cannot be restored: {why}").format(why=why))
            return
        self.problem.setText("")
        self.reload()

    def cancel_restore(self) -> None:
        recovery.cancel_pending_restore(self._paths.data_dir)
        self.reload()
