"""UI test fixtures: answered dialogs, a fake clock, and no timers left behind."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from backcare_desktop import app as app_module
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage import database
from backcare_desktop.storage.recovery import RecoveryChoice
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.hydration import dialogs as hydration_dialogs
from backcare_desktop.ui.programme import dialogs as programme_dialogs
from backcare_desktop.ui.programme import flare as flare_ui
from backcare_desktop.ui.programme import suggestion as programme_suggestion
from backcare_desktop.ui.progress import dialogs as progress_dialogs
from backcare_desktop.ui.routines import dialogs as routines_dialogs
from backcare_desktop.ui.session import dialogs as session_dialogs
from backcare_desktop.ui.shell import dialogs as shell_dialogs
from tests.fakes import FakeClock, RecordingCues


@dataclass
class DialogLog:
    """What the app asked the person, and how the test answers.

    ``answers`` maps a dialog's name to the value it returns (or to a callable
    taking the dialog's arguments).
    """

    recovery_answer: RecoveryChoice = RecoveryChoice.QUIT
    calls: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    answers: dict[str, Any] = field(default_factory=dict)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def args_of(self, name: str) -> tuple[Any, ...]:
        return next(args for n, args in reversed(self.calls) if n == name)


@pytest.fixture(autouse=True)
def dialog_log(monkeypatch: pytest.MonkeyPatch) -> DialogLog:
    log = DialogLog()

    def record(name: str) -> Callable[..., Any]:
        def fake(*args: Any, **kwargs: Any) -> Any:
            log.calls.append((name, args))
            answer = log.answers.get(name)
            return answer(*args, **kwargs) if callable(answer) else answer
        return fake

    modules = {"shell": shell_dialogs, "routines": routines_dialogs,
               "session": session_dialogs, "hydration": hydration_dialogs,
               "progress": progress_dialogs, "flare": flare_ui,
               "programme": programme_dialogs, "suggestion": programme_suggestion}
    for name, module, function in [
        ("notice", "shell", "show_first_run_notice"), ("about", "shell", "show_about"),
        ("error", "shell", "show_error"), ("info", "shell", "show_info"),
        ("problems", "shell", "show_problems"), ("confirm", "shell", "confirm"),
        ("recovery", "shell", "ask_database_recovery"),
        ("restart", "shell", "offer_restart"),
        ("open_file", "routines", "ask_open_routine_file"),
        ("save_file", "routines", "ask_save_routine_file"),
        ("edit", "routines", "edit_routine"), ("plan", "routines", "show_plan_preview"),
        ("pain", "session", "ask_pain"), ("hurt_advice", "session", "show_hurt_advice"),
        ("summary", "session", "show_session_summary"),
        ("sound_settings", "session", "show_sound_settings"),
        ("edit_water", "hydration", "edit_water_entry"),
        ("log_pain", "progress", "log_pain"), ("peg", "progress", "ask_peg"),
        ("save_png", "progress", "ask_save_png"),
        ("export_folder", "progress", "ask_export_folder"),
        ("import_file", "progress", "ask_import_file"),
        ("save_pdf", "progress", "ask_save_pdf"), ("report", "progress", "show_report"),
        ("programme_sheet", "progress", "show_programme"),
        ("flare_up", "flare", "show_flare_up"),
        ("first_plan", "programme", "ask_first_plan"), ("edit_plan", "programme", "edit_plan"),
        ("answers", "programme", "ask_answers"),
        ("suggestion", "suggestion", "show_suggestion"),
    ]:
        monkeypatch.setattr(modules[module], function, record(name))
    log.answers["recovery"] = lambda *_: log.recovery_answer
    log.answers["summary"] = (None, None)
    log.answers["flare_up"] = flare_ui.FlareChoice.CLOSE
    # Any dialog a test did not expect would block an offscreen run: fail instead.
    monkeypatch.setattr("PySide6.QtWidgets.QDialog.exec", _no_modal_dialogs)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.exec", _no_modal_dialogs)
    return log


def _no_modal_dialogs(self: Any) -> int:
    raise AssertionError(f"an unexpected modal dialog opened: {self.windowTitle()!r}")


@pytest.fixture(autouse=True)
def no_timers_left_running(qapp: QApplication,
                           monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a timer running: those under the app or a window, and
    any timer started during the test, with or without a parent."""
    started: list[weakref.ref[QTimer]] = []
    start = QTimer.start

    def tracked_start(self: QTimer, *args: Any) -> None:
        started.append(weakref.ref(self))
        start(self, *args)

    monkeypatch.setattr(QTimer, "start", tracked_start)
    yield
    QApplication.processEvents()
    owners = [qapp, *QApplication.topLevelWidgets()]
    timers = {id(t): t for o in owners for t in o.findChildren(QTimer)}
    for ref in started:
        timer = ref()
        if timer is not None:
            timers[id(timer)] = timer
    active = [t for t in timers.values() if _is_active(t)]
    for timer in active:
        timer.stop()  # so one leak does not fail the tests after it
    assert active == [], f"timers left running: {[t.objectName() or t for t in active]}"


def _is_active(timer: QTimer) -> bool:
    try:
        return timer.isActive()
    except RuntimeError:  # its C++ object is gone: not running
        return False


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def repo(tmp_path: Path, clock: FakeClock) -> Iterator[Repository]:
    """A real database in a temporary folder."""
    db = tmp_path / "backcare.sqlite3"
    repository = Repository(database.open_database(db, tmp_path / "backups", clock.now()), db)
    yield repository
    repository.close()


@pytest.fixture
def launch(clock: FakeClock) -> Iterator[Callable[[AppPaths], app_module.Running | int]]:
    started: list[app_module.Running] = []

    def _launch(paths: AppPaths) -> app_module.Running | int:
        outcome = app_module.start(paths, clock=clock, make_cues=lambda _repo: RecordingCues())
        if isinstance(outcome, app_module.Running):
            started.append(outcome)
        return outcome

    yield _launch
    for running in started:
        running.shutdown()



@pytest.fixture
def bus_address() -> Iterator[str]:
    """A private session bus, so tests never reach the real desktop's."""
    from tests.desktop_services import session_bus

    with session_bus() as address:
        yield address
