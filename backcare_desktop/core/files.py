"""Reading a file the person chose, or found in a folder, without trusting it.

A path may name a FIFO (reading would wait forever), a device such as
``/dev/zero`` (reading would never end), a directory, a socket or a link to any
of them. ``read_limited`` opens without waiting, looks at what it opened, and
reads at most ``limit + 1`` bytes, so a refusal is quick and costs no memory.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from backcare_desktop.core.words import tr


class FileRefused(Exception):
    """A file that was not read; ``str()`` is a plain sentence naming it."""


def _not_regular(shown: str, mode: int) -> str:
    """Why the file ``shown`` of ``mode`` was not read, as one sentence."""
    if stat.S_ISDIR(mode):
        text = tr("{file} is a folder, not a regular file; it was not read.")
    elif stat.S_ISFIFO(mode):
        text = tr("{file} is a pipe (FIFO), not a regular file; it was not read.")
    elif stat.S_ISSOCK(mode):
        text = tr("{file} is a socket, not a regular file; it was not read.")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        text = tr("{file} is a device, not a regular file; it was not read.")
    else:
        text = tr("{file} is not a regular file; it was not read.")
    return text.format(file=shown)


def _megabytes_or_kilobytes(size: int) -> str:
    if size >= 2**20:
        return tr("{size} MB").format(size=f"{size / 2**20:.0f}")
    return tr("{size} KB").format(size=max(1, size // 1024))


def read_limited(path: Path, limit: int, *, name: str | None = None) -> bytes:
    """The bytes of the regular file ``path``, if it holds at most ``limit`` bytes.

    Raises ``FileRefused`` (naming the file as ``name``, default the path) for
    anything else: a missing or unreadable file, a folder, pipe, socket or
    device, or a file larger than ``limit``. Never blocks on a special file and
    never reads more than ``limit + 1`` bytes.
    """
    shown = name if name is not None else str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a FIFO or socket with nobody at the other end
            raise FileRefused(tr("{file} is not a regular file; it was not read.").format(
                file=shown)) from None
        reason = exc.strerror or str(exc)
        raise FileRefused(tr("{file} could not be read: {reason}.").format(
            file=shown, reason=reason)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(_not_regular(shown, info.st_mode))
        if info.st_size > limit:
            raise FileRefused(tr("{file} is {size}; at most {limit} is allowed.").format(
                file=shown, size=_megabytes_or_kilobytes(info.st_size),
                limit=_megabytes_or_kilobytes(limit)))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise FileRefused(tr("{file} could not be read: {reason}.").format(
            file=shown, reason=reason)) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:  # it grew while being read
        raise FileRefused(tr("{file} is larger than {limit}, the most that is allowed.")
                          .format(file=shown, limit=_megabytes_or_kilobytes(limit)))
    return data
