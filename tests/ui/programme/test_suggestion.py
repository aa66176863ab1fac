"""After a recorded session: the suggestion, and what Accept and Not now do."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backcare_desktop.app import Running
from backcare_desktop.core.programme.progression import Direction, Suggestion
from backcare_desktop.core.routines.loading import load_routine_file
from backcare_desktop.core.routines.model import Exercise, Hold, Reps
from backcare_desktop.core.vocabulary import Feeling, PainMoment, SessionState
from backcare_desktop.paths import AppPaths
from backcare_desktop.storage.repository import Repository
from backcare_desktop.ui.programme.suggestion import SuggestionDialog
from tests.fakes import FakeClock, fire_timer
from tests.ui.conftest import DialogLog

Launch = Callable[[AppPaths], "Running | int"]


def up(launch: Launch, paths: AppPaths, qtbot: QtBot) -> Running:
    running = launch(paths)
    assert isinstance(running, Running)
    qtbot.waitUntil(lambda: running.ready)
    return running


def sessions(repo: Repository, clock: FakeClock, routine_id: str, title: str,
             feelings: list[Feeling], before: int = 3, after: int = 3) -> int:
    """Record finished sessions a day apart; the last one's id."""
    sid = 0
    for feeling in feelings:
        clock.advance(86400)
        at = clock.now()
        sid = repo.start_session(routine_id, title, 900, at)
        repo.add_pain(before, at, session_id=sid, moment=PainMoment.BEFORE)
        end = at + timedelta(minutes=15)
        repo.finish_session(sid, SessionState.FINISHED, end, 900)
        repo.add_pain(after, end, session_id=sid, moment=PainMoment.AFTER)
        repo.set_session_feeling(sid, feeling)
    return sid


EASY = [Feeling.TOO_EASY] * 3


def test_accepting_makes_an_own_copy_of_a_built_in_and_keeps_the_earlier_version(
        launch: Launch, paths: AppPaths, qtbot: QtBot, clock: FakeClock,
        dialog_log: DialogLog) -> None:
    running = up(launch, paths, qtbot)
    repo = running.repo
    sid = sessions(repo, clock, "core-stability", "Core stability", EASY)
    page = running.window.page("routines")  # the picker, built, must show the copy
    page.ensure_built()  # type: ignore[attr-defined]
    dialog_log.answers["suggestion"] = True
    with qtbot.waitSignal(running.ctx.events.routines_changed):
        running.ctx.events.session_recorded.emit(sid)
    suggestion = dialog_log.args_of("suggestion")[1]
    assert isinstance(suggestion, Suggestion) and suggestion.direction is Direction.HARDER
    assert suggestion.exercise_name == "Bridge"
    copy = load_routine_file(paths.routines / "core-stability-my-copy.toml")
    assert copy.title == "Core stability (my copy)" and copy.based_on == "core-stability"
    assert copy.exercises[0] == suggestion.proposed
    assert isinstance(copy.exercises[0].spec, Reps)
    versions = repo.routine_versions(copy.id)
    assert len(versions) == 1 and 'id = "core-stability"' in versions[0].toml
    decision = repo.progression_decisions("core-stability")[-1]
    assert decision.accepted and decision.new_routine_id == copy.id
    assert decision.proposed == suggestion.proposed_words()
    qtbot.waitUntil(lambda: page.model.row_of(copy.id) is not None)  # type: ignore[attr-defined]

    # The copy's own sessions are judged next, and its file is updated in place.
    sid = sessions(repo, clock, copy.id, copy.title, EASY)
    first_text = (paths.routines / "core-stability-my-copy.toml").read_text(encoding="utf-8")
    with qtbot.waitSignal(running.ctx.events.routines_changed):
        running.ctx.events.session_recorded.emit(sid)
    again = load_routine_file(paths.routines / "core-stability-my-copy.toml")
    assert again.based_on == "core-stability"
    changed = [a.name for a, b in zip(again.exercises, copy.exercises, strict=True) if a != b]
    assert changed == ["Bird dog"]  # the next exercise's turn
    assert [v.toml for v in repo.routine_versions(copy.id)][-1] == first_text


def test_not_now_is_remembered_and_not_asked_again_soon(
        launch: Launch, paths: AppPaths, qtbot: QtBot, clock: FakeClock,
        dialog_log: DialogLog) -> None:
    running = up(launch, paths, qtbot)
    repo = running.repo
    sid = sessions(repo, clock, "core-stability", "Core stability", EASY)
    dialog_log.answers["suggestion"] = False
    running.ctx.events.session_recorded.emit(sid)
    assert dialog_log.names().count("suggestion") == 1
    assert not repo.progression_decisions("core-stability")[-1].accepted
    assert not (paths.routines / "core-stability-my-copy.toml").exists()
    sid = sessions(repo, clock, "core-stability", "Core stability", EASY)
    running.ctx.events.session_recorded.emit(sid)
    assert dialog_log.names().count("suggestion") == 1


