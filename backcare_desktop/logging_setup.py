"""Logging to a file in the log folder, rotated at start-up when it grows large.

Rotation happens when the app starts rather than in a ``RotatingFileHandler``:
the app writes a few lines a day, and ``logging.handlers`` alone would add
about 10 ms to every start (it imports sockets, pickle and threads).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES = 1_000_000
KEEP = 3


def rotate(log_file: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> None:
    """If ``log_file`` is over ``max_bytes``, shift it to .1 (.1 to .2 …, dropping .keep)."""
    try:
        if log_file.stat().st_size <= max_bytes:
            return
    except FileNotFoundError:
        return
    for n in range(keep - 1, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{n}")
        if older.exists():
            os.replace(older, log_file.with_name(f"{log_file.name}.{n + 1}"))
    os.replace(log_file, log_file.with_name(f"{log_file.name}.1"))


def setup_logging(log_file: Path, *, verbose: bool = False) -> None:
    """Send the app's log records to ``log_file`` (and to stderr with ``verbose``)."""
    root = logging.getLogger("backcare_desktop")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = logging.Formatter(_FORMAT)
    try:
        log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        rotate(log_file)
        fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8")
    except OSError:
        # A log folder we cannot write must not stop the app; fall back to stderr.
        handler = logging.StreamHandler()
    handler.setFormatter(formatter)
    root.addHandler(handler)
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(formatter)
        root.addHandler(stream)
