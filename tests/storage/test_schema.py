"""The schema speaks the vocabulary: CHECK lists come from the enums, and the tables a
new database gets are still, to the byte, the ones version 1 was released with."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from backcare_desktop.core.vocabulary import (
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
    Word,
)
from backcare_desktop.storage.repository import Repository

from .conftest import FIXTURES, NOW

CHECKED = [("sessions", "state", SessionState), ("sessions", "feeling", Feeling),
           ("session_steps", "outcome", StepOutcome), ("pain_entries", "area", PainArea),
           ("pain_entries", "moment", PainMoment)]


def tables(conn: sqlite3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))


def fresh(data_dir: Path, repo: Repository) -> dict[str, str]:
    conn = sqlite3.connect(data_dir / "backcare.sqlite3")
    try:
        return tables(conn)
    finally:
        conn.close()


def listed(sql: str, column: str) -> tuple[str, ...]:
    match = re.search(rf"\b{column}\b[^,]*CHECK \({column} IN \(([^)]*)\)\)", sql)
    assert match, f"no CHECK ({column} IN (…)) in {sql}"
    return tuple(re.findall(r"'([^']*)'", match[1]))


@pytest.mark.parametrize(("table", "column", "words"), CHECKED,
                         ids=[f"{t}.{c}" for t, c, _ in CHECKED])
def test_each_check_lists_exactly_the_vocabulary(data_dir, repo, table: str, column: str,
                                                  words: type[Word]) -> None:
    assert listed(fresh(data_dir, repo)[table], column) == words.values()


def test_a_new_database_gets_the_tables_version_1_was_released_with(data_dir, repo) -> None:
    released = sqlite3.connect(":memory:")
    released.executescript((FIXTURES / "v1.sql").read_text(encoding="utf-8"))
    v1 = tables(released)
    assert {name: sql for name, sql in fresh(data_dir, repo).items() if name in v1} == v1
    released.close()
    now = fresh(data_dir, repo)
    # Later migrations add tables of their own; version 1's stay exactly as released.
    assert {name: sql for name, sql in now.items() if name in v1} == v1


def test_the_database_takes_every_word_and_refuses_others(repo: Repository) -> None:
    session = repo.start_session("core", "Core", 600, NOW)
    for position, outcome in enumerate(StepOutcome):
        repo.record_step(session, position, "Bridge", outcome, 0, 0, 0, NOW)
    for feeling in Feeling:
        repo.set_session_feeling(session, feeling)
    for state in SessionState:
        repo.finish_session(session, state, NOW, 0)
    for moment in PainMoment:
        for area in (None, *PainArea):
            repo.add_pain(3, NOW, area=area, moment=moment, session_id=session)
    for bad in (lambda: repo.record_step(session, 9, "Bridge", "done", 0, 0, 0, NOW),
                lambda: repo.set_session_feeling(session, "fine"),
                lambda: repo.finish_session(session, "paused", NOW, 0),
                lambda: repo.add_pain(3, NOW, moment="during")):
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            bad()
