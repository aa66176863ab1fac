"""A session started in the running app moves on the clock the app was given."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop.app import Running
from backcare_desktop.core.session.events import State
from backcare_desktop.paths import AppPaths
from backcare_desktop.ui.session.page import SessionPage
from tests.fakes import FakeClock, fire_timer
from tests.ui.conftest import DialogLog

from .conftest import ROUTINE

Launch = Callable[[AppPaths], "Running | int"]


def started(launch: Launch, paths: AppPaths, qtbot: QtBot, dialog_log: DialogLog) -> Running:
    """The app, up, with ``ROUTINE`` started (its first question answered with 2)."""
    running = launch(paths)
    assert isinstance(running, Running)
    qtbot.waitUntil(lambda: running.ready)
    dialog_log.answers["pain"] = 2
    running.ctx.events.start_routine.emit(ROUTINE)
    return running


def test_a_session_runs_on_the_injected_clock_and_follows_the_app(
    launch: Launch, paths: AppPaths, qtbot: QtBot, clock: FakeClock, dialog_log: DialogLog
) -> None:
    running = started(launch, paths, qtbot, dialog_log)
    page = running.window.page("session")
    assert isinstance(page, SessionPage)
    assert running.window.current_page_key() == "session" and running.ctx.session.active
    assert page.phase.text().strip() == "Get ready" and page.countdown.text() == "5"

    clock.advance(5)  # only the fake clock moves
    fire_timer(running.window, "session-boundary")
    assert page.phase.text().strip() == "Hold" and page.countdown.text() == "20"
    clock.advance(7.5)
    page.refresh()
    assert page.countdown.text() == "13"
    assert running.window.windowTitle() == "52 left · BackCare"

    running.ctx.session.pause_requested.emit("The session paused because the screen was locked.")
    assert page.controller.state is State.PAUSED
    assert page.paused_note.text().endswith("The session paused because the screen was locked.")

    running.shutdown()  # quitting saves the session as stopped, stamped by the fake clock
    assert page.controller.state is None and not running.ctx.session.active


def test_the_session_records_carry_the_injected_wall_clock(
    launch: Launch, paths: AppPaths, qtbot: QtBot, clock: FakeClock
) -> None:
    running = launch(paths)
    assert isinstance(running, Running)
    qtbot.waitUntil(lambda: running.ready)
    started_at = clock.now()
    running.ctx.events.start_routine.emit(ROUTINE)
    clock.advance(5)
    running.ctx.events.quitting.emit()
    row = running.repo.session_row(1)
    assert row is not None and (row.state, row.stop_reason) == ("stopped", "app closed")
    assert row.active_s == 5
    assert row.started == started_at
    assert row.ended is not None and (row.ended - row.started).total_seconds() == 5
    running.shutdown()


@pytest.mark.slow
def test_the_window_shows_before_the_session_modules_load(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from backcare_desktop.app import main\n"
        "code = main(['--quit-after-show'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(("
        "'backcare_desktop.core.session', 'backcare_desktop.ui.session.'))))\n"
        "sys.exit(code)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BACKCARE_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    shown, ready, loaded = out.stdout.splitlines()
    assert json.loads(shown)["title"] == "BackCare" and json.loads(ready)["event"] == "ready"
    assert json.loads(loaded.replace("'", '"')) == ["backcare_desktop.ui.session.install"]


def test_a_sleep_the_session_notices_makes_the_wall_clock_timers_look_again(
    launch: Launch, paths: AppPaths, qtbot: QtBot, clock: FakeClock, dialog_log: DialogLog
) -> None:
    running = started(launch, paths, qtbot, dialog_log)
    clock.advance(1)
    fire_timer(running.window, "session-heartbeat")
    clock.sleep(3600)  # no wake signal comes (no logind, or Windows)
    with qtbot.waitSignal(running.ctx.desktop.time_moved, timeout=1000):
        fire_timer(running.window, "session-boundary")
    page = running.window.page("session")
    assert isinstance(page, SessionPage) and page.controller.state is State.PAUSED
    running.shutdown()
