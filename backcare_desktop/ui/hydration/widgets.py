"""Small painted widgets for the Hydration page: a ring toward today's goal and a week of bars."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from backcare_desktop.ui.shell import i18n

WATER_LIGHT = "#2a7ab8"
WATER_DARK = "#5fb0f0"


def water_colour(widget: QWidget) -> QColor:
    """A water blue with enough contrast on the widget's own background."""
    background = widget.palette().color(widget.backgroundRole())
    return QColor(WATER_DARK if background.lightness() < 128 else WATER_LIGHT)


class ProgressRing(QWidget):
    """How much of today's goal is drunk, as a ring with the amounts inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Water today"))
        self.fraction = 0.0
        self.amount = ""
        self.goal = ""

    def set_progress(self, drunk_ml: int, goal_ml: int, amount: str, goal: str) -> None:
        self.fraction = drunk_ml / goal_ml if goal_ml else 0.0
        self.amount, self.goal = amount, goal
        self.setAccessibleDescription(self.tr("{amount} of {goal} ({percent} %)").format(
            amount=amount, goal=goal, percent=i18n.number_text(round(self.fraction * 100))))
        self.setToolTip(self.accessibleDescription())
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height()) - 16
        rect = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = self.palette().color(self.palette().ColorRole.Mid)
        pen = QPen(track, 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawEllipse(rect)
        if self.fraction > 0:
            pen.setColor(water_colour(self))
            painter.setPen(pen)
            span = int(-min(self.fraction, 1.0) * 360 * 16)
            painter.drawArc(rect, 90 * 16, span)
        text = self.palette().color(self.palette().ColorRole.WindowText)
        painter.setPen(text)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        painter.setFont(big)
        upper = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.55)
        painter.drawText(upper, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                         self.amount)
        painter.setFont(self.font())
        lower = QRectF(rect.left(), rect.top() + rect.height() * 0.57, rect.width(),
                       rect.height() * 0.3)
        painter.drawText(lower, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                         self.tr("of {goal}").format(goal=self.goal))
        painter.end()


class WeekBars(QWidget):
    """The last days' totals as bars, with the goal as a dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 150)
        self.setAccessibleName(self.tr("Water, last 7 days"))
        self.days: list[tuple[date, int]] = []
        self.goal_ml = 2000
        self.labels: list[str] = []

    def set_days(self, per_day: dict[date, int], goal_ml: int, labels: list[str]) -> None:
        self.days = sorted(per_day.items())
        self.goal_ml = goal_ml
        self.labels = labels
        self.setAccessibleDescription("; ".join(
            self.tr("{day}: {amount}").format(
                day=f"{i18n.weekday_text(day.weekday(), short=True)} {i18n.day_month_text(day)}",
                amount=label)
            for (day, _), label in zip(self.days, labels, strict=True)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.days:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        top, bottom = line + 6, self.height() - line - 6
        height = max(bottom - top, 1)
        peak = max([self.goal_ml, *[ml for _, ml in self.days]]) * 1.1
        slot = self.width() / len(self.days)
        text = self.palette().color(self.palette().ColorRole.WindowText)
        fill = water_colour(self)
        for n, ((day, ml), label) in enumerate(zip(self.days, self.labels, strict=True)):
            left = n * slot
            bar_h = height * ml / peak
            bar = QRectF(left + slot * 0.25, bottom - bar_h, slot * 0.5, bar_h)
            painter.setPen(Qt.PenStyle.NoPen)
            short = QColor(fill)
            short.setAlpha(140)  # days below the goal are paler
            painter.setBrush(fill if ml >= self.goal_ml else short)
            painter.drawRoundedRect(bar, 3, 3)
            painter.setPen(text)
            painter.drawText(QRectF(left, bottom + 4, slot, line),
                             Qt.AlignmentFlag.AlignHCenter,
                             i18n.weekday_text(day.weekday(), short=True))
            if ml:
                painter.drawText(QRectF(left, bottom - bar_h - line - 2, slot, line),
                                 Qt.AlignmentFlag.AlignHCenter, label)
        goal_y = bottom - height * self.goal_ml / peak
        pen = QPen(text, 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(0, int(goal_y), self.width(), int(goal_y))
        painter.end()
