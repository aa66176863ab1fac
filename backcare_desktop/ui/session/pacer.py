"""The breathing pacer: a circle that grows as you breathe in and shrinks as you breathe out."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SMALL = 0.35  # radius at empty lungs, as a share of the largest radius


def pacer_fill(kind: str, progress: float) -> float:
    """How full the circle is (0 small … 1 large) at ``progress`` through a phase."""
    p = max(0.0, min(1.0, progress))
    eased = (1 - math.cos(math.pi * p)) / 2  # slow at both ends, like a breath
    if kind == "inhale":
        return eased
    if kind == "exhale":
        return 1 - eased
    return 1.0 if kind == "hold_in" else 0.0


class BreathingPacer(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("BreathingPacer", "Breathing pacer"))
        self.setMinimumSize(120, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.fill = 0.0
        self.colour = QColor("#5fb3a6")

    def set_fill(self, fill: float) -> None:
        if abs(fill - self.fill) > 1e-4:
            self.fill = fill
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        largest = min(self.width(), self.height()) / 2 - 4
        centre = QPointF(self.width() / 2, self.height() / 2)
        guide = QColor(self.colour)
        guide.setAlpha(70)
        painter.setPen(QPen(guide, 2))
        painter.setBrush(QColor(0, 0, 0, 0))
        painter.drawEllipse(centre, largest, largest)
        radius = largest * (SMALL + (1 - SMALL) * self.fill)
        fill = QColor(self.colour)
        fill.setAlpha(200)
        painter.setPen(QPen(self.colour, 3))
        painter.setBrush(fill)
        painter.drawEllipse(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius,
                                   2 * radius))
        painter.end()
