"""The year calendar: a cell per day, 53 weeks across and Monday to Sunday down.

One widget paints the whole grid in one ``paintEvent`` (month and weekday
labels, the cells, and a pain-colour key). A cell's fill is the day's average
pain on a light-to-dark orange scale (read by lightness, so it holds for the
common kinds of colour blindness); what happened is told by a shape as well as
by colour: a disc for a session done, a cross for a planned session missed, a
ring for one planned still to come, a corner triangle for a flare-up day.
Marks are drawn in black or white, whichever stands out more from the fill.

The arrow keys move the selected day (up and down a day, left and right a
week), Home and End go to the first and last day, Page Up and Page Down a month.
The selected day's details are shown below the grid (``CalendarPanel``) and
given to screen readers as the widget's accessible description, once per move;
hovering a cell shows them as a tooltip.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from backcare_desktop.core.progress.outlook import WEEKS, CalendarDay, DayState, YearCalendar
from backcare_desktop.ui.shell.i18n import date_text, month_text, number_text, tr, weekday_text

_PAIN_STOPS = ((0.0, QColor("#fee6ce")), (5.0, QColor("#fd8d3c")), (10.0, QColor("#7f2704")))
_DARK_MARK, _LIGHT_MARK = QColor("#101010"), QColor("#ffffff")
_GAP = 2
_LARGEST_CELL, _SMALLEST_CELL = 18, 8




def pain_colour(level: float) -> QColor:
    """The fill for an average pain of ``level`` (0–10)."""
    level = min(10.0, max(0.0, level))
    for (a, ca), (b, cb) in itertools.pairwise(_PAIN_STOPS):
        if level <= b:
            t = (level - a) / (b - a)
            return QColor.fromRgbF(ca.redF() + (cb.redF() - ca.redF()) * t,
                                   ca.greenF() + (cb.greenF() - ca.greenF()) * t,
                                   ca.blueF() + (cb.blueF() - ca.blueF()) * t)
    return QColor(_PAIN_STOPS[-1][1])  # pragma: no cover - level is at most 10


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def mark_colour(fill: QColor) -> QColor:
    """Black or white, whichever stands out more from ``fill``."""
    return max((_DARK_MARK, _LIGHT_MARK), key=lambda c: contrast(c, fill))


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def empty_colour(palette: QPalette) -> QColor:
    """The fill of a day without pain logged: the page's base, a little towards its text."""
    return _mix(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text),
                0.12)


def cell_colours(day: CalendarDay, palette: QPalette) -> tuple[QColor | None, QColor]:
    """(fill, mark) for a day's cell; no fill for a day still to come."""
    if day.pain_mean is not None:
        fill = pain_colour(day.pain_mean)
    elif day.state in (DayState.COMING, DayState.PLANNED):
        return None, palette.color(QPalette.ColorRole.Text)
    else:
        fill = empty_colour(palette)
    return fill, mark_colour(fill)


def day_details(day: CalendarDay, routine_title: Callable[[str], str] = str) -> str:
    """What the calendar says about a day, in a sentence or two."""
    parts = [date_text(day.day, long=True)]
    if day.sessions:
        parts.append(tr("%n session(s) done", "", day.sessions))
    names = ", ".join(routine_title(r) for r in day.planned)
    if day.state is DayState.MISSED:
        parts.append(QCoreApplication.translate(
            "YearCalendar", "planned and missed: {names}").format(names=names))
    elif day.planned:
        parts.append(QCoreApplication.translate("YearCalendar", "planned: {names}").format(
            names=names))
    elif day.state is DayState.REST:
        parts.append(QCoreApplication.translate("YearCalendar", "rest day"))
    if day.pain_mean is not None and day.pain_worst is not None:
        parts.append(QCoreApplication.translate(
            "YearCalendar", "average pain {mean}, worst {worst}").format(
            mean=number_text(day.pain_mean, 1), worst=day.pain_worst))
    elif day.state is not DayState.COMING and day.state is not DayState.PLANNED:
        parts.append(QCoreApplication.translate("YearCalendar", "no pain logged"))
    if day.flare:
        parts.append(QCoreApplication.translate("YearCalendar", "flare-up"))
    separator = QCoreApplication.translate("YearCalendar", "; ",
                                           "between the parts of a sentence")
    return QCoreApplication.translate("YearCalendar", "{day}: {details}.").format(
        day=parts[0], details=separator.join(parts[1:])) if len(parts) > 1 else parts[0]


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), on the month's last day if shorter."""
    n = day.year * 12 + day.month - 1 + months
    year, month = divmod(n, 12)
    month += 1
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, min(day.day, (following - timedelta(days=1)).day))


