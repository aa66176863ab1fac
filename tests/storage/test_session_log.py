"""Every finished step is on disk the moment it ends; a crash, or a kill of the process
right after, loses nothing committed."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from backcare_desktop.core.routines.model import Exercise, Hold, Pmr, Routine
from backcare_desktop.core.routines.plan import expand
from backcare_desktop.core.session.engine import SessionEngine
from backcare_desktop.core.vocabulary import StepOutcome
from backcare_desktop.storage import database
from backcare_desktop.storage.repository import Repository
from backcare_desktop.storage.session_log import SessionLog

from .conftest import NOW

ROUTINE = Routine("evening", "Evening", "mixed", "gentle", (
    Exercise("Plank", Hold(hold_s=20), prepare_s=0, rest_after_s=10),
    Exercise("Shoulders", Pmr(5, 45), prepare_s=0, rest_after_s=10),
    Exercise("Hands", Pmr(5, 45), prepare_s=0),
))


class Clock:
    t = 100.0

    def __call__(self) -> float:
        return self.t


def open_repo(data_dir: Path) -> Repository:
    db = data_dir / "backcare.sqlite3"
    return Repository(database.open_database(db, data_dir / "backups", NOW), db)


def crash_after(data_dir: Path, seconds: float) -> int:
    """Run the session for ``seconds``, then vanish without closing anything."""
    repo = open_repo(data_dir)
    clock = Clock()
    engine = SessionEngine(expand(ROUTINE), clock)
    log = SessionLog(repo, engine.plan, lambda: NOW)
    session = log.begin(pain_before=4)
    log.record(engine.start(), engine.active_s)
    while (deadline := engine.next_deadline()) is not None and deadline - 100 <= seconds:
        clock.t = deadline
        log.record(engine.poll(), engine.active_s)
    # No finish, no close: read the file from another connection, as after a crash.
    return session


def stored(data_dir: Path, session: int) -> tuple[str, list[tuple[str, str]]]:
    conn = sqlite3.connect(data_dir / "backcare.sqlite3")
    state = conn.execute("SELECT state FROM sessions WHERE id = ?", (session,)).fetchone()[0]
    steps = conn.execute("SELECT exercise_name, outcome FROM session_steps WHERE session_id = ?"
                         " ORDER BY position", (session,)).fetchall()
    conn.close()
    return state, steps


def test_a_crash_after_each_step_keeps_every_step_before_it(data_dir: Path) -> None:
    # Plank ends at 20 s, Shoulders at 80 s (after a 10 s rest), Hands at 140 s.
    expected = {5: [], 21: [("Plank", "completed")], 79: [("Plank", "completed")],
                81: [("Plank", "completed"), ("Shoulders", "completed")]}
    for seconds, steps in expected.items():
        folder = data_dir / f"after-{seconds}"
        folder.mkdir()
        session = crash_after(folder, seconds)
        state, rows = stored(folder, session)
        assert (state, rows) == ("running", steps), seconds
        repo = open_repo(folder)  # the next start
        assert repo.mark_unfinished_sessions_interrupted() == 1
        assert repo.session_row(session).state == "interrupted"
        assert repo.session_pain(session) == {"before": 4}
        repo.close()


def started(data_dir: Path) -> tuple[Repository, Clock, SessionEngine, SessionLog, int]:
    repo = open_repo(data_dir)
    clock = Clock()
    engine = SessionEngine(expand(ROUTINE), clock)
    log = SessionLog(repo, engine.plan, lambda: NOW)
    session = log.begin()
    log.record(engine.start(), engine.active_s)
    return repo, clock, engine, log, session


def test_a_finished_session_has_its_steps_end_state_pain_and_feeling(data_dir: Path) -> None:
    repo, clock, engine, log, session = started(data_dir)
    clock.t += 3
    log.record(engine.skip_exercise(), engine.active_s)
    while (deadline := engine.next_deadline()) is not None:
        clock.t = deadline
        log.record(engine.poll(), engine.active_s)
    log.pain(2, "after")
    log.feeling("about_right")
    row = repo.session_row(session)
    assert row.state == "finished" and row.feeling == "about_right"
    assert row.active_s == 3 + 50 + 10 + 50
    assert row.ended == NOW and row.started == NOW and row.planned_s == 20 + 10 + 50 + 10 + 50
    assert [(s.exercise, s.outcome, s.seconds_done, s.ended)
            for s in repo.session_steps(session)] == [
        ("Plank", "skipped", 3.0, NOW), ("Shoulders", "completed", 50.0, NOW),
        ("Hands", "completed", 50.0, NOW)]
    assert repo.session_pain(session) == {"after": 2}


def test_stopping_because_it_hurts_is_recorded(data_dir: Path) -> None:
    repo, clock, engine, log, session = started(data_dir)
    clock.t += 12
    log.record(engine.stop("hurt"), engine.active_s)
    log.pain(7, "hurt")
    row = repo.session_row(session)
    assert (row.state, row.stop_reason, row.active_s) == ("stopped", "hurt", 12)
    assert repo.session_steps(session)[0].outcome is StepOutcome.HURT
    assert repo.session_pain(session) == {"hurt": 7}


KILLED = """
import sys
from pathlib import Path

sys.path.insert(0, sys.argv[2])
from tests.storage.test_session_log import NOW, ROUTINE, Clock, SessionEngine, SessionLog, \\
    expand, open_repo

repo = open_repo(Path(sys.argv[1]))
clock = Clock()
engine = SessionEngine(expand(ROUTINE), clock)
log = SessionLog(repo, engine.plan, lambda: NOW)
print(log.begin(), flush=True)
log.record(engine.start(), engine.active_s)
clock.t += 21  # Plank has ended; its rest is under way
log.record(engine.poll(), engine.active_s)
print("recorded", flush=True)
sys.stdin.read()  # the process is killed while it waits here
"""


@pytest.mark.slow
def test_a_process_killed_right_after_a_step_was_recorded_keeps_it(data_dir: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    with subprocess.Popen([sys.executable, "-c", KILLED, str(data_dir), str(root)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        session = int(proc.stdout.readline())
        assert proc.stdout.readline().strip() == "recorded"
        proc.kill()  # SIGKILL: nothing is closed, flushed or finished
        proc.wait(timeout=10)
    assert stored(data_dir, session) == ("running", [("Plank", "completed")])
