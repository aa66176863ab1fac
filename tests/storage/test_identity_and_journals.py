"""A database is never mistaken for new: a -wal that is not its own, another program's
file, a newer or older format, or another file than the one BackCare last closed is
copied aside as it was found and asked about; the person's own files open silently.

Everything here runs on real SQLite files. The foreign -wal files are made for real:
by a writer process killed while it holds its database open, or by copying the -wal
of a database that is held open in this process.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from backcare_desktop.storage import backups, database, schema
from backcare_desktop.storage.errors import DatabaseProblem, ProblemKind, StorageError
from backcare_desktop.storage.recovery import RecoveryChoice, open_with_recovery
from backcare_desktop.storage.repository import Repository

from .conftest import NOW, make_v1_database

NAME = "backcare.sqlite3"
WATER = [250, 300, 400]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def digests(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` (not below it) by name."""
    return {p.name: digest(p) for p in folder.iterdir() if p.is_file()}


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


class Asker:
    """Answers the recovery question for the person, and remembers what was asked."""

    def __init__(self, *answers: RecoveryChoice) -> None:
        self.answers = list(answers)
        self.problems: list[DatabaseProblem] = []
        self.offered: list[Path | None] = []

    def __call__(self, problem: DatabaseProblem, backup: Path | None) -> RecoveryChoice:
        self.problems.append(problem)
        self.offered.append(backup)
        assert self.answers, f"asked once more than expected: {problem}"
        return self.answers.pop(0)

    @property
    def kinds(self) -> list[ProblemKind]:
        return [p.kind for p in self.problems]


def run_app(data_dir: Path, water: list[int] = WATER) -> None:
    """What one run of the app does to its data: open (never asked), record some
    water, see the first-run notice, close cleanly."""
    repo = open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, Asker())
    assert repo is not None
    for amount in water:
        repo.add_water(amount, NOW)
    repo.set_setting("first_run_notice_seen", True)
    repo.close()


def open_silently(data_dir: Path) -> Repository:
    repo = open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, Asker())
    assert repo is not None
    return repo


def water_and_notice(repo: Repository) -> tuple[list[int], bool]:
    rows = [r[0] for r in repo._conn.execute("SELECT amount_ml FROM water_entries ORDER BY id")]
    return rows, bool(repo.get_setting("first_run_notice_seen"))


def assert_kept(problem: DatabaseProblem, originals: dict[str, str]) -> Path:
    """The copies hold every file's original bytes, privately, and the problem names them."""
    kept = problem.kept
    assert kept is not None and kept.parent.name == "backups"
    assert kept.name.startswith("set-aside-")
    copies = digests(kept)
    assert "README.txt" in copies
    del copies["README.txt"]
    assert copies == originals
    for name in originals:
        assert mode(kept / name) == 0o600, name
        assert name in str(problem), f"the message names {name}"
    assert sorted(f.name for f in problem.files) == sorted(originals)
    assert str(kept) in str(problem), "the message says where the copies are"
    return kept


WRITER = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("PRAGMA wal_autocheckpoint = 0")
conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
for i in range(int(sys.argv[2])):
    conn.execute("INSERT INTO notes (text) VALUES (?)", (f"note {i}",))
