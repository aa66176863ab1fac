"""One running BackCare per data folder.

The first process takes a lock file in the data folder and, once its window
is up, listens on a local socket (QtNetwork is loaded only then, to keep
start-up quick). A later start with the same folder cannot take the lock; it asks the
running one to come to the front and exits, so two processes never write one
database. A lock left by a crashed process is recognised as stale (its
process is gone) and taken over.

A lock file that cannot be written at all (the disk is full, the folder is
read-only…) is not another instance: ``acquire`` raises ``LockFileError``
saying why, at once, instead of asking a running BackCare that is not there.

Signals:
    activated(): another start asked this instance to show its window.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QThread, Signal

from backcare_desktop.paths import why_not_written, write_check

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

_ACTIVATE = b"activate\n"


def server_name(data_dir: Path) -> str:
    """A socket name unique to this user and data folder."""
    import hashlib

    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    user = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
    return f"backcare-{user}-{digest}"


class LockFileError(Exception):
    """The lock file cannot be written; ``str()`` says where and why, in plain words."""

    def __init__(self, folder: Path, why: str) -> None:
        super().__init__(QCoreApplication.translate(
            "SingleInstance", "BackCare cannot write its lock file in {folder}: {why}.").format(
                folder=folder, why=QCoreApplication.translate("DiskProblem", why)))
        self.folder = folder
        self.why = why


class SingleInstance(QObject):
    activated = Signal()

    def __init__(self, data_dir: Path, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock_path = lock_path
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Become the running instance; False if another one holds the folder.

        Raises ``LockFileError`` when the lock file cannot be written (nor a stale
        one replaced): the disk is full, the folder is read-only, …
        """
        if self._lock.tryLock(0):
            return True
        error = self._lock.error()
        if error is QLockFile.LockError.LockFailedError and not self._held_by_a_dead_process():
            return False  # another BackCare has it
        # Qt says only "permission" or "unknown": a small write of our own tells why.
        problem = write_check(self._lock_path.parent)
        if problem is not None:
            raise LockFileError(self._lock_path.parent, why_not_written(problem))
        if error is QLockFile.LockError.LockFailedError:
            return False
        raise LockFileError(self._lock_path.parent, "the file could not be created")

    def _held_by_a_dead_process(self) -> bool:
        """The lock file names a process of this computer that has ended (Qt failed to
        take the stale lock over, so it could not remove it)."""
        import socket

        info = self._lock.getLockInfo()
        if not isinstance(info, tuple) or len(info) != 3:
            return False
        pid, host, _app = info
        if not pid or host != socket.gethostname():
            return False
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except OSError:
            return False
        return False

    def listen(self) -> None:
        """Start answering later starts (call once the window is shown)."""
        from PySide6.QtNetwork import QLocalServer

        name = server_name(self._data_dir)
        QLocalServer.removeServer(name)  # a socket left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_connection)
        if not server.listen(name):
            log.warning("cannot listen on %s: %s", name, server.errorString())
        self._server = server

    def notify_running(self, timeout_s: float = 5.0) -> bool:
        """Ask the running instance to show itself; True if it got the message.

        The other process may still be starting, so connecting is retried
        until ``timeout_s`` has passed.
        """
        from PySide6.QtNetwork import QLocalSocket

        name = server_name(self._data_dir)
        deadline = time.monotonic() + timeout_s
        while True:
            socket = QLocalSocket()
            socket.connectToServer(name)
            if socket.waitForConnected(500):
                socket.write(_ACTIVATE)
                sent = socket.waitForBytesWritten(1000)
                socket.disconnectFromServer()
                return sent
            if time.monotonic() >= deadline:
                return False
            QThread.msleep(100)  # back off briefly before trying again

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            # A method of this object, not a function holding the socket: a function
            # connected to the socket's own signal that holds the socket is let go
            # while the socket is being deleted, which can crash.
            socket.readyRead.connect(self._ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if _ACTIVATE.strip() in data:
            self.activated.emit()
