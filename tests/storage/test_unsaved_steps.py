"""Steps the disk refuses wait in order, are written once it takes them, are kept in a
file meanwhile, and a later start merges that file: nothing is lost or doubled."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from backcare_desktop.core.progress.records_file import PainRecord, Records
from backcare_desktop.core.routines.plan import expand
from backcare_desktop.core.session.engine import SessionEngine
from backcare_desktop.core.vocabulary import PainMoment, SessionState, StepOutcome, StopReason
from backcare_desktop.storage import database, unsaved
from backcare_desktop.storage.errors import StorageWriteError, WriteProblem
from backcare_desktop.storage.repository import Repository
from backcare_desktop.storage.session_log import SessionLog, unsaved_now
from tests.disks import DiskThatFills, fill, small_disk

from .conftest import NOW
from .test_session_log import ROUTINE, Clock

# Plank ends at 20 s, Shoulders at 80 s, Hands at 140 s (ROUTINE of test_session_log).


def open_filling(data_dir: Path) -> DiskThatFills:
    db = data_dir / "backcare.sqlite3"
    return DiskThatFills(database.open_database(db, data_dir / "backups", NOW), db)


class Session:
    """A session of ROUTINE written through a SessionLog, its time stepped by hand."""

    def __init__(self, repo: Repository, pain_before: int | None = 4) -> None:
        self.repo = repo
        self.clock = Clock()
        self.engine = SessionEngine(expand(ROUTINE), self.clock)
        self.log = SessionLog(repo, self.engine.plan, lambda: NOW)
        self.log.begin(pain_before)
        self.log.record(self.engine.start(), self.engine.active_s)

    def until(self, seconds: float) -> None:
        while (deadline := self.engine.next_deadline()) is not None and (
                deadline - 100 <= seconds):
            self.clock.t = deadline
            self.log.record(self.engine.poll(), self.engine.active_s)

    def stop(self, reason: StopReason) -> None:
        self.log.record(self.engine.stop(reason), self.engine.active_s)


def steps_of(repo: Repository, session: int) -> list[tuple[str, str]]:
    return [(s.exercise, s.outcome) for s in repo.session_steps(session)]


def test_steps_refused_by_a_full_disk_wait_in_order_and_are_written_when_it_has_room(
        data_dir: Path) -> None:
    repo = open_filling(data_dir)
    session = Session(repo)
    assert session.log.session_id == 1 and not session.log.waiting
    repo.full = True
    session.until(85)  # Plank and Shoulders end while the disk is full
    log = session.log
    assert log.waiting and log.problem is not None
    assert log.problem.problem is WriteProblem.DISK_FULL
    assert (log.steps_saved, log.steps_waiting) == (0, 2)
    assert steps_of(repo, 1) == []
    kept = log.kept_in
    assert kept == data_dir / unsaved.STORE_NAME
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    [held] = unsaved.read_kept(data_dir).sessions
    assert [t.exercise for t in held.steps] == ["Plank", "Shoulders"]
    assert held.state == SessionState.RUNNING
    assert not log.flush()  # still full: still waiting, nothing half-written
    repo.full = False
    session.until(200)  # the next step writes everything, oldest first
    assert not log.waiting and log.problem is None and log.kept_in is None
    assert unsaved.read_kept(data_dir).sessions == ()  # emptied; the file stays for next time
    assert kept.stat().st_size == unsaved.STORE_BYTES
    assert steps_of(repo, 1) == [("Plank", StepOutcome.COMPLETED),
                                 ("Shoulders", StepOutcome.COMPLETED),
                                 ("Hands", StepOutcome.COMPLETED)]
    assert repo.session_row(1).state == SessionState.FINISHED
    assert (log.steps_saved, log.steps_waiting) == (3, 0)
    repo.close()


def test_a_start_the_disk_refuses_waits_too_and_its_steps_follow_it(data_dir: Path) -> None:
    repo = open_filling(data_dir)
    repo.full = True
    session = Session(repo, pain_before=3)
    assert session.log.session_id is None and session.log.waiting
    session.until(25)
    repo.full = False
    assert session.log.flush()
    assert steps_of(repo, 1) == [("Plank", StepOutcome.COMPLETED)]
    assert repo.session_pain(1) == {PainMoment.BEFORE: 3}
    assert repo.session_row(1).state == SessionState.RUNNING
    repo.close()


def kept_after_quit(data_dir: Path) -> Path:
    """A session whose last steps and end the disk refused up to the quit."""
    repo = open_filling(data_dir)
    session = Session(repo)
    session.until(25)  # Plank is saved
    repo.full = True
    session.until(85)  # Shoulders is not
    session.stop(StopReason.APP_CLOSED)
    session.log.pain(5, PainMoment.AFTER)
    left = unsaved_now(repo)
    assert (left.steps, left.lost) == (1, 0) and left.problem is WriteProblem.DISK_FULL
    assert left.kept_in == (data_dir / unsaved.STORE_NAME,)
    repo.close()
    return data_dir / unsaved.STORE_NAME


def test_a_later_start_merges_the_kept_session_once(data_dir: Path) -> None:
    store = kept_after_quit(data_dir)
    copy = store.read_bytes()
    repo = open_filling(data_dir)
    assert unsaved.take_in_unsaved(repo, data_dir, NOW) == 1
    assert unsaved.read_kept(data_dir).sessions == ()
    assert steps_of(repo, 1) == [("Plank", StepOutcome.COMPLETED),
                                 ("Shoulders", StepOutcome.COMPLETED)]
    row = repo.session_row(1)
    assert (row.state, row.stop_reason) == (SessionState.STOPPED, StopReason.APP_CLOSED)
    assert repo.session_pain(1) == {PainMoment.BEFORE: 4, PainMoment.AFTER: 5}
    before = [repo.session_steps(1), repo.session_row(1), repo.session_pain(1)]
    store.write_bytes(copy)  # the same once more: nothing is added twice
    assert unsaved.take_in_unsaved(repo, data_dir, NOW) == 1
    assert [repo.session_steps(1), repo.session_row(1), repo.session_pain(1)] == before
    assert repo.session_row(2) is None
    assert unsaved.take_in_unsaved(repo, data_dir, NOW) == 0
    repo.close()


def test_a_session_that_never_reached_the_database_is_merged_as_interrupted(
        data_dir: Path) -> None:
    repo = open_filling(data_dir)
    repo.full = True
    session = Session(repo, pain_before=None)
    session.until(25)  # the app then ends without a quit: a crash, a power cut
    assert session.log.kept_in is not None
    repo.close()
    repo = open_filling(data_dir)
    assert unsaved.take_in_unsaved(repo, data_dir, NOW) == 1
    assert repo.session_row(1).state == SessionState.INTERRUPTED
    assert steps_of(repo, 1) == [("Plank", StepOutcome.COMPLETED)]
    repo.close()


def test_two_waiting_sessions_are_kept_together(data_dir: Path) -> None:
    repo = open_filling(data_dir)
    repo.full = True
    first = Session(repo)
    first.until(25)
    first.stop(StopReason.STOPPED)
    second = Session(repo, pain_before=2)
    second.until(25)
    assert [s.state for s in unsaved.read_kept(data_dir).sessions] == [
        SessionState.STOPPED, SessionState.RUNNING]
    repo.full = False
    assert first.log.flush()  # the first is saved: only the second is kept now
    [held] = unsaved.read_kept(data_dir).sessions
    assert held.state == SessionState.RUNNING
    assert [p.level for p in unsaved.read_kept(data_dir).pain] == [2]
    repo.close()


def test_a_kept_session_the_database_refuses_stays_for_the_next_start(data_dir: Path) -> None:
    kept_after_quit(data_dir)
    repo = open_filling(data_dir)
    repo.full = True
    with pytest.raises(StorageWriteError, match="the disk is full"):
        unsaved.take_in_unsaved(repo, data_dir, NOW)
    assert len(unsaved.read_kept(data_dir).sessions) == 1
    repo.close()


def test_a_store_that_holds_nothing_valid_is_left_alone(data_dir: Path,
                                                       repo: Repository) -> None:
    store = data_dir / unsaved.STORE_NAME
    store.write_bytes(b"not what BackCare writes" * 100)
    assert unsaved.take_in_unsaved(repo, data_dir, NOW) == 0
    assert store.read_bytes() == b"not what BackCare writes" * 100


def test_a_write_cut_short_leaves_the_version_before_it(data_dir: Path) -> None:
    one = Records(pain=(PainRecord(NOW, 1, None, "", PainMoment.ANY, None),))
    two = Records(pain=(PainRecord(NOW, 2, None, "", PainMoment.ANY, None),))
    assert unsaved.prepare(data_dir)
    unsaved.keep(data_dir, one, NOW)
    unsaved.keep(data_dir, two, NOW)
    assert unsaved.read_kept(data_dir).pain[0].level == 2
    store = data_dir / unsaved.STORE_NAME
    with store.open("r+b") as fh:  # the slot of version two, half overwritten by a crash
        fh.seek(unsaved.SLOT_BYTES + 40)
        fh.write(b"\0" * 20)
    assert unsaved.read_kept(data_dir).pain[0].level == 1
    assert store.stat().st_size == unsaved.STORE_BYTES


def test_sessions_too_big_for_the_store_are_refused_not_cut(data_dir: Path) -> None:
    many = Records(pain=tuple(PainRecord(NOW, 1, None, "x" * 1000, PainMoment.ANY, None)
                              for _ in range(100)))
    with pytest.raises(unsaved.StoreTooSmall):
        unsaved.keep(data_dir, many, NOW)


def test_the_store_made_while_there_was_room_takes_sessions_on_a_full_disk(
        tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", size_kib=256) as disk:
        assert unsaved.prepare(disk)
        store = disk / unsaved.STORE_NAME
        assert store.stat().st_size == unsaved.STORE_BYTES
        fill(disk)
        with pytest.raises(OSError):
            (disk / "more").write_bytes(b"x" * 4096)
        for level in range(1, 6):  # each write in place, in the other slot
            unsaved.keep(disk, Records(pain=tuple(PainRecord(
                NOW, level, None, "y" * 1500, PainMoment.ANY, None) for _ in range(4))), NOW)
            assert unsaved.read_kept(disk).pain[0].level == level
        assert store.stat().st_size == unsaved.STORE_BYTES
        assert unsaved.prepare(disk)  # already there: nothing to write


def test_no_store_on_a_full_disk_means_the_quit_says_they_are_lost(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", size_kib=2048) as disk:
        db = disk / "backcare.sqlite3"
        repo = Repository(database.open_database(db, disk / "backups", NOW), db)
        filler = fill(disk)  # full before the session began: no room to prepare the store
        session = Session(repo)
        session.until(25)
        left = unsaved_now(repo)
        assert left.lost > 0 and left.kept_in == ()
        filler.unlink()
        assert session.log.flush()
        repo.close()


def test_a_real_full_disk_keeps_the_steps_until_space_comes_back(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", size_kib=2048) as disk:
        db = disk / "backcare.sqlite3"
        repo = Repository(database.open_database(db, disk / "backups", NOW), db)
        session = Session(repo)
        session.until(25)
        filler = fill(disk)
        session.until(145)  # Shoulders and Hands end on a full disk
        log = session.log
        assert log.waiting and log.problem is not None
        assert log.problem.problem is WriteProblem.DISK_FULL
        assert log.steps_waiting == 2
        assert log.kept_in is not None  # in the room made for it when the session began
        assert [t.exercise for t in unsaved.read_kept(disk).sessions[0].steps] == [
            "Plank", "Shoulders", "Hands"]
        filler.unlink()
        assert log.flush()
        assert steps_of(repo, 1) == [("Plank", StepOutcome.COMPLETED),
                                     ("Shoulders", StepOutcome.COMPLETED),
                                     ("Hands", StepOutcome.COMPLETED)]
        assert repo.session_row(1).state == SessionState.FINISHED
        repo.close()


KILLED_WHILE_FULL = """
import sys
from pathlib import Path

sys.path.insert(0, sys.argv[2])
from tests.storage.test_unsaved_steps import Session, open_filling

repo = open_filling(Path(sys.argv[1]))
session = Session(repo)
repo.full = True
session.until(25)
print("kept", flush=True)
sys.stdin.read()  # the process is killed while it waits here
"""


@pytest.mark.slow
def test_a_process_killed_while_the_disk_is_full_loses_no_step(data_dir: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    with subprocess.Popen([sys.executable, "-c", KILLED_WHILE_FULL, str(data_dir), str(root)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                          env=dict(os.environ)) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "kept"
        proc.kill()
        proc.wait(timeout=10)
    repo = open_filling(data_dir)
    assert unsaved.take_in_unsaved(repo, data_dir, NOW) == 1
    assert steps_of(repo, 1) == [("Plank", StepOutcome.COMPLETED)]
    assert repo.mark_unfinished_sessions_interrupted() == 1
    repo.close()
    conn = sqlite3.connect(data_dir / "backcare.sqlite3")
    assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone() == (1,)
    conn.close()
