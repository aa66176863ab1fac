"""Export to CSV and JSON, and import of the JSON: round trip, duplicates, refusal."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from backcare_desktop.core.progress.records_file import CSV_COLUMNS, Records
from backcare_desktop.core.vocabulary import (
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
    StopReason,
)
from backcare_desktop.storage import database, transfer
from backcare_desktop.storage.errors import StorageWriteError
from backcare_desktop.storage.repository import Repository

from .conftest import NOW

CET, CEST, NY = (timezone(timedelta(hours=h)) for h in (1, 2, -5))


def fill(repo: Repository) -> None:
    s = repo.start_session("core", "Core stability", 600, datetime(2026, 6, 1, 9, tzinfo=CEST))
    repo.add_pain(6, datetime(2026, 6, 1, 9, tzinfo=CEST), session_id=s, moment="before")
    repo.record_step(s, 0, "Bird dog", "completed", 2, 10, 95.5,
                     datetime(2026, 6, 1, 9, 2, tzinfo=CEST))
    repo.record_step(s, 1, "Side plank", "skipped", 0, 0, 3.0,
                     datetime(2026, 6, 1, 9, 3, tzinfo=CEST))
    repo.finish_session(s, "finished", datetime(2026, 6, 1, 9, 10, tzinfo=CEST), 540)
    repo.add_pain(3, datetime(2026, 6, 1, 9, 11, tzinfo=CEST), session_id=s, moment="after")
    repo.set_session_feeling(s, "about_right")
    t = repo.start_session("pmr", "Relaxation, with a comma", 900,
                           datetime(2026, 11, 20, 21, tzinfo=NY))
    repo.finish_session(t, "stopped", datetime(2026, 11, 20, 21, 5, tzinfo=NY), 200,
                        stop_reason="hurt")
    repo.add_pain(7, datetime(2026, 11, 23, 8, tzinfo=CET), area="neck", note='stiff "again"')
    repo.add_water(250, datetime(2026, 11, 24, 9, tzinfo=CET))
    repo.add_water(500, datetime(2026, 11, 24, 13, tzinfo=CET))
    repo.set_setting("water_goal_ml", 2500)
    repo.set_setting("first_run_notice_seen", True)


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Repository]:
    """A second, empty BackCare database: the new laptop."""
    folder = tmp_path / "new-laptop"
    folder.mkdir()
    db = folder / "backcare.sqlite3"
    repository = Repository(database.open_database(db, folder / "backups", NOW), db)
    yield repository
    repository.close()


def numbered(records: Records) -> Records:
    """The records with sessions numbered 1, 2, … in order (ids differ per database)."""
    keys = {s.key: n for n, s in enumerate(records.sessions, 1)}
    return Records(tuple(replace(s, key=keys[s.key]) for s in records.sessions),
                   tuple(replace(p, session_key=p.session_key and keys[p.session_key])
                         for p in records.pain), records.water, records.settings)


def test_export_then_import_gives_identical_records(repo, other, tmp_path: Path) -> None:
    fill(repo)
    original = transfer.read_records(repo)
    folder = transfer.export_to_folder(tmp_path, original, NOW, "1.0")
    report = transfer.import_records(other, transfer.read_export(folder / transfer.JSON_NAME))
    assert report.added == {"sessions": 2, "pain entries": 3, "drinks": 2}
    assert numbered(transfer.read_records(other)) == numbered(original)
    assert other.get_setting("water_goal_ml") == 2500
    # "Seen the notice" belongs to a computer, not to the person: not carried over.
    assert other.get_setting("first_run_notice_seen") is False


def test_importing_the_same_file_again_skips_every_duplicate(repo, other, tmp_path) -> None:
    fill(repo)
    folder = transfer.export_to_folder(tmp_path, transfer.read_records(repo), NOW,
                                       "1.0")
    records = transfer.read_export(folder / transfer.JSON_NAME)
    transfer.import_records(other, records)
    before = transfer.read_records(other)
    again = transfer.import_records(other, records)
    assert again.added == {"sessions": 0, "pain entries": 0, "drinks": 0}
    assert again.skipped == {"sessions": 2, "pain entries": 3, "drinks": 2}
    assert transfer.read_records(other) == before


def test_a_setting_chosen_here_is_not_overwritten(repo, other, tmp_path) -> None:
    fill(repo)
    other.set_setting("water_goal_ml", 1800)
    folder = transfer.export_to_folder(tmp_path, transfer.read_records(repo), NOW,
                                       "1.0")
    report = transfer.import_records(other, transfer.read_export(folder / transfer.JSON_NAME))
    assert other.get_setting("water_goal_ml") == 1800
    assert "water_goal_ml" not in report.settings


def test_csv_files_have_the_documented_columns_and_times_with_offsets(repo, tmp_path) -> None:
    fill(repo)
    folder = transfer.export_to_folder(tmp_path, transfer.read_records(repo), NOW,
                                       "1.0")
    tables = {}
    for kind, columns in CSV_COLUMNS.items():
        with (folder / f"{kind}.csv").open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        assert rows[0] == [name for name, _ in columns]
        tables[kind] = [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]
    assert [s["started"] for s in tables["sessions"]] == [
        "2026-06-01T09:00:00+02:00", "2026-11-20T21:00:00-05:00"]
    assert tables["sessions"][1]["routine_title"] == "Relaxation, with a comma"
    assert tables["sessions"][1]["stop_reason"] == "hurt"
    assert [s["exercise"] for s in tables["session_steps"]] == ["Bird dog", "Side plank"]
    assert tables["pain"][-1] == {"time": "2026-11-23T08:00:00+01:00", "level": "7",
                                  "area": "neck", "note": 'stiff "again"', "moment": "any",
                                  "session": ""}
    assert [w["amount_ml"] for w in tables["water"]] == ["250", "500"]
    assert "amount_ml: millilitres drunk" in (folder / "columns.txt").read_text()


def test_an_export_never_overwrites_an_earlier_one(repo, tmp_path) -> None:
    first = transfer.export_to_folder(tmp_path, Records(), NOW, "1.0")
    second = transfer.export_to_folder(tmp_path, Records(), NOW, "1.0")
    assert first != second and first.exists() and second.name.endswith("-2")


def document(tmp_path: Path, repo: Repository) -> dict:
    fill(repo)
    folder = transfer.export_to_folder(tmp_path, transfer.read_records(repo), NOW,
                                       "1.0")
    return json.loads((folder / transfer.JSON_NAME).read_text())


def test_a_malformed_import_changes_nothing_and_lists_every_problem(repo, other,
                                                                    tmp_path) -> None:
    doc = document(tmp_path, repo)
    other.add_water(330, datetime(2026, 1, 1, 9, tzinfo=CET))
    doc["pain"][0]["level"] = 11
    doc["water"][1]["time"] = "2026-11-24 13:00"  # no UTC offset
    doc["sessions"][0]["steps"][1]["outcome"] = "maybe"
    doc["pain"][2]["session"] = 99
    doc["settings"]["water_goal_ml"] = 50_000
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(doc))
    before = transfer.read_records(other)
    with pytest.raises(transfer.ImportProblem) as caught:
        transfer.import_records(other, transfer.read_export(path))
    problems = caught.value.problems
    assert any("pain entry #1" in p and "11" in p and "0–10" in p for p in problems)
    assert any("drink #2" in p and "UTC offset" in p for p in problems)
    assert any("session #1, step #2" in p and "maybe" in p for p in problems)
    assert any("pain entry #3" in p and "session 99" in p for p in problems)
    assert any("water_goal_ml" in p and "250–10000" in p for p in problems)
    assert len(problems) == 5
    assert transfer.read_records(other) == before


@pytest.mark.parametrize(("content", "expected"), [
    ("{not json", "is not valid JSON"),
    ('{"format": "something-else"}', "not a BackCare export"),
    ('{"format": "backcare-records", "version": 99}', "version 99"),
    ('{"format": "backcare-records", "version": 1, "water": {}}', "water: must be a list"),
])
def test_files_that_are_not_exports_are_refused_plainly(tmp_path, content, expected) -> None:
    path = tmp_path / "in.json"
    path.write_text(content)
    with pytest.raises(transfer.ImportProblem) as caught:
        transfer.read_export(path)
    assert expected in caught.value.problems[0]


def test_a_database_error_during_import_keeps_nothing(repo, other, tmp_path, monkeypatch) -> None:
    records = transfer.read_records(other)
    fill(repo)
    full = transfer.read_records(repo)
    real_insert = other._conn

    class Failing:
        """The connection, failing at the first drink (as a full disk would)."""

        def __getattr__(self, name: str):
            return getattr(real_insert, name)

        def execute(self, sql: str, *args):
            self.fail_at_water(sql)
            return real_insert.execute(sql, *args)

        def executemany(self, sql: str, rows):
            self.fail_at_water(sql)
            return real_insert.executemany(sql, rows)

        def fail_at_water(self, sql: str) -> None:
            if sql.startswith("INSERT INTO water_entries"):
                import sqlite3
                error = sqlite3.OperationalError("database or disk is full")
                error.sqlite_errorcode = sqlite3.SQLITE_FULL
                raise error

    monkeypatch.setattr(other, "_conn", Failing())
    with pytest.raises(StorageWriteError, match="the disk is full"):
        transfer.import_records(other, full)
    monkeypatch.undo()
    assert transfer.read_records(other) == records


def test_the_readme_documents_every_csv_column() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for kind, columns in CSV_COLUMNS.items():
        row = next(line for line in readme.splitlines() if line.startswith(f"  | `{kind}.csv`"))
        assert [name for name, _ in columns] == re.findall(r"`(\w+)`", row.split("|")[2]), kind


def test_the_readme_lists_the_words_of_the_vocabulary() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    for column, words in (("state", SessionState), ("stop_reason", StopReason),
                          ("feeling", Feeling), ("outcome", StepOutcome),
                          ("area", PainArea), ("moment", PainMoment)):
        listed = re.search(rf"`{column}` \(([^)]*)\)", readme)
        assert listed, column
        named = re.split(r", | or ", listed[1].removesuffix(" or empty"))
        assert sorted(named) == sorted(words.values()), column
