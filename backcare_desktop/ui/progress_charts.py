"""The Progress page's charts (pyqtgraph; this module is imported only with that page).

Each chart takes ready-made arrays (days as Unix seconds at local noon, values
as floats with NaN for gaps) and draws them; it keeps them in ``series`` so
tests can read what was drawn. Colours come from the Okabe–Ito set, which
stays distinguishable for the common kinds of colour blindness, on the
palette's own background.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

BLUE, ORANGE, VERMILION, GREEN, SKY = "#0072B2", "#E69F00", "#D55E00", "#009E73", "#56B4E9"
DAY_S = 86400.0

pg.setConfigOptions(antialias=False)  # crisp bars and fast redraws of long ranges


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
        axis = {"bottom": pg.DateAxisItem()} if dates else {}
        super().__init__(parent=parent, axisItems=axis)
        self.title = title
        self.setAccessibleName(title)
        self.setMinimumHeight(220)
        self.setMenuEnabled(False)
        self.plotItem.setMouseEnabled(x=False, y=False)
        self.plotItem.hideButtons()
        self.plotItem.setTitle(title)
        self.plotItem.setLabel("left", y_label)
        self.plotItem.showGrid(y=True, alpha=0.15)
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

    def set_hover(self, read: Callable[[float], str | None]) -> None:
        self._hover = read

    def _mouse_moved(self, pos: object) -> None:
        if not self.plotItem.sceneBoundingRect().contains(pos):  # type: ignore[arg-type]
            return
        x = self.plotItem.vb.mapSceneToView(pos).x()
        text = self._hover(x)
        if text:
            QToolTip.showText(self.cursor().pos(), text, self)

    def clear_series(self) -> None:
        self.plotItem.clear()
        self.series = {}

    def keep(self, name: str, x: np.ndarray, y: np.ndarray) -> None:
        self.series[name] = (x, y)


def nearest(xs: np.ndarray, x: float, tolerance: float) -> int | None:
    """Index of the value in sorted ``xs`` nearest to ``x``, if within ``tolerance``."""
    if len(xs) == 0:
        return None
    i = int(np.searchsorted(xs, x))
    best = min((j for j in (i - 1, i) if 0 <= j < len(xs)), key=lambda j: abs(xs[j] - x))
    return best if abs(xs[best] - x) <= tolerance else None


def draw_pain(chart: Chart, x: np.ndarray, mean: np.ndarray, worst: np.ndarray,
              rolling: np.ndarray, rolling_x: np.ndarray) -> None:
    chart.clear_series()
    chart.plotItem.setYRange(0, 10.2, padding=0)
    chart.plotItem.addLegend(offset=(-10, 10))
    if len(x):
        band_top = pg.PlotDataItem(x, worst, pen=None)
        band_low = pg.PlotDataItem(x, mean, pen=None)
        shade = QColor(VERMILION)
        shade.setAlpha(60)
        band = pg.FillBetweenItem(band_low, band_top, brush=pg.mkBrush(shade))
        chart.addItem(band)
        chart.plot(x, worst, pen=None, symbol="t", symbolSize=7,
                   symbolBrush=VERMILION, symbolPen=None, name="Worst of the day")
        chart.plot(x, mean, pen=None, symbol="o", symbolSize=7,
                   symbolBrush=BLUE if not chart.dark else SKY, symbolPen=None,
                   name="Daily average")
    if len(rolling_x):
        chart.plot(rolling_x, rolling, pen=pg.mkPen(ORANGE, width=3), connect="finite",
                   name="7-day average")
    chart.keep("mean", x, mean)
    chart.keep("worst", x, worst)
    chart.keep("rolling", rolling_x, rolling)

    def read(pos: float) -> str | None:
        i = nearest(x, pos, DAY_S / 2)
        if i is None:
            return None
        day = datetime.fromtimestamp(x[i]).date()
        return f"{day:%a %d %b %Y}\nAverage pain {mean[i]:.1f}, worst {worst[i]:.0f}"
    chart.set_hover(read)


def draw_bars(chart: Chart, name: str, x: np.ndarray, values: np.ndarray, width: float,
              goal: float | None, describe: Callable[[int], str], colour: str) -> None:
    chart.clear_series()
    if len(x):
        chart.addItem(pg.BarGraphItem(x=x, height=values, width=width,
                                      brush=colour, pen=pg.mkPen(None)))
    if goal is not None:
        pen = pg.mkPen(chart.palette().color(QPalette.ColorRole.Text), width=1.5,
                       style=Qt.PenStyle.DashLine)
        line = pg.InfiniteLine(pos=goal, angle=0, pen=pen, label="goal",
                               labelOpts={"position": 0.02})
        chart.addItem(line)
    top = max([goal or 0, *(values.tolist() if len(values) else [0])])
    chart.plotItem.setYRange(0, top * 1.15 or 1, padding=0)
    chart.keep(name, x, values)

    def read(pos: float) -> str | None:
        i = nearest(x, pos, width / 2)
        return describe(i) if i is not None else None
    chart.set_hover(read)


def draw_before_after(chart: Chart, routines: list[str], before: np.ndarray,
                      after: np.ndarray) -> None:
    chart.clear_series()
    positions = np.arange(len(routines), dtype=float)
    if len(routines):
        chart.addItem(pg.BarGraphItem(x=positions - 0.18, height=before, width=0.34,
                                      brush=VERMILION, pen=pg.mkPen(None), name="Before"))
        chart.addItem(pg.BarGraphItem(x=positions + 0.18, height=after, width=0.34,
                                      brush=BLUE if not chart.dark else SKY,
                                      pen=pg.mkPen(None), name="After"))
    chart.plotItem.getAxis("bottom").setTicks([list(enumerate(routines))])
    chart.plotItem.setYRange(0, 10.2, padding=0)
    chart.plotItem.setXRange(-0.6, max(len(routines), 1) - 0.4, padding=0)
    chart.keep("before", positions, before)
    chart.keep("after", positions, after)

    def read(pos: float) -> str | None:
        i = nearest(positions, pos, 0.5)
        if i is None:
            return None
        return (f"{routines[i]}\nAverage pain before {before[i]:.1f}, after {after[i]:.1f} "
                f"({after[i] - before[i]:+.1f})")
    chart.set_hover(read)


def save_png(chart: Chart, path: str) -> None:
    from pyqtgraph.exporters import ImageExporter

    exporter = ImageExporter(chart.plotItem)
    exporter.parameters()["width"] = max(1200, int(chart.width()))
    exporter.export(path)
