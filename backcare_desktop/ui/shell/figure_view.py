"""Drawing an exercise figure with QPainter, in the widget's palette, at any size.

``paint_figure`` draws one pose of a figure into a rectangle: a mat or floor,
round-capped limbs nearest last (the far side's limbs lighter, so left and
right read), the head with a nose or a face, a muscle group marked in the
palette's highlight, and optionally arrows along the movement. It fits the
figure's whole range of movement into the rectangle once, so a moving figure
stays still on screen. ``FigureView`` is a widget that draws the pose it is
given; it has no timer of its own (the session drives it) and draws nothing
while hidden.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from backcare_desktop.core.figures.animation import along, frame, posed
from backcare_desktop.core.figures.model import REGIONS, Figure
from backcare_desktop.core.figures.skeleton import (
    HEAD_R,
    SEGMENTS,
    Body,
    Pose,
    mirror,
    project,
    reach,
)

MARGIN = 0.06  # of the rectangle's smaller side, around the figure
MIN_ARROW = 0.2  # shortest arrow, in body heights
ARROW_OFFSET = 0.07  # how far an arrow keeps from the path it shows


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


class _Colours:
    def __init__(self, palette: QPalette) -> None:
        self.back = palette.color(QPalette.ColorRole.Window)
        ink = palette.color(QPalette.ColorRole.WindowText)
        self.near = _mix(ink, self.back, 0.12)
        self.far = _mix(ink, self.back, 0.5)
        self.middle = _mix(ink, self.back, 0.22)
        self.accent = palette.color(QPalette.ColorRole.Highlight)
        self.mat = _mix(palette.color(QPalette.ColorRole.Mid), self.back, 0.25)
        self.prop = _mix(ink, self.back, 0.62)


class _Fit:
    """View units (y up) to the rectangle's pixels (y down), one scale for both axes."""

    def __init__(self, rect: QRectF, bounds: tuple[float, float, float, float]) -> None:
        x0, y0, x1, y1 = bounds
        margin = MARGIN * min(rect.width(), rect.height())
        inner = rect.adjusted(margin, margin, -margin, -margin)
        w, h = max(x1 - x0, 1e-6), max(y1 - y0, 1e-6)
        self.scale = max(0.0, min(inner.width() / w, inner.height() / h))
        self.ox = inner.center().x() - (x0 + x1) / 2 * self.scale
        self.oy = inner.center().y() + (y0 + y1) / 2 * self.scale

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self.ox + x * self.scale, self.oy - y * self.scale)


def _bounds(figure: Figure, flipped: bool) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = frame(figure, flipped)
    pad = 0.04
    if "mat" in figure.props or "floor" in figure.props:
        y0 = min(y0, -0.03) if figure.view != "above" else y0 - 0.06
        x0, x1 = x0 - 0.06, x1 + 0.06
    if figure.view == "above" and "mat" in figure.props:
        y1 += 0.06
    if "chair" in figure.props:
        x0, x1 = x0 - 0.12, x1 + 0.12
    if "seat" in figure.props:
        x1 += 0.1 if not flipped else 0.0
        x0 -= 0.1 if flipped else 0.0
    return (x0 - pad, y0 - pad, x1 + pad, y1 + pad)


def figure_rect(rect: QRectF, figure: Figure, pose: Pose) -> QRectF:
    """Where in ``rect`` the figure goes, whatever its pose (its mat, chair and arrows
    may reach a little beyond)."""
    flipped = pose.mirrored and figure.view == "side"
    fit = _Fit(rect, _bounds(figure, flipped))
    x0, y0, x1, y1 = frame(figure, flipped)
    return QRectF(fit.point(x0, y1), fit.point(x1, y0))


def paint_figure(painter: QPainter, rect: QRectF, figure: Figure, pose: Pose,
                 palette: QPalette, *, motion: bool = False) -> None:
    """Draw ``figure`` in ``pose`` fitted into ``rect``, in ``palette``'s colours."""
    if rect.width() < 4 or rect.height() < 4:
        return
    flipped = pose.mirrored and figure.view == "side"
    fit = _Fit(rect, _bounds(figure, flipped))
    colours = _Colours(palette)
    body = posed(figure, pose)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    _paint_props(painter, fit, figure, body, pose, flipped, colours)
    _paint_body(painter, fit, figure, body, pose, flipped, colours)
    if motion:
        _paint_motion(painter, fit, figure, pose, flipped, colours)
    painter.restore()