print("written", flush=True)
sys.stdin.read()  # the process is killed while it holds the database open
"""


def wal_of_killed_writer(folder: Path, rows: int = 20) -> tuple[Path, Path]:
    """The -wal and -shm another program left when it was killed mid-run."""
    other = folder / "other.sqlite3"
    with subprocess.Popen([sys.executable, "-c", WRITER, str(other), str(rows)],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "written"
        proc.kill()  # SIGKILL: no checkpoint, the -wal and -shm stay
        proc.wait(timeout=10)
    wal, shm = Path(f"{other}-wal"), Path(f"{other}-shm")
    assert wal.stat().st_size > 0 and shm.exists()
    return wal, shm


def place_beside(data_dir: Path, *files: Path) -> None:
    """Copy files in as ``backcare.sqlite3-wal`` … the way a sync tool or a hand would."""
    for source in files:
        suffix = source.name[source.name.rindex("-"):]
        shutil.copyfile(source, data_dir / f"{NAME}{suffix}")


@pytest.mark.slow
def test_a_wal_left_by_another_program_is_copied_aside_and_asked_about(
        data_dir: Path, tmp_path: Path) -> None:
    run_app(data_dir)
    place_beside(data_dir, *wal_of_killed_writer(tmp_path))
    originals = {name: digest(data_dir / name) for name in (NAME, f"{NAME}-wal", f"{NAME}-shm")}

    ask = Asker(RecoveryChoice.QUIT)
    assert open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, ask) is None

    assert ask.kinds == [ProblemKind.FOREIGN_JOURNAL]
    kept = assert_kept(ask.problems[0], originals)
    assert "backcare.sqlite3-wal" in ask.problems[0].detail
    assert {n: digest(data_dir / n) for n in originals} == originals, "nothing was opened"
    # The person's file as it is in itself is offered as the latest backup …
    assert ask.offered[0] is not None and ask.offered[0].name.startswith(
        "backcare-without-journal-")
    # … and no migration, no backup "before" anything: nothing was taken for new data.
    labels = [b.label for b in backups.list_backups(data_dir / "backups")]
    assert labels == [database.WITHOUT_JOURNAL]
    assert "README.txt" in os.listdir(kept)


@pytest.mark.slow
def test_restoring_after_a_foreign_wal_brings_back_every_record_and_no_notice(
        data_dir: Path, tmp_path: Path) -> None:
    run_app(data_dir)
    wal, shm = wal_of_killed_writer(tmp_path)
    place_beside(data_dir, wal, shm)

    ask = Asker(RecoveryChoice.RESTORE_BACKUP)
    repo = open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, ask)
    assert repo is not None
    assert water_and_notice(repo) == (WATER, True), "every record, and no first-run notice"
    assert "notes" not in {r[0] for r in repo._conn.execute("SELECT name FROM sqlite_master")}
    repo.close()
    # The foreign files are kept, renamed, beside the data; their bytes are intact.
    moved_wal = next(data_dir.glob("backcare.damaged-*.sqlite3-wal"))
    assert digest(moved_wal) == digest(wal)
    # The next start is silent and the records are still there.
    repo = open_silently(data_dir)
    assert water_and_notice(repo) == (WATER, True)
    repo.close()


def test_starting_afresh_after_a_foreign_wal_keeps_every_file(data_dir: Path,
                                                             tmp_path: Path) -> None:
    run_app(data_dir)
    other = tmp_path / "other.sqlite3"
    holder = hold_open_with_rows(other, 5)
    place_beside(data_dir, Path(f"{other}-wal"))
    holder.close()
    before = digest(data_dir / NAME)

    repo = open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW,
                              Asker(RecoveryChoice.START_FRESH))
    assert repo is not None
    assert water_and_notice(repo) == ([], False)  # new data: the notice is shown again
    repo.close()
    assert digest(next(data_dir.glob("backcare.damaged-*.sqlite3"))) == before
    assert next(data_dir.glob("backcare.damaged-*.sqlite3-wal")).exists()
    repo = open_silently(data_dir)  # the new, empty data is now the one BackCare knows
    repo.close()


def hold_open_with_rows(path: Path, rows: int, table: str = "notes") -> sqlite3.Connection:
    """A database in WAL mode with ``rows`` rows still in its -wal: the connection is
    left open (the caller closes it) so SQLite keeps the -wal."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, text TEXT)")
    for i in range(rows):
        conn.execute(f"INSERT INTO {table} (text) VALUES (?)", (f"row {i}",))
    return conn


def backcare_wal_held_open(folder: Path, water: list[int]) -> tuple[Path, sqlite3.Connection]:
    """The -wal of ANOTHER BackCare database, whose records are still in it."""
    conn = database.open_database(folder / NAME, folder / "backups", NOW)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    repo = Repository(conn, folder / NAME)
    for amount in water:
        repo.add_water(amount, NOW)
    return Path(f"{folder / NAME}-wal"), conn


