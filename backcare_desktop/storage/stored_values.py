"""Reading stored values that may be odd: the read side never trusts a row.

The schema's CHECKs keep many things out, but not all: a time column holds
any integer or any text, a REAL column may hold text or infinity, a TEXT
column may hold a BLOB or bytes that are not UTF-8, and a row may come from
an import, an older version or another tool. Every row read here is turned
into typed values without raising: a value that cannot be read is shown as
well as possible (its stored text) and left out of every computation.

Times are Unix seconds plus the UTC offset in seconds. A stored time is
*readable* when both are numbers, the offset is less than a day, and the
moment lies within the years 1–9999 both in UTC and in its local time (what
Python's ``datetime`` can hold). ``READABLE`` says the same in SQL, so the
totals computed in SQL and the rows listed in Python agree.
"""

from __future__ import annotations

import functools
import logging
import math
from datetime import date, datetime, timedelta, timezone
from typing import TypeGuard, TypeVar

from backcare_desktop.core.progress.stats import FIRST_DAY
from backcare_desktop.core.vocabulary import Word

log = logging.getLogger(__name__)

FIRST_TS = -62135596800  # 0001-01-01T00:00:00Z
LAST_TS = 253402300799  # 9999-12-31T23:59:59Z
DAY_S = 86400
SHOWN_MAX = 300  # characters of a stored text shown in a list (the record keeps all of it)

_W = TypeVar("_W", bound=Word)

# Why a record is kept off the calendar (``odd_time``).
UNREADABLE = "date not readable"
TOO_EARLY = f"dated before {FIRST_DAY.year}"
AFTER_TODAY = "dated after today"
NO_SESSION = "steps whose session is not in the records"


def readable(ts: str = "ts", offset: str = "tz_offset") -> str:
    """An SQL condition: the time in columns ``ts`` and ``offset`` can be read.

    Numeric bounds alone leave out text and BLOBs: a numeric column keeps text
    only when it is not a number, and SQLite orders any text after every number
    (and a BLOB after any text). The unary ``+`` keeps SQLite from choosing the
    index on ``ts`` for these wide bounds over the one the query itself uses."""
    return (f"({offset} > -{DAY_S} AND {offset} < {DAY_S}"
            f" AND +{ts} BETWEEN {FIRST_TS} AND {LAST_TS}"
            f" AND {ts} + {offset} BETWEEN {FIRST_TS} AND {LAST_TS})")


READABLE = readable()
# The local day of a readable time, as the schema's indexes spell it.
LOCAL_DAY_OF = "date({ts} + {offset}, 'unixepoch')"


def is_number(value: object) -> TypeGuard[int | float]:
    """A finite number as SQLite hands it over (``int`` or ``float``, never ``bool``)."""
    kind = type(value)
    return kind is int or (kind is float and math.isfinite(value))  # type: ignore[arg-type]


def moment(ts: object, offset: object) -> datetime | None:
    """The stored time as an aware datetime in its own offset, or None when it
    cannot be read."""
    if not (is_number(ts) and is_number(offset)):
        return None
    if not (-DAY_S < offset < DAY_S and FIRST_TS <= ts <= LAST_TS
            and FIRST_TS <= ts + offset <= LAST_TS):
        return None
    try:
        return datetime.fromtimestamp(ts, _zone(offset))
    except (ValueError, OverflowError, OSError):  # a fraction of a second past the edge
        return None


@functools.lru_cache(maxsize=64)  # a person's records use a handful of offsets
def _zone(offset: float) -> timezone:
    return timezone(timedelta(seconds=offset))


def _offset_text(offset: float) -> str:
    minutes = round(abs(offset)) // 60
    return f"{'-' if offset < 0 else '+'}{minutes // 60:02d}:{minutes % 60:02d}"


def time_text(ts: object, offset: object) -> str:
    """A stored time as text, even one that cannot be read: its local wall time
    and offset (ISO 8601) where those can be worked out, else the stored values."""
    at = moment(ts, offset)
    if at is not None:
        return at.isoformat(timespec="seconds")
    if is_number(ts) and is_number(offset) and abs(offset) < 100 * 3600:
        try:
            local = datetime(1970, 1, 1) + timedelta(seconds=ts + offset)
        except OverflowError:
            pass
        else:
            return local.isoformat(timespec="seconds") + _offset_text(offset)
    return f"{raw_text(ts)} (UTC offset {raw_text(offset)})"


def raw_text(value: object, limit: int = 60) -> str:
    """Any stored value as a short line of text."""
    if value is None:
        return "empty"
    if isinstance(value, bytes):
        shown = f"x'{value[:limit // 2].hex()}'" + ("…" if len(value) > limit // 2 else "")
        return shown
    if isinstance(value, str):
        return f"“{shown_text(value, limit)}”"
    return str(value)


def text(value: object) -> str:
    """A stored text column as ``str`` (a BLOB or a number stored there included)."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def shown_text(value: object, limit: int = SHOWN_MAX) -> str:
    """A stored text for a list or a message: on one line, control characters
    made visible, cut at ``limit`` characters."""
    full = text(value)
    cut = full[:limit]
    line = "".join(c if c.isprintable() else " " if c in "\t\n\r" else "\ufffd" for c in cut)
    return line + ("…" if len(full) > limit else "")


def number(value: object, default: float = 0.0) -> float:
    """A stored number as a finite float; ``default`` for anything else (text, infinity)."""
    return float(value) if is_number(value) else default


def whole(value: object, default: int = 0) -> int:
    """A stored whole number as ``int`` (a fraction rounded); ``default`` for anything else."""
    return round(value) if is_number(value) else default


def word(kind: type[_W], value: object, default: _W) -> _W:
    """A stored vocabulary word (the CHECKs allow only these), ``default`` otherwise."""
    found = word_or_none(kind, value)
    return default if found is None else found


def word_or_none(kind: type[_W], value: object) -> _W | None:
    if type(value) is not str:
        return None
    try:
        return kind(value)
    except ValueError:
        return None


def odd_time(at: datetime | None, today: date) -> str:
    """Why a record's time keeps it off the calendar ("" when it does not): it
    cannot be read, or its day lies before ``FIRST_DAY`` or after ``today``."""
    if at is None:
        return UNREADABLE
    if at.date() < FIRST_DAY:
        return TOO_EARLY
    if at.date() > today:
        return AFTER_TODAY
    return ""


def odd_rows(ts: str = "ts", offset: str = "tz_offset") -> str:
    """An SQL condition, with two parameters (the first day, today): the row's
    time keeps it off the calendar (see ``odd_time``)."""
    day = LOCAL_DAY_OF.format(ts=ts, offset=offset)
    return f"(NOT {readable(ts, offset)} OR {day} < ? OR {day} > ?)"


def odd_args(today: date) -> tuple[str, str]:
    return FIRST_DAY.isoformat(), today.isoformat()


_noted: set[tuple[str, str, str]] = set()


def note_odd(what: str, ident: object, problem: str) -> None:
    """One log line (once per run) for a record shown raw or left out of a computation."""
    key = (what, str(ident), problem)
    if key not in _noted and len(_noted) < 10_000:
        _noted.add(key)
        log.warning("%s %s: %s", what, ident, problem)
