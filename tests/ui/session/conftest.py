"""A session controller on a fake clock, with recorded cues and a real database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Reps, Routine
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.session.controller import SessionController
from backcare_desktop.ui.session.page import SessionPage
from backcare_desktop.ui.shell.context import SessionStatus
from tests.fakes import FakeClock, RecordingCues, fire_timer

# Phases: get ready 5 s, hold 20 s, rest 10 s (Plank); 3 counted reps (Curl);
# breathe in 4 s, out 6 s, twice (Belly).
ROUTINE = Routine("test", "Test routine", "mixed", "gentle", (
    Exercise("Plank", Hold(hold_s=20), instructions=("Rest on your forearms.",),
             cues=("Keep your core engaged.",), prepare_s=5, rest_after_s=10),
    Exercise("Curl", Reps(reps=3, pace="counted"), prepare_s=0, rest_after_s=0),
    Exercise("Belly", Breathing(4, 6, cycles=2), prepare_s=0),
))


@pytest.fixture
def cues() -> RecordingCues:
    return RecordingCues()


@pytest.fixture
def status() -> SessionStatus:
    return SessionStatus()


@pytest.fixture
def controller(repo: Repository, clock: FakeClock, status: SessionStatus,
               cues: RecordingCues) -> Iterator[SessionController]:
    made = SessionController(repo=repo, clock=clock, status=status, make_cues=lambda: cues)
    yield made
    made.abandon("test over")


def step(controller: SessionController, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass with the event loop running: the runner's boundary
    timer fires at each deadline on the way, as Qt would, and once at the end.

    (Moving the clock on by a long time and firing once is what a gap in the
    event loop looks like: see ``stall``.)
    """
    end = clock.monotonic() + seconds
    while True:
        runner = controller.runner
        assert runner is not None
        deadline = runner.engine.next_deadline()
        if deadline is None or deadline >= end or not controller.active:
            break
        clock.advance(max(0.0, deadline - clock.monotonic()))
        fire_timer(runner, "session-boundary")
    clock.advance(max(0.0, end - clock.monotonic()))
    if controller.runner is not None:
        fire_timer(controller.runner, "session-boundary")


def stall(controller: SessionController, clock: FakeClock, seconds: float) -> None:
    """The event loop does not run for ``seconds`` (the process was stopped); then
    the boundary timer fires, that late."""
    clock.advance(seconds)
    assert controller.runner is not None
    fire_timer(controller.runner, "session-boundary")


def beat(controller: SessionController, clock: FakeClock, seconds: float = 1) -> None:
    """Let ``seconds`` pass, then fire the runner's heartbeat as Qt would."""
    clock.advance(seconds)
    assert controller.runner is not None
    fire_timer(controller.runner, "session-heartbeat")


def run_to_the_end(controller: SessionController, clock: FakeClock) -> None:
    """Move the fake clock to each next deadline and fire the timer; count the reps
    the person would count."""
    while controller.active:
        assert controller.runner is not None
        deadline = controller.runner.engine.next_deadline()
        if deadline is None:
            controller.count_rep()
        else:
            step(controller, clock, deadline - clock.monotonic())


@pytest.fixture
def page(qtbot: QtBot, controller: SessionController) -> Iterator[SessionPage]:
    widget = SessionPage(controller)
    qtbot.addWidget(widget)
    widget.resize(900, 640)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    controller.abandon("test over")
