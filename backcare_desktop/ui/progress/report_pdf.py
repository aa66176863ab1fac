"""The progress report as a PDF: page 1 at a glance, then the detail.

Draws a ``core.progress.report.Report`` with ``QPdfWriter`` (``pdf_pages``):
the charts are drawn for print as vectors, each one block so none is split
across pages. Needs no window: works on the offscreen platform.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLineF, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainterPath, QPen

from backcare_desktop.core.progress.report import Report, one
from backcare_desktop.core.vocabulary import PainArea
from backcare_desktop.ui.progress.pdf_pages import (
    ACCENT,
    FLARE,
    GREY,
    INK,
    LIGHT,
    WARM,
    Block,
    Footer,
    Page,
    draw_text,
    font,
    heading,
    page_images,
    paragraph,
    pt,
    render,
    row,
    space,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


def tr(text: str) -> str:
    """The translation handed to ``core.progress.report``."""
    return _tr(text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: date, locale: QLocale | None = None) -> str:
    """A day in a table: "3 Oct 2026"."""
    return (locale or QLocale()).toString(_qdate(day), "d MMM yyyy")


def long_day(day: date, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(_qdate(day), "d MMMM yyyy")


def period_text(report: Report, locale: QLocale | None = None) -> str:
    days = (report.last - report.first).days + 1
    return _tr("{first} to {last} ({days} days)").format(
        first=long_day(report.first, locale), last=long_day(report.last, locale), days=days)


# -- charts -----------------------------------------------------------------------------------

def _axes(page: Page, plot: QRectF, top: float, ticks: Sequence[float],
          label: Callable[[float], str]) -> None:
    p = page.painter
    f = font(7)
    for t in ticks:
        y = plot.bottom() - plot.height() * t / top
        p.setPen(QPen(LIGHT, pt(0.4)))
        p.drawLine(QLineF(plot.left(), y, plot.right(), y))
        draw_text(page, QRectF(plot.left() - pt(22), y - pt(5), pt(19), pt(10)), f, label(t),
                  GREY, Qt.AlignmentFlag.AlignRight)


def _x_labels(page: Page, plot: QRectF, first: date, last: date,
              x_of: Callable[[date], float], locale: QLocale | None) -> None:
    span = (last - first).days
    f = font(7)
    fits = max(1, int(plot.width() // pt(62)))
    count = min(5, fits) if span >= 4 else max(1, min(span, fits))
    pattern = "d MMM" if span < 300 else "MMM yyyy"
    for i in range(count + 1):
        day = first + timedelta(days=round(span * i / count)) if count else first
        x = x_of(day)
        w = pt(60)
        left = min(max(x - w / 2, plot.left() - pt(10)), plot.right() + pt(10) - w)
        draw_text(page, QRectF(left, plot.bottom() + pt(2), w, pt(10)), f,
                  (locale or QLocale()).toString(_qdate(day), pattern),
                  GREY, Qt.AlignmentFlag.AlignHCenter)
        if span == 0:
            break


def _legend(page: Page, x: float, y: float, items: Sequence[tuple[QColor, str, str]]) -> None:
    """Items of (colour, "line" | "dot" | "box", label) in one line from (x, y)."""
    p = page.painter
    f = font(7)
    m = page.metrics(f)
    for colour, kind, label in items:
        if kind == "line":
            p.setPen(QPen(colour, pt(1.6)))
            p.drawLine(QLineF(x, y + pt(4), x + pt(12), y + pt(4)))
        elif kind == "dot":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(colour))
            p.drawEllipse(QPointF(x + pt(6), y + pt(4)), pt(1.8), pt(1.8))
        else:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(colour))
            p.drawRect(QRectF(x, y, pt(12), pt(8)))
        x += pt(15)
        width = m.horizontalAdvance(label) + pt(2)
        draw_text(page, QRectF(x, y - pt(1), width + pt(4), pt(10)), f, label, INK)
        x += width + pt(12)


LONG_DAYS = 180
"""A longer range shows its pain averaged over stretches of days, not day by day."""
BUCKETS = 60
"""The stretches a long range is cut into."""


def _polyline(page: Page, points: Sequence[QPointF | None], colour: QColor,
              width: float) -> None:
    """A line through the points, broken where one is None."""
    path = QPainterPath()
    started = False
    for point in points:
        if point is None:
            started = False
            continue
        if started:
            path.lineTo(point)
        else:
            path.moveTo(point)
            started = True
    page.painter.setBrush(Qt.BrushStyle.NoBrush)
    page.painter.setPen(QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                             Qt.PenJoinStyle.RoundJoin))
    page.painter.drawPath(path)


def pain_chart(report: Report, locale: QLocale | None = None) -> Block:
    height = pt(170)

    def draw(page: Page, r: QRectF) -> None:
        p = page.painter
        draw_text(page, QRectF(r.left(), r.top(), r.width(), pt(14)), font(10, bold=True),
                  _tr("Pain, 0–10"))
        plot = QRectF(r.left() + pt(26), r.top() + pt(30), r.width() - pt(34),
                      r.height() - pt(46))
        days = report.days
        n = len(days)
        step = plot.width() / max(n, 1)
        bucket = math.ceil(n / BUCKETS) if n > LONG_DAYS else 1
        if bucket > 1:
            legend = [(ACCENT, "line", _tr("average over {n} days").format(n=bucket)),
                      (WARM, "line", _tr("worst of the day, averaged over {n} days").format(
                          n=bucket))]
        else:
            legend = [(ACCENT, "line", _tr("7-day average")), (ACCENT, "dot", _tr("daily average")),
                      (WARM, "dot", _tr("worst of the day"))]
        _legend(page, r.left() + pt(26), r.top() + pt(16),
                [*legend, (FLARE, "box", _tr("flare-up day"))])

        def x_of(day: date) -> float:
            return plot.left() + step * ((day - report.first).days + 0.5)

        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * v / 10

        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(FLARE))
        for d in days:
            if d.flare:
                p.drawRect(QRectF(x_of(d.day) - step / 2, plot.top(), max(step, pt(0.8)),
                                  plot.height()))
        _axes(page, plot, 10, (0, 2, 4, 6, 8, 10), lambda t: f"{t:.0f}")
        if bucket > 1:
            means: list[QPointF | None] = []
            worsts: list[QPointF | None] = []
            for start in range(0, n, bucket):
                part = [d for d in days[start:start + bucket] if d.mean is not None]
                middle = days[min(start + bucket // 2, n - 1)].day
                if not part:
                    means.append(None)
                    worsts.append(None)
                    continue
                means.append(QPointF(x_of(middle),
                                     y_of(sum(d.mean or 0 for d in part) / len(part))))
                worsts.append(QPointF(x_of(middle),
                                      y_of(sum(d.worst or 0 for d in part) / len(part))))
            _polyline(page, worsts, WARM, pt(1.1))
            _polyline(page, means, ACCENT, pt(1.6))
        else:
            dot = max(min(step * 0.35, pt(1.8)), pt(0.6))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(WARM))
            for d in days:
                if d.worst is not None:
                    p.drawEllipse(QPointF(x_of(d.day), y_of(d.worst)), dot, dot)
            p.setBrush(QBrush(ACCENT))
            for d in days:
                if d.mean is not None:
                    p.drawEllipse(QPointF(x_of(d.day), y_of(d.mean)), dot, dot)
            _polyline(page, [None if d.week_mean is None else
                             QPointF(x_of(d.day), y_of(d.week_mean)) for d in days],
                      ACCENT, pt(1.6))
        if not report.pain_logged:
            draw_text(page, plot, font(10, italic=True), _tr("No pain was logged in this period."),
                      GREY, Qt.AlignmentFlag.AlignHCenter)
        p.setPen(QPen(GREY, pt(0.6)))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        _x_labels(page, plot, report.first, report.last, x_of, locale)

    return Block(lambda _w, _p: height, draw, pt(10))


def sessions_chart(report: Report, locale: QLocale | None = None) -> Block:
    height = pt(140)

    def draw(page: Page, r: QRectF) -> None:
        p = page.painter
        draw_text(page, QRectF(r.left(), r.top(), r.width(), pt(14)), font(10, bold=True),
                  _tr("Finished sessions per week"))
        plot = QRectF(r.left() + pt(26), r.top() + pt(30), r.width() - pt(34),
                      r.height() - pt(46))
        legend = [(ACCENT, "box", _tr("done")),
                  (WARM, "line", _tr("goal: {goal} a week").format(goal=report.goal))]
        if any(w.planned is not None for w in report.weeks):
            legend.append((GREY, "line", _tr("planned")))
        _legend(page, r.left() + pt(26), r.top() + pt(16), legend)
        weeks = report.weeks
        top = max([report.goal, *(w.done for w in weeks), *(w.planned or 0 for w in weeks), 1])
        top = top + 1
        tick = max(1, round(top / 4))
        _axes(page, plot, top, list(range(0, top + 1, tick)), lambda t: f"{t:.0f}")
        step = plot.width() / max(len(weeks), 1)

        def y_of(v: float) -> float:
            return plot.bottom() - plot.height() * v / top

        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(ACCENT))
        for i, w in enumerate(weeks):
            if w.done:
                x = plot.left() + step * i
                p.drawRect(QRectF(x + step * 0.15, y_of(w.done), step * 0.7,
                                  plot.bottom() - y_of(w.done)))
        p.setPen(QPen(GREY, pt(1.4)))
        for i, w in enumerate(weeks):
            if w.planned is not None:
                x = plot.left() + step * i
                p.drawLine(QLineF(x + step * 0.05, y_of(w.planned), x + step * 0.95,
                                  y_of(w.planned)))
        p.setPen(QPen(WARM, pt(1.2), Qt.PenStyle.DashLine))
        p.drawLine(QLineF(plot.left(), y_of(report.goal), plot.right(), y_of(report.goal)))
        p.setPen(QPen(GREY, pt(0.6)))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        if weeks:
            def x_of(day: date) -> float:
                span = (weeks[-1].monday - weeks[0].monday).days + 7
                return plot.left() + plot.width() * ((day - weeks[0].monday).days + 3.5) / span

            _x_labels(page, plot, weeks[0].monday, weeks[-1].monday, x_of, locale)

    return Block(lambda _w, _p: height, draw, pt(10))


def before_after_and_peg(report: Report, locale: QLocale | None = None) -> Block:
    height = pt(120)

    def draw(page: Page, r: QRectF) -> None:
        half = (r.width() - pt(20)) / 2
        _before_after(page, QRectF(r.left(), r.top(), half, r.height()), report)
        _peg(page, QRectF(r.left() + half + pt(20), r.top(), half, r.height()), report, locale)

    return Block(lambda _w, _p: height, draw, pt(10))


def _before_after(page: Page, r: QRectF, report: Report) -> None:
    p = page.painter
    draw_text(page, QRectF(r.left(), r.top(), r.width(), pt(14)), font(10, bold=True),
              _tr("Pain before and after sessions"))
    ba = report.before_after
    body = QRectF(r.left(), r.top() + pt(20), r.width(), r.height() - pt(20))
    if ba is None:
        draw_text(page, body, font(9, italic=True),
                  _tr("No session has pain logged both before and after."), GREY)
        return
    label_w = pt(44)
    bar_w = body.width() - label_w - pt(30)
    for i, (label, value, colour) in enumerate(((_tr("Before"), ba.before, WARM),
                                               (_tr("After"), ba.after, ACCENT))):
        y = body.top() + i * pt(24)
        draw_text(page, QRectF(body.left(), y + pt(2), label_w, pt(14)), font(9), label)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor(235, 235, 235)))
        p.drawRect(QRectF(body.left() + label_w, y, bar_w, pt(16)))
        p.setBrush(QBrush(colour))
        p.drawRect(QRectF(body.left() + label_w, y, bar_w * value / 10, pt(16)))
        draw_text(page, QRectF(body.left() + label_w + bar_w + pt(4), y + pt(2), pt(30), pt(14)),
                  font(9, bold=True), one(value))
    draw_text(page, QRectF(body.left(), body.top() + pt(52), body.width(), pt(30)), font(8),
              _tr("Average of {n} session(s) with pain logged both before and after (0–10)."
                  ).format(n=ba.sessions), GREY)


def _peg(page: Page, r: QRectF, report: Report, locale: QLocale | None) -> None:
    p = page.painter
    draw_text(page, QRectF(r.left(), r.top(), r.width(), pt(14)), font(10, bold=True),
              _tr("Weekly score (PEG, 0–10)"))
    body = QRectF(r.left(), r.top() + pt(20), r.width(), r.height() - pt(20))
    if not report.peg:
        draw_text(page, body, font(9, italic=True), _tr("No weekly score recorded."), GREY)
        return
    plot = QRectF(body.left() + pt(22), body.top() + pt(4), body.width() - pt(28),
                  body.height() - pt(20))
    _axes(page, plot, 10, (0, 5, 10), lambda t: f"{t:.0f}")
    first, last = report.first, report.last
    span = max((last - first).days, 1)

    def x_of(day: date) -> float:
        return plot.left() + plot.width() * min(max((day - first).days, 0), span) / span

    def y_of(v: float) -> float:
        return plot.bottom() - plot.height() * v / 10

    path = QPainterPath()
    for i, w in enumerate(report.peg):
        point = QPointF(x_of(w.monday), y_of(w.score))
        if i:
            path.lineTo(point)
        else:
            path.moveTo(point)
    p.setPen(QPen(ACCENT, pt(1.4)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(ACCENT))
    for w in report.peg:
        p.drawEllipse(QPointF(x_of(w.monday), y_of(w.score)), pt(2), pt(2))
    p.setPen(QPen(GREY, pt(0.6)))
    p.drawLine(plot.bottomLeft(), plot.bottomRight())
    _x_labels(page, plot, first, last, x_of, locale)


# -- the pages --------------------------------------------------------------------------------

def _days(days: Sequence[date], locale: QLocale | None) -> str:
    return ", ".join(day_text(d, locale) for d in days)


def _area(area: PainArea | None) -> str:
    return _tr("not given") if area is None else QCoreApplication.translate("Words", area.label)


def report_blocks(report: Report, locale: QLocale | None = None) -> list[Block]:
    """Page 1 (the glance), then the detail pages."""
    out = [paragraph(_tr("Progress report"), font(18, bold=True), ACCENT, space_after=pt(2))]
    if report.name:
        out.append(paragraph(report.name, font(12, bold=True), space_after=pt(2)))
    out.append(paragraph(_tr("Period: {period}").format(period=period_text(report, locale)),
                         font(11), space_after=pt(2)))
    out.append(paragraph(_tr("Self-reported by the person; not a diagnosis. Made with BackCare "
                             "on {day} from the records kept on their computer.").format(
        day=long_day(report.made, locale)), font(8, italic=True), GREY, space_after=pt(8)))
    for s in report.sentences:
        out.append(paragraph("• " + s, font(9.5), space_after=pt(1)))
    for s in report.lacks:
        out.append(paragraph("• " + s, font(9.5, italic=True), GREY, space_after=pt(1)))
    out.append(space(6))
    out += [pain_chart(report, locale), sessions_chart(report, locale),
            before_after_and_peg(report, locale)]
    out += _detail(report, locale)
    return out


_ADHERENCE_COLUMNS = (27, 8, 10, 9, 46)


def _detail(report: Report, locale: QLocale | None) -> list[Block]:
    out = [heading(_tr("Sessions: each routine and exercise"), new_page=True)]
    out.append(paragraph(_tr("Each exercise of the sessions started in the period: how often it "
                             "was done, skipped, or stopped because it hurt, with the dates of "
                             "the last two (the newest {n} of each).").format(n=8), font(8.5),
                         GREY))
    if not report.adherence:
        out.append(paragraph(_tr("No session was started in this period."),
                             font(9.5, italic=True), GREY))
    for routine in report.adherence:
        title = routine.title if routine.still_there else _tr(
            "{title} (no longer among the routines)").format(title=routine.title)
        out.append(paragraph(title, font(10.5, bold=True), space_after=pt(3),
                             keep_with_next=True))
        head = row([_tr("Exercise"), _tr("Done"), _tr("Skipped"), _tr("It hurt"),
                    _tr("Dates skipped / it hurt")], _ADHERENCE_COLUMNS, bold=True)
        out.append(head)
        for ex in routine.exercises:
            dates = []
            if ex.skipped_days:
                dates.append(_tr("skipped: {days}").format(days=_days(ex.skipped_days, locale)))
            if ex.hurt_days:
                dates.append(_tr("it hurt: {days}").format(days=_days(ex.hurt_days, locale)))
            out.append(row([ex.name, str(ex.done), str(ex.skipped), str(ex.hurt),
                            "; ".join(dates)], _ADHERENCE_COLUMNS, repeat=head))
        out.append(space(8))

    out.append(heading(_tr("When it hurt")))
    if not report.hurt:
        out.append(paragraph(_tr("No session was stopped because it hurt."),
                             font(9.5, italic=True), GREY))
    else:
        cols = (16, 34, 34, 16)
        head = row([_tr("Date"), _tr("Routine"), _tr("Exercise"), _tr("Pain")], cols, bold=True)
        out.append(head)
        for h in report.hurt:
            out.append(row([day_text(h.day, locale), h.routine_title, h.exercise or "—",
                            "—" if h.level is None else str(h.level)], cols, repeat=head))
    out.append(space(8))

    out.append(heading(_tr("Where it hurt")))
    if not report.areas:
        out.append(paragraph(_tr("No pain was logged in this period."), font(9.5, italic=True),
                             GREY))
    else:
        area_cols = (40, 30, 30)
        out.append(row([_tr("Area"), _tr("Entries"), _tr("Average pain")], area_cols, bold=True))
        for a in report.areas:
            out.append(row([_area(a.area), str(a.entries), one(a.mean)], area_cols))
    out.append(space(8))

    out.append(heading(_tr("Notes")))
    if not report.notes:
        out.append(paragraph(_tr("No notes were written with the pain entries of this period."),
                             font(9.5, italic=True), GREY))
    else:
        if report.notes_total > len(report.notes):
            out.append(paragraph(_tr("The newest {shown} of {total} notes.").format(
                shown=len(report.notes), total=report.notes_total), font(8.5), GREY))
        note_cols = (14, 8, 16, 62)
        head = row([_tr("Date"), _tr("Pain"), _tr("Area"), _tr("Note")], note_cols, bold=True)
        out.append(head)
        for n in report.notes:
            out.append(row([day_text(n.day, locale), str(n.level), _area(n.area), n.note],
                           note_cols, repeat=head))
    out.append(space(8))

    out.append(heading(_tr("Drinking water")))
    w = report.water
    if not w.days_logged:
        out.append(paragraph(_tr("No drink was logged in this period."), font(9.5, italic=True),
                             GREY))
    else:
        out.append(paragraph(_tr(
            "On average {mean} ml a day against a goal of {goal} ml; the goal was reached on "
            "{met} of {days} days (drinks logged on {logged} of them).").format(
            mean=round(w.mean_ml), goal=w.goal_ml, met=w.days_met, days=w.days,
            logged=w.days_logged), font(9.5)))
    out.append(space(8))

    out.append(heading(_tr("The current programme")))
    if not report.programme:
        out.append(paragraph(_tr("No weekly plan is set."), font(9.5, italic=True), GREY))
    for prog in report.programme:
        out.append(paragraph(prog.title, font(10.5, bold=True), space_after=pt(1),
                             keep_with_next=True))
        out.append(paragraph(prog.when, font(8.5), GREY, space_after=pt(3), keep_with_next=True))
        if prog.missing:
            out.append(paragraph(_tr("This routine was deleted or cannot be read."),
                                 font(9.5, italic=True), GREY))
        for step in prog.exercises:
            out.append(row([step.name, step.dose], (35, 65)))
        out.append(space(6))
    return out


def report_pdf(report: Report, locale: QLocale | None = None) -> bytes:
    return render(report_blocks(report, locale), _footer(report, locale),
                  _tr("Progress report"), locale)


def _footer(report: Report, locale: QLocale | None) -> Footer:
    return Footer(_tr("BackCare progress report · {period}").format(
        period=period_text(report, locale)))


def report_images(report: Report, locale: QLocale | None = None,
                  dpi: float = 80) -> list[QImage]:
    """The report's pages as images, laid out as in the PDF (for the preview)."""
    return page_images(report_blocks(report, locale), _footer(report, locale),
                       _tr("Progress report"), locale, dpi)
