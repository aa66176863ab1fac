"""Which tones and words go with which session events."""

from __future__ import annotations

from backcare_desktop.core.routines.model import Breathing, Exercise, Hold, Pmr, Reps, Routine
from backcare_desktop.core.routines.plan import expand
from backcare_desktop.core.session.cues import Cue, cues_for
from backcare_desktop.core.session.engine import SessionEngine
from backcare_desktop.core.words import as_written


def heard(*exercises: Exercise) -> list[Cue]:
    t = [0.0]
    plan = expand(Routine("r", "R", "mixed", "gentle", tuple(exercises)))
    engine = SessionEngine(plan, lambda: t[0])
    events = engine.start()
    while (deadline := engine.next_deadline()) is not None:
        t[0] = deadline
        events += engine.poll()
    return cues_for(events, plan)


def test_a_hold_per_side_names_the_exercise_ticks_down_and_switches() -> None:
    cues = heard(Exercise("Side bridge", Hold(10, per_side=True, switch_s=5), prepare_s=5))
    assert cues == [
        Cue("phase", "Next: Side bridge. Get ready."),
        Cue("tick"), Cue("tick"), Cue("tick"),
        Cue("phase", "Left side. Hold."),
        Cue("tick"), Cue("tick"), Cue("tick"),
        Cue("switch", "Switch to your right side."),
        Cue("tick"), Cue("tick"), Cue("tick"),
        Cue("phase", "Right side. Hold."),
        Cue("tick"), Cue("tick"), Cue("tick"),
        Cue("bell", "Well done. That is the end."),
    ]


def test_relaxation_is_soft_and_uses_plain_prompts() -> None:
    cues = heard(Exercise("Shoulders", Pmr(5, 45), prepare_s=0))
    assert cues == [Cue("phase_soft", "Tense your shoulders."),
                    Cue("phase_soft", "Let go, and relax."),
                    Cue("bell_soft", "Well done. That is the end.")]


def test_breathing_is_guided_in_words_for_the_first_breaths_only() -> None:
    cues = heard(Exercise("Belly", Breathing(4, 6, cycles=5), prepare_s=0))
    words = [c.words for c in cues if c.words]
    assert words[:6] == ["Breathe in.", "Breathe out."] * 3
    assert words[6:] == ["Well done. That is the end."]
    assert all(c.sound in ("phase_soft", "bell_soft", None) for c in cues)


def test_reps_announce_the_set_halfway_and_the_last_set() -> None:
    cues = heard(Exercise("Bridge", Reps(10, sets=2, rest_between_sets_s=5, move_s=1,
                                         hold_s=0, return_s=1), prepare_s=0))
    words = [c.words for c in cues if c.words]
    assert words == ["10 reps. Go.", "Halfway.", "Rest.", "Last set. 10 reps. Go.",
                     "Halfway.", "Well done. That is the end."]


def test_marching_is_not_called_holding() -> None:
    words = [c.words for c in heard(Exercise("March on the spot", Hold(30), prepare_s=5))
             if c.words]
    assert "Keep moving." in words and "Hold." not in words


def test_the_words_go_through_the_translation_handed_in() -> None:
    asked: list[tuple[str, int]] = []

    def shouting(text: str, disambiguation: str = "", n: int = -1) -> str:
        asked.append((text, n))
        return as_written(text, disambiguation, n).upper().replace("{NAME}", "{name}")

    plan = expand(Routine("r", "R", "mixed", "gentle", (
        Exercise("Bridge", Reps(1, sets=2, rest_between_sets_s=5, move_s=1, hold_s=0,
                                return_s=1, per_side=True, switch_s=5), prepare_s=5),)))
    t = [0.0]
    engine = SessionEngine(plan, lambda: t[0])
    events = engine.start()
    while (deadline := engine.next_deadline()) is not None:
        t[0] = deadline
        events += engine.poll()
    words = [c.words for c in cues_for(events, plan, shouting) if c.words]
    assert words[:3] == ["NEXT: Bridge. GET READY.", "LEFT SIDE. 1 REP. GO.",
                         "SWITCH TO YOUR RIGHT SIDE."]
    assert words[-1] == "WELL DONE. THAT IS THE END."
    assert ("%n rep(s). Go.", 1) in asked  # counted, so each language has its plural
    assert ("Next: {name}. Get ready.", -1) in asked  # the name is put in afterwards
