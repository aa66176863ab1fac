"""Flare-up mode in the running app: the button, the tray, the question before a
session, the dialog and the note in the header."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop.app import Running
from backcare_desktop.core.programme.flare import ADVICE, FLARE_ROUTINE_ID, FlareHow
from backcare_desktop.core.vocabulary import PainMoment
from backcare_desktop.paths import AppPaths
from backcare_desktop.ui.desktop import tray
from backcare_desktop.ui.programme.flare import FlareChoice, FlareDialog
from backcare_desktop.ui.programme.flare_mode import FlareFeature
from tests.fakes import FakeClock
from tests.ui.conftest import DialogLog
from tests.ui.session.conftest import ROUTINE

Launch = Callable[[AppPaths], "Running | int"]


@pytest.fixture
def running(launch: Launch, paths: AppPaths, qtbot: QtBot) -> Iterator[Running]:
    outcome = launch(paths)
    assert isinstance(outcome, Running)
    qtbot.waitUntil(lambda: outcome.ready)
    yield outcome
    outcome.shutdown()


def session_routine(running: Running) -> str:
    row = running.repo.session_row(1)
    assert row is not None
    return row.routine_id


def asked(dialog_log: DialogLog) -> list[str]:
    """The questions asked, after the first-run notice and its plan question."""
    return [name for name in dialog_log.names() if name not in ("notice", "first_plan")]


def note_shown(running: Running) -> bool:
    return running.window.flare_note.isVisibleTo(running.window)


# -- the button --------------------------------------------------------------------------

def test_the_button_starts_flare_up_mode_and_shows_the_advice(
        running: Running, dialog_log: DialogLog, clock: FakeClock) -> None:
    assert not note_shown(running)
    running.window.flare_button.click()
    assert asked(dialog_log) == ["flare_up"]
    assert running.repo.flare_active(clock.now())
    assert note_shown(running)
    assert running.repo.current_flare(clock.now()) is not None


def test_ending_it_from_the_dialog_hides_the_note(running: Running, dialog_log: DialogLog,
                                                  clock: FakeClock) -> None:
    dialog_log.answers["flare_up"] = FlareChoice.END
    running.window.flare_requested.emit()
    assert not running.repo.flare_active(clock.now())
    assert not note_shown(running)


def test_the_gentle_routine_starts_from_the_dialog(running: Running, dialog_log: DialogLog
                                                   ) -> None:
    dialog_log.answers["flare_up"] = FlareChoice.GENTLE
    dialog_log.answers["pain"] = None
    running.window.flare_button.click()
    assert running.ctx.session.active
    assert running.window.current_page_key() == "session"
    assert session_routine(running) == FLARE_ROUTINE_ID


def test_the_tray_menu_opens_it_too(launch: Launch, paths: AppPaths, qtbot: QtBot,
                                    dialog_log: DialogLog, clock: FakeClock,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tray, "tray_available", lambda: True)
    monkeypatch.setattr(tray.Tray, "message", lambda *_: None)
    app = launch(paths)
    assert isinstance(app, Running)
    qtbot.waitUntil(lambda: app.ready)
    icon = app.ctx.desktop.tray
    assert icon is not None
    assert icon.flare_action.text() == "Flare-up…"
    app.window.hide()
    icon.flare_action.trigger()
    assert asked(dialog_log) == ["flare_up"]
    assert app.window.isVisible()
    assert app.repo.flare_active(clock.now())
    app.shutdown()


def test_focus_mode_hides_the_button_and_the_note(running: Running) -> None:
    window = running.window
    window.flare_button.click()
    window.set_focus_mode(True)
    assert not window.flare_button.isVisibleTo(window) and not note_shown(running)
    window.set_focus_mode(False)
    assert window.flare_button.isVisibleTo(window) and note_shown(running)


# -- pain before a session ------------------------------------------------------------------

def test_pain_of_seven_before_a_session_offers_the_gentle_routine(
        running: Running, dialog_log: DialogLog, clock: FakeClock) -> None:
    dialog_log.answers["pain"] = 7
    dialog_log.answers["flare_up"] = FlareChoice.GENTLE
    running.ctx.events.start_routine.emit(ROUTINE)
    assert asked(dialog_log) == ["pain", "flare_up"]
    flare = running.repo.current_flare(clock.now())
    assert flare is not None and flare.started_how is FlareHow.PAIN
    assert session_routine(running) == FLARE_ROUTINE_ID
    assert running.repo.session_pain(1) == {PainMoment.BEFORE: 7}
    assert note_shown(running)


def test_the_person_may_go_on_with_their_own_routine(running: Running, dialog_log: DialogLog,
                                                     clock: FakeClock) -> None:
    dialog_log.answers["pain"] = 9
    running.ctx.events.start_routine.emit(ROUTINE)
    assert "flare_up" in asked(dialog_log)
    assert session_routine(running) == ROUTINE.id
    assert running.repo.flare_active(clock.now())  # the mode is on all the same


def test_pain_below_seven_asks_nothing_more(running: Running, dialog_log: DialogLog,
                                            clock: FakeClock) -> None:
    dialog_log.answers["pain"] = 6
    running.ctx.events.start_routine.emit(ROUTINE)
    assert asked(dialog_log) == ["pain"]
    assert not running.repo.flare_active(clock.now())
    assert session_routine(running) == ROUTINE.id


def test_the_gentle_routine_itself_is_not_offered_again(running: Running,
                                                        dialog_log: DialogLog,
                                                        clock: FakeClock) -> None:
    feature = running.window.findChild(FlareFeature)
    assert feature is not None
    gentle = feature.gentle_routine()
    assert gentle is not None
    dialog_log.answers["pain"] = 8
    running.ctx.events.start_routine.emit(gentle)
    assert asked(dialog_log) == ["pain"]
    assert running.repo.flare_active(clock.now())


# -- the end --------------------------------------------------------------------------------

def test_the_note_goes_once_pain_stayed_low_for_two_days(running: Running,
                                                         clock: FakeClock) -> None:
    running.window.flare_button.click()
    for days in (1, 2):
        running.repo.add_pain(3, clock.now().replace(hour=19) + timedelta(days=days))
    assert note_shown(running)
    clock.wall = datetime.combine(clock.now().date() + timedelta(days=3),
                                  datetime.min.time(), clock.now().tzinfo)
    running.ctx.desktop.time_moved.emit()
    assert not note_shown(running)


# -- the dialog -----------------------------------------------------------------------------

def texts(dialog: FlareDialog) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in dialog.findChildren(QLabel) if label.text() != "•"]


def test_the_urgent_signs_come_first_on_their_own(qtbot: QtBot) -> None:
    dialog = FlareDialog(active=True, since="Tuesday 24 November")
    qtbot.addWidget(dialog)
    shown = [t for t in texts(dialog) if t]
    assert shown[0] == ADVICE.urgent_heading
    assert shown[1:5] == list(ADVICE.urgent_signs)
    assert shown[5] == ADVICE.urgent_action
    assert shown[6] == ADVICE.heading
    assert dialog.urgent.accessibleName() == ADVICE.urgent_heading
    assert dialog.urgent.heading.font().bold()
    assert "since Tuesday 24 November" in dialog.state.text()
    assert "below 7 for 2 days" in dialog.state.text()


@pytest.mark.parametrize(("button", "choice"), [("gentle_button", FlareChoice.GENTLE),
                                                ("end_button", FlareChoice.END),
                                                ("close_button", FlareChoice.CLOSE)])
def test_each_button_gives_its_choice(qtbot: QtBot, button: str, choice: FlareChoice) -> None:
    dialog = FlareDialog(active=True)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.accepted):
        getattr(dialog, button).click()
    assert dialog.choice is choice


def test_before_a_session_it_names_the_pain_and_the_routine(qtbot: QtBot) -> None:
    dialog = FlareDialog(active=True, routine_title="Core stability", level=8)
    qtbot.addWidget(dialog)
    assert "8 out of 10" in dialog.offer.text() and "Core stability" in dialog.offer.text()
    assert dialog.close_button.text() == "Go on with my routine"
    assert dialog.gentle_button.isDefault()


def test_the_gentle_routine_waits_for_a_running_session_to_stop(qtbot: QtBot) -> None:
    dialog = FlareDialog(active=True, session_running=True)
    qtbot.addWidget(dialog)
    assert not dialog.gentle_button.isEnabled()
    assert dialog.gentle_button.toolTip() == "Stop the running session first."


def test_during_a_session_the_button_says_a_session_runs(running: Running,
                                                         dialog_log: DialogLog) -> None:
    seen: list[bool] = []
    dialog_log.answers["flare_up"] = lambda *_a, **kw: (
        seen.append(kw["session_running"]), FlareChoice.CLOSE)[1]
    dialog_log.answers["pain"] = None
    running.ctx.events.start_routine.emit(ROUTINE)
    running.window.flare_button.click()
    assert seen == [True]


def test_end_is_offered_only_while_it_is_on(qtbot: QtBot) -> None:
    dialog = FlareDialog(active=False)
    qtbot.addWidget(dialog)
    assert dialog.end_button.isHidden()
