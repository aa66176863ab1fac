"""The baseline for benchmarks/startup.py: an empty PySide6 QMainWindow.

It reports the moment its window is exposed exactly the way
``backcare-desktop --quit-after-show`` does, then quits.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def resident_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class Watcher(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and self.window.windowHandle().isExposed():
            self.window.windowHandle().removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(json.dumps({"event": "shown", "title": self.window.windowTitle(),
                          "rss_kib": resident_kib()}), flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1000, 680)
    window.show()
    window.windowHandle().installEventFilter(Watcher(window))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
