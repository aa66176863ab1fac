"""The Progress page's charts (pyqtgraph; this module is imported only with that page).

Each chart builds its plot items once and is handed the whole history as
ready-made arrays (days as Unix seconds at local noon, values as floats with
NaN for gaps) when the records change; a range change only moves the shared
date axis and fits the height, so it sets no data at all. What is in view is
kept in ``series`` so tests can read it. Colours come from the Okabe–Ito set, which
stays distinguishable for the common kinds of colour blindness, on the
palette's own background.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    adjustTimestampToPreferredUtcOffset,
    utcfromtimestamp,
)
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from backcare_desktop.core.vocabulary import PainMoment
from backcare_desktop.ui.shell.i18n import date_text, month_text, number_text, weekday_text

BLUE, ORANGE, VERMILION, GREEN, SKY = "#0072B2", "#E69F00", "#D55E00", "#009E73", "#56B4E9"
DAY_S = 86400.0

pg.setConfigOptions(antialias=False)  # crisp bars and fast redraws of long ranges


class LocalDateAxis(pg.DateAxisItem):
    """pyqtgraph's date axis with the locale's month and weekday names."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        fmt = getattr(spec, "format", "")
        if fmt not in ("%b", "%a %d"):
            texts: list[str] = super().tickStrings(values, scale, spacing)
            return texts
        texts = []
        for value in values:
            try:
                day = utcfromtimestamp(adjustTimestampToPreferredUtcOffset(
                    value, self.utcOffset)).date()
            except (OverflowError, ValueError, OSError):
                texts.append("")
                continue
            texts.append(month_text(day.month, short=True) if fmt == "%b" else
                         QCoreApplication.translate("Charts", "{weekday} {day}",
                                                    "a date axis' tick").format(
                             weekday=weekday_text(day.weekday(), short=True), day=day.day))
        return texts


def day_x(day: date) -> float:
    """A day's position on the shared date axis: local noon, as Unix seconds."""
    return datetime.combine(day, time(12)).timestamp()


def _colours(widget: QWidget) -> tuple[QColor, QColor, bool]:
    palette = widget.palette()
    background = palette.color(QPalette.ColorRole.Base)
    return background, palette.color(QPalette.ColorRole.Text), background.lightness() < 128


class Chart(pg.PlotWidget):
    """A plot with the app's colours, a hover read-out and a name for Save as PNG."""

    def __init__(self, title: str, y_label: str, *, dates: bool = True,
                 parent: QWidget | None = None) -> None:
        axis = {"bottom": LocalDateAxis()} if dates else {}
        super().__init__(parent=parent, axisItems=axis)
        self.title = title
        self.setAccessibleName(title)
        self.setMinimumHeight(220)
        self.setMenuEnabled(False)
        self.plotItem.setMouseEnabled(x=False, y=False)
        self.plotItem.hideButtons()
        self.plotItem.setTitle(title)
        self.plotItem.setLabel("left", y_label)
        # No axis grid: pyqtgraph paints it from the axis on every repaint, which
        # cost ~20 ms per chart here; a few fixed guide lines do the same job.
        self.series: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._hover: Callable[[float], str | None] = lambda _x: None
        self.scene().sigMouseMoved.connect(self._mouse_moved)
        self.restyle()

    def restyle(self) -> None:
        background, text, _dark = _colours(self)
        self.setBackground(background)
        for name in ("left", "bottom"):
            axis = self.plotItem.getAxis(name)
            axis.setPen(text)
            axis.setTextPen(text)
        self.plotItem.titleLabel.setText(self.title, color=text.name())

    @property
    def dark(self) -> bool:
        return _colours(self)[2]

    def text_colour(self) -> QColor:
        return QColor(self.palette().color(QPalette.ColorRole.Text))

    def set_hover(self, read: Callable[[float], str | None]) -> None:
        self._hover = read

    def _mouse_moved(self, pos: object) -> None:
        if not self.plotItem.sceneBoundingRect().contains(pos):
            return
        x = self.plotItem.vb.mapSceneToView(pos).x()
        text = self._hover(x)
        if text:
            QToolTip.showText(self.cursor().pos(), text, self)

    def keep(self, name: str, x: np.ndarray, y: np.ndarray) -> None:
        self.series[name] = (x, y)

    def guide_lines(self, levels: list[float]) -> None:
        colour = self.text_colour()
        colour.setAlpha(40)
        for level in levels:
            self.addItem(pg.InfiniteLine(pos=level, angle=0, pen=pg.mkPen(colour, width=1)))

    def goal_line(self) -> pg.InfiniteLine:
        pen = pg.mkPen(self.text_colour(), width=1.5, style=Qt.PenStyle.DashLine)
        line = pg.InfiniteLine(pos=0, angle=0, pen=pen,
                               label=QCoreApplication.translate("Charts", "goal"),
                               labelOpts={"position": 0.02})
        self.addItem(line)
        return line


