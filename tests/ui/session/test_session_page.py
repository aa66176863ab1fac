"""The session page shows what its controller says and forwards keys and buttons to
it: a fake clock, no sleeps, no real audio."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from backcare_desktop.core.figures.catalogue import FIGURES
from backcare_desktop.core.figures.in_session import shown_at
from backcare_desktop.core.routines.model import Exercise, Hold, Reps, Routine
from backcare_desktop.core.session.events import State
from backcare_desktop.ui.session.page import DISPLAY_MS, PACER_MS, SessionPage
from tests.fakes import FakeClock
from tests.ui.conftest import DialogLog

from .conftest import ROUTINE, step


def advance(page: SessionPage, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` pass; deliver what the boundary and display timers would have."""
    step(page.controller, clock, seconds)
    page.refresh()


def press(qtbot: QtBot, page: SessionPage, key: Qt.Key) -> None:
    qtbot.keyClick(page, key)


def test_idle_until_a_session_starts(page: SessionPage, qtbot: QtBot) -> None:
    assert page.views.currentIndex() == 0 and not page.active
    [choose] = [b for b in page.views.currentWidget().findChildren(QPushButton)
                if b.text() == "Choose a routine"]
    with qtbot.waitSignal(page.choose_routine):
        choose.click()
    page.controller.begin(ROUTINE)
    assert page.views.currentIndex() == 1 and page.active


def test_the_countdown_phase_and_counters_follow_the_clock(page: SessionPage,
                                                          clock: FakeClock) -> None:
    page.controller.begin(ROUTINE)
    assert page.exercise.text() == "Plank"
    assert page.phase.text().strip() == "Get ready"
    assert page.countdown.text() == "5"
    advance(page, clock, 5)
    assert page.phase.text().strip() == "Hold" and page.countdown.text() == "20"
    advance(page, clock, 7.5)
    assert page.countdown.text() == "13"
    assert "Rest on your forearms." in page.instructions.text()
    assert "Keep your core engaged." in page.instructions.text()
    assert page.up_next.text() == "Up next: Plank — Rest"
    assert page.time_left.text().endswith(" left")


def test_the_display_timer_runs_only_while_the_session_runs(page: SessionPage) -> None:
    page.controller.begin(ROUTINE)  # a plank: its figure moves at the frame rate
    assert page._display.isActive() and page._display.interval() == PACER_MS
    page.controller.toggle_pause()
    assert not page._display.isActive()


def test_without_a_figure_the_display_runs_at_ten_a_second(page: SessionPage) -> None:
    page.controller.begin(Routine("x", "X", "mixed", "gentle",
                                  (Exercise("Something new", Hold(10), prepare_s=0),)))
    assert page.figure_view.isHidden()
    assert page._display.isActive() and page._display.interval() == DISPLAY_MS


def test_space_pauses_and_resumes(page: SessionPage, qtbot: QtBot, clock: FakeClock) -> None:
    page.controller.begin(ROUTINE)
    press(qtbot, page, Qt.Key.Key_Space)
    assert page.controller.state is State.PAUSED
    assert page.paused_note.isVisible() and page.pause_button.text() == "Resume"
    assert page.paused_note.text() == "Paused — press Space to continue"
    assert not page.countdown.isEnabled()  # dimmed, to be seen from across the room
    clock.advance(100)
    press(qtbot, page, Qt.Key.Key_Space)
    assert page.controller.state is State.RUNNING
    assert not page.paused_note.isVisible() and page.pause_button.text() == "Pause"
    # A short get-ready first, then the step goes on where it paused.
    assert (page.phase.text(), page.countdown.text()) == ("Get ready", "3")
    clock.advance(2.5)
    page.refresh()
    assert (page.phase.text(), page.countdown.text()) == ("Get ready", "1")
    clock.advance(0.5)
    page.refresh()
    assert page.countdown.text() == "5"  # neither the pause nor the get-ready ate it
    assert page.phase.text() == "Get ready"  # the routine's own get-ready, 5 s


def test_arrows_move_between_phases_and_enter_counts_reps(page: SessionPage,
                                                          qtbot: QtBot) -> None:
    page.controller.begin(ROUTINE)
    press(qtbot, page, Qt.Key.Key_Right)
    assert page.phase.text().strip() == "Hold"
    press(qtbot, page, Qt.Key.Key_Left)
    assert page.phase.text().strip() == "Get ready"
    for _ in range(3):
        press(qtbot, page, Qt.Key.Key_Right)  # get ready, hold, rest
    assert page.exercise.text() == "Curl" and page.rep_button.isVisible()
    assert (page.countdown.text(), page.rep_total.text()) == (
        "0", "of 3 · press Enter for each rep")
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.countdown.text() == "1"
    press(qtbot, page, Qt.Key.Key_Enter)
    press(qtbot, page, Qt.Key.Key_Return)
    assert page.exercise.text() == "Belly" and page.pacer.isVisible()


