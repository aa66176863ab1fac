"""Progression's records: decisions, earlier versions, and the sessions the rules read."""

from __future__ import annotations

from datetime import timedelta

from backcare_desktop.core.programme.progression import LastDecision, SessionFeel
from backcare_desktop.core.vocabulary import (
    Feeling,
    PainMoment,
    SessionState,
    StepOutcome,
    StopReason,
)
from backcare_desktop.storage.repository import Repository
from backcare_desktop.storage.schema import LATEST_VERSION, MIGRATIONS
from tests.storage.conftest import NOW


def counter(repo: Repository) -> int:
    row = repo._conn.execute("SELECT value FROM meta WHERE key = 'change_counter'").fetchone()
    return int(row[0])


def test_the_migration_is_the_latest_and_adds_both_tables(repo: Repository) -> None:
    assert MIGRATIONS[-1].version == LATEST_VERSION
    names = {r[0] for r in repo._conn.execute("SELECT name FROM sqlite_master")}
    assert {"progression_decisions", "routine_versions"} <= names


def test_decisions_are_remembered_in_order(repo: Repository) -> None:
    assert repo.last_decision("core-stability") is None
    before = counter(repo)
    repo.record_decision("core-stability", accepted=True, at=NOW, exercise_name="Bridge",
                         current="10 reps", proposed="12 reps", reason="too easy",
                         new_routine_id="core-stability-my-copy")
    repo.record_decision("core-stability", accepted=False, at=NOW + timedelta(days=3))
    repo.record_decision("desk-break", accepted=True, at=NOW + timedelta(days=4))
    assert counter(repo) > before  # backups see them
    assert repo.last_decision("core-stability") == LastDecision(NOW + timedelta(days=3), False)
    assert repo.accepted_changes("core-stability") == 1
    assert repo.accepted_changes("core-stability-my-copy") == 1  # the copy goes on in turn
    first = repo.progression_decisions("core-stability")[0]
    assert (first.exercise_name, first.current, first.proposed, first.new_routine_id) == (
        "Bridge", "10 reps", "12 reps", "core-stability-my-copy")


def test_earlier_versions_are_kept_with_when_and_why(repo: Repository) -> None:
    repo.keep_routine_version("mine", 'id = "mine"\n', NOW, "before: two more reps")
    repo.keep_routine_version("mine", 'id = "mine" # 2\n', NOW + timedelta(days=1), "again")
    versions = repo.routine_versions("mine")
    assert [(v.toml, v.reason, v.at) for v in versions] == [
        ('id = "mine"\n', "before: two more reps", NOW),
        ('id = "mine" # 2\n', "again", NOW + timedelta(days=1))]
    assert repo.routine_versions("other") == []


def test_sessions_are_read_with_feeling_pain_and_the_exercise_that_hurt(
        repo: Repository) -> None:
    first = repo.start_session("core-stability", "Core stability", 600, NOW)
    repo.add_pain(3, NOW, session_id=first, moment=PainMoment.BEFORE)
    repo.add_pain(4, NOW + timedelta(minutes=10), session_id=first, moment=PainMoment.AFTER)
    repo.finish_session(first, SessionState.FINISHED, NOW + timedelta(minutes=10), 600)
    repo.set_session_feeling(first, Feeling.TOO_EASY)
    second = repo.start_session("core-stability", "Core stability", 600, NOW + timedelta(days=1))
    repo.record_step(second, 0, "Bridge", StepOutcome.HURT, 1, 4, 20, NOW + timedelta(days=1))
    repo.finish_session(second, SessionState.STOPPED, NOW + timedelta(days=1), 20,
                        stop_reason=StopReason.HURT)
    repo.start_session("desk-break", "Desk break", 300, NOW)
    assert repo.routine_sessions("core-stability") == [
        SessionFeel(NOW, SessionState.FINISHED, Feeling.TOO_EASY, 3, 4),
        SessionFeel(NOW + timedelta(days=1), SessionState.STOPPED, None, None, None,
                    StopReason.HURT, "Bridge"),
    ]
