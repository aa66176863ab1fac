"""The session page in German and Spanish on a small screen (1024×600): the phase
word and the counters on the band are shown whole, made smaller where a long word
needs it, never cut off, and the page never grows wider than the screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from backcare_desktop.core.routines.library import builtin_dir
from backcare_desktop.core.routines.loading import load_routine_file
from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Pmr, Reps, Routine
from backcare_desktop.ui.session.page import SessionPage
from backcare_desktop.ui.shell import i18n
from backcare_desktop.ui.shell.texts import PHASE_NAMES
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
        ("Texts", "Return"): "Zurückkommen",
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
        ("SessionPage", "Tense your {part}"): "Tensa: {part}",
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


# -- every phase word with the translations BackCare ships ---------------------------

# Every kind of step: a side hold in sets (get ready, hold, rest, switch sides), tempo
# reps on each side (move, hold, return), reps at one's own pace, a marching hold
# ("Keep moving"), tension and relaxation, and breathing with both holds.
EVERY_STEP = Routine("all", "All", "mixed", "gentle", (
    Exercise("Side plank", Hold(hold_s=30, sets=2, per_side=True), prepare_s=2,
             rest_after_s=10),
    Exercise("Side bridge", Reps(reps=10, sets=2, per_side=True, move_s=2, hold_s=2,
                                 return_s=2), prepare_s=2),
    Exercise("Curl", Reps(reps=10, sets=2, pace="counted"), prepare_s=0),
    Exercise("March in place", Hold(hold_s=30), prepare_s=2),
    Exercise("Right hand and forearm", Pmr(tense_s=5, relax_s=20), prepare_s=2),
    Exercise("Belly", Breathing(4, 6, hold_in_s=2, hold_out_s=2, cycles=10), prepare_s=2),
))


def builtin_routines(language: str) -> list[Routine]:
    return [load_routine_file(path, builtin=True).in_language(language)
            for path in sorted(builtin_dir().glob("*.toml"))]


@pytest.fixture(params=["de", "es"])
def shipped(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """German or Spanish shown with the compiled translations BackCare ships."""
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "en")


@pytest.mark.parametrize("focus", [True, False], ids=["focus mode", "in the window"])
def test_every_phase_word_is_shown_whole_at_1024x600(
        page: SessionPage, qtbot: QtBot, shipped: str, focus: bool) -> None:
    """Step through every phase of a routine with every kind of step and of each
    built-in routine in the shown language: the phase word and the counters are
    shown whole on the band, the longest phase word among them."""
    # Every phase word the page shows alone (tension names the part: "Tense your …").
    every = {QCoreApplication.translate("Texts", name)
             for kind, name in PHASE_NAMES.items() if kind != "tense"}
    longest = max(every, key=lambda word: page.phase.fontMetrics().horizontalAdvance(word))
    assert longest not in PHASE_NAMES.values()  # the shipped translation is there
    page.resize(1024, 600)
    page.set_focus_mode(focus)
    seen: set[str] = set()
    line = int(600 / (12 if focus else 18))
    for routine in [EVERY_STEP, *builtin_routines(shipped)]:
        page.controller.begin(routine)
        while page.controller.active:
            page.refresh()
            seen.add(page.phase.text())
            qtbot.waitUntil(lambda: shown_whole(page.phase) and shown_whole(page.counters),
                            timeout=1000)
            assert page.width() == 1024
            assert page.phase.font().pixelSize() >= line // 2  # still read from the mat
            view = page.controller.display()
            assert view is not None
            if view.next_phase is None:
                page.controller.abandon("seen")
            else:
                page.controller.next_phase()
    assert longest in seen
    assert every <= seen, every - seen