def nearest(xs: np.ndarray, x: float, tolerance: float) -> int | None:
    """Index of the value in sorted ``xs`` nearest to ``x``, if within ``tolerance``."""
    if len(xs) == 0:
        return None
    i = int(np.searchsorted(xs, x))
    best = min((j for j in (i - 1, i) if 0 <= j < len(xs)), key=lambda j: abs(xs[j] - x))
    return best if abs(xs[best] - x) <= tolerance else None


class PainChart(Chart):
    """Daily average (points), worst of the day (points, and a band up from the
    average) and the 7-day average (a line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Charts", "Pain"), "0–10", parent=parent)
        self.plotItem.setYRange(0, 10.2, padding=0)
        self.guide_lines([2, 4, 6, 8, 10])
        self.plotItem.addLegend(offset=(-10, 10))
        shade = QColor(VERMILION)
        shade.setAlpha(60)
        # The band: a pale bar per day from the average up to the worst. (A filled
        # polygon between two curves took over a second to paint for ten years.)
        self.band = pg.BarGraphItem(x=[], y0=[], height=[], width=0.8 * DAY_S,
                                    brush=pg.mkBrush(shade), pen=pg.mkPen(None))
        self.addItem(self.band)
        # Flare-up days: a hatched column the chart's height (hatching, so they
        # read without colour), named in the legend and the read-out.
        hatch = QColor(self.text_colour())
        hatch.setAlpha(110)
        self.flares = pg.BarGraphItem(x=[], y0=[], height=[], width=0.9 * DAY_S,
                                      brush=QBrush(hatch, Qt.BrushStyle.BDiagPattern),
                                      pen=pg.mkPen(None),
                                      name=QCoreApplication.translate("Charts", "Flare-up day"))
        self.addItem(self.flares)
        self._flare_x = np.array([], dtype=float)
        self._flare_from = 0.0
        self._worst = self.plot(pen=None, symbol="t", symbolSize=7, symbolBrush=VERMILION,
                                symbolPen=None,
                                name=QCoreApplication.translate("Charts", "Worst of the day"))
        self._mean = self.plot(pen=None, symbol="o", symbolSize=7,
                               symbolBrush=SKY if self.dark else BLUE, symbolPen=None,
                               name=QCoreApplication.translate("Charts", "Daily average"))
        self._rolling = self.plot(pen=pg.mkPen(ORANGE, width=3), connect="finite",
                                  name=QCoreApplication.translate("Charts", "7-day average"))

    def set_days(self, x: np.ndarray, mean: np.ndarray, worst: np.ndarray,
                 rolling_x: np.ndarray, rolling: np.ndarray) -> None:
        """The whole history, once per change of the records; ranges only move the view."""
        self._days = (x, mean, worst, rolling_x, rolling)
        self.band.setOpts(x=x, y0=mean, height=worst - mean)
        self._worst.setData(x, worst)
        self._mean.setData(x, mean)
        self._rolling.setData(rolling_x, rolling)

    def set_flares(self, x: np.ndarray) -> None:
        """The flare-up days of the whole history (as ``day_x``), sorted."""
        self._flare_x = x
        self.flares.setOpts(x=x, y0=np.zeros(len(x)), height=np.full(len(x), 10.2))

    def show_from(self, start: int, rolling_start: int, flares_from: float | None = None) -> None:
        """Days from index ``start`` (and the 7-day average from ``rolling_start``, the
        flare-up days from the x ``flares_from``) are in view: they are what
        ``series`` and the hover read-out cover."""
        x, mean, worst, rolling_x, rolling = self._days
        x, mean, worst = x[start:], mean[start:], worst[start:]
        self.keep("mean", x, mean)
        self.keep("worst", x, worst)
        self.keep("rolling", rolling_x[rolling_start:], rolling[rolling_start:])
        flare_x = self._flare_x
        if flares_from is not None:
            flare_x = flare_x[flare_x >= flares_from - DAY_S / 2]
        self.keep("flare", flare_x, np.full(len(flare_x), 10.0))

        def read(pos: float) -> str | None:
            i = nearest(x, pos, DAY_S / 2)
            flare = nearest(flare_x, pos, DAY_S / 2)
            if i is None and flare is None:
                return None
            at = float(x[i] if i is not None else flare_x[flare])
            day = datetime.fromtimestamp(at).date()
            lines = [date_text(day, long=True)]
            if i is not None:
                lines.append(QCoreApplication.translate(
                    "Charts", "Average pain {mean}, worst {worst}").format(
                    mean=number_text(mean[i], 1), worst=number_text(worst[i])))
            if flare is not None:
                lines.append(QCoreApplication.translate("Charts", "Flare-up day"))
            return "\n".join(lines)
        self.set_hover(read)


class BarChart(Chart):
    """Bars on the date axis with a dashed goal line."""

    def __init__(self, title: str, y_label: str, name: str, colour: str,
                 dark_colour: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(title, y_label, parent=parent)
        self.name = name
        brush = dark_colour if dark_colour and self.dark else colour
        self._bars = pg.BarGraphItem(x=[], height=[], width=1, brush=brush, pen=pg.mkPen(None))
        self.addItem(self._bars)
        self._goal = self.goal_line()
        self._planned: pg.PlotDataItem | None = None
        self._planned_data = (np.array([], dtype=float), np.array([], dtype=float))

    def show_planned(self) -> None:
        """Add a line of what was planned per bar (diamonds on a dashed line), with a legend."""
        self.plotItem.addLegend(offset=(-10, 10))
        colour = ORANGE if self.dark else VERMILION
        self._planned = self.plot(pen=pg.mkPen(colour, width=2), symbol="d", symbolSize=10,
                                  symbolBrush=colour, symbolPen=None,
                                  name=QCoreApplication.translate("Charts", "Planned"))

    def set_planned(self, x: np.ndarray, values: np.ndarray) -> None:
        """What was planned, at the x of the bars that had anything planned (sorted);
        needs ``show_planned``."""
        self._planned_data = (x, values)
        if self._planned is not None:
            self._planned.setData(x, values)

    def set_bars(self, x: np.ndarray, values: np.ndarray, width: float, goal: float,
                 describe: Callable[[int], str]) -> None:
        """Every bar of the history, once per change of the records; ``describe(i)``
        is the read-out for bar ``i``."""
        self._data = (x, values, width, describe)
        self._bars.setOpts(x=x, height=values, width=width)
        self._goal.setValue(goal)

    def show_from(self, start: int) -> None:
        """Bars from index ``start`` are in view: the height fits them."""
        x, values, width, describe = self._data
        goal = float(self._goal.value())
        shown_x, shown = x[start:], values[start:]
        top = max(goal, float(shown.max()) if len(shown) else 0.0)
        planned_x, planned = self._planned_data
        if self._planned is not None:
            after = planned_x >= (shown_x[0] if len(shown_x) else np.inf)
            planned_x, planned = planned_x[after], planned[after]
            top = max(top, float(planned.max()) if len(planned) else 0.0)
            self.keep("planned", planned_x, planned)
        self.plotItem.setYRange(0, top * 1.15 or 1, padding=0)
        self.keep(self.name, shown_x, shown)

        def read(pos: float) -> str | None:
            i = nearest(shown_x, pos, width / 2)
            return describe(start + i) if i is not None else None
        self.set_hover(read)


class BeforeAfterChart(Chart):
    """Average pain before and after sessions, two bars per routine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate(
            "Charts", "Pain before and after sessions, per routine"), "0–10", dates=False,
                         parent=parent)
        self.plotItem.setYRange(0, 10.2, padding=0)
        self.guide_lines([2, 4, 6, 8, 10])
        self.plotItem.addLegend(offset=(-10, 10))
        self._before = pg.BarGraphItem(x=[], height=[], width=0.34, brush=VERMILION,
                                       pen=pg.mkPen(None),
                                       name=QCoreApplication.translate("Charts", "Before"))
        self._after = pg.BarGraphItem(x=[], height=[], width=0.34,
                                      brush=SKY if self.dark else BLUE, pen=pg.mkPen(None),
                                      name=QCoreApplication.translate("Charts", "After"))
        for item in (self._before, self._after):
            self.addItem(item)

    def show_routines(self, routines: list[str], before: np.ndarray, after: np.ndarray) -> None:
        positions = np.arange(len(routines), dtype=float)
        self._before.setOpts(x=positions - 0.18, height=before)
        self._after.setOpts(x=positions + 0.18, height=after)
        self.plotItem.getAxis("bottom").setTicks([list(enumerate(routines))])
        self.plotItem.setXRange(-0.6, max(len(routines), 1) - 0.4, padding=0)
        self.keep(PainMoment.BEFORE, positions, before)
        self.keep(PainMoment.AFTER, positions, after)  # after the session, or when it hurt

        def read(pos: float) -> str | None:
            i = nearest(positions, pos, 0.5)
            if i is None:
                return None
            change = after[i] - before[i]
            return QCoreApplication.translate(
                "Charts", "{routine}\nAverage pain before {before}, after {after} ({change})"
            ).format(routine=routines[i], before=number_text(before[i], 1),
                     after=number_text(after[i], 1),
                     change=("+" if change > 0 else "") + number_text(change, 1))
        self.set_hover(read)