def _screen(body: Body, name: str, view: str, flipped: bool) -> tuple[float, float, float]:
    return project(body.points[name], view, flipped)


def _paint_props(painter: QPainter, fit: _Fit, figure: Figure, body: Body, pose: Pose,
                 flipped: bool, colours: _Colours) -> None:
    x0, y0, x1, y1 = frame(figure, flipped)
    s = fit.scale
    painter.setPen(Qt.PenStyle.NoPen)
    if "mat" in figure.props and figure.view == "above":
        mat = QRectF(fit.point(x0 - 0.05, y1 + 0.05), fit.point(x1 + 0.05, y0 - 0.05))
        painter.setBrush(colours.mat)
        painter.drawRoundedRect(mat.normalized(), 0.03 * s, 0.03 * s)
    elif "mat" in figure.props:
        mat = QRectF(fit.point(x0 - 0.05, 0.0), fit.point(x1 + 0.05, -0.025))
        painter.setBrush(colours.mat)
        painter.drawRoundedRect(mat.normalized(), 0.012 * s, 0.012 * s)
    if "floor" in figure.props:
        pen = QPen(colours.prop, max(1.0, 0.008 * s))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawLine(fit.point(x0 - 0.08, -0.004), fit.point(x1 + 0.08, -0.004))
    pen = QPen(colours.prop, max(1.0, 0.016 * s))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if "seat" in figure.props:
        # a chair seen from the side, its seat under the pelvis
        px, py, _d = _screen(_start_body(figure, pose), "pelvis", figure.view, flipped)
        seat_y = py - 0.07
        back = -1 if flipped else 1  # the back of the chair behind the person
        front_x, back_x = px - back * 0.16, px + back * 0.13
        path = QPainterPath(fit.point(back_x, seat_y + 0.34))
        path.lineTo(fit.point(back_x, 0.0))
        painter.drawPath(path)
        painter.drawLine(fit.point(back_x, seat_y), fit.point(front_x, seat_y))
        painter.drawLine(fit.point(front_x, seat_y), fit.point(front_x, 0.0))
    if "chair" in figure.props and figure.hold:
        # a chair side-on, the top of its back under the holding hand
        hx, hy, _d = _screen(_start_body(figure, pose), figure.hold, figure.view, flipped)
        top = hy - 0.02
        seat_y = top - 0.24
        away = -1 if hx < 0 else 1
        back_x, front_x = hx, hx + away * 0.25
        painter.drawLine(fit.point(back_x, top), fit.point(back_x, 0.0))
        painter.drawLine(fit.point(back_x, seat_y), fit.point(front_x, seat_y))
        painter.drawLine(fit.point(front_x, seat_y), fit.point(front_x, 0.0))


_start_bodies: dict[tuple[str, bool], Body] = {}


def _start_body(figure: Figure, pose: Pose) -> Body:
    key = (figure.key, pose.mirrored)
    if key not in _start_bodies:
        start = figure.start
        if pose.mirrored:
            start = mirror(start)
        _start_bodies[key] = posed(figure, start)
    return _start_bodies[key]


def _side_colours(body: Body, view: str, flipped: bool,
                  colours: _Colours) -> dict[str, QColor]:
    """Which side is nearer the eye: the other side's limbs are drawn lighter."""
    def depth(side: str) -> float:
        return sum(_screen(body, f"{side}_{p}", view, flipped)[2]
                   for p in ("hip", "shoulder")) / 2

    dl, dr = depth("l"), depth("r")
    out = {"c": colours.middle, "l": colours.near, "r": colours.near}
    if abs(dl - dr) > 0.06:
        out["r" if dl > dr else "l"] = colours.far
    return out


