"""Work that may take a while (copying a database file) on a worker thread.

``run`` starts the work on a thread of its own and calls ``done`` with its
result (or ``failed`` with the exception) back on the GUI thread, from the
event loop. ``wait`` lets running work finish, for a bounded time, and delivers
what finished: the app calls it before it closes the database.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from backcare_desktop.ui.desktop.collector import worker_running

log = logging.getLogger(__name__)

Delivery = Callable[[], None]


class Background(QObject):
    _finished = Signal()  # emitted from a worker thread; runs _deliver on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._ready: list[Delivery] = []
        self._threads: list[threading.Thread] = []
        self._finished.connect(self._deliver)

    def run(self, name: str, work: Callable[[], Any], done: Callable[[Any], None],
            failed: Callable[[BaseException], None]) -> None:
        def worker() -> None:
            with worker_running():
                run_and_hand_back()

        def run_and_hand_back() -> None:
            delivery: Delivery
            try:
                result = work()
            except Exception as exc:  # handed to ``failed`` on the GUI thread
                problem = exc

                def delivery() -> None:
                    failed(problem)
            else:
                def delivery() -> None:
                    done(result)
            with self._lock:
                self._ready.append(delivery)
            self._finished.emit()

        thread = threading.Thread(target=worker, name=f"backcare-{name}", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def busy(self) -> bool:
        return any(t.is_alive() for t in self._threads)

    def wait(self, timeout_s: float) -> bool:
        """Let running work finish (at most ``timeout_s`` in all) and deliver it;
        False when some work is still running after that."""
        for thread in self._threads:
            thread.join(timeout_s)
        self._deliver()
        return not self.busy()

    def _deliver(self) -> None:
        with self._lock:
            ready, self._ready = self._ready, []
        for delivery in ready:
            delivery()
