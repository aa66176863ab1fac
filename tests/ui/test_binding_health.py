"""The Qt binding must not leak references to True when signals are emitted.

PySide6 6.12.0 on Python 3.11 drops a reference to ``True`` at every
``emit()``; the session page emits ten times a second, so Python would abort
within minutes. This guards the pinned version (and any upgrade).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class Emitter(QObject):
    plain = Signal()
    carrying = Signal(object)
    text = Signal(str)


def test_emitting_signals_keeps_true_alive(qapp: object) -> None:
    emitter = Emitter()
    seen: list[object] = []
    emitter.plain.connect(lambda: seen.append(None))
    emitter.carrying.connect(seen.append)
    emitter.text.connect(seen.append)
    timer = QTimer()
    timer.timeout.connect(lambda: seen.append(None))
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.plain.emit()
        emitter.carrying.emit([1, 2])
        emitter.text.emit("3:10 left · BackCare")
        timer.timeout.emit()
    assert len(seen) == 800
    # The leak costs one reference per emit (-800 here); other objects holding
    # True come and go by a few, which is not a leak.
    assert sys.getrefcount(True) - before > -20
