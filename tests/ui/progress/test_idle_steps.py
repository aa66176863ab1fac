"""Idle-time steps: one piece of work per turn of the event loop, in order; imports on
a thread; a failing step is logged and skipped; quitting drops the rest."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QObject

from backcare_desktop.ui.progress.idle import IdleSteps, Steps


@pytest.fixture
def idle(qtbot) -> IdleSteps:
    owner = QObject()
    steps = IdleSteps("test-idle-steps", owner)
    yield steps
    steps.stop()


def test_steps_run_in_order_one_piece_per_turn(idle, qtbot) -> None:
    done: list[str] = []

    def work(name: str, pieces: int) -> Steps:
        for n in range(pieces):
            done.append(f"{name}{n}")
            yield None

    turns: list[int] = []  # pieces done after each turn
    idle._timer.timeout.connect(lambda: turns.append(len(done)))
    idle.add(work("a", 3))
    idle.add(work("b", 2))
    assert done == [] and not idle.done  # nothing before the event loop turns
    qtbot.waitUntil(lambda: idle.done)
    assert done == ["a0", "a1", "a2", "b0", "b1"]
    assert turns == [1, 2, 3, 3, 4, 5, 5]  # a turn also ends each one


def test_imports_on_a_thread_are_waited_for(idle, qtbot) -> None:
    seen: list[str] = []

    def after_import() -> Steps:
        imports = idle.start_imports(["json", "no_such_module_for_backcare"])
        yield from imports.wait_for("json")
        seen.append("json")
        yield from imports.wait_for("no_such_module_for_backcare")  # failed, not waited on
        seen.append("done")

    idle.add(after_import())
    qtbot.waitUntil(lambda: idle.done)
    assert seen == ["json", "done"]


def test_a_failing_step_is_logged_and_the_next_ones_run(idle, qtbot, caplog) -> None:
    ran: list[int] = []

    def broken() -> Steps:
        yield None
        raise RuntimeError("broken step")

    def fine() -> Steps:
        ran.append(1)
        yield None

    idle.add(broken())
    idle.add(fine())
    with caplog.at_level(logging.ERROR):
        qtbot.waitUntil(lambda: idle.done)
    assert ran == [1] and "idle-time work failed" in caplog.text


def test_stopping_drops_what_is_left(idle, qtbot) -> None:
    closed: list[bool] = []

    started: list[bool] = []

    def endless() -> Steps:
        started.append(True)
        try:
            while True:
                yield 10
        finally:
            closed.append(True)

    idle.add(endless())
    qtbot.waitUntil(lambda: started == [True])
    idle.stop()
    assert idle.done and closed == [True]  # and no timer left running (checked)


def test_only_modules_without_qt_are_imported_on_a_thread() -> None:
    """PySide makes its Python types on first use, which is not safe from two threads
    at once (pyqtgraph imported on a thread crashed the app now and then): what the
    record pages import on a thread must not load PySide6."""
    import subprocess
    import sys

    from backcare_desktop.ui.progress.install import _THREAD_MODULES

    for name in _THREAD_MODULES:
        out = subprocess.run(
            [sys.executable, "-c", f"import sys, {name}; print('PySide6' in sys.modules)"],
            capture_output=True, text=True, check=True, timeout=60)
        assert out.stdout.strip() == "False", name
