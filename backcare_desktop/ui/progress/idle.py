"""Work done in idle time so the record pages open at once: small steps, one per
turn of the event loop, and imports without Qt in them (numpy) on a thread
(PySide makes its Python types on first use, which is not safe from two
threads at once: modules that use Qt are imported on the GUI thread).

A step is a generator: each ``next()`` does one small piece of work and yields
``None`` (go on at the next turn) or a number of milliseconds to wait first
(while a thread works). ``IdleSteps`` runs the steps it is given in order, and
starts the threads that import modules (``Imports``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Generator, Iterable
from importlib import import_module

from PySide6.QtCore import QObject, QTimer

from backcare_desktop.ui.desktop.collector import worker_running

log = logging.getLogger(__name__)

Steps = Generator[int | None, None, None]
WAIT_MS = 20  # how often a step waiting for a thread looks again
JOIN_S = 10.0  # the longest quitting waits for an import under way (never a hang)


class IdleSteps(QObject):
    """Runs generators of small steps in idle time, one step per turn of the
    event loop; ``stop`` drops what is left and waits for a running import."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: list[Steps] = []
        self._timer = QTimer(self)
        self._timer.setObjectName(name)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)
        self._threads: list[threading.Thread] = []

    @property
    def done(self) -> bool:
        return not self._queue

    def add(self, steps: Steps, after_ms: int = 0) -> None:
        """Run ``steps`` after those already queued (starting in ``after_ms`` if
        nothing is under way)."""
        self._queue.append(steps)
        if not self._timer.isActive():
            self._timer.start(after_ms)

    def stop(self) -> None:
        self._timer.stop()
        for steps in self._queue:
            steps.close()
        self._queue = []
        for thread in self._threads:
            thread.join(JOIN_S)
        self._threads = []

    def start_imports(self, modules: Iterable[str]) -> Imports:
        """Import ``modules``, in order, on a thread started now."""
        imports = Imports(modules)
        self._threads.append(imports.thread)
        imports.thread.start()
        return imports

    def _next(self) -> None:
        wait: int | None = None
        try:
            wait = next(self._queue[0])
        except StopIteration:  # its last piece of work is done
            self._queue.pop(0)
        except Exception:
            # Readying a page is only ahead of time: opening it does the work again.
            log.exception("idle-time work failed")
            self._queue.pop(0)
        if self._queue:
            self._timer.start(wait or 0)


class Imports:
    """Modules imported in order on a thread; ``wait_for`` gives steps that wait for
    one of them. Python's import lock makes the GUI thread wait for a module the
    thread is importing, so a page opened meanwhile simply finishes the import."""

    def __init__(self, modules: Iterable[str]) -> None:
        self._names = list(modules)
        self.finished: set[str] = set()  # imported, or failed (the GUI thread will say)
        self.thread = threading.Thread(target=self._work, name="backcare-idle-imports",
                                       daemon=True)

    def _work(self) -> None:
        with worker_running():  # an import allocates a lot: no collecting here
            self._import_all()

    def _import_all(self) -> None:
        for name in self._names:
            try:
                import_module(name)
            except Exception:  # the GUI thread's own import will say what is wrong
                log.exception("could not import %s in idle time", name)
            finally:
                self.finished.add(name)

    def wait_for(self, module: str) -> Steps:
        while module not in self.finished and self.thread.is_alive():
            yield WAIT_MS
