"""Import and export on a connection of their own (as the window's worker thread
does), cancelling, and the round trip through the database for any accepted records."""

from __future__ import annotations

import json
import shutil
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from backcare_desktop.core.progress import records_file as rf
from backcare_desktop.core.progress.records_file import Records
from backcare_desktop.storage import database, transfer
from backcare_desktop.storage.errors import StorageWriteError
from backcare_desktop.storage.repository import Repository
from tests.core.test_records_file import DRINK, SESSION, records

from .conftest import NOW
from .test_transfer import fill, numbered


def new_database(folder: Path) -> Repository:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "backcare.sqlite3"
    return Repository(database.open_database(db, folder / "backups", NOW), db)


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Repository]:
    repo = new_database(tmp_path / "empty")
    yield repo
    repo.close()


def test_an_import_in_another_thread_is_announced_where_the_app_runs(repo, empty,
                                                                     tmp_path) -> None:
    fill(repo)
    folder = transfer.export_to_folder(tmp_path, transfer.read_records(repo), NOW, "1.0")
    heard: list[str] = []
    empty.on_records_changed(lambda: heard.append(threading.current_thread().name))
    result: list[object] = []

    def work() -> None:
        records = transfer.read_export(folder / transfer.JSON_NAME)
        result.append(transfer.import_apart(empty.path, records))

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    [report] = result
    assert isinstance(report, transfer.ImportReport)
    assert report.added == {"sessions": 2, "pain entries": 3, "drinks": 2}
    assert heard == []  # the worker's connection has no listeners
    transfer.announce_import(empty)
    assert heard == ["MainThread"]
    assert numbered(transfer.read_records(empty)) == numbered(transfer.read_records(repo))


def test_cancelling_while_writing_keeps_nothing(repo, empty, tmp_path) -> None:
    drinks = json.dumps(rf.to_document(Records(water=tuple(
        rf.WaterRecord(NOW.replace(year=2000 + n % 20, day=1 + n % 28), 1 + n % 3000)
        for n in range(10_000))), NOW, "1.0"))
    path = tmp_path / "many.json"
    path.write_text(drinks)
    records = transfer.read_export(path)
    before = transfer.read_records(empty)
    shares: list[float] = []

    def cancelled() -> bool:
        return len(shares) >= 2  # after two reports, part of the rows are written

    with pytest.raises(transfer.ImportCancelled):
        transfer.import_apart(empty.path, records, progress=shares.append, cancelled=cancelled)
    assert 0 < shares[-1] < 1
    assert transfer.read_records(empty) == before
    report = transfer.import_apart(empty.path, records, progress=shares.append)
    assert report.added["drinks"] == 10_000


def test_cancelling_an_export_leaves_no_folder(repo, tmp_path) -> None:
    fill(repo)
    out = tmp_path / "out"
    out.mkdir()
    calls = iter([False, False, True])
    with pytest.raises(transfer.ImportCancelled):
        transfer.export_apart(repo.path, out, NOW, "1.0", cancelled=lambda: next(calls))
    assert list(out.iterdir()) == []


def test_an_export_reports_progress_and_says_what_it_wrote(repo, tmp_path) -> None:
    fill(repo)
    shares: list[float] = []
    exported = transfer.export_apart(repo.path, tmp_path, NOW, "1.0", progress=shares.append)
    assert exported.counts == {"sessions": 2, "pain entries": 3, "drinks": 2}
    assert exported.left_out == ()
    assert shares == sorted(shares) and shares[-1] == 1.0
    assert transfer.read_export(exported.folder / transfer.JSON_NAME).counts() == \
        exported.counts


def test_a_database_that_cannot_be_opened_is_a_plain_write_error(tmp_path) -> None:
    missing = tmp_path / "gone" / "backcare.sqlite3"
    with pytest.raises(StorageWriteError, match="could not save to"):
        transfer.import_apart(missing, Records())


def test_an_imported_drink_dated_9999_is_refused_and_the_app_still_starts(empty,
                                                                         tmp_path) -> None:
    """The outside test's case: such a drink once broke every later start."""
    path = tmp_path / "future.json"
    path.write_text(json.dumps({"format": "backcare-records", "version": 1, "water": [
        {**DRINK, "time": "9999-12-31T23:59:59-12:00"}]}))
    with pytest.raises(transfer.ImportProblem) as caught:
        transfer.read_export(path)
    assert str(path) in str(caught.value) and "from 1970 to 2100" in caught.value.problems[0]
    assert empty.today_status(NOW.date()) is not None


def test_times_at_the_ends_of_the_range_are_stored_and_shown(empty, tmp_path) -> None:
    path = tmp_path / "ends.json"
    path.write_text(json.dumps({"format": "backcare-records", "version": 1, "water": [
        {**DRINK, "time": "1969-12-31T12:00:00-12:00"},
        {**DRINK, "time": "2101-01-01T13:59:59+14:00"}],
        "sessions": [{**SESSION, "started": "1970-01-01T00:00:00Z", "ended": None,
                      "steps": []}]}))
    transfer.import_records(empty, transfer.read_export(path))
    stored = transfer.read_records(empty)
    assert [w.at.isoformat() for w in stored.water] == [
        "1969-12-31T12:00:00-12:00", "2101-01-01T13:59:59+14:00"]
    for drink in stored.water:
        empty.water_on(drink.at.date())
        drink.at.astimezone()


