"""What screen readers get from the session page: every label's text as its name,
one announcement per new step, one per pause and per resume, and none per second.

The same, read over the real AT-SPI bus, is in ``tests/ui/test_atspi.py``."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QProgressBar, QWidget

from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Reps
from backcare_desktop.core.routines.plan import expand
from backcare_desktop.core.session.events import State
from backcare_desktop.ui.session.page import SessionPage, phase_announcement, spoken_duration
from tests.fakes import FakeClock

from .conftest import ROUTINE, step


@pytest.fixture
def announced(page: SessionPage) -> list[str]:
    said: list[str] = []
    page.announced.connect(said.append)
    return said


def name_of(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def second_by_second(page: SessionPage, clock: FakeClock, seconds: int) -> None:
    for _ in range(seconds):
        step(page.controller, clock, 1)
        page.refresh()


def test_each_label_is_read_as_shown_and_says_what_it_is(page: SessionPage,
                                                        clock: FakeClock) -> None:
    page.controller.begin(ROUTINE)
    step(page.controller, clock, 5)
    page.refresh()
    for label in (page.exercise, page.phase, page.countdown, page.time_left, page.up_next,
                  page.instructions):
        assert label.accessibleName() == ""  # a set name would hide the text
        assert name_of(label) == label.text() != ""
        assert label.accessibleDescription() != ""
    assert (name_of(page.phase), name_of(page.countdown)) == ("Hold", "20")
    assert name_of(page.up_next) == "Up next: Plank — Rest"
    assert page.counters.accessibleDescription() != ""


def test_a_new_step_is_announced_once_and_the_seconds_never(
        page: SessionPage, clock: FakeClock, announced: list[str]) -> None:
    page.controller.begin(ROUTINE)
    assert announced == ["Get ready, Plank, 5 seconds"]
    second_by_second(page, clock, 5)
    assert announced[1:] == ["Hold, Plank, 20 seconds"]
    second_by_second(page, clock, 10)  # the countdown runs, its last seconds tick
    assert announced[2:] == []
    second_by_second(page, clock, 10)
    assert announced[2:] == ["Rest, 10 seconds"]


def test_pause_and_resume_are_announced_once_each(
        page: SessionPage, clock: FakeClock, announced: list[str]) -> None:
    page.controller.begin(ROUTINE)
    announced.clear()
    page.controller.toggle_pause()
    page.refresh()
    page.controller.toggle_pause()
    assert announced == ["Paused.", "Resumed."]
    page.controller.pause_for("The session paused because the screen was locked.")
    assert announced[2:] == ["Paused. The session paused because the screen was locked."]
    assert page.controller.state is State.PAUSED


def test_a_step_skipped_while_paused_is_announced(
        page: SessionPage, clock: FakeClock, announced: list[str]) -> None:
    page.controller.begin(ROUTINE)
    page.controller.toggle_pause()
    page.controller.next_phase()
    assert announced[-1] == "Hold, Plank, 20 seconds"


def test_what_each_kind_of_step_announces() -> None:
    bird_dog = Exercise("Bird dog", Hold(hold_s=30, per_side=True, sets=2))
    curl = Exercise("Curl", Reps(reps=10, pace="tempo"))
    counted = Exercise("Curl", Reps(reps=8, pace="counted"))
    belly = Exercise("Belly", Breathing(4, 6, cycles=5))

    def said(exercise: Exercise) -> list[str | None]:
        routine = ROUTINE.__class__("t", "T", "mixed", "gentle", (exercise,))
        return [phase_announcement(p, exercise) for p in expand(routine).phases]

    bird = said(bird_dog)
    assert bird[:2] == ["Get ready, Bird dog, 5 seconds",
                        "Hold, Bird dog, set 1 of 2, left side, 30 seconds"]
    assert "Switch sides, Bird dog, set 1 of 2, right side, 5 seconds" in bird
    tempo = [text for text in said(curl) if text]
    # The tempo's later reps and each rep's hold and return go by unannounced.
    assert tempo == ["Get ready, Curl, 5 seconds", "Move, Curl, rep 1 of 10, 2 seconds"]
    assert said(counted)[1] == "Your pace, Curl, 8 reps at your own pace, press Enter for each one"
    breaths = [text for text in said(belly) if text]
    assert breaths[1:3] == ["Breathe in, Belly, breath 1 of 5, 4 seconds",
                            "Breathe out, Belly, breath 1 of 5, 6 seconds"]
    assert breaths[-1] == "Breathe out, breath 3 of 5, 6 seconds"  # then the tones alone


def test_spoken_durations() -> None:
    assert [spoken_duration(s) for s in (1, 30, 60, 65, 121, 0.2)] == [
        "1 second", "30 seconds", "1 minute", "1 minute 5 seconds", "2 minutes 1 second",
        "1 second"]


def test_the_progress_is_drawn_not_a_progress_bar_and_tells_its_percent(
        page: SessionPage, clock: FakeClock) -> None:
    page.controller.begin(ROUTINE)
    assert not page.findChildren(QProgressBar)  # screen readers speak those every 10 s
    assert name_of(page.progress) == "Progress through the session"
    assert page.progress.accessibleDescription() == "0 % done"
    second_by_second(page, clock, 15)
    assert page.progress.value() > 0
    assert page.progress.accessibleDescription() == f"{page.progress.value() // 10} % done"