def test_pain_rising_suggests_less_of_the_person_s_own_routine(
        launch: Launch, paths: AppPaths, qtbot: QtBot, clock: FakeClock,
        dialog_log: DialogLog) -> None:
    paths.routines.mkdir(parents=True, exist_ok=True)
    own = paths.routines / "mine.toml"
    text = ('# my own notes stay in the kept version\nid = "mine"\ntitle = "Mine"\n'
            'category = "strength"\ndifficulty = "gentle"\n\n[[exercise]]\nname = "Plank"\n'
            'kind = "hold"\nhold_s = 30\n')
    own.write_text(text, encoding="utf-8")
    running = up(launch, paths, qtbot)
    sid = sessions(running.repo, clock, "mine", "Mine", [Feeling.ABOUT_RIGHT], before=2,
                   after=5)
    dialog_log.answers["suggestion"] = True
    running.ctx.events.session_recorded.emit(sid)
    suggestion = dialog_log.args_of("suggestion")[1]
    assert suggestion.direction is Direction.EASIER
    assert "5, 3 points higher than before it (2)" in suggestion.reason
    assert load_routine_file(own).exercises == (Exercise("Plank", Hold(hold_s=25)),)
    assert running.repo.routine_versions("mine")[0].toml == text


def test_nothing_during_a_flare_up_or_a_session(
        launch: Launch, paths: AppPaths, qtbot: QtBot, clock: FakeClock,
        dialog_log: DialogLog) -> None:
    running = up(launch, paths, qtbot)
    sid = sessions(running.repo, clock, "core-stability", "Core stability", EASY)
    progression = running.programme.progression
    assert progression.suggestion_for(sid) is not None  # three easy sessions: one more
    running.repo.start_flare(clock.now())
    assert progression.suggestion_for(sid) is None  # but not during a flare-up
    running.ctx.events.session_recorded.emit(sid)
    assert "suggestion" not in dialog_log.names()
    running.repo.end_flare(clock.now())
    running.ctx.session.set_active(True)
    running.ctx.events.session_recorded.emit(sid)
    running.ctx.session.set_active(False)
    assert "suggestion" not in dialog_log.names()


@pytest.mark.parametrize("builtin", [True, False])
def test_the_dialog_shows_the_dose_now_and_proposed_and_why(qtbot: QtBot,
                                                            builtin: bool) -> None:
    bridge = Exercise("Bridge", Reps(reps=10))
    suggestion = Suggestion("core-stability", "Core stability", Direction.HARDER,
                            "Your last 3 sessions felt too easy and your pain did not rise.",
                            0, bridge, Exercise("Bridge", Reps(reps=12)))
    dialog = SuggestionDialog(suggestion, builtin=builtin, copy="Core stability (my copy)")
    qtbot.addWidget(dialog)
    shown = dialog.findChild(QLabel).text()
    assert "Now: 10 reps" in shown and "Suggested: 12 reps" in shown
    assert "felt too easy" in shown
    assert ("Core stability (my copy)" in shown) is builtin
    assert dialog.not_now.isDefault()


def test_three_easy_sessions_run_in_the_app_bring_the_suggestion_after_the_summary(
        launch: Launch, paths: AppPaths, qtbot: QtBot, clock: FakeClock,
        dialog_log: DialogLog) -> None:
    paths.routines.mkdir(parents=True, exist_ok=True)
    (paths.routines / "short.toml").write_text(
        'id = "short"\ntitle = "Short"\ncategory = "strength"\ndifficulty = "gentle"\n\n'
        '[[exercise]]\nname = "Plank"\nkind = "hold"\nhold_s = 5\nprepare_s = 0\n'
        'rest_after_s = 0\n', encoding="utf-8")
    running = up(launch, paths, qtbot)
    routine = load_routine_file(paths.routines / "short.toml")
    dialog_log.answers["pain"] = 2

    def summary(*_args: object) -> tuple[int, Feeling]:
        assert "suggestion" not in dialog_log.names()  # the summary comes first
        return 2, Feeling.TOO_EASY

    dialog_log.answers["summary"] = summary
    dialog_log.answers["suggestion"] = False
    for _ in range(3):
        running.ctx.events.start_routine.emit(routine)
        controller = running.window.page("session").controller  # type: ignore[attr-defined]
        while running.ctx.session.active:
            clock.advance(1)
            fire_timer(controller.runner, "session-boundary")
    assert dialog_log.names()[-1] == "suggestion"
    suggestion = dialog_log.args_of("suggestion")[1]
    assert suggestion.proposed == Exercise("Plank", Hold(hold_s=10), prepare_s=0,
                                           rest_after_s=0)
