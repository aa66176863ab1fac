"""One running BackCare per data folder.

The first process takes a lock file in the data folder and, once its window
is up, listens on a local socket (QtNetwork is loaded only then, to keep
start-up quick). A later start with the same folder cannot take the lock; it asks the
running one to come to the front and exits, so two processes never write one
database. A lock left by a crashed process is recognised as stale (its
process is gone) and taken over.

Signals:
    activated(): another start asked this instance to show its window.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QThread, Signal

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


class SingleInstance(QObject):
    activated = Signal()

    def __init__(self, data_dir: Path, lock_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._lock = QLockFile(str(lock_path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Become the running instance; False if another one holds the folder."""
        return bool(self._lock.tryLock(0))

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
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if _ACTIVATE.strip() in data:
            self.activated.emit()
