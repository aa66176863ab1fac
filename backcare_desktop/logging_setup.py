"""Logging to a rotating file in the log folder (and to stderr when asked)."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(log_file: Path, *, verbose: bool = False) -> None:
    """Send the app's log records to ``log_file``, rotating at 1 MB, keeping 3 old files."""
    root = logging.getLogger("backcare_desktop")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        if os.name == "posix":
            os.chmod(log_file, 0o600)
    except OSError:
        # A log folder we cannot write must not stop the app; fall back to stderr.
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(stream)
