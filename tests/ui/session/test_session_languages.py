"""The session page in German and Spanish on a small screen (1024×600): the phase
word and the counters on the band are shown whole, made smaller where a long word
needs it, never cut off, and the page never grows wider than the screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Pmr, Reps, Routine
from backcare_desktop.ui.session.page import SessionPage
from tests.fakes import FakeClock

from .conftest import step

# What the translations say for the texts these steps show (the longest ones the
# band carries) and for the buttons, written out so the test does not depend on
# the compiled files. English as written is the third language.
WORDS: dict[str, dict[tuple[str, str], str]] = {
    "en": {},
    "de": {
        ("Texts", "Get ready"): "Bereit machen",
        ("Texts", "Hold"): "Halten",
        ("Texts", "Return"): "Zurück",
        ("Texts", "Let go and relax"): "Loslassen und entspannen",
        ("Texts", "Breathe in"): "Einatmen",
        ("Texts", "Breathe out"): "Ausatmen",
        ("Texts", "Switch sides"): "Seite wechseln",
        ("SessionPage", "Tense your {part}"): "{part} anspannen",
        ("", "Set {number} of {total}"): "Satz {number} von {total}",
        ("", "Rep {number} of {total}"): "Wiederholung {number} von {total}",
        ("", "Breath {number} of {total}"): "Atemzug {number} von {total}",
        ("", "Left side"): "Linke Seite",
        ("", "Right side"): "Rechte Seite",
        ("SessionPage", "◀ Back"): "◀ Zurück",
        ("SessionPage", "Pause"): "Pause",
        ("SessionPage", "Next ▶"): "Weiter ▶",
        ("SessionPage", "Skip exercise"): "Übung überspringen",
        ("SessionPage", "Count rep"): "Wdh. zählen",
        ("SessionPage", "Focus mode"): "Fokusmodus",
        ("SessionPage", "Stop"): "Beenden",
        ("SessionPage", "Stop — this hurts"): "Aufhören – es tut weh",
        ("SessionPage", "Sound and voice…"): "Ton und Stimme…",
    },
    "es": {
        ("Texts", "Get ready"): "Prepárate",
        ("Texts", "Hold"): "Mantén",
        ("Texts", "Return"): "Vuelve",
        ("Texts", "Let go and relax"): "Suelta y relaja",
        ("Texts", "Breathe in"): "Inspira",
        ("Texts", "Breathe out"): "Espira",
        ("Texts", "Switch sides"): "Cambia de lado",
        ("SessionPage", "Tense your {part}"): "Tensa {part}",
        ("", "Set {number} of {total}"): "Serie {number} de {total}",
        ("", "Rep {number} of {total}"): "Repetición {number} de {total}",
        ("", "Breath {number} of {total}"): "Respiración {number} de {total}",
        ("", "Left side"): "Lado izquierdo",
        ("", "Right side"): "Lado derecho",
        ("SessionPage", "◀ Back"): "◀ Atrás",
        ("SessionPage", "Pause"): "Pausa",
        ("SessionPage", "Next ▶"): "Siguiente ▶",
        ("SessionPage", "Skip exercise"): "Saltar ejercicio",
        ("SessionPage", "Count rep"): "Contar rep.",
        ("SessionPage", "Focus mode"): "Modo enfoque",
        ("SessionPage", "Stop"): "Terminar",
        ("SessionPage", "Stop — this hurts"): "Parar: me duele",
        ("SessionPage", "Sound and voice…"): "Sonido y voz…",
    },
}

# Steps whose band is long: (routine, seconds into it, what the phase word says).
PMR = Routine("p", "P", "relaxation", "gentle", (
    Exercise("Right hand and forearm", Pmr(tense_s=5, relax_s=20), prepare_s=2),))
BRIDGE = Routine("b", "B", "strength", "gentle", (
    Exercise("Side bridge", Reps(reps=10, sets=3, per_side=True, move_s=2, hold_s=2,
                                 return_s=2), prepare_s=2),))
PLANK = Routine("h", "H", "strength", "gentle", (
    Exercise("Side plank", Hold(hold_s=30, sets=3, per_side=True), prepare_s=2),))
BREATH = Routine("r", "R", "breathing", "gentle", (
    Exercise("Belly", Breathing(4, 6, cycles=10), prepare_s=2),))
STEPS = {
    "tense": (PMR, 3, "Tense"),
    "relax": (PMR, 8, "Let go and relax"),
    "return": (BRIDGE, 2 + 5.5, "Return"),
    "hold": (PLANK, 3, "Hold"),
    "breathe in": (BREATH, 3, "Breathe in"),
}


class Words(QTranslator):
    def __init__(self, words: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.words = words

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return self.words.get((context, source))  # None: not translated here

    def isEmpty(self) -> bool:
        return False


@pytest.fixture(params=["de", "es", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    words = Words(WORDS[request.param])
    app = QApplication.instance()
    assert app is not None
    app.installTranslator(words)
    yield request.param
    app.removeTranslator(words)


def shown_whole(label: QLabel) -> bool:
    text = label.text()
    return label.fontMetrics().horizontalAdvance(text) <= label.contentsRect().width()


@pytest.mark.parametrize("focus", [True, False], ids=["focus mode", "in the window"])
@pytest.mark.parametrize("name", list(STEPS))
def test_the_band_shows_long_words_whole_on_a_small_screen(
        page: SessionPage, qtbot: QtBot, clock: FakeClock, language: str, focus: bool,
        name: str) -> None:
    routine, seconds, english = STEPS[name]
    page.resize(1024, 600)
    page.set_focus_mode(focus)
    page.controller.begin(routine)
    step(page.controller, clock, seconds)
    page.refresh()
    if language != "en":
        if english != "Tense":
            assert page.phase.text() == WORDS[language][("Texts", english)]
        assert page.phase.text() != english
    qtbot.waitUntil(lambda: shown_whole(page.phase) and shown_whole(page.counters))
    assert page.width() == 1024
    # Still read from the mat: not made smaller than it needs.
    line = int(600 / (12 if focus else 18))
    assert page.phase.font().pixelSize() >= line // 2
