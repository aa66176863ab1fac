"""File → Export for a health record (FHIR)…: the records of a range (everything,
or the days chosen in ``dialogs.ask_fhir_range``) as an HL7 FHIR R4 Bundle.

The file is chosen in a file dialog (``dialogs.ask_fhir_file``); an existing
file is replaced only after the person says so. Reading the records and
writing the file run off the GUI thread in a ``TransferTask`` (the work holds
no Qt object and reads on a connection of its own:
``storage.fhir_export.export_fhir_apart``); the end is told in one message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from backcare_desktop.core.progress.fhir import LOINC_NOTICE
from backcare_desktop.core.progress.records_file import Cancelled, Progress
from backcare_desktop.storage.errors import StorageError
from backcare_desktop.storage.fhir_export import (
    FhirWritten,
    NothingInRange,
    export_fhir_apart,
)
from backcare_desktop.ui.progress import dialogs as progress_dialogs
from backcare_desktop.ui.progress.transfer_task import TransferTask
from backcare_desktop.ui.shell import dialogs, i18n
from backcare_desktop.ui.shell.i18n import tr

log = logging.getLogger(__name__)



class FhirExport(QObject):
    """One FHIR export at a time, from ``database``, at ``now()``.

    Signals:
        finished(): the export ended, written or not (after its message).
    """

    finished = Signal()

    def __init__(self, window: QWidget, database: Path, now: Callable[[], datetime]) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._now = now
        self._task: TransferTask | None = None

    def running(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        """Ask for the file (and whether to replace it), then write it off the GUI thread."""
        if self._task is not None:
            return
        now = self._now()
        today = now.date()
        days = progress_dialogs.ask_fhir_range(self._window, today - timedelta(weeks=8), today)
        if days is None:
            return
        first, last = days
        suggested = Path.home() / f"backcare-fhir-{now:%Y-%m-%d}.json"
        target = progress_dialogs.ask_fhir_file(self._window, suggested)
        if target is None:
            return
        if target.suffix == "":
            target = target.with_suffix(".json")
        if target.is_dir():
            dialogs.show_error(self._window, self.tr("Nothing was exported"), self.tr(
                "{file} is a folder. Choose the name of a file.").format(file=target))
            return
        replace = target.exists()
        if replace and not dialogs.confirm(
                self._window, self.tr("Replace the file?"),
                self.tr("{file} already exists. Replace it with the export?").format(
                    file=target), self.tr("Replace")):
            return
        database = self._database

        def work(progress: Progress, cancelled: Cancelled) -> object:
            return export_fhir_apart(database, target, first=first, last=last, made=now,
                                     replace=replace)

        task = self._task = TransferTask(work, self)

        def done(result: object) -> None:
            # Let go of the task before it is deleted: a function connected to the
            # task's own signal that holds the task would be let go while the task
            # is being deleted, which can crash.
            task.done.disconnect(done)
            self._done(task, target, result, first, last)

        task.done.connect(done)
        task.start()

    def stop(self) -> None:
        """At quit: wait (bounded) for an export still writing."""
        if self._task is not None:
            self._task.stop()

    def _count(self, kind: str, n: int) -> str:
        """ "3 sessions", "1 pain entry", "2 weekly scores"."""
        if kind == "sessions":
            return tr("%n session(s)", "", n)
        if kind == "pain entries":
            return tr("%n pain entry(s)", "", n)
        return tr("%n weekly score(s)", "", n)

    def _done(self, task: TransferTask, target: Path, result: object, first: date | None,
              last: date | None) -> None:
        self._task = None
        task.deleteLater()
        title = self.tr("Nothing was exported")
        if isinstance(result, FhirWritten):
            parts = [self._count(kind, n) for kind, n in result.counts.items()]
            dialogs.show_info(self._window, self.tr("Exported for a health record"), self.tr(
                "Saved {counts} in {file}, an HL7 FHIR R4 Bundle that a health record can "
                "take in. Pain levels are coded with LOINC.").format(
                    counts=", ".join(parts), file=result.path) + "\n\n" + LOINC_NOTICE)
        elif isinstance(result, NothingInRange) and first is not None and last is not None:
            dialogs.show_info(self._window, title, self.tr(
                "There are no sessions, pain entries or weekly scores between {first} and "
                "{last}; nothing was written.").format(first=i18n.date_text(first),
                                                       last=i18n.date_text(last)))
        elif isinstance(result, NothingInRange):
            dialogs.show_info(self._window, title, self.tr(
                "There are no sessions, pain entries or weekly scores yet; nothing was "
                "written."))
        elif isinstance(result, FileExistsError):
            dialogs.show_error(self._window, title, self.tr(
                "{file} was made by something else meanwhile, and BackCare does not replace "
                "it without asking. Export again to choose.").format(file=target))
        elif isinstance(result, OSError):
            dialogs.show_error(self._window, title, self.tr(
                "BackCare could not write {file}: {why}. Nothing was written; choose another "
                "folder.").format(file=target, why=result.strerror or result))
        elif isinstance(result, StorageError):
            dialogs.show_error(self._window, title, str(result))
        else:
            log.error("FHIR export failed: %r", result,
                      exc_info=result if isinstance(result, BaseException) else None)
            dialogs.show_error(self._window, title, self.tr(
                "Something went wrong that BackCare did not expect; nothing was written. "
                "The details were written to the log."))
        self.finished.emit()
