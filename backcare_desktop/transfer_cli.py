"""``backcare-desktop --import FILE`` and ``--export FOLDER``: records in and out
without the window, for moving to a new laptop or a script.

No Qt is imported on this path (no display is needed). The checks and
messages are the window's (``storage.transfer``). The data folder's
single-instance lock is respected: while BackCare runs with that folder, both
commands refuse plainly; while one of them runs, BackCare does not start on
that folder. The lock is ``FolderLock``, which speaks the same lock-file
protocol as Qt's ``QLockFile`` (used by ``ui.desktop.single_instance``).

Exit status 0 with a one-line summary on stdout; 1 with the reasons on stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import socket
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from backcare_desktop import __version__
from backcare_desktop.core.progress.records_file import shown_name
from backcare_desktop.paths import AppPaths, DataFolderError, ensure_private_dir, resolve_paths

EXIT_OK = 0
EXIT_FAILED = 1

_ONE = {"sessions": "session", "pain entries": "pain entry", "drinks": "drink"}


def counted(counts: Mapping[str, int]) -> str:
    """``{"sessions": 1, "drinks": 3}`` as "1 session, 3 drinks"."""
    return ", ".join(f"{n} {_ONE[kind] if n == 1 else kind}" for kind, n in counts.items())


# -- the single-instance lock, without Qt -----------------------------------------------------

def _read_text(path: str) -> str:
    try:
        with open(path, encoding="ascii", errors="replace") as fh:
            return fh.read().strip()
    except OSError:
        return ""


def _machine_id() -> str:
    """What ``QSysInfo::machineUniqueId()`` gives on Linux (empty elsewhere)."""
    return _read_text("/etc/machine-id") or _read_text("/var/lib/dbus/machine-id")


def _boot_id() -> str:
    """What ``QSysInfo::bootUniqueId()`` gives on Linux (empty elsewhere)."""
    return _read_text("/proc/sys/kernel/random/boot_id")


def _process_name(pid: int) -> str:
    """The file name of the program running as ``pid``, as ``QLockFile`` names it
    ("" where /proc is not there, "/ERROR/" for a process that is gone)."""
    if not os.path.isdir("/proc/self"):
        return ""
    try:
        target = os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return "/ERROR/"
    return os.path.basename(target.removesuffix(" (deleted)"))


def _process_running(pid: int, name: str) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # someone else's process: it exists
    running_as = _process_name(pid)
    return not running_as or running_as == os.path.basename(name)


def _try_flock(fd: int) -> bool:
    """Take the whole-file lock ``QLockFile`` holds while it owns the file."""
    try:
        import fcntl
    except ImportError:  # not POSIX: the lock file's contents are all there is
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class FolderLock:
    """The data folder's lock file, taken and released as ``QLockFile`` does.

    The file is created exclusively, locked with ``flock`` for as long as it is
    held, and holds the owner's process id, program name, host name, machine id
    and boot id. A file left behind is stale when its owner is gone (another
    boot, or no such process on this machine) and no one holds its ``flock``;
    it is then removed and taken, as ``QLockFile`` would.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock; False while another process (BackCare) holds it."""
        for _ in range(3):
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
            except FileExistsError:
                if self._held_by_another() or not self._remove_stale():
                    return False
                continue
            _try_flock(fd)
            pid = os.getpid()
            contents = (f"{pid}\n{_process_name(pid)}\n{socket.gethostname()}\n"
                        f"{_machine_id()}\n{_boot_id()}\n").encode()
            try:
                os.write(fd, contents)
                with contextlib.suppress(OSError):
                    os.fsync(fd)
            except OSError:
                os.close(fd)
                with contextlib.suppress(OSError):
                    os.unlink(self.path)
                raise
            self._fd = fd
            return True
        return False

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        os.close(self._fd)
        self._fd = None

    def _held_by_another(self) -> bool:
        try:
            fd = os.open(self.path, os.O_RDONLY)
        except FileNotFoundError:
            return False  # released meanwhile: try again
        try:
            if not _try_flock(fd):
                return True  # its owner holds it now
        finally:
            os.close(fd)  # closing also drops the flock just taken
        return not self._stale()

    def _stale(self) -> bool:
        """``QLockFilePrivate::isApparentlyStale`` with a stale-lock time of 0."""
        lines = _read_text(str(self.path)).split("\n")
        try:
            pid = int(lines[0])
        except ValueError:
            return False  # not readable (being written?): not known to be stale
        name, host, machine, boot = [*lines, "", "", "", ""][1:5]
        same_host = not host or host == socket.gethostname()
        if machine and _machine_id():
            same_host = machine == _machine_id()
        if not same_host:
            return False
        if boot and boot != _boot_id():
            return True  # the machine was restarted since
        return pid <= 0 or not _process_running(pid, name)

    def _remove_stale(self) -> bool:
        try:
            fd = os.open(self.path, os.O_WRONLY)
        except FileNotFoundError:
            return True
        except OSError:
            return False
        try:
            if not _try_flock(fd):
                return False
            os.unlink(self.path)
            return True
        except OSError:
            return False
        finally:
            os.close(fd)


# -- the commands ------------------------------------------------------------------------------

class Refused(Exception):
    """The command cannot go on; ``str()`` is the message for stderr."""


IN_HISTORY = "Export… / Import… on its History page"


def parse_day(text: str | None, option: str) -> date | None:
    """A ``--from``/``--to`` day (of ``--export-fhir`` or ``--report``), or None when
    not given; ``Refused`` saying how to write it otherwise."""
    if text is None:
        return None
    try:
        if len(text.strip()) != 10:
            raise ValueError
        return date.fromisoformat(text.strip())
    except ValueError:
        raise Refused(f"{option} {text!r} is not a date; give the day as YYYY-MM-DD, for "
                      "example 2026-03-01. Nothing was written.") from None


@contextlib.contextmanager
def locked(paths: AppPaths, instead: str = IN_HISTORY) -> Iterator[None]:
    """Hold the data folder's lock (as the window does) while a command works on it;
    ``Refused`` when it cannot be taken, naming ``instead``: the same command in the
    running window."""
    lock = FolderLock(paths.lock_file)
    try:
        taken = lock.acquire()
    except OSError as exc:
        raise Refused(f"BackCare cannot use its data folder {shown_name(paths.data_dir)}: "
                      f"{exc.strerror or exc}.") from None
    if not taken:
        raise Refused(
            f"BackCare is running with the data folder {shown_name(paths.data_dir)}. "
            f"Quit it first (File → Quit, or Quit in its tray menu), then try again; or use "
            f"{instead}.")
    try:
        yield
    finally:
        lock.release()


def import_file(file: str, paths: AppPaths, out: TextIO) -> None:
    from backcare_desktop.storage import database, transfer
    from backcare_desktop.storage.errors import StorageError
    from backcare_desktop.storage.repository import Repository

    path = Path(file)
    name = shown_name(path)
    with locked(paths):
        try:
            records = transfer.read_export(path)
        except transfer.ImportProblem as exc:
            raise Refused("\n".join([f"{name} was not imported; nothing was changed.",
                                      *(f"  {problem}" for problem in exc.problems)])) from None
        try:
            conn = database.open_database(paths.database, paths.backups,
                                          datetime.now().astimezone())
        except StorageError as exc:
            raise Refused(f"{exc}\nStart BackCare to repair or restore it; nothing was "
                          "imported.") from None
        repo = Repository(conn, paths.database)
        try:
            report = transfer.import_records(repo, records, name=name)
        except transfer.ImportProblem as exc:
            raise Refused("\n".join([f"{name} was not imported; nothing was changed.",
                                      *(f"  {problem}" for problem in exc.problems)])) from None
        except StorageError as exc:
            raise Refused(f"{exc}\n{name} was not imported.") from None
        finally:
            repo.close()
    summary = f"Imported {name} into {shown_name(paths.data_dir)}: added {counted(report.added)}"
    skipped = sum(report.skipped.values())
    if skipped:
        summary += (f"; {skipped} record{'s were' if skipped != 1 else ' was'} already there "
                    "and skipped")
    if report.settings:
        summary += f"; {len(report.settings)} setting{'s' if len(report.settings) != 1 else ''}"
        summary += " taken from the file"
    print(summary + ".", file=out)


def export_folder(folder: str, paths: AppPaths, out: TextIO) -> None:
    import sqlite3

    from backcare_desktop.storage import database, transfer
    from backcare_desktop.storage.errors import StorageError
    from backcare_desktop.storage.repository import Repository

    parent = Path(folder)
    if not parent.is_dir():
        raise Refused(f"{shown_name(parent)} is not a folder; nothing was exported. "
                      "Give a folder to make the export in.")
    if not paths.database.exists():
        raise Refused(f"There are no BackCare records in {shown_name(paths.data_dir)} "
                      f"({paths.database.name} is not there); nothing was exported.")
    with locked(paths):
        try:
            conn = database.open_database(paths.database, paths.backups,
                                          datetime.now().astimezone())
        except StorageError as exc:
            raise Refused(f"{exc}\nStart BackCare to repair or restore it; nothing was "
                          "exported.") from None
        repo = Repository(conn, paths.database)
        try:
            rows = transfer.read_for_export(repo)
        except sqlite3.Error as exc:
            raise Refused(f"BackCare could not read {shown_name(paths.database)}: {exc}. "
                          "Nothing was exported.") from None
        finally:
            repo.close()
        try:
            made = transfer.export(parent, rows, datetime.now().astimezone(), __version__)
        except OSError as exc:
            raise Refused(f"BackCare could not write into {shown_name(parent)}: "
                          f"{exc.strerror or exc}. Nothing was exported.") from None
    print(f"Exported {counted(made.counts)} to {shown_name(made.folder)}.", file=out)
    left_out = made.left_out
    if left_out:
        one = len(left_out) == 1
        print(f"{'1 record' if one else f'{len(left_out)} records'} could not go into "
              f"{transfer.JSON_NAME} as stored, so another computer will not import "
              f"{'it' if one else 'them'}. The CSV files hold {'it' if one else 'them'} as "
              f"stored, and {transfer.JSON_NAME} lists {'it' if one else 'them'} under "
              "\"left_out\":", file=out)
        for item in left_out[:20]:
            print(f"  {item.kind} {item.id}: {item.why}", file=out)
        if len(left_out) > 20:
            print(f"  … and {len(left_out) - 20} more.", file=out)

def run(args: argparse.Namespace, environ: Mapping[str, str], out: TextIO,
        err: TextIO) -> int:
    """Do ``--import`` or ``--export``; the exit status."""
    paths = resolve_paths(args.data_dir, environ)
    try:
        if args.import_file is not None:
            ensure_private_dir(paths.data_dir)
            import_file(args.import_file, paths, out)
        else:
            export_folder(args.export_folder, paths, out)
    except Refused as exc:
        print(f"backcare-desktop: {exc}", file=err)
        return EXIT_FAILED
    except DataFolderError as exc:
        print(f"backcare-desktop: {exc}", file=err)
        return EXIT_FAILED
    except OSError as exc:
        if exc.errno == errno.EPIPE:
            return EXIT_FAILED
        print(f"backcare-desktop: {exc.strerror or exc}", file=err)
        return EXIT_FAILED
    return EXIT_OK
