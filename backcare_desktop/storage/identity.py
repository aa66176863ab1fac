"""The small record beside the database that says which database BackCare last
left there, how many clean closes it had, in which data format, and whether it
was closed cleanly (``database`` explains how it is used).

Kept apart from ``database`` so that reading it costs little before the
window's first frame (``glance``); NamedTuples rather than dataclasses for
the same reason.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import NamedTuple

from backcare_desktop.storage.files import write_atomically

log = logging.getLogger(__name__)


class Identity(NamedTuple):
    """Which database, how many clean closes, which format: what the record keeps."""

    database_id: str
    closes: int
    version: int


class Record(NamedTuple):
    """What the file beside the database says BackCare last left there."""

    database_id: str
    closes: int
    version: int
    clean: bool  # closed cleanly, with no -wal, -shm or -journal left beside it

    @classmethod
    def of(cls, identity: Identity, *, clean: bool) -> Record:
        return cls(identity.database_id, identity.closes, identity.version, clean)


def record_path(db_path: Path) -> Path:
    """The small file beside the database that says which one BackCare last wrote."""
    return db_path.with_name(f"{db_path.stem}.identity.json")


def read_record(db_path: Path) -> Record | None:
    """What BackCare last recorded for ``db_path``; None when there is no record
    (or it cannot be read, which is logged)."""
    path = record_path(db_path)
    try:
        data = json.loads(path.read_bytes())
        return Record(str(data["database_id"]), int(data["clean_closes"]),
                      int(data["format"]), data["state"] == "closed")
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError) as exc:
        log.warning("ignoring the unreadable identity record %s: %s", path, exc)
        return None


def write_record(db_path: Path, record: Record) -> None:
    data = {"application": "BackCare", "database_id": record.database_id,
            "clean_closes": record.closes, "format": record.version,
            "state": "closed" if record.clean else "open"}
    write_atomically(record_path(db_path), (json.dumps(data, indent=1) + "\n").encode())
