"""A corpus of odd rows that the schema's CHECKs let into a database, for tests.

Each row is written with plain sqlite3 (foreign keys off, as another tool
would), straight into a real database file, never through the app.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

NOW_TS = 1795512600  # the fake clock: Tue 24 Nov 2026, 10:30 at +01:00
DAY = 86400
Y1 = -62135596800  # 0001-01-01T00:00:00Z
Y9999_END_MINUS_12 = 253402343999  # 9999-12-31T23:59:59-12:00 (UTC is in year 10000)
Y9998 = 253352275200  # 9998-06-01T00:00:00Z
LONG = "long " * 200_000  # a megabyte of text

SESSION = ("INSERT INTO sessions (id, routine_id, routine_title, started_ts, tz_offset,"
           " ended_ts, state, stop_reason, planned_s, active_s, feeling) VALUES ")
STEP = ("INSERT INTO session_steps (session_id, position, exercise_name, outcome, sets_done,"
        " reps_done, seconds_done, ended_ts) VALUES ")
PAIN = ("INSERT INTO pain_entries (ts, tz_offset, level, area, note, session_id, moment)"
        " VALUES ")
WATER = "INSERT INTO water_entries (ts, tz_offset, amount_ml) VALUES "
A_SESSION = f"{SESSION}(7, 'core', 'Core', {NOW_TS - 3600}, 3600, {NOW_TS - 3000}," \
            " 'finished', NULL, 600, 540, NULL)"


@dataclass(frozen=True)
class OddRow:
    name: str
    kind: str  # "water", "pain", "session" or "step"
    sql: tuple[str, ...]
    apart: bool  # its time keeps it off the calendar: listed apart on its page
    # It fits the importable file as it is (links included): the import accepts times
    # from 1970 to 2100 and text without control characters, so older, later and such
    # rows are listed under "left_out".
    exported: bool = True

    def __str__(self) -> str:
        return self.name


def water(name: str, values: str, *, apart: bool, exported: bool = True) -> OddRow:
    return OddRow(name, "water", (WATER + values,), apart, exported)


def pain(name: str, values: str, *, apart: bool, exported: bool = True,
         before: tuple[str, ...] = ()) -> OddRow:
    return OddRow(name, "pain", (*before, PAIN + values), apart, exported)


def session(name: str, values: str, *, apart: bool, exported: bool = True) -> OddRow:
    return OddRow(name, "session", (SESSION + values,), apart, exported)


def step(name: str, values: str, *, exported: bool = False) -> OddRow:
    return OddRow(name, "step", (A_SESSION, STEP + values), False, exported)


CORPUS: tuple[OddRow, ...] = (
    # -- drinks --
    water("drink 9999-12-31T23:59:59-12:00", f"({Y9999_END_MINUS_12}, -43200, 250)",
          apart=True, exported=False),
    water("drink in year 1", f"({Y1}, 0, 250)", apart=True, exported=False),
    water("drink in year 1 at +14:00", f"({Y1 - 50400}, 50400, 250)", apart=True,
          exported=False),
    water("drink in 9998", f"({Y9998}, 0, 250)", apart=True, exported=False),
    water("drink tomorrow", f"({NOW_TS + DAY}, 3600, 250)", apart=True),
    water("drink with a text time", "('abc', 3600, 250)", apart=True, exported=False),
    water("drink with an ISO text time", "('2026-11-24T09:00:00+01:00', 3600, 250)",
          apart=True, exported=False),
    water("drink with a BLOB time", "(x'00ff', 3600, 250)", apart=True, exported=False),
    water("drink at the largest integer", "(9223372036854775807, 0, 250)", apart=True,
          exported=False),
    water("drink at the smallest integer", "(-9223372036854775808, 0, 250)", apart=True,
          exported=False),
    water("drink at infinity", "(1e999, 0, 250)", apart=True, exported=False),
    water("drink with a text offset", f"({NOW_TS}, 'x', 250)", apart=True, exported=False),
    water("drink with an offset of a day", f"({NOW_TS}, 86400, 250)", apart=True,
          exported=False),
    water("drink at -12:00", f"({NOW_TS + 37800}, -43200, 250)", apart=False),  # 24 Nov 08:00
    water("drink at +14:00", f"({NOW_TS - 14 * 3600}, 50400, 250)", apart=False),
    water("drink with a fraction of a second", f"({NOW_TS}.5, 3600, 250)", apart=False),
    water("drink of 1.5 ml", f"({NOW_TS}, 3600, 1.5)", apart=False, exported=False),
    water("drink of 3000 ml", f"({NOW_TS}, 3600, 3000)", apart=False),
    # -- pain --
    pain("pain in year 1", f"({Y1}, 0, 5, NULL, '', NULL, 'any')", apart=True,
         exported=False),
    pain("pain in 9999", f"({Y9999_END_MINUS_12}, -43200, 5, NULL, '', NULL, 'any')",
         apart=True, exported=False),
    pain("pain with a text time", "('yesterday', 3600, 5, 'neck', 'x', NULL, 'any')",
         apart=True, exported=False),
    pain("pain of 2.5", f"({NOW_TS}, 3600, 2.5, NULL, '', NULL, 'any')", apart=False,
         exported=False),
    pain("pain with a megabyte note", f"({NOW_TS}, 3600, 10, NULL, '{LONG}', NULL, 'any')",
         apart=False, exported=False),
    pain("pain with control characters", f"({NOW_TS}, 3600, 0, NULL,"
         " 'a' || char(0) || char(27) || char(10) || 'b', NULL, 'any')", apart=False,
         exported=False),
    pain("pain with a BLOB note", f"({NOW_TS}, 3600, 3, NULL, x'ff00', NULL, 'any')",
         apart=False, exported=False),  # read as "\ufffd\x00": a control character
    pain("pain with a note that is not UTF-8",
         f"({NOW_TS}, 3600, 3, NULL, CAST(x'ff41' AS TEXT), NULL, 'any')", apart=False),
    pain("pain of a session that is not there",
         f"({NOW_TS}, 3600, 4, NULL, '', 999, 'before')", apart=False, exported=False),
    pain("pain of a session with a text start", f"({NOW_TS}, 3600, 4, NULL, '', 8, 'before')",
         apart=False, exported=False,
         before=(f"{SESSION}(8, 'r', 'R', 'soon', 3600, NULL, 'finished', NULL, 60, 60,"
                 " NULL)",)),
    # -- sessions --
    session("session with a text start", "(1, 'core', 'Core', 'x', 0, NULL, 'finished', NULL,"
            " 600, 540, NULL)", apart=True, exported=False),
    session("session in year 1", f"(1, 'core', 'Core', {Y1}, 0, {Y1 + 600}, 'finished', NULL,"
            " 600, 540, 'about_right')", apart=True, exported=False),
    session("session in 9999", f"(1, 'core', 'Core', {Y9999_END_MINUS_12}, -43200, NULL,"
            " 'running', NULL, 600, NULL, NULL)", apart=True, exported=False),
    session("session with a text end", f"(1, 'core', 'Core', {NOW_TS - 3600}, 3600, 'later',"
            " 'finished', NULL, 600, 540, NULL)", apart=False, exported=False),
    session("session planned as text", f"(1, 'core', 'Core', {NOW_TS - 3600}, 3600, NULL,"
            " 'stopped', 'hurt', 'abc', 'x', NULL)", apart=False, exported=False),
    session("session of infinite length", f"(1, 'core', 'Core', {NOW_TS - 3600}, 3600, NULL,"
            " 'finished', NULL, 1e999, 1e999, NULL)", apart=False, exported=False),
    session("session of a trillion seconds", f"(1, 'core', 'Core', {NOW_TS - 3600}, 3600,"
            f" {NOW_TS}, 'finished', NULL, 1e12, 1e12, NULL)", apart=False, exported=False),
    session("session with BLOB and long texts", f"(1, x'ff', '{LONG}', {NOW_TS - 3600}, 3600,"
            f" {NOW_TS}, 'stopped', x'00', 600, 540, NULL)", apart=False, exported=False),
    # -- steps (of a readable session, 7) --
    step("step of a session that is not there",
         f"(999, 0, 'Bridge', 'completed', 1, 1, 1, {NOW_TS})"),
    step("step at a text position", f"(7, 'p', 'Bridge', 'completed', 1, 1, 1, {NOW_TS})"),
    step("step at the largest position",
         f"(7, 9223372036854775807, 'Bridge', 'completed', 1, 1, 1, {NOW_TS})"),
    step("step with text counts", f"(7, 0, 'Bridge', 'completed', 'x', 'y', 'z', {NOW_TS})"),
    step("step of infinite seconds", f"(7, 0, 'Bridge', 'skipped', 0, 0, 1e999, {NOW_TS})"),
    step("step with a text end", "(7, 0, 'Bridge', 'completed', 1, 1, 1, 'end')"),
    step("step with a BLOB name", f"(7, 0, x'ff', 'completed', 1, 1, 1.5, {NOW_TS})",
         exported=True),
)


def write(database: Path, row: OddRow) -> None:
    """Write ``row`` into the BackCare database file, as another tool would."""
    conn = sqlite3.connect(database)
    try:
        for statement in row.sql:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def count(database: Path, table: str) -> int:
    conn = sqlite3.connect(database)
    try:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


TABLES = {"water": "water_entries", "pain": "pain_entries", "session": "sessions",
          "step": "session_steps"}
