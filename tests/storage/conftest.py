from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from backcare_desktop.storage import database
from backcare_desktop.storage.repository import Repository

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 11, 24, 10, 30, tzinfo=timezone(timedelta(hours=1)))


def make_v1_database(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript((FIXTURES / "v1.sql").read_text(encoding="utf-8"))
    conn.close()
    return path


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def repo(data_dir: Path) -> Iterator[Repository]:
    db = data_dir / "backcare.sqlite3"
    conn = database.open_database(db, data_dir / "backups", NOW)
    repository = Repository(conn, db)
    yield repository
    repository.close()
