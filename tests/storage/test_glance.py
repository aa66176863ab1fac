"""The first glance at the data file: the first frame's settings from a file
BackCare closed cleanly, read without changing anything; None for anything
else, which is then opened the careful way."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backcare_desktop.storage import database
from backcare_desktop.storage.files import PENDING_RESTORE
from backcare_desktop.storage.glance import glance
from backcare_desktop.storage.identity import read_record, record_path
from backcare_desktop.storage.repository import Repository

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


def closed_cleanly(folder: Path, **values: object) -> Path:
    """A database BackCare opened, wrote ``values`` to (settings, or ``ui_<name>``
    for window state) and closed cleanly, as a normal run leaves it."""
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "backcare.sqlite3"
    conn = database.open_database(db, folder / "backups", NOW)
    repo = Repository(conn, db)
    for key, value in values.items():
        if key.startswith("ui_"):
            repo.set_ui_state(key[3:], str(value))
        else:
            repo.set_setting(key, value)
    database.close_database(conn, db)
    return db


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns)
            for p in folder.iterdir() if p.is_file()}


def test_a_cleanly_closed_file_gives_the_first_frame_its_settings(tmp_path: Path) -> None:
    db = closed_cleanly(tmp_path, colour_scheme="dark", language="de",
                        ui_page="hydration", ui_window_geometry="AdnQyw==")
    before = snapshot(tmp_path)
    seen = glance(db)
    assert seen is not None
    assert seen.setting("colour_scheme") == "dark" and seen.setting("language") == "de"
    assert seen.state("page") == "hydration"
    assert seen.state("window_geometry") == "AdnQyw=="
    assert seen.state("never_saved") is None
    assert snapshot(tmp_path) == before, "looking changes nothing, creates nothing"


def test_unset_settings_are_their_defaults(tmp_path: Path) -> None:
    seen = glance(closed_cleanly(tmp_path))
    assert seen is not None
    assert (seen.setting("colour_scheme"), seen.setting("language")) == ("system", "system")


def test_no_file_is_no_glance(tmp_path: Path) -> None:
    assert glance(tmp_path / "backcare.sqlite3") is None


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_file_beside_the_database_means_the_careful_way(tmp_path: Path,
                                                           suffix: str) -> None:
    db = closed_cleanly(tmp_path, colour_scheme="dark")
    Path(f"{db}{suffix}").write_bytes(b"")
    assert glance(db) is None


def test_a_last_close_that_was_not_clean_means_the_careful_way(tmp_path: Path) -> None:
    db = closed_cleanly(tmp_path, colour_scheme="dark")
    data = json.loads(record_path(db).read_text())
    record_path(db).write_text(json.dumps({**data, "state": "open"}))
    assert glance(db) is None


@pytest.mark.parametrize("content", [None, "", "{not json", '{"state": "closed"}', "[]"])
def test_a_missing_or_unreadable_identity_record_means_the_careful_way(
        tmp_path: Path, content: str | None) -> None:
    db = closed_cleanly(tmp_path, colour_scheme="dark")
    if content is None:
        record_path(db).unlink()
    else:
        record_path(db).write_text(content)
    assert glance(db) is None


def test_a_restore_waiting_means_the_careful_way(tmp_path: Path) -> None:
    db = closed_cleanly(tmp_path, colour_scheme="dark")
    (tmp_path / PENDING_RESTORE).write_text('{"backup": "x"}')
    assert glance(db) is None


def test_a_folder_or_pipe_in_its_place_is_never_opened(tmp_path: Path) -> None:
    db = closed_cleanly(tmp_path)
    db.unlink()
    db.mkdir()
    assert glance(db) is None
    db.rmdir()
    os.mkfifo(db)  # opening a pipe to read would wait for a writer forever
    assert glance(db) is None


def test_a_file_that_is_not_backcare_data_gives_no_glance(tmp_path: Path) -> None:
    db = closed_cleanly(tmp_path)
    db.write_bytes(b"not a database at all" * 100)
    assert glance(db) is None
    db.unlink()
    other = sqlite3.connect(db)
    other.execute("CREATE TABLE notes (text TEXT)")
    other.commit()
    other.close()
    assert glance(db) is None


def test_values_out_of_range_are_read_as_the_repository_reads_them(tmp_path: Path) -> None:
    db = closed_cleanly(tmp_path)
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [
            ("colour_scheme", json.dumps("purple")), ("language", "{broken"),
            ("ui.page", json.dumps(7)), ("ui.window_geometry", json.dumps("x" * 100_000)),
        ])
    conn.close()
    seen = glance(db)
    repo = Repository(database.open_database(db, tmp_path / "backups", NOW), db)
    try:
        assert seen is not None
        for key in ("colour_scheme", "language"):
            assert seen.setting(key) == repo.get_setting(key) == "system"
        assert seen.state("page") == repo.get_ui_state("page") == "7"
        assert seen.state("window_geometry") is None  # not what BackCare writes
    finally:
        repo.close()


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096), keep_header=st.booleans())
def test_any_bytes_in_the_file_give_a_glance_or_none_and_change_nothing(
        tmp_path_factory: pytest.TempPathFactory, data: bytes, keep_header: bool) -> None:
    folder = tmp_path_factory.mktemp("glance")
    db = closed_cleanly(folder, colour_scheme="light")
    if keep_header:  # a real header, damaged pages
        data = db.read_bytes()[:100] + data
    db.write_bytes(data)
    before = snapshot(folder)
    seen = glance(db)
    assert seen is None or seen.setting("colour_scheme") in ("system", "light", "dark")
    assert snapshot(folder) == before
    assert read_record(db) is not None