@pytest.fixture(scope="module")
def persons_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The data folder of a person who used BackCare twice, as bytes, to copy from."""
    folder = tmp_path_factory.mktemp("person")
    run_app(folder)
    run_app(folder, [150])
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


PERSONS_WATER = [*WATER, 150]


@contextlib.contextmanager
def folder_with(files: dict[str, bytes]) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        data.mkdir(mode=0o700)
        for name, content in files.items():
            (data / name).write_bytes(content)
        yield data


def make_journal(kind: str, value: object, folder: Path) -> bytes:
    """The bytes of a -wal: random ones, another program's, another BackCare's."""
    if kind == "bytes":
        assert isinstance(value, bytes)
        return value
    if kind == "other program":
        assert isinstance(value, int)
        conn = hold_open_with_rows(folder / "other.sqlite3", value)
        wal = Path(f"{folder / 'other.sqlite3'}-wal").read_bytes()
    else:
        assert isinstance(value, list)
        path, conn = backcare_wal_held_open(folder, value)
        wal = path.read_bytes()
    conn.close()
    return wal


JOURNALS = st.one_of(
    st.tuples(st.just("bytes"), st.binary(min_size=1, max_size=4096)),
    st.tuples(st.just("other program"), st.integers(1, 60)),
    st.tuples(st.just("other backcare"), st.lists(st.integers(1, 3000), min_size=1, max_size=5)),
)


@settings(max_examples=25, deadline=None)
@given(journal=JOURNALS, record=st.booleans())
def test_whatever_wal_lies_beside_the_persons_file_their_records_survive(
        persons_files: dict[str, bytes], journal: tuple[str, object], record: bool) -> None:
    """Either the person's records open as they were, or the person is asked and the
    original bytes of every file are in the copies; the data file itself never changes
    before the answer. Beside a file BackCare closed cleanly (its record says so), a
    -wal with anything in it is always asked about."""
    files = dict(persons_files)
    if not record:
        del files[database.record_path(Path(NAME)).name]
    with folder_with(files) as data, tempfile.TemporaryDirectory() as other:
        (data / f"{NAME}-wal").write_bytes(make_journal(*journal, Path(other)))
        originals = {n: digest(data / n) for n in (NAME, f"{NAME}-wal")}
        ask = Asker(RecoveryChoice.QUIT)
        repo = open_with_recovery(data / NAME, data / "backups", lambda: NOW, ask)
        if repo is None:
            assert ask.kinds == [ProblemKind.FOREIGN_JOURNAL]
            assert_kept(ask.problems[0], originals)
            assert {n: digest(data / n) for n in originals} == originals
        else:
            assert not record, "a -wal beside a cleanly closed file was not asked about"
            assert water_and_notice(repo) == (PERSONS_WATER, True)
            repo.close()
            assert not list((data / "backups").glob("set-aside-*")), (
                "copies made as a precaution are removed once the files prove sound")


@pytest.mark.slow
def test_a_run_that_was_killed_leaves_its_own_wal_and_the_next_start_is_silent(
        data_dir: Path) -> None:
    run_app(data_dir)
    root = Path(__file__).resolve().parents[2]
    script = f"""
