"""What the session screen shows from across the room: the phase's colour band
(apart for the common colour-vision deficiencies), the calm relaxation layout,
the next exercise's dose during a rest, and focus mode's control strip."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication, QBoxLayout
from pytestqt.qtbot import QtBot

from backcare_desktop.core.routines.library import builtin_dir
from backcare_desktop.core.routines.loading import load_routine_file
from backcare_desktop.core.routines.model import Exercise, Hold, Pmr, Routine
from backcare_desktop.core.routines.plan import expand
from backcare_desktop.ui.session.page import (
    CALM_FADE_S,
    PHASE_COLOURS,
    SessionPage,
    phase_colour,
)
from tests.fakes import FakeClock, fire_timer

from .conftest import ROUTINE, step

# -- colour vision ----------------------------------------------------------------
# Simulated with the Machado, Oliveira & Fernandes (2009) matrices at full severity
# in linear RGB, compared as CIE76 differences in CIELAB.
VISION = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
APART = 20.0  # CIE76: clearly different at a glance


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(colour: str, vision: str) -> tuple[float, float, float]:
    q = QColor(colour)
    rgb = [_linear(v) for v in (q.redF(), q.greenF(), q.blueF())]
    m = VISION[vision]
    r, g, b = (min(1.0, max(0.0, sum(m[i][j] * rgb[j] for j in range(3)))) for i in range(3))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _contrast_with_white(colour: str) -> float:
    q = QColor(colour)
    lum = sum(w * _linear(v) for w, v in zip((0.2126, 0.7152, 0.0722),
                                             (q.redF(), q.greenF(), q.blueF()), strict=True))
    return 1.05 / (lum + 0.05)


def _following_pairs() -> set[tuple[str, str]]:
    """Every pair of phase colours that follow one another in a built-in routine."""
    pairs = set()
    for path in sorted(builtin_dir().glob("*.toml")):
        phases = expand(load_routine_file(path)).phases
        for a, b in itertools.pairwise(phases):
            ca, cb = phase_colour(a), phase_colour(b)
            if ca != cb:
                pairs.add((ca, cb))
    return pairs


def test_white_text_reads_on_every_phase_colour() -> None:
    for name, colour in PHASE_COLOURS.items():
        assert _contrast_with_white(colour) >= 4.5, name


@pytest.mark.parametrize("vision", sorted(VISION))
def test_phases_that_follow_one_another_stay_apart_in_colour_vision_deficiencies(
        vision: str) -> None:
    pairs = _following_pairs()
    assert len(pairs) >= 6  # get ready, work, rest, switch, tense, relax, breaths
    for a, b in pairs:
        la, lb = _lab(a, vision), _lab(b, vision)
        apart = sum((p - q) ** 2 for p, q in zip(la, lb, strict=True)) ** 0.5
        assert apart >= APART, f"{a} then {b}: {apart:.1f} apart for {vision}"


# -- the band -----------------------------------------------------------------------


def test_the_band_takes_the_phase_colour_across_the_page(page: SessionPage,
                                                        clock: FakeClock) -> None:
    page.controller.begin(ROUTINE)
    assert page.band.colour == QColor(PHASE_COLOURS["prepare"])
    assert page.band.width() > page.width() * 0.8  # a wide band, not a small label
    step(page.controller, clock, 5)
    page.refresh()
    assert page.phase.text() == "Hold" and page.band.colour == QColor(PHASE_COLOURS["work"])
    step(page.controller, clock, 20)
    page.refresh()
    assert page.band.colour == QColor(PHASE_COLOURS["rest"])


# -- relaxation -----------------------------------------------------------------------

PMR = Routine("pmr", "Relax", "relaxation", "gentle", (
    Exercise("Shoulders", Pmr(tense_s=5, relax_s=45), prepare_s=5),
    Exercise("Stomach", Pmr(tense_s=5, relax_s=45), prepare_s=0),
))


def test_relaxation_has_its_own_calm_layout(page: SessionPage, clock: FakeClock) -> None:
    page.controller.begin(ROUTINE)
    assert page._middle.direction() is QBoxLayout.Direction.LeftToRight
    assert not page.progress.calm
    page.controller.abandon()
    page.controller.begin(PMR)
    # The body outline large in the middle, the countdown small under it, no bright bar.
    assert page._middle.direction() is QBoxLayout.Direction.TopToBottom
    assert page.progress.calm and "#0e1822" in page.styleSheet()
    step(page.controller, clock, 5)
    page.refresh()
    assert page.phase.text() == "Tense your shoulders" and page.figure_view.isVisible()
    assert page.figure_view.height() > 2 * page.countdown.height()


def test_relaxation_colours_change_slowly_and_a_pause_holds_them(
        page: SessionPage, clock: FakeClock) -> None:
    page.controller.begin(PMR)
    step(page.controller, clock, 5)  # tense begins
    page.refresh()
    start = page.band.colour
    step(page.controller, clock, CALM_FADE_S / 2)
    page.refresh()
    halfway = page.band.colour
    assert halfway != start
    page.controller.toggle_pause()
    clock.advance(30)
    page.refresh()
    assert page.band.colour != halfway  # dimmed while paused
    page.controller.toggle_pause()
    page.refresh()
    assert page.phase.text() == "Get ready"
    step(page.controller, clock, 3)
    page.refresh()
    assert page.band.colour == halfway  # the fade waited for the pause and the get-ready
    step(page.controller, clock, CALM_FADE_S)
    page.refresh()
    assert page.band.colour == QColor(PHASE_COLOURS["tense"]).darker(125)


def test_leaving_a_relaxation_session_brings_the_normal_page_back(
        page: SessionPage) -> None:
    page.controller.begin(PMR)
    page.controller.abandon()
    assert page.styleSheet() == "" and page._middle.direction() is (
        QBoxLayout.Direction.LeftToRight)


# -- rests look forward ------------------------------------------------------------


def test_the_rest_shows_the_next_exercise_with_its_dose_in_words(
        page: SessionPage, clock: FakeClock) -> None:
    routine = Routine("r", "R", "mixed", "gentle", (
        Exercise("Plank", Hold(hold_s=20), prepare_s=0, rest_after_s=30),
        Exercise("Side plank", Hold(hold_s=15, per_side=True), prepare_s=0),
    ))
    page.controller.begin(routine)
    step(page.controller, clock, 20)
    page.refresh()
    assert page.exercise.text() == "Next: Side plank"
    assert page.rep_total.isVisible() and page.rep_total.text() == "hold 15 s, each side"
    assert page.counters.text() == "Start on the left side"


# -- focus mode's control strip -------------------------------------------------------


def _move_mouse(page: SessionPage) -> None:
    target = page.countdown
    event = QMouseEvent(QMouseEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5),
                        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)


def test_focus_mode_shows_its_controls_when_the_mouse_moves_then_hides_them(
        page: SessionPage, qtbot: QtBot) -> None:
    page.controller.begin(ROUTINE)
    page.set_focus_mode(True)
    assert page.controls.isHidden() and page.hurt_button.isVisible()
    _move_mouse(page)
    assert page.controls.isVisible()
    fire_timer(page, "session-controls-shown")  # a few still seconds later
    assert page.controls.isHidden()
    qtbot.keyClick(page, Qt.Key.Key_A)  # not a session key
    assert page.controls.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_F11)  # leaving focus mode: controls stay
    assert not page.focus_mode and page.controls.isVisible()
    _move_mouse(page)
    assert page.findChild(type(page._display), "session-controls-shown").isActive() is False


def test_the_session_keys_do_not_bring_the_controls_back(page: SessionPage,
                                                         qtbot: QtBot) -> None:
    page.controller.begin(ROUTINE)
    page.set_focus_mode(True)
    qtbot.keyClick(page, Qt.Key.Key_Right)
    assert page.controls.isHidden()


def test_each_step_of_a_rep_has_its_own_colour() -> None:
    from backcare_desktop.core.routines.plan import Phase, PhaseKind

    colours = {phase_colour(Phase(kind, 2.0, 0, rep_number=1, reps=10)) for kind in (
        PhaseKind.REP_MOVE, PhaseKind.REP_HOLD, PhaseKind.REP_RETURN)}
    assert len(colours) == 3
