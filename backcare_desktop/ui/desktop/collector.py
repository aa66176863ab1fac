"""Python's cycle collector never runs on a worker thread.

Python collects cyclic garbage on whichever thread happens to allocate, and
PySide deletes a Qt object that Python owned on the thread that collects it. A
timer or a notifier collected on a worker thread is then stopped from the wrong
thread: Qt warns, and at worst the GUI thread is left watching something that
is gone. So while any worker thread runs its work (``worker_running``), the
automatic collector is paused; when the last one is done, it is turned on again
from the GUI thread, where the next collection then runs. Worker threads are
short (a backup, an import of modules or records), and the collector's pause
costs nothing but a little memory held a little longer.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0
_paused_by_us = False


@contextmanager
def worker_running() -> Iterator[None]:
    """Wrap a worker thread's work: no automatic collection until it ends."""
    global _running, _paused_by_us
    with _lock:
        _running += 1
        if _running == 1 and gc.isenabled():
            gc.disable()
            _paused_by_us = True
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            last = _running == 0
        if last:
            _resume_on_gui_thread()


def _resume_on_gui_thread() -> None:
    from PySide6.QtCore import QCoreApplication, QTimer

    app = QCoreApplication.instance()
    if app is None:  # no event loop (a command-line run): nothing Qt is collected
        resume()
    else:
        QTimer.singleShot(0, app, resume)


def resume() -> None:
    """Turn the collector on again if no worker runs (on the GUI thread)."""
    global _paused_by_us
    with _lock:
        if _running == 0 and _paused_by_us:
            gc.enable()
            _paused_by_us = False


def paused() -> bool:
    return _paused_by_us