def _paint_body(painter: QPainter, fit: _Fit, figure: Figure, body: Body, pose: Pose,
                flipped: bool, colours: _Colours) -> None:
    view = figure.view
    s = fit.scale
    side_colour = _side_colours(body, view, flipped, colours)
    marked = set(REGIONS.get(figure.region or "", ()))
    accent = _mix(colours.middle, colours.accent, 0.35 + 0.65 * pose.highlight)
    items: list[tuple[int, float, str]] = []
    for name, (a, b, _r, _side) in SEGMENTS.items():
        da = _screen(body, a, view, flipped)[2]
        db = _screen(body, b, view, flipped)[2]
        # a marked muscle group is drawn over whatever lies at its depth
        items.append((1 if name in marked else 0, (da + db) / 2, name))
    items.append((0, _screen(body, "head", view, flipped)[2], "head"))
    items.sort()
    gap = max(0.8, 0.012 * s)
    for _over, _depth, name in items:
        if name == "head":
            _paint_head(painter, fit, figure, body, pose, flipped, colours, gap)
            continue
        a, b, _radius, side = SEGMENTS[name]
        ax, ay, _ad = _screen(body, a, view, flipped)
        bx, by, _bd = _screen(body, b, view, flipped)
        radius = reach(body, name, _across(ax, ay, bx, by, view, flipped))
        if name == "thorax":
            radius *= 1 + 0.07 * pose.breath
        elif name == "lumbar":
            radius *= 1 + 0.14 * pose.breath
        colour = accent if name in marked else side_colour[side]
        pa, pb = fit.point(ax, ay), fit.point(bx, by)
        width = 2 * radius * s
        for pen_colour, pen_width in ((colours.back, width + 2 * gap), (colour, width)):
            pen = QPen(pen_colour, max(1.0, pen_width))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.drawLine(pa, pb)


def _across(ax: float, ay: float, bx: float, by: float, view: str,
            flipped: bool) -> tuple[float, float, float]:
    """The world direction that shows on screen at right angles to a part (a→b)."""
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy)
    nx, ny = (-dy / length, dx / length) if length > 1e-6 else (1.0, 0.0)
    # the screen axes as world directions (the projection is a rotation)
    sx = [project(e, view, flipped)[0] for e in ((1.0, 0, 0), (0, 1.0, 0), (0, 0, 1.0))]
    sy = [project(e, view, flipped)[1] for e in ((1.0, 0, 0), (0, 1.0, 0), (0, 0, 1.0))]
    return (nx * sx[0] + ny * sy[0], nx * sx[1] + ny * sy[1], nx * sx[2] + ny * sy[2])


def _paint_head(painter: QPainter, fit: _Fit, figure: Figure, body: Body, pose: Pose,
                flipped: bool, colours: _Colours, gap: float) -> None:
    view = figure.view
    s = fit.scale
    hx, hy, _d = _screen(body, "head", view, flipped)
    centre = fit.point(hx, hy)
    r = HEAD_R * s
    face = body.head
    fx, fy, fd = project(face.f, view, flipped)
    ux, uy, _ud = project(face.u, view, flipped)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.back)
    painter.drawEllipse(centre, r + gap, r + gap)
    painter.setBrush(colours.middle)
    painter.drawEllipse(centre, r, r)
    region = figure.region or ""
    facing = fd > 0.6
    if region in ("forehead", "eyes", "jaw"):
        band = {"forehead": (0.3, 1.0), "eyes": (-0.25, 0.3), "jaw": (-1.0, -0.3)}[region]
        accent = _mix(colours.middle, colours.accent, 0.35 + 0.65 * pose.highlight)
        clip = QPainterPath()
        clip.addEllipse(centre, r, r)
        painter.save()
        painter.setClipPath(clip)
        painter.translate(centre)
        painter.rotate(math.degrees(math.atan2(ux, uy)))  # the head's up is up
        painter.setBrush(accent)
        painter.drawRect(QRectF(-r, -band[1] * r, 2 * r, (band[1] - band[0]) * r))
        painter.restore()
    if facing:
        # a quiet face: two eyes and a mouth, turned with the head
        painter.save()
        painter.translate(centre)
        painter.rotate(math.degrees(math.atan2(ux, uy)))
        painter.setBrush(colours.back)
        eye = max(0.6, 0.11 * r)
        for ex in (-0.36 * r, 0.36 * r):
            painter.drawEllipse(QPointF(ex, -0.1 * r), eye, eye)
        pen = QPen(colours.back, max(0.8, 0.08 * r))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRectF(-0.32 * r, 0.18 * r, 0.64 * r, 0.3 * r), 200 * 16, 140 * 16)
        painter.restore()
    else:
        # a nose shows which way the face looks
        length = math.hypot(fx, fy)
        if length > 0.2:
            nose = fit.point(hx + fx / length * HEAD_R * 0.95, hy + fy / length * HEAD_R * 0.95)
            painter.setBrush(colours.middle)
            painter.drawEllipse(nose, 0.28 * r, 0.28 * r)