import sys
sys.path.insert(0, {str(root)!r})
from tests.storage.test_identity_and_journals import NOW, open_silently
from pathlib import Path
repo = open_silently(Path({str(data_dir)!r}))
repo._conn.execute("PRAGMA wal_autocheckpoint = 0")
repo.add_water(777, NOW)
print("recorded", flush=True)
sys.stdin.read()  # killed here, with the -wal holding the water
"""
    with subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "recorded"
        proc.kill()
        proc.wait(timeout=10)
    assert (data_dir / f"{NAME}-wal").stat().st_size > 0

    repo = open_silently(data_dir)
    assert water_and_notice(repo) == ([*WATER, 777], True)
    repo.close()
    assert not list((data_dir / "backups").glob("set-aside-*"))
    assert not (data_dir / f"{NAME}-wal").exists(), "a clean close leaves no -wal"


def test_the_normal_restart_is_silent_and_copies_nothing(data_dir: Path) -> None:
    for run in range(1, 4):
        run_app(data_dir, [100 * run])
        assert sorted(p.name for p in data_dir.iterdir()) == [
            "backcare.identity.json", NAME], "no -wal, no -shm, no copies, no backups"
        record = json.loads((data_dir / "backcare.identity.json").read_text())
        assert record["clean_closes"] == run and record["state"] == "closed"
        assert record["format"] == schema.LATEST_VERSION
        assert mode(data_dir / "backcare.identity.json") == 0o600
    repo = open_silently(data_dir)
    assert water_and_notice(repo) == ([100, 200, 300], True)
    assert repo._conn.execute("PRAGMA application_id").fetchone()[0] == database.APPLICATION_ID
    repo.close()


def test_a_first_start_is_silent_and_makes_no_copy(data_dir: Path) -> None:
    repo = open_silently(data_dir)
    assert water_and_notice(repo) == ([], False)  # new data: the notice will show
    repo.close()
    assert not (data_dir / "backups").exists()


def test_a_newer_format_is_copied_aside_and_left_alone(data_dir: Path) -> None:
    run_app(data_dir)
    conn = sqlite3.connect(data_dir / NAME)
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    originals = {NAME: digest(data_dir / NAME)}

    ask = Asker(RecoveryChoice.QUIT)
    assert open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, ask) is None
    assert ask.kinds == [ProblemKind.TOO_NEW]
    assert_kept(ask.problems[0], originals)
    assert digest(data_dir / NAME) == originals[NAME]


def test_a_format_that_goes_backwards_is_not_what_was_last_written(data_dir: Path) -> None:
    run_app(data_dir)
    conn = sqlite3.connect(data_dir / NAME)  # the same data, but marked as an older format
    conn.execute(f"PRAGMA user_version = {schema.LATEST_VERSION - 1}")
    conn.close()
    originals = {NAME: digest(data_dir / NAME)}

    ask = Asker(RecoveryChoice.QUIT)
    assert open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, ask) is None
    assert ask.kinds == [ProblemKind.NOT_LAST_WRITTEN]
    assert "went back" in ask.problems[0].detail
    assert_kept(ask.problems[0], originals)
    assert digest(data_dir / NAME) == originals[NAME], "not migrated, not touched"


@pytest.mark.parametrize("application_id", [0, 0x5A5A5A5A])
def test_another_programs_sqlite_file_is_not_made_into_backcare_data(
        data_dir: Path, application_id: int) -> None:
    conn = sqlite3.connect(data_dir / NAME)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.commit()
    conn.close()
    originals = {NAME: digest(data_dir / NAME)}

    ask = Asker(RecoveryChoice.QUIT)
    assert open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, ask) is None
    assert ask.kinds == [ProblemKind.NOT_BACKCARE]
    assert_kept(ask.problems[0], originals)
    assert digest(data_dir / NAME) == originals[NAME]
    assert backups.list_backups(data_dir / "backups") == [], "the copy is not offered"


def test_an_empty_file_with_another_programs_wal_is_not_new_data(data_dir: Path,
                                                                 tmp_path: Path) -> None:
    (data_dir / NAME).touch(mode=0o600)
    place_beside(data_dir, *wal_of_killed_writer(tmp_path, rows=3))
    originals = digests(data_dir)

    ask = Asker(RecoveryChoice.QUIT)
    assert open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, ask) is None
    assert ask.kinds == [ProblemKind.FOREIGN_JOURNAL]
    assert_kept(ask.problems[0], originals)
    assert digests(data_dir) == originals


def test_a_wal_without_its_database_is_not_new_data(data_dir: Path, tmp_path: Path) -> None:
    holder = hold_open_with_rows(tmp_path / "other.sqlite3", 4)
    place_beside(data_dir, Path(f"{tmp_path / 'other.sqlite3'}-wal"))
    holder.close()
    originals = digests(data_dir)

    ask = Asker(RecoveryChoice.START_FRESH)
    repo = open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, ask)
    assert repo is not None and ask.kinds == [ProblemKind.FOREIGN_JOURNAL]
    assert_kept(ask.problems[0], originals)
    assert water_and_notice(repo) == ([], False)
    assert "notes" not in {r[0] for r in repo._conn.execute("SELECT name FROM sqlite_master")}
    repo.close()
    assert digest(next(data_dir.glob("backcare.damaged-*.sqlite3-wal"))) == originals[
        f"{NAME}-wal"]


def test_format_0_with_content_is_backed_up_before_it_is_migrated(data_dir: Path) -> None:
    conn = sqlite3.connect(data_dir / NAME)  # an SQLite file with nothing in it yet
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("VACUUM")
    conn.close()
    assert (data_dir / NAME).stat().st_size > 0

    repo = open_silently(data_dir)
    repo.close()
    saved = backups.list_backups(data_dir / "backups")
    assert [b.label for b in saved] == [f"before-v{schema.LATEST_VERSION}"]
    copy = sqlite3.connect(f"{saved[0].path.as_uri()}?mode=ro", uri=True)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 0
    copy.close()


def test_a_file_from_before_identities_is_adopted_after_a_backup(data_dir: Path) -> None:
    db = make_v1_database(data_dir / NAME)
    conn = sqlite3.connect(db)  # bring it to the latest format as the app did before
    for migration in schema.MIGRATIONS[1:]:
        with conn:
            for statement in migration.statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {migration.version}")
    conn.close()
    before = digest(db)

    repo = open_silently(data_dir)
    repo.close()
    saved = backups.list_backups(data_dir / "backups")
    assert [b.label for b in saved] == ["before-identity"]
    assert digest(saved[0].path) != before  # a copy made by SQLite, with the same records
    copy = sqlite3.connect(saved[0].path)
    assert copy.execute("SELECT COUNT(*) FROM water_entries").fetchone()[0] == 2
    assert copy.execute("PRAGMA application_id").fetchone()[0] == 0
    copy.close()
    record = database.read_record(db)
    assert record is not None and record.clean and record.closes == 1
    repo = open_silently(data_dir)  # adopted: from now on it is the one BackCare knows
    repo.close()


def test_a_v1_file_from_before_identities_gets_one_backup_then_both(data_dir: Path) -> None:
    make_v1_database(data_dir / NAME)
    repo = open_silently(data_dir)
    repo.close()
    assert [b.label for b in backups.list_backups(data_dir / "backups")] == [
        f"before-v{schema.LATEST_VERSION}"]


def test_another_backcare_file_put_in_place_is_asked_about_and_can_be_used(
        data_dir: Path, tmp_path: Path) -> None:
    run_app(data_dir)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    run_app(elsewhere, [999])
    shutil.copyfile(elsewhere / NAME, data_dir / NAME)  # by hand, or by a sync tool
    originals = {NAME: digest(data_dir / NAME)}

    ask = Asker(RecoveryChoice.USE_AS_IT_IS)
    repo = open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, ask)
    assert ask.kinds == [ProblemKind.NOT_LAST_WRITTEN]
    assert "another data file" in ask.problems[0].detail
    assert_kept(ask.problems[0], originals)
    assert repo is not None and water_and_notice(repo) == ([999], True)
    repo.close()
    repo = open_silently(data_dir)  # now it is the one BackCare last wrote
    repo.close()


def test_an_older_copy_of_the_same_data_is_asked_about(data_dir: Path) -> None:
    run_app(data_dir)
    older = data_dir.parent / "older.sqlite3"
    shutil.copyfile(data_dir / NAME, older)
    run_app(data_dir, [150])
    repo = open_silently(data_dir)
    backups.backup_if_due(repo, data_dir / "backups", NOW)
    repo.close()
    shutil.copyfile(older, data_dir / NAME)  # put back by a restore tool

    ask = Asker(RecoveryChoice.RESTORE_BACKUP)
    repo = open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, ask)
    assert ask.kinds == [ProblemKind.NOT_LAST_WRITTEN]
    assert "older copy" in ask.problems[0].detail
    assert repo is not None and water_and_notice(repo) == (PERSONS_WATER, True)
    repo.close()


def test_an_empty_file_in_place_of_the_data_is_asked_about(data_dir: Path) -> None:
    run_app(data_dir)
    (data_dir / NAME).write_bytes(b"")
    ask = Asker(RecoveryChoice.QUIT)
    assert open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, ask) is None
    assert ask.kinds == [ProblemKind.NOT_LAST_WRITTEN]
    assert (data_dir / NAME).stat().st_size == 0


def test_a_missing_database_is_asked_about_then_started_afresh(data_dir: Path) -> None:
    run_app(data_dir)
    (data_dir / NAME).rename(data_dir.parent / "moved.sqlite3")
    ask = Asker(RecoveryChoice.START_FRESH)
    repo = open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, ask)
    assert ask.kinds == [ProblemKind.MISSING] and ask.problems[0].files == ()
    assert repo is not None and water_and_notice(repo) == ([], False)
    repo.close()
    open_silently(data_dir).close()


def test_a_close_cut_short_before_its_record_was_written_is_still_the_same_file(
        data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_app(data_dir)

    def power_cut(*_args: object) -> None:
        raise OSError(5, "Input/output error")

    with monkeypatch.context() as patch:
        patch.setattr(database, "write_record", power_cut)
        run_app(data_dir, [150])  # counted in the file; the record still says one close less
    repo = open_silently(data_dir)
    assert water_and_notice(repo) == (PERSONS_WATER, True)
    repo.close()
    record = database.read_record(data_dir / NAME)
    assert record is not None and record.closes == 3


def test_copies_never_overwrite_one_another(data_dir: Path) -> None:
    run_app(data_dir)
    conn = sqlite3.connect(data_dir / NAME)
    conn.execute("PRAGMA user_version = 42")
    conn.close()
    kept = []
    for _ in range(3):
        ask = Asker(RecoveryChoice.QUIT)
        assert open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, ask) is None
        kept.append(ask.problems[0].kept)
    assert [k.name for k in kept if k is not None] == [
        "set-aside-20261124T103000", "set-aside-20261124T103000-2", "set-aside-20261124T103000-3"]


def test_when_the_copies_cannot_be_made_nothing_is_opened(data_dir: Path,
                                                          tmp_path: Path) -> None:
    run_app(data_dir)
    holder = hold_open_with_rows(tmp_path / "other.sqlite3", 2)
    place_beside(data_dir, Path(f"{tmp_path / 'other.sqlite3'}-wal"))
    holder.close()
    shutil.rmtree(data_dir / "backups", ignore_errors=True)
    (data_dir / "backups").write_text("a file where the backups folder should be")
    originals = digests(data_dir)

    with pytest.raises(StorageError, match=r"could not copy .*backcare.sqlite3-wal.*"
                                           r"Nothing was changed"):
        open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, Asker())
    assert digests(data_dir) == originals


def test_a_backup_restored_by_the_person_is_adopted(data_dir: Path) -> None:
    run_app(data_dir)
    repo = open_silently(data_dir)
    repo.add_water(50, NOW)
    backups.backup_if_due(repo, data_dir / "backups", NOW + timedelta(days=1))
    repo.close()
    (data_dir / NAME).write_bytes(b"\x00damaged" * 500)

    ask = Asker(RecoveryChoice.RESTORE_BACKUP)
    repo = open_with_recovery(data_dir / NAME, data_dir / "backups", lambda: NOW, ask)
    assert ask.kinds == [ProblemKind.CORRUPT]  # asked once: the restored copy is adopted
    assert repo is not None and water_and_notice(repo) == ([*WATER, 50], True)
    repo.close()