class PegChart(Chart):
    """The weekly score (PEG) over time: one point per week with answers (the mean
    of that week's), joined by a line; lower is better."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("Charts", "Weekly score (PEG)"), "0–10",
                         parent=parent)
        self.setMinimumHeight(160)
        self.setMaximumHeight(200)  # a small chart under its line
        self.plotItem.setYRange(0, 10.2, padding=0)
        self.guide_lines([2, 4, 6, 8, 10])
        colour = SKY if self.dark else BLUE
        self._line = self.plot(pen=pg.mkPen(colour, width=2), symbol="s", symbolSize=8,
                               symbolBrush=colour, symbolPen=None)

    def set_weeks(self, mondays: list[date], scores: list[float]) -> None:
        """The weeks in view (by their Monday) and their mean scores, oldest first."""
        x = np.array([day_x(m) + 3 * DAY_S for m in mondays], dtype=float)
        y = np.array(scores, dtype=float)
        self._line.setData(x, y)
        self.keep("peg", x, y)

        def read(pos: float) -> str | None:
            i = nearest(x, pos, 3.5 * DAY_S)
            if i is None:
                return None
            return QCoreApplication.translate(
                "Charts", "Week of {day}\nWeekly score {score}").format(
                day=date_text(mondays[i]), score=number_text(y[i], 1))
        self.set_hover(read)


def save_png(chart: Chart, path: str) -> None:
    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(chart.plotItem)
    exporter.parameters()["width"] = max(1200, int(chart.width()))
    exporter.export(path)
