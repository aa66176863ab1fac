"""One export or import of records, run off the GUI thread.

Reading and checking a records file, and writing tens of thousands of rows,
take seconds for a large file; the window must keep answering meanwhile. The
work runs in a Python thread (it holds no Qt object, and talks to SQLite on a
connection of its own: ``transfer.import_apart`` / ``export_apart``) and
reports through signals, which Qt delivers in the GUI thread:

Signals:
    progressed(int): the share done so far, in percent (sent when it changes).
    done(object): the work's result, or the exception it ended with
        (``ImportCancelled`` after ``cancel()``).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from backcare_desktop.core.progress.records_file import Cancelled, Progress
from backcare_desktop.ui.desktop.collector import worker_running

log = logging.getLogger(__name__)

Work = Callable[[Progress, Cancelled], object]

STOP_WAIT_S = 10.0
"""How long quitting waits for cancelled work to end (it checks every few
milliseconds; the wait is only a bound)."""


class TransferTask(QObject):
    progressed = Signal(int)
    done = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._percent = -1
        self._thread = threading.Thread(target=self._run, name="backcare-records",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def running(self) -> bool:
        return self._thread.is_alive()

    def cancel(self) -> None:
        """Ask the work to stop; ``done`` then brings ``ImportCancelled`` (or the
        result, if the work had already finished)."""
        self._cancel.set()

    def stop(self, timeout_s: float = STOP_WAIT_S) -> None:
        """Cancel and wait for the thread (at quit: nothing half-done is kept, as
        the import writes in one transaction)."""
        self._cancel.set()
        if self._thread.is_alive():
            self._thread.join(timeout_s)
            if self._thread.is_alive():
                log.warning("records work still running after %.0f s; leaving it", timeout_s)

    # -- the worker thread ------------------------------------------------------------

    def _run(self) -> None:
        # A large import makes hundreds of thousands of objects, and each full pass of
        # Python's cycle collector over them holds the interpreter lock for a few
        # hundred milliseconds, in whichever thread it runs: the window would stall.
        # Records hold no cycles, so the collector waits until the work is done (and
        # it never runs on this thread: see ``collector``).
        with worker_running():
            try:
                result = self._work(self._report, self._cancel.is_set)
            except Exception as exc:
                result = exc
            try:
                self.done.emit(result)
            except RuntimeError:  # the page went away while the work ran
                log.info("records work ended after its page was closed: %r", result)

    def _report(self, fraction: float) -> None:
        percent = max(0, min(100, int(fraction * 100)))
        if percent != self._percent:
            self._percent = percent
            with contextlib.suppress(RuntimeError):
                self.progressed.emit(percent)