def test_a_records_file_of_another_encoding_is_refused_by_read_export(tmp_path) -> None:
    path = tmp_path / "utf16.json"
    path.write_text('{"format": "backcare-records", "version": 1}', encoding="utf-16")
    with pytest.raises(transfer.ImportProblem, match="saved as UTF-16"):
        transfer.read_export(path)


def test_the_streamed_export_is_the_document(repo, tmp_path) -> None:
    fill(repo)
    records = transfer.read_records(repo)
    folder = transfer.export_to_folder(tmp_path, records, NOW, "1.0")
    # Every record fits the importable file: nothing is listed as left out.
    assert json.loads((folder / transfer.JSON_NAME).read_text()) == {
        **rf.to_document(records, NOW, "1.0"), "left_out": []}
    empty_folder = transfer.export_to_folder(tmp_path, Records(), NOW, "1.0")
    assert json.loads((empty_folder / transfer.JSON_NAME).read_text())["water"] == []


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(records())
def test_accepted_records_survive_import_export_and_import_again(tmp_path: Path,
                                                                 original: Records) -> None:
    """Any records the file check accepts go into a database, come out in an export
    that is accepted again, and a second database then holds the same records."""
    work = tmp_path / "round"
    shutil.rmtree(work, ignore_errors=True)
    first, second = new_database(work / "first"), new_database(work / "second")
    try:
        transfer.import_records(first, original)
        stored = transfer.read_records(first)
        folder = transfer.export_to_folder(work, stored, datetime.now().astimezone(), "1.0")
        transfer.import_records(second, transfer.read_export(folder / transfer.JSON_NAME))
        again = transfer.read_records(second)
        at = NOW
        assert (rf.to_document(numbered(again), at, "1.0")
                == rf.to_document(numbered(stored), at, "1.0"))
        assert len(stored.water) == len(original.water)
        assert len(stored.pain) == len(original.pain)
    finally:
        first.close()
        second.close()


def test_an_export_leaves_out_what_the_stricter_import_refuses(repo, empty, tmp_path) -> None:
    """Rows the database reads well but the import refuses (a date before 1970, a
    control character, a step of more than a day) stay in the CSV files as stored
    and are listed under "left_out" with the import's own reason; the file imports."""
    fill(repo)
    zone = NOW.tzinfo
    repo.add_water(250, datetime(1965, 6, 1, 9, tzinfo=zone))
    repo.add_pain(5, datetime(2026, 11, 20, 9, tzinfo=zone), note="bell\x07")
    s = repo.start_session("core", "Core", 600, datetime(2026, 11, 21, 9, tzinfo=zone))
    repo.record_step(s, 0, "Bridge", "completed", 1, 10, 100_000.0,
                     datetime(2026, 11, 21, 9, 5, tzinfo=zone))
    repo.record_step(s, 1, "Plank", "completed", 1, 1, 30.0,
                     datetime(2026, 11, 21, 9, 6, tzinfo=zone))
    repo.finish_session(s, "finished", datetime(2026, 11, 21, 9, 10, tzinfo=zone), 300)
    exported = transfer.export_apart(repo.path, tmp_path, NOW, "1.0")
    assert [(item.kind, item.id) for item in exported.left_out] == [
        ("step", f"{s}/0"), ("pain entry", "of 2026-11-20T09:00:00+01:00"),
        ("drink", "of 1965-06-01T09:00:00+01:00")]
    whys = [item.why for item in exported.left_out]
    assert "“seconds_done” is 100000.0; allowed is 0–86400" in whys[0]
    assert "control character U+0007" in whys[1]
    assert "from 1970 to 2100" in whys[2]
    assert exported.counts == {"sessions": 3, "pain entries": 4, "drinks": 3}
    with (exported.folder / "water.csv").open(encoding="utf-8-sig") as f:
        assert "1965-06-01T09:00:00+01:00" in f.read()
    with (exported.folder / "session_steps.csv").open(encoding="utf-8-sig") as f:
        assert len(f.read().splitlines()) == 1 + 4
    document = (exported.folder / transfer.JSON_NAME).read_text()
    assert '"left_out": [' in document and document.count("\n") > 10  # a record a line
    report = transfer.import_records(empty, transfer.read_export(
        exported.folder / transfer.JSON_NAME))
    assert report.added == {"sessions": 3, "pain entries": 3, "drinks": 2}
    [kept] = [x for x in transfer.read_records(empty).sessions if x.routine_title == "Core"]
    assert [step.exercise for step in kept.steps] == ["Plank"]
