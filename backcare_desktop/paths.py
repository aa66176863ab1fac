"""Where BackCare keeps its files.

All user data lives in one folder: platformdirs' user data folder for the app
unless ``--data-dir`` or ``BACKCARE_DATA_DIR`` names another one (tests and
portable use). Logs go to the user log folder, or to ``logs/`` inside an
overridden data folder so that a portable or test folder holds everything.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from backcare_desktop import APP_NAME
from backcare_desktop.core.words import QT_TRANSLATE_NOOP

ENV_DATA_DIR = "BACKCARE_DATA_DIR"


# A NamedTuple rather than a frozen dataclass: the same immutable record, made
# in a fraction of the time before the first frame.
class AppPaths(NamedTuple):
    data_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "backcare.sqlite3"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def routines(self) -> Path:
        return self.data_dir / "routines"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "backcare.lock"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "backcare.log"


def resolve_paths(cli_data_dir: str | None, environ: Mapping[str, str]) -> AppPaths:
    """Pick the data and log folders: the command line wins over the environment."""
    override = cli_data_dir or environ.get(ENV_DATA_DIR) or None
    if override:
        data = Path(override).expanduser().absolute()
        return AppPaths(data_dir=data, log_dir=data / "logs")
    import platformdirs

    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


# Why a write failed, in plain words, by the error number the system gave.
_WHY_NOT = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("DiskProblem", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("DiskProblem",
                                    "your share of the disk (your quota) is used up"),
    errno.EROFS: QT_TRANSLATE_NOOP("DiskProblem", "the disk is read-only"),
    errno.EACCES: QT_TRANSLATE_NOOP("DiskProblem", "you do not have permission to write there"),
    errno.EPERM: QT_TRANSLATE_NOOP("DiskProblem", "you do not have permission to write there"),
    errno.ENOENT: QT_TRANSLATE_NOOP("DiskProblem", "the folder is not there any more"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("DiskProblem", "part of its path is a file, not a folder"),
    errno.EIO: QT_TRANSLATE_NOOP("DiskProblem", "the disk could not be written to (it may be "
                                                "failing or have been removed)"),
}
READ_ONLY = QT_TRANSLATE_NOOP("DiskProblem", "it is read-only")
"""Why BackCare does not write to a folder or file the person made read-only."""


def why_not_written(exc: OSError) -> str:
    """Plain words for why writing failed: "the disk is full", "the disk is read-only"…"""
    if exc.errno in _WHY_NOT:
        return _WHY_NOT[exc.errno]
    return (exc.strerror or str(exc)).lower() if exc.errno else str(exc)


def why_read_only(path: Path) -> str | None:
    """Why BackCare must not write to ``path`` (a folder or a file), or None if it may.

    A path the person made read-only (its owner may not write) stays read-only,
    even for a user such as root whom the system would let write anyway.
    """
    try:
        info = path.stat()
        if os.name == "posix" and os.statvfs(path).f_flag & os.ST_RDONLY:
            return _WHY_NOT[errno.EROFS]
    except OSError as exc:
        return why_not_written(exc)
    if os.name == "posix" and info.st_uid == os.geteuid() and not info.st_mode & stat.S_IWUSR:
        return READ_ONLY
    wanted = os.W_OK | (os.X_OK if path.is_dir() else 0)
    if not os.access(path, wanted):
        return _WHY_NOT[errno.EACCES]
    return None


def tighten(path: Path, allowed: int) -> None:
    """Take away every permission of ``path`` outside ``allowed`` (0o700: the owner's
    alone); never give one. A file or folder the person made read-only stays so."""
    if os.name != "posix":
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & ~allowed:
        os.chmod(path, mode & allowed)


def write_check(folder: Path, size: int = 512) -> OSError | None:
    """Try to write ``size`` bytes to a new file in ``folder`` (then remove it): the
    error the system gives, or None if it could. For saying why a write failed."""
    probe = folder / f".backcare-write-check-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        return exc
    failed: OSError | None = None
    try:
        os.write(fd, b"\n" * size)
        os.fsync(fd)
    except OSError as exc:
        failed = exc
    try:
        os.close(fd)  # some file systems say only now that the disk is full
    except OSError as exc:
        failed = failed or exc
    with contextlib.suppress(OSError):
        probe.unlink()
    return failed


class DataFolderError(OSError):
    """The data folder cannot be created or written; the message names it.

    ``folder`` is the folder and ``why`` says, in plain words, what is wrong.
    """

    def __init__(self, folder: Path, why: str) -> None:
        super().__init__(f"BackCare cannot use the folder {folder}: {why}.")
        self.folder = folder
        self.why = why


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) if needed and make it readable by the user alone.

    Permissions are only taken away (group and others lose theirs), never given:
    a folder the person made read-only stays read-only, and is refused.
    Raises ``DataFolderError`` naming the folder when it cannot be created or
    written to.
    """
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        tighten(path, 0o700)
    except OSError as exc:
        raise DataFolderError(path, why_not_written(exc)) from exc
    why = why_read_only(path)
    if why is not None:
        raise DataFolderError(path, why)
