"""Python's cycle collector never deletes a Qt object on a worker thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from backcare_desktop.ui.desktop import collector
from backcare_desktop.ui.desktop.background import Background


class _Cycle:
    """Garbage only the cycle collector can free, holding a running Qt timer that
    Python owns (as a dialog's or a helper's timer may be)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.start(60_000)
        self.me = self


def test_garbage_holding_a_timer_is_not_collected_on_a_worker_that_allocates(
    qtbot: QtBot,
) -> None:
    # Unguarded, the worker's allocations start a collection on the worker, which
    # stops the timer from the wrong thread: Qt warns, and the test fails on it.
    assert gc.isenabled()
    gc.collect()
    _Cycle()
    background = Background()
    done: list[bool] = []

    def allocate() -> bool:
        for _ in range(200_000):
            cell: list[object] = []
            cell.append(cell)
        return not gc.isenabled()

    background.run("allocate", allocate, done.append, lambda exc: done.append(False))
    qtbot.waitUntil(lambda: bool(done))
    assert done == [True]  # paused while the work ran
    qtbot.waitUntil(lambda: gc.isenabled())  # back on from the GUI thread
    assert not collector.paused()
    gc.collect()  # here the timer is deleted on its own thread, quietly


def test_the_collector_stays_paused_until_the_last_worker_ends(qtbot: QtBot) -> None:
    first_may_end, second_may_end = threading.Event(), threading.Event()
    background = Background()
    ended: list[str] = []
    background.run("first", first_may_end.wait, lambda _r: ended.append("first"),
                   lambda _e: None)
    background.run("second", second_may_end.wait, lambda _r: ended.append("second"),
                   lambda _e: None)
    assert not gc.isenabled()
    first_may_end.set()
    qtbot.waitUntil(lambda: ended == ["first"])
    collector.resume()  # what the first one's end asks of the GUI thread, run now
    assert not gc.isenabled()
    second_may_end.set()
    qtbot.waitUntil(lambda: ended == ["first", "second"])
    qtbot.waitUntil(lambda: gc.isenabled())


def test_a_collector_turned_off_by_someone_else_stays_off(qtbot: QtBot) -> None:
    gc.disable()
    try:
        background = Background()
        ended: list[object] = []
        background.run("work", lambda: 1, ended.append, ended.append)
        qtbot.waitUntil(lambda: bool(ended))
        collector.resume()  # what the work's end asks of the GUI thread, run now
        assert not gc.isenabled()
    finally:
        gc.enable()
