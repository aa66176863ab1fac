"""UI test fixtures: answered dialogs, a fake clock, and no timers left behind."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backcare_desktop import app as app_module
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage.recovery import RecoveryChoice
from backcare_desktop.ui import dialogs
from tests.fakes import FakeClock


@dataclass
class DialogLog:
    """What the app asked the person, and how the test answers."""

    recovery_answer: RecoveryChoice = RecoveryChoice.QUIT
    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


@pytest.fixture(autouse=True)
def dialog_log(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    log = DialogLog()

    def record(name: str, result: Callable[[], Any] = lambda: None) -> Callable[..., Any]:
        def fake(*args: Any) -> Any:
            log.calls.append((name, args))
            return result()
        return fake

    monkeypatch.setattr(dialogs, "show_first_run_notice", record("notice"))
    monkeypatch.setattr(dialogs, "show_about", record("about"))
    monkeypatch.setattr(dialogs, "show_error", record("error"))
    monkeypatch.setattr(dialogs, "ask_database_recovery",
                        record("recovery", lambda: log.recovery_answer))
    return log


@pytest.fixture(autouse=True)
def no_timers_left_running(qapp: QApplication) -> Iterator[None]:
    yield
    QApplication.processEvents()
    owners = [qapp, *QApplication.topLevelWidgets()]
    active = [t for o in owners for t in o.findChildren(QTimer) if t.isActive()]
    assert active == [], f"timers left running: {[t.objectName() or t for t in active]}"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def launch(clock: FakeClock) -> Iterator[Callable[[AppPaths], app_module.Running | int]]:
    started: list[app_module.Running] = []

    def _launch(paths: AppPaths) -> app_module.Running | int:
        outcome = app_module.start(paths, clock=clock)
        if isinstance(outcome, app_module.Running):
            started.append(outcome)
        return outcome

    yield _launch
    for running in started:
        running.shutdown()