def test_the_buttons_go_to_the_controller(page: SessionPage, dialog_log: DialogLog) -> None:
    page.controller.begin(ROUTINE)
    page.next_button.click()
    assert page.phase.text().strip() == "Hold"
    page.previous_button.click()
    assert page.phase.text().strip() == "Get ready"
    page.skip_button.click()
    assert page.exercise.text() == "Curl"
    page.rep_button.click()
    assert page.countdown.text() == "1"
    page.pause_button.click()
    assert page.pause_button.text() == "Resume"
    page.settings_button.click()
    assert "sound_settings" in dialog_log.names()
    dialog_log.answers["confirm"] = True
    page.stop_button.click()
    assert dialog_log.names()[-2:] == ["confirm", "summary"]
    assert page.views.currentIndex() == 0


def test_the_pacer_grows_while_breathing_in(page: SessionPage, clock: FakeClock) -> None:
    page.controller.begin(ROUTINE)
    page.controller.skip_exercise()
    page.controller.skip_exercise()
    assert page.phase.text().strip() == "Breathe in"
    assert page._display.interval() == 30  # over 30 frames a second for the circle
    sizes = []
    for _ in range(4):
        clock.advance(1)
        page.refresh()
        sizes.append(page.pacer.fill)
    assert sizes == sorted(sizes) and sizes[-1] == pytest.approx(1.0)


def test_focus_mode_fills_the_screen_with_the_countdown(page: SessionPage, qtbot: QtBot) -> None:
    page.controller.begin(ROUTINE)
    with qtbot.waitSignal(page.focus_mode_changed) as changed:
        press(qtbot, page, Qt.Key.Key_F11)
    assert changed.args == [True]
    assert not page.instructions.isVisible() and not page.controls.isVisible()
    assert page.countdown.font().pixelSize() >= page.height() / 4
    press(qtbot, page, Qt.Key.Key_F11)
    assert page.controls.isVisible()


def test_escape_asks_before_stopping_and_the_end_leaves_focus_mode(
    page: SessionPage, qtbot: QtBot, dialog_log: DialogLog
) -> None:
    page.controller.begin(ROUTINE)
    page.set_focus_mode(True)
    dialog_log.answers["confirm"] = False
    press(qtbot, page, Qt.Key.Key_Escape)
    assert page.controller.state is State.RUNNING and page.focus_mode
    dialog_log.answers["confirm"] = True
    with qtbot.waitSignal(page.title_changed) as title:
        press(qtbot, page, Qt.Key.Key_Escape)
    assert title.args == ["BackCare"]
    assert not page.active and not page.focus_mode and page.views.currentIndex() == 0
    assert not page._display.isActive()


def test_escape_after_the_end_only_leaves_focus_mode(page: SessionPage, qtbot: QtBot,
                                                     dialog_log: DialogLog) -> None:
    page.set_focus_mode(True)
    press(qtbot, page, Qt.Key.Key_Escape)
    assert not page.focus_mode and "confirm" not in dialog_log.names()


def test_the_hurt_button_stops_the_session(page: SessionPage, dialog_log: DialogLog) -> None:
    page.controller.begin(ROUTINE)
    page.hurt_button.click()
    assert not page.active and page.views.currentIndex() == 0
    assert "hurt_advice" in dialog_log.names()


def test_the_window_title_shows_the_time_left(page: SessionPage) -> None:
    titles: list[str] = []
    page.title_changed.connect(titles.append)
    page.controller.begin(ROUTINE)
    assert titles[-1] == "1:04 left · BackCare"


def test_a_sleep_of_the_computer_noticed_by_the_display_says_why(
    page: SessionPage, clock: FakeClock
) -> None:
    page.controller.begin(ROUTINE)
    clock.sleep(3600)  # an hour asleep: the monotonic clock stood still
    page.refresh()
    assert page.controller.state is State.PAUSED
    assert "went to sleep" in page.paused_note.text()


def test_a_locked_screen_pause_is_shown_with_its_reason(page: SessionPage) -> None:
    page.controller.begin(ROUTINE)
    page.controller.pause_for("The session paused because the screen was locked.")
    assert page.paused_note.text() == ("Paused — press Space to continue\n"
                                       "The session paused because the screen was locked.")


def test_a_water_note_shows_quietly_until_the_session_ends(page: SessionPage) -> None:
    page.controller.begin(ROUTINE)
    page.show_water_note("Time for a glass of water.")
    assert page.water_note.isVisible()
    assert page.water_note.text() == "Time for a glass of water. Take a sip at the next rest."
    page.clear_water_note()
    assert page.water_note.isHidden()
    page.show_water_note("Time for a glass of water.")
    page.controller.abandon()
    assert page.water_note.isHidden()


# -- following it from the mat --------------------------------------------------------

MAT = Routine("mat", "Mat", "strength", "gentle", (
    Exercise("Bridge", Reps(reps=3, move_s=2, hold_s=2, return_s=2), prepare_s=3,
             rest_after_s=8),
    Exercise("Bird dog", Hold(10, per_side=True, switch_s=3), prepare_s=3),
))


