"""One NetPlanner per data file: a second start brings the first window to the front.

A lock file beside the data file says the file is in use (Qt removes it when the
process that held it is gone, so a crash never locks the user out); a local
socket named after the file lets the second start ask the first to show itself.

The lock is taken before the file is opened; the socket only listens once the window has
painted (``listen``, issue #24): until then a second start is refused all the same, it
just cannot bring the first window to the front yet. QtNetwork is imported only then.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

_RAISE = b"raise\n"


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, data_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        resolved = data_file.resolve()
        self._folder = resolved.parent
        self.lock = QLockFile(str(resolved) + ".lock")
        self.lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        digest = hashlib.sha256(str(resolved).encode()).hexdigest()[:20]
        self.server_name = f"netplanner-{digest}"
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this process may use the file; otherwise the first one was asked to
        come to the front."""
        # A file where the folder should be…: opening the data file says what is wrong.
        with contextlib.suppress(OSError):
            self._folder.mkdir(parents=True, mode=0o700, exist_ok=True)
        if self.lock.tryLock(200) or self.lock.error() != QLockFile.LockError.LockFailedError:
            # Locked, or the lock cannot be made at all (read-only folder...): opening the
            # data file will say what is wrong; only a live other NetPlanner stops us here.
            return True
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if socket.waitForConnected(1000):
            socket.write(_RAISE)
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
        return False

    def listen(self) -> None:
        """Answer a second start's call to come to the front (after ``acquire``)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        QLocalServer.removeServer(self.server_name)
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self.server_name)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self.lock.unlock()

    def _on_connection(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is None:
            return

        def read() -> None:
            if _RAISE.strip() in bytes(socket.readAll().data()):
                self.raise_requested.emit()
            socket.disconnectFromServer()

        socket.readyRead.connect(read)
