"""The database schema as a list of forward-only migrations.

``MIGRATIONS[n - 1]`` takes a database from ``user_version`` n - 1 to n. Each
migration runs in one transaction together with the version bump, so a
database is always at exactly one version. Never edit a released migration:
add a new one.
"""

from __future__ import annotations

from dataclasses import dataclass

from backcare_desktop.core.programme.flare import FlareHow
from backcare_desktop.core.vocabulary import (
    Feeling,
    PainArea,
    PainMoment,
    SessionState,
    StepOutcome,
    Word,
)


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


def one_of(words: type[Word]) -> str:
    """The stored values of ``words`` as SQL text literals for ``IN (…)``: the
    vocabulary is the one list, and the text is the same as it was written in v1."""
    assert not any("'" in value for value in words.values())
    return ", ".join(f"'{value}'" for value in words.values())


# Times are stored as Unix seconds (UTC) plus the local UTC offset in seconds
# at the moment of the record, so a record's local day never changes when the
# computer travels or the clocks change.
_V1 = (
    """CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL            -- JSON
    )""",
    """CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    f"""CREATE TABLE sessions (
        id            INTEGER PRIMARY KEY,
        routine_id    TEXT NOT NULL,
        routine_title TEXT NOT NULL,
        started_ts    INTEGER NOT NULL,
        tz_offset     INTEGER NOT NULL,
        ended_ts      INTEGER,
        state         TEXT NOT NULL DEFAULT '{SessionState.RUNNING}'
                      CHECK (state IN ({one_of(SessionState)})),
        stop_reason   TEXT,
        planned_s     REAL NOT NULL CHECK (planned_s >= 0),
        active_s      REAL CHECK (active_s >= 0),
        feeling       TEXT CHECK (feeling IN ({one_of(Feeling)}))
    )""",
    f"""CREATE TABLE session_steps (
        id            INTEGER PRIMARY KEY,
        session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL CHECK (position >= 0),
        exercise_name TEXT NOT NULL,
        outcome       TEXT NOT NULL CHECK (outcome IN ({one_of(StepOutcome)})),
        sets_done     INTEGER NOT NULL DEFAULT 0 CHECK (sets_done >= 0),
        reps_done     INTEGER NOT NULL DEFAULT 0 CHECK (reps_done >= 0),
        seconds_done  REAL NOT NULL DEFAULT 0 CHECK (seconds_done >= 0),
        ended_ts      INTEGER NOT NULL,
        UNIQUE (session_id, position)
    )""",
    f"""CREATE TABLE pain_entries (
        id         INTEGER PRIMARY KEY,
        ts         INTEGER NOT NULL,
        tz_offset  INTEGER NOT NULL,
        level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
        area       TEXT CHECK (area IN ({one_of(PainArea)})),
        note       TEXT NOT NULL DEFAULT '',
        session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
        moment     TEXT NOT NULL DEFAULT '{PainMoment.ANY}'
                   CHECK (moment IN ({one_of(PainMoment)}))
    )""",
    """CREATE TABLE water_entries (
        id        INTEGER PRIMARY KEY,
        ts        INTEGER NOT NULL,
        tz_offset INTEGER NOT NULL,
        amount_ml INTEGER NOT NULL CHECK (amount_ml BETWEEN 1 AND 3000)
    )""",
)

# Version 2: a change counter kept by triggers, so automatic backups are taken
# only when data really changed, and indexes for the date-range queries of the
# header and the charts.
_COUNTED_TABLES = ("sessions", "session_steps", "pain_entries", "water_entries")


def _counter_triggers() -> tuple[str, ...]:
    bump = (
        "INSERT INTO meta (key, value) VALUES ('change_counter', '1') "
        "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
    )
    statements = []
    for table in _COUNTED_TABLES:
        for event in ("INSERT", "UPDATE", "DELETE"):
            statements.append(
                f"CREATE TRIGGER {table}_{event.lower()}_counts AFTER {event} ON {table} "
                f"BEGIN {bump}; END"
            )
    # Settings count too, except window layout ("ui." keys) saved at every quit.
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        statements.append(
            f"CREATE TRIGGER settings_{event.lower()}_counts AFTER {event} ON settings "
            f"WHEN {row}.key NOT LIKE 'ui.%' BEGIN {bump}; END"
        )
    return tuple(statements)


_V2 = (
    "CREATE INDEX sessions_by_start ON sessions (started_ts)",
    "CREATE INDEX pain_by_time ON pain_entries (ts)",
    "CREATE INDEX pain_by_session ON pain_entries (session_id)",
    "CREATE INDEX water_by_time ON water_entries (ts)",
    # Start with nothing to back up: a new database is empty, and an upgraded
    # one was just backed up before this migration ran.
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('change_counter', '1')",
    "INSERT OR IGNORE INTO meta (key, value) VALUES ('last_backup_counter', '1')",
    *_counter_triggers(),
)

# Version 3: indexes on each record's local day (the expression the queries
# group by), so a day's or a decade's totals are read from the index alone.
LOCAL_DAY = "date(ts + tz_offset, 'unixepoch')"
_V3 = (
    f"CREATE INDEX pain_by_day ON pain_entries ({LOCAL_DAY}, level)",
    f"CREATE INDEX water_by_day ON water_entries ({LOCAL_DAY}, amount_ml)",
)

# Version 4: the same indexes by local day, holding the stored time as well, so
# the totals that count only records whose time can be read (``stored_values.
# READABLE`` tests ``ts`` and ``tz_offset``) are still read from the index alone.
_V4 = (
    "DROP INDEX pain_by_day",
    "DROP INDEX water_by_day",
    f"CREATE INDEX pain_by_day ON pain_entries ({LOCAL_DAY}, level, ts, tz_offset)",
    f"CREATE INDEX water_by_day ON water_entries ({LOCAL_DAY}, amount_ml, ts, tz_offset)",
)

def _counts(*tables: str) -> tuple[str, ...]:
    """Triggers that bump the change counter when rows of ``tables`` change, so
    the rows of later tables count for backups like the records."""
    bump = (
        "INSERT INTO meta (key, value) VALUES ('change_counter', '1') "
        "ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
    )
    return tuple(
        f"CREATE TRIGGER {table}_{event.lower()}_counts AFTER {event} ON {table} "
        f"BEGIN {bump}; END"
        for table in tables
        for event in ("INSERT", "UPDATE", "DELETE"))


# Version 5: the weekly plan, kept as versions with the local day each came into
# force, so a past week is read with the plan of its time.
_V5 = (
    """CREATE TABLE plan_versions (
        id               INTEGER PRIMARY KEY,
        in_force_from    TEXT NOT NULL UNIQUE,   -- local day, YYYY-MM-DD
        first_week_start TEXT                    -- local day, or NULL
    )""",
    """CREATE TABLE plan_slots (
        id         INTEGER PRIMARY KEY,
        version_id INTEGER NOT NULL REFERENCES plan_versions(id) ON DELETE CASCADE,
        first_week INTEGER NOT NULL DEFAULT 0 CHECK (first_week IN (0, 1)),
        weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 0 AND 6),
        at         TEXT NOT NULL,                -- local time, HH:MM
        routine_id TEXT NOT NULL
    )""",
    "CREATE INDEX plan_slots_by_version ON plan_slots (version_id)",
    *_counts("plan_versions", "plan_slots"),
)

# Version 6: flare-up periods (``storage/flare_store.py``): when one started and
# how (pain before a session, or by hand), when it ended and how (the logged pain
# stayed low, or by hand), each time with its own UTC offset.
_FLARE_HOW = ", ".join(f"'{how.value}'" for how in FlareHow)
_V6 = (
    f"""CREATE TABLE flare_periods (
        id          INTEGER PRIMARY KEY,
        started_ts  INTEGER NOT NULL,
        tz_offset   INTEGER NOT NULL,
        started_how TEXT NOT NULL CHECK (started_how IN ({_FLARE_HOW})),
        ended_ts    INTEGER,
        end_offset  INTEGER,
        ended_how   TEXT CHECK (ended_how IN ({_FLARE_HOW})),
        CHECK ((ended_ts IS NULL) = (ended_how IS NULL)
               AND (ended_ts IS NULL) = (end_offset IS NULL))
    )""",
    "CREATE INDEX flare_by_start ON flare_periods (started_ts)",
    *_counts("flare_periods"),
)

# Version 7, progression: the decisions about suggested changes (so "Not now" is
# remembered) and the earlier versions of the person's own routines (the routine
# file's text as it was before a change was accepted).
_PROGRESSION_TABLES = ("progression_decisions", "routine_versions")
_V7 = (
    """CREATE TABLE progression_decisions (
        id            INTEGER PRIMARY KEY,
        ts            INTEGER NOT NULL,
        tz_offset     INTEGER NOT NULL,
        routine_id    TEXT NOT NULL,
        accepted      INTEGER NOT NULL CHECK (accepted IN (0, 1)),
        exercise_name TEXT NOT NULL DEFAULT '',
        current       TEXT NOT NULL DEFAULT '',
        proposed      TEXT NOT NULL DEFAULT '',
        reason        TEXT NOT NULL DEFAULT '',
        new_routine_id TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX decisions_by_routine ON progression_decisions (routine_id, ts)",
    """CREATE TABLE routine_versions (
        id         INTEGER PRIMARY KEY,
        ts         INTEGER NOT NULL,
        tz_offset  INTEGER NOT NULL,
        routine_id TEXT NOT NULL,
        reason     TEXT NOT NULL DEFAULT '',
        toml       TEXT NOT NULL
    )""",
    "CREATE INDEX versions_by_routine ON routine_versions (routine_id, ts)",
    *_counts(*_PROGRESSION_TABLES),
)

# Version 8: answers to the weekly PEG questions (``storage/peg_store.py``), each
# 0–10, with the time and UTC offset of the answer like a pain entry's.
_V8 = (
    """CREATE TABLE peg_answers (
        id        INTEGER PRIMARY KEY,
        ts        INTEGER NOT NULL,
        tz_offset INTEGER NOT NULL,
        pain      INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
        enjoyment INTEGER NOT NULL CHECK (enjoyment BETWEEN 0 AND 10),
        activity  INTEGER NOT NULL CHECK (activity BETWEEN 0 AND 10)
    )""",
    "CREATE INDEX peg_by_ts ON peg_answers (ts)",
    *_counts("peg_answers"),
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "sessions, steps, pain, water and settings", _V1),
    Migration(2, "change counter for backups; indexes for date ranges", _V2),
    Migration(3, "indexes by local day for pain and water totals", _V3),
    Migration(4, "indexes by local day that also hold the stored time", _V4),
    Migration(5, "the weekly plan and its earlier versions", _V5),
    Migration(6, "flare-up periods", _V6),
    Migration(7, "progression decisions and earlier versions of own routines", _V7),
    Migration(8, "answers to the weekly PEG questions", _V8),
)

LATEST_VERSION = MIGRATIONS[-1].version