def test_the_figure_moves_with_the_timer_and_stands_still_while_paused(
    page: SessionPage, clock: FakeClock
) -> None:
    page.controller.begin(MAT)
    advance(page, clock, 3 + 1)  # a second into the first rep's lift
    view = page.controller.display()
    assert view is not None and page.figure_view.isVisibleTo(page)
    assert page.figure_view.figure() is FIGURES["bridge"]
    expected = shown_at(view.phase, view.exercise, view.next_phase, view.next_exercise,
                        view.phase_elapsed_s)
    assert expected is not None and page.figure_view.pose() == expected.pose
    assert page.figure_view.pose() not in (FIGURES["bridge"].start, FIGURES["bridge"].end)
    page.controller.toggle_pause()
    held = page.figure_view.pose()
    clock.advance(30)
    page.refresh()
    assert page.figure_view.pose() == held and not page.figure_view.isEnabled()


def test_reps_show_the_rep_big_and_the_seconds_small(page: SessionPage,
                                                     clock: FakeClock) -> None:
    page.controller.begin(MAT)
    advance(page, clock, 3 + 6 + 1)  # into the second rep's lift
    assert (page.countdown.text(), page.rep_total.text()) == ("2", "of 3")
    assert page.counters.text() == "1 s"


def test_the_rest_shows_the_next_exercise_and_the_side_it_starts_on(
    page: SessionPage, clock: FakeClock
) -> None:
    page.controller.begin(MAT)
    advance(page, clock, 3 + 18 + 1)  # a second into the rest after the bridges
    assert page.exercise.text() == "Next: Bird dog"
    assert page.figure_view.figure() is FIGURES["bird-dog"]
    assert page.figure_view.pose() is not None
    assert page.counters.text() == "Start on the left side"


def test_h_stops_the_session_because_it_hurts_even_in_focus_mode(
    page: SessionPage, qtbot: QtBot, dialog_log: DialogLog
) -> None:
    page.controller.begin(MAT)
    page.set_focus_mode(True)
    assert page.hurt_button.isVisibleTo(page)  # the controls are hidden, not this
    press(qtbot, page, Qt.Key.Key_H)
    assert not page.active and "hurt_advice" in dialog_log.names()


def test_h_does_nothing_without_a_session(page: SessionPage, qtbot: QtBot,
                                          dialog_log: DialogLog) -> None:
    press(qtbot, page, Qt.Key.Key_H)
    assert "hurt_advice" not in dialog_log.names()


def test_the_rep_count_fits_beside_the_figure_and_focus_mode_draws_it_light_on_black(
    page: SessionPage, qtbot: QtBot, clock: FakeClock
) -> None:
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    page.controller.begin(MAT)
    advance(page, clock, 3 + 1)
    assert (page.countdown.text(), page.rep_total.text()) == ("1", "of 3")
    qtbot.waitUntil(lambda: page.countdown.fontMetrics().horizontalAdvance(
        page.countdown.text()) <= page.countdown.width())
    assert page.figure_view.width() >= page.countdown.width()  # not squeezed by the text
    page.set_focus_mode(True)
    assert page.figure_view.colours().color(QPalette.ColorRole.Window).lightness() < 80
    page.set_focus_mode(False)
    assert page.figure_view.colours().color(QPalette.ColorRole.Window).lightness() > 160


def test_marching_is_shown_as_keep_moving(page: SessionPage, clock: FakeClock) -> None:
    page.controller.begin(Routine("m", "M", "mixed", "gentle",
                                  (Exercise("March on the spot", Hold(30), prepare_s=2),)))
    advance(page, clock, 3)
    assert page.phase.text().strip() == "Keep moving"


@pytest.mark.parametrize("focus", [True, False], ids=["focus mode", "in the window"])
def test_from_three_metres_the_number_the_words_and_the_figure_are_big_enough(
    page: SessionPage, qtbot: QtBot, clock: FakeClock, focus: bool
) -> None:
    """On a 1366×768 screen: in focus mode the number and the figure at least a third
    of its height, the phase word, set and side a twelfth; in the window (the page
    is about 640 px high there) half of that."""
    screen_h = 768
    page.resize(1366, screen_h if focus else 640)
    page.show()
    qtbot.waitExposed(page)
    page.set_focus_mode(focus)
    page.controller.begin(Routine("b", "Bridges", "strength", "gentle", (
        Exercise("Bridge", Reps(reps=10, move_s=2, hold_s=2, return_s=2), prepare_s=3),)))
    advance(page, clock, 3 + 6 * 9 + 1)  # the tenth rep's lift: "10" is the widest
    share = 1 if focus else 0.5
    qtbot.waitUntil(lambda: page.countdown.text() == "10")
    assert page.countdown.font().pixelSize() >= share * screen_h / 3
    for label in (page.phase, page.counters, page.rep_total):
        assert label.isVisible() and label.font().pixelSize() >= share * screen_h / 12
    assert page.figure_view.height() >= share * screen_h / 3
    assert page.figure_view.width() >= page.figure_view.height()