class YearCalendarView(QWidget):
    """The grid; ``selected_changed`` tells when the selected day moves."""

    selected_changed = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("year-calendar")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(False)
        # Its height follows its width (the cells grow with it): set on each resize,
        # as a scroll area does not ask a widget's height for its width.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.heightForWidth(self.sizeHint().width()))
        self.setAccessibleName(QCoreApplication.translate("YearCalendar", "Calendar of the year"))
        self.routine_title: Callable[[str], str] = str
        self._calendar: YearCalendar | None = None
        self._selected: date | None = None

    # -- data and selection ---------------------------------------------------------

    @property
    def calendar(self) -> YearCalendar | None:
        return self._calendar

    @property
    def selected(self) -> date | None:
        return self._selected

    def set_calendar(self, calendar: YearCalendar) -> None:
        """Show ``calendar``; the selection stays on its day if that is in it, else
        moves to the calendar's last day."""
        self._calendar = calendar
        keep = self._selected
        if keep is None or not calendar.first <= keep <= calendar.end:
            keep = calendar.last
        self._selected = None
        self.select(keep)
        self.update()

    def selected_day(self) -> CalendarDay | None:
        if self._calendar is None or self._selected is None:
            return None
        return self._calendar.get(self._selected)

    def details(self) -> str:
        day = self.selected_day()
        return "" if day is None else day_details(day, self.routine_title)

    def select(self, day: date) -> None:
        cal = self._calendar
        if cal is None:
            return
        day = min(max(day, cal.first), cal.end)
        if day == self._selected:
            return
        self._selected = day
        self.setAccessibleDescription(self.details())
        self.update()
        self.selected_changed.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        cal, day = self._calendar, self._selected
        if cal is None or day is None:
            super().keyPressEvent(event)
            return
        key = Qt.Key(event.key())
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -7,
                 Qt.Key.Key_Right: 7}
        if key in steps:
            self.select(day + timedelta(days=steps[key]))
        elif key == Qt.Key.Key_Home:
            self.select(cal.first)
        elif key == Qt.Key.Key_End:
            self.select(cal.last)
        elif key == Qt.Key.Key_PageUp:
            self.select(add_months(day, -1))
        elif key == Qt.Key.Key_PageDown:
            self.select(add_months(day, 1))
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.select(day)
        super().mousePressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            day = self.day_at(event.pos())
            cell = self._calendar.get(day) if self._calendar and day else None
            if cell is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), day_details(cell, self.routine_title),
                                  self)
            return True
        return super().event(event)

    # -- geometry ---------------------------------------------------------------------

    def _label_width(self) -> int:
        fm = QFontMetrics(self.font())
        return max(fm.horizontalAdvance(weekday_text(d - 1, short=True))
                   for d in range(1, 8)) + 6

    def _cell(self, width: int) -> int:
        pitch = (width - self._label_width()) // WEEKS
        return max(_SMALLEST_CELL, min(_LARGEST_CELL, pitch - _GAP))

    def _top(self) -> int:
        return QFontMetrics(self.font()).height() + 2

    def _key_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def heightForWidth(self, width: int) -> int:
        return self._top() + 7 * (self._cell(width) + _GAP) + self._key_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        height = self.heightForWidth(event.size().width())
        if height != self.height():
            self.setFixedHeight(height)
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        width = self._label_width() + WEEKS * (14 + _GAP)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = self._label_width() + WEEKS * (_SMALLEST_CELL + _GAP)
        return QSize(width, self.heightForWidth(width))

    def cell_rect(self, day: date) -> QRectF | None:
        cal = self._calendar
        if cal is None or not cal.first <= day <= cal.end:
            return None
        column, row = cal.position(day)
        cell = self._cell(self.width())
        pitch = cell + _GAP
        return QRectF(self._label_width() + column * pitch, self._top() + row * pitch,
                      cell, cell)

    def day_at(self, pos: QPoint) -> date | None:
        cal = self._calendar
        if cal is None:
            return None
        pitch = self._cell(self.width()) + _GAP
        x, y = pos.x() - self._label_width(), pos.y() - self._top()
        if x < 0 or y < 0:
            return None
        column, row = x // pitch, y // pitch
        if column >= WEEKS or row >= 7:
            return None
        return cal.first + timedelta(days=column * 7 + row)

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        cal = self._calendar
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            palette = self.palette()
            text = palette.color(QPalette.ColorRole.WindowText)
            fm = QFontMetrics(self.font())
            cell = self._cell(self.width())
            pitch = cell + _GAP
            left, top = self._label_width(), self._top()
            painter.setPen(text)
            for row in (0, 2, 4):
                middle = top + row * pitch + cell / 2
                painter.drawText(QRectF(0, middle - fm.height() / 2, left - 4, fm.height()),
                                 int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                                 weekday_text(row, short=True))
            if cal is None:
                return
            free_from = 0.0
            for column in range(WEEKS):
                monday = cal.first + timedelta(days=7 * column)
                if column and monday.day > 7:
                    continue
                name = month_text(monday.month, short=True)
                x = left + column * pitch
                if x >= free_from and x + fm.horizontalAdvance(name) <= self.width():
                    painter.drawText(QPointF(x, fm.ascent()), name)
                    free_from = x + fm.horizontalAdvance(name) + 4
            outline = QColor(palette.color(QPalette.ColorRole.Text))
            outline.setAlpha(70)
            for n, day in enumerate(cal.days):
                column, row = divmod(n, 7)
                rect = QRectF(left + column * pitch, top + row * pitch, cell, cell)
                self._paint_cell(painter, rect, day, palette, outline, cal.last)
            if self._selected is not None:
                chosen = self.cell_rect(self._selected)
                if chosen is not None:
                    pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2.5)
                    if self.hasFocus():
                        pen.setWidthF(3)
                    painter.setPen(pen)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(chosen.adjusted(-1.5, -1.5, 1.5, 1.5))
            self._paint_key(painter, top + 7 * pitch + 4, left, fm, text)
        finally:
            painter.end()

    def _paint_cell(self, painter: QPainter, rect: QRectF, day: CalendarDay,
                    palette: QPalette, outline: QColor, last: date) -> None:
        fill, mark = cell_colours(day, palette)
        painter.setPen(QPen(outline, 1))
        painter.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        if day.day == last:  # today, or the range's last day
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        c = rect.center()
        r = rect.width() * 0.26
        if day.state is DayState.DONE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
            painter.drawEllipse(c, r, r)
        elif day.state is DayState.MISSED:
            painter.setPen(QPen(mark, max(1.5, rect.width() / 9)))
            painter.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r))
            painter.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r))
        elif day.state is DayState.PLANNED:
            painter.setPen(QPen(mark, max(1.2, rect.width() / 10)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(c, r, r)
        if day.flare:
            s = rect.width() * 0.45
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
            painter.drawPolygon(QPolygonF([rect.topRight(), rect.topRight() - QPointF(s, 0),
                                           rect.topRight() + QPointF(0, s)]))

    def _paint_key(self, painter: QPainter, y: float, left: int, fm: QFontMetrics,
                   text: QColor) -> None:
        """Pain 0 ▪▪▪…▪ 10: the scale of the fills."""
        size = fm.height() - 4
        x = float(left)
        painter.setPen(text)
        for label, swatches in ((QCoreApplication.translate("YearCalendar", "Pain 0"), range(11)),
                                (number_text(10), range(0))):
            painter.drawText(QPointF(x, y + fm.ascent()), label)
            x += fm.horizontalAdvance(label) + 4
            for level in swatches:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(pain_colour(level))
                painter.drawRect(QRectF(x, y + 2, size, size))
                x += size + 1
            x += 3
            painter.setPen(text)


class CalendarPanel(QWidget):
    """The calendar with its key of marks and the selected day's details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(QCoreApplication.translate("YearCalendar", "<b>The year, day by day</b>"))
        self.view = YearCalendarView()
        self.legend = QLabel(QCoreApplication.translate(
            "YearCalendar", "● session done   ✕ planned and missed   ○ planned   "
            "◥ flare-up   plain: rest day; the fill is the day's average pain"))
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(
            QCoreApplication.translate("YearCalendar", "Key to the calendar"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setAccessibleName(QCoreApplication.translate("YearCalendar", "Selected day"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        for widget in (title, self.view, self.legend, self.details):
            layout.addWidget(widget)
        self.view.selected_changed.connect(lambda _d: self.details.setText(self.view.details()))

    def set_calendar(self, calendar: YearCalendar) -> None:
        self.view.set_calendar(calendar)
        self.details.setText(self.view.details())
