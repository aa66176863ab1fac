"""Work on a worker thread, its result back on the GUI thread."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from backcare_desktop.ui.desktop.background import Background


def test_the_result_arrives_on_the_gui_thread_from_the_event_loop(qtbot: QtBot) -> None:
    background = Background()
    ran_on: list[str] = []
    got: list[tuple[int, str]] = []

    def work() -> int:
        ran_on.append(threading.current_thread().name)
        return 42

    background.run("sum", work, lambda value: got.append((value, threading.current_thread().name)),
                   lambda exc: got.append((-1, str(exc))))
    qtbot.waitUntil(lambda: bool(got))
    assert ran_on == ["backcare-sum"]
    assert got == [(42, threading.main_thread().name)]
    assert background.wait(5.0)


def test_a_failure_is_handed_to_failed_not_raised(qtbot: QtBot) -> None:
    background = Background()
    failures: list[BaseException] = []

    def work() -> None:
        raise OSError(28, "No space left on device")

    background.run("copy", work, lambda _value: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], OSError) and failures[0].errno == 28


def test_wait_lets_the_work_finish_and_delivers_it_without_the_event_loop() -> None:
    background = Background()
    release = threading.Event()
    got: list[str] = []
    background.run("slow", lambda: release.wait(5.0) and "copied", got.append,
                   lambda exc: got.append(repr(exc)))
    assert background.busy()
    release.set()
    assert background.wait(5.0)
    assert got == ["copied"]
    assert not background.busy()