def _paint_motion(painter: QPainter, fit: _Fit, figure: Figure, pose: Pose, flipped: bool,
                  colours: _Colours) -> None:
    """An arrow along the path of each ``motion`` point, start to end, beside the body."""
    if not figure.motion or len(figure.keys) < 2:
        return
    keys = figure.keys if not pose.mirrored else tuple(mirror(k) for k in figure.keys)
    steps = [posed(figure, along(keys, i / 24)) for i in range(25)]
    colour = QColor(colours.accent)
    s = fit.scale
    for name in figure.motion:
        pts = [project(b.points[name], figure.view, flipped)[:2] for b in steps]
        extent = max(math.dist(p, q) for p in pts for q in pts)
        if extent < 0.01:
            continue
        if extent < MIN_ARROW:
            # a small movement (a shoulder rolling, the pelvis tilting): show it larger,
            # around where it happens
            cx = sum(p[0] for p in pts) / len(pts)
            cy = sum(p[1] for p in pts) / len(pts)
            k = MIN_ARROW / extent
            pts = [(cx + (x - cx) * k, cy + (y - cy) * k) for x, y in pts]
        else:
            # beside the body rather than over it: away from the middle of the frame
            x0, y0, x1, y1 = frame(figure, flipped)
            mx, my = pts[len(pts) // 2]
            dx, dy = mx - (x0 + x1) / 2, my - (y0 + y1) / 2
            norm = math.hypot(dx, dy) or 1.0
            pts = [(x + dx / norm * ARROW_OFFSET, y + dy / norm * ARROW_OFFSET)
                   for x, y in pts]
        points = [fit.point(x, y) for x, y in pts]
        poly = QPolygonF(points)
        halo = QPen(colours.back, max(1.2, 0.012 * s) + 2 * max(0.8, 0.008 * s))
        halo.setCapStyle(Qt.PenCapStyle.RoundCap)
        halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(halo)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPolyline(poly)
        pen = QPen(colour, max(1.2, 0.012 * s))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPolyline(poly)
        tip, before = points[-1], points[max(0, len(points) - 3)]
        angle = math.atan2(tip.y() - before.y(), tip.x() - before.x())
        head = 0.035 * s
        wing = QPolygonF([tip] + [
            QPointF(tip.x() - head * math.cos(angle + t), tip.y() - head * math.sin(angle + t))
            for t in (-0.45, 0.45)
        ])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(colour))
        painter.drawPolygon(wing)


def figure_pixmap(figure: Figure, size: QSize, palette: QPalette,
                  ratio: float = 1.0) -> QPixmap:
    """A still picture of ``figure``: its end pose, with arrows along the movement
    (for a list or a menu to choose from)."""
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        paint_figure(painter, QRectF(0, 0, size.width(), size.height()), figure, figure.end,
                     palette, motion=True)
    finally:
        painter.end()
    return pixmap


class FigureView(QWidget):
    """Draws one pose of one figure, fitted to the widget; set them and it repaints."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figure: Figure | None = None
        self._pose: Pose | None = None
        self._motion = False
        self._colours: QPalette | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def figure(self) -> Figure | None:
        return self._figure

    def pose(self) -> Pose | None:
        return self._pose

    def set_figure(self, figure: Figure | None, pose: Pose | None = None) -> None:
        """Show ``figure`` (None: nothing) in ``pose``, its start pose by default."""
        self._figure = figure
        self._pose = pose if pose is not None else (figure.start if figure else None)
        self._changed()

    def set_pose(self, pose: Pose) -> None:
        self._pose = pose
        self._changed()

    def set_colours(self, palette: QPalette | None) -> None:
        """Draw in ``palette`` (None: the widget's own, which follows the window's)."""
        self._colours = palette
        self._changed()

    def colours(self) -> QPalette:
        return self._colours if self._colours is not None else self.palette()

    def set_motion_shown(self, shown: bool) -> None:
        """Arrows along the movement (for a still picture, such as a thumbnail)."""
        self._motion = shown
        self._changed()

    def _changed(self) -> None:
        if self.isVisible():
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(64, 40)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.isVisible() or self._figure is None or self._pose is None:
            return
        painter = QPainter(self)
        try:
            paint_figure(painter, QRectF(self.rect()), self._figure, self._pose,
                         self.colours(), motion=self._motion)
        finally:
            painter.end()
