"""Logging to a file in the log folder, rotated at start-up when it grows large.

Rotation happens when the app starts rather than in a ``RotatingFileHandler``:
the app writes a few lines a day, and ``logging.handlers`` alone would add
about 10 ms to every start (it imports sockets, pickle and threads).

A log that cannot be written never shows a traceback: when the file cannot be
opened or written (the disk is full, the file is read-only, its folder is
gone), one plain line on stderr says so, and the messages go to stderr from
then on, an error in them as its last line only (nowhere else when
``--verbose`` sends them there already, with their tracebacks).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import Any

from backcare_desktop.paths import why_not_written, why_read_only

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


def say_on_stderr(line: str) -> None:
    """Write one line to stderr if there is one; never raise."""
    with contextlib.suppress(Exception):
        if sys.stderr is not None:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()


def cannot_log_line(log_file: Path, why: str) -> str:
    return (f"BackCare cannot write its log file {log_file}: {why}. "
            "Its messages go to the terminal instead.")


class PlainFormatter(logging.Formatter):
    """For messages that end up on stderr instead of the log file: an error's last
    line ("OSError: …"), never its traceback."""

    def formatException(self, ei: Any) -> str:
        lines = super().formatException(ei).strip().splitlines()
        return lines[-1] if lines else ""

    def formatStack(self, stack_info: str) -> str:
        return ""


class QuietStreamHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to stderr; a failure to do so (the terminal is gone) is ignored."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


class LogFileHandler(logging.FileHandler):
    """Appends to the log file; if it cannot, says so once and falls back.

    ``fallback`` gets the messages the file could not take (None: they are
    dropped, because they reach stderr already). A log file removed or moved
    while the app runs is opened again by name; if its folder is gone, that is
    a failure like any other.
    """

    def __init__(self, path: Path, fallback: logging.Handler | None) -> None:
        super().__init__(path, encoding="utf-8")
        self._path = path
        self._fallback = fallback
        self.failed = False
        self._identity = self._opened_identity()

    def emit(self, record: logging.LogRecord) -> None:
        if self.failed:
            self._pass_on(record)
            return
        try:
            self._reopen_if_moved()
        except OSError:
            self.handleError(record)
            return
        super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        """Called by ``emit`` while the write's exception is being handled."""
        error = sys.exc_info()[1]
        if self.failed or not isinstance(error, OSError):
            return  # a message that cannot be formatted is a bug: it is dropped, quietly
        self.failed = True
        self._drop_stream()
        say_on_stderr(cannot_log_line(self._path, why_not_written(error)))
        self._pass_on(record)

    def close(self) -> None:
        if self.failed:
            self._drop_stream()
        with contextlib.suppress(OSError, ValueError):
            super().close()

    def _pass_on(self, record: logging.LogRecord) -> None:
        if self._fallback is not None:
            self._fallback.handle(record)

    def _drop_stream(self) -> None:
        stream, self.stream = self.stream, None
        if stream is not None:
            with contextlib.suppress(OSError, ValueError):
                stream.close()  # unwritten lines are dropped with it

    def _opened_identity(self) -> tuple[int, int] | None:
        if self.stream is None:
            return None
        info = os.fstat(self.stream.fileno())
        return info.st_dev, info.st_ino

    def _reopen_if_moved(self) -> None:
        try:
            info = os.stat(self.baseFilename)
            if (info.st_dev, info.st_ino) == self._identity:
                return
        except FileNotFoundError:
            pass
        self._drop_stream()
        self.stream = self._open()
        self._identity = self._opened_identity()


def setup_logging(log_file: Path, *, verbose: bool = False) -> None:
    """Send the app's log records to ``log_file`` (and to stderr with ``verbose``)."""
    root = logging.getLogger("backcare_desktop")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    formatter = logging.Formatter(_FORMAT)
    stream: logging.Handler | None = None
    if verbose:
        stream = QuietStreamHandler()
        stream.setFormatter(formatter)
    handler: logging.Handler
    try:
        log_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        why = why_read_only(log_file) if log_file.exists() else None
        if why is not None:  # a log file the person made read-only stays so
            raise PermissionError(why)
        rotate(log_file)
        fd = os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
        fallback = None
        if stream is None:
            fallback = QuietStreamHandler()
            fallback.setFormatter(PlainFormatter(_FORMAT))
        handler = LogFileHandler(log_file, fallback)
        handler.setFormatter(formatter)
    except OSError as exc:
        # A log we cannot write must not stop the app: one plain line, then stderr.
        say_on_stderr(cannot_log_line(log_file, why_not_written(exc)))
        handler = QuietStreamHandler()
        handler.setFormatter(formatter if verbose else PlainFormatter(_FORMAT))
    root.addHandler(handler)
    if stream is not None and not isinstance(handler, QuietStreamHandler):
        root.addHandler(stream)
