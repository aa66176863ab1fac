"""The progress report as a PDF: page 1 at a glance, then the detail.

Draws a ``core.progress.report.Report`` with ``QPdfWriter`` (``pdf_pages``):
the charts are drawn for print as vectors, each one block so none is split
across pages. Needs no window: works on the offscreen platform.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLineF, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainterPath, QPen

from backcare_desktop.core.progress.report import DATES_SHOWN, Report
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
from backcare_desktop.ui.shell import i18n
from backcare_desktop.ui.shell.i18n import tr


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pattern(locale: QLocale, pattern: str) -> str:
    """German writes the day with a full stop: "3. Okt. 2026"."""
    return pattern.replace("d ", "d. ") if locale.language() == QLocale.Language.German \
        else pattern


def day_text(day: date, locale: QLocale | None = None) -> str:
    """A day in a table: "3 Oct 2026", "3. Okt. 2026", "3 oct 2026"."""
    locale = locale or QLocale()
    return locale.toString(_qdate(day), _pattern(locale, "d MMM yyyy"))


def long_day(day: date, locale: QLocale | None = None) -> str:
    """A day in a sentence: "3 October 2026", "3. Oktober 2026"."""
    locale = locale or QLocale()
    return locale.toString(_qdate(day), _pattern(locale, "d MMMM yyyy"))


def figure(value: float) -> str:
    """A figure to one decimal as the locale writes it: "4.5", "4,5"."""
    return i18n.number_text(value, 1)


def slot_text(weekday: int, at: str) -> str:
    """A planned session's day and time as the locale writes them: "Monday 08:00"."""
    try:
        moment = time.fromisoformat(at)
    except ValueError:
        return f"{i18n.weekday_text(weekday)} {at}"
    return f"{i18n.weekday_text(weekday)} {i18n.time_text(moment)}"


def period_text(report: Report, locale: QLocale | None = None) -> str:
    days = (report.last - report.first).days + 1
    return tr("{first} to {last} (%n day(s))", "", days).format(
        first=long_day(report.first, locale), last=long_day(report.last, locale))


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
    locale = locale or QLocale()
    pattern = _pattern(locale, "d MMM") if span < 300 else "MMM yyyy"
    for i in range(count + 1):
        day = first + timedelta(days=round(span * i / count)) if count else first
        x = x_of(day)
        w = pt(60)
        left = min(max(x - w / 2, plot.left() - pt(10)), plot.right() + pt(10) - w)
        draw_text(page, QRectF(left, plot.bottom() + pt(2), w, pt(10)), f,
                  locale.toString(_qdate(day), pattern),
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
                  QCoreApplication.translate("Report", "Pain, 0–10"))
        plot = QRectF(r.left() + pt(26), r.top() + pt(30), r.width() - pt(34),
                      r.height() - pt(46))
        days = report.days
        n = len(days)
        step = plot.width() / max(n, 1)
        bucket = math.ceil(n / BUCKETS) if n > LONG_DAYS else 1
        if bucket > 1:
            legend = [(ACCENT, "line", tr("average over %n day(s)", "", bucket)),
                      (WARM, "line", tr("worst of the day, averaged over %n day(s)", "", bucket))]
        else:
            legend = [(ACCENT, "line", QCoreApplication.translate("Report", "7-day average")),
                      (ACCENT, "dot", QCoreApplication.translate("Report", "daily average")),
                      (WARM, "dot", QCoreApplication.translate("Report", "worst of the day"))]
        _legend(page, r.left() + pt(26), r.top() + pt(16),
                [*legend, (FLARE, "box", QCoreApplication.translate("Report", "flare-up day"))])

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
        _axes(page, plot, 10, (0, 2, 4, 6, 8, 10), lambda t: i18n.number_text(t))
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
            draw_text(page, plot, font(10, italic=True),
                      QCoreApplication.translate("Report", "No pain was logged in this period."),
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
                  QCoreApplication.translate("Report", "Finished sessions per week"))
        plot = QRectF(r.left() + pt(26), r.top() + pt(30), r.width() - pt(34),
                      r.height() - pt(46))
        legend = [(ACCENT, "box", QCoreApplication.translate("Report", "done")),
                  (WARM, "line",
                   QCoreApplication.translate("Report", "goal: {goal} a week").format(
                       goal=report.goal))]
        if any(w.planned is not None for w in report.weeks):
            legend.append((GREY, "line", QCoreApplication.translate("Report", "planned")))
        _legend(page, r.left() + pt(26), r.top() + pt(16), legend)
        weeks = report.weeks
        top = max([report.goal, *(w.done for w in weeks), *(w.planned or 0 for w in weeks), 1])
        top = top + 1
        tick = max(1, round(top / 4))
        _axes(page, plot, top, list(range(0, top + 1, tick)), lambda t: i18n.number_text(t))
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
              QCoreApplication.translate("Report", "Pain before and after sessions"))
    ba = report.before_after
    body = QRectF(r.left(), r.top() + pt(20), r.width(), r.height() - pt(20))
    if ba is None:
        draw_text(page, body, font(9, italic=True),
                  QCoreApplication.translate("Report",
                                             "No session has pain logged both before and after."),
                  GREY)
        return
    label_w = pt(44)
    bar_w = body.width() - label_w - pt(30)
    bars = ((QCoreApplication.translate("Report", "Before"), ba.before, WARM),
            (QCoreApplication.translate("Report", "After"), ba.after, ACCENT))
    for i, (label, value, colour) in enumerate(bars):
        y = body.top() + i * pt(24)
        draw_text(page, QRectF(body.left(), y + pt(2), label_w, pt(14)), font(9), label)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor(235, 235, 235)))
        p.drawRect(QRectF(body.left() + label_w, y, bar_w, pt(16)))
        p.setBrush(QBrush(colour))
        p.drawRect(QRectF(body.left() + label_w, y, bar_w * value / 10, pt(16)))
        draw_text(page, QRectF(body.left() + label_w + bar_w + pt(4), y + pt(2), pt(30), pt(14)),
                  font(9, bold=True), figure(value))
    draw_text(page, QRectF(body.left(), body.top() + pt(52), body.width(), pt(30)), font(8),
              tr("Average of %n session(s) with pain logged both before and after (0–10).",
                 "", ba.sessions), GREY)


def _peg(page: Page, r: QRectF, report: Report, locale: QLocale | None) -> None:
    p = page.painter
    draw_text(page, QRectF(r.left(), r.top(), r.width(), pt(14)), font(10, bold=True),
              QCoreApplication.translate("Report", "Weekly score (PEG, 0–10)"))
    body = QRectF(r.left(), r.top() + pt(20), r.width(), r.height() - pt(20))
    if not report.peg:
        draw_text(page, body, font(9, italic=True),
                  QCoreApplication.translate("Report", "No weekly score recorded."), GREY)
        return
    plot = QRectF(body.left() + pt(22), body.top() + pt(4), body.width() - pt(28),
                  body.height() - pt(20))
    _axes(page, plot, 10, (0, 5, 10), lambda t: i18n.number_text(t))
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
    if area is None:
        return QCoreApplication.translate("Report", "not given")
    return QCoreApplication.translate("Words", area.label)


def report_blocks(report: Report, locale: QLocale | None = None) -> list[Block]:
    """Page 1 (the glance), then the detail pages."""
    title = QCoreApplication.translate("Report", "Progress report")
    out = [paragraph(title, font(18, bold=True), ACCENT, space_after=pt(2))]
    if report.name:
        out.append(paragraph(report.name, font(12, bold=True), space_after=pt(2)))
    period = QCoreApplication.translate("Report", "Period: {period}").format(
        period=period_text(report, locale))
    out.append(paragraph(period, font(11), space_after=pt(2)))
    made = QCoreApplication.translate(
        "Report", "Self-reported by the person; not a diagnosis. Made with BackCare "
        "on {day} from the records kept on their computer.").format(
        day=long_day(report.made, locale))
    out.append(paragraph(made, font(8, italic=True), GREY, space_after=pt(8)))
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


def _none(text: str) -> Block:
    """A line saying there is nothing of a kind."""
    return paragraph(text, font(9.5, italic=True), GREY)


def _detail(report: Report, locale: QLocale | None) -> list[Block]:
    out = [heading(QCoreApplication.translate("Report", "Sessions: each routine and exercise"),
                   new_page=True)]
    out.append(paragraph(tr("Each exercise of the sessions started in the period: how often it "
                            "was done, skipped, or stopped because it hurt, with the dates of "
                            "the last two (the newest %n of each).", "", DATES_SHOWN),
                         font(8.5), GREY))
    if not report.adherence:
        out.append(_none(QCoreApplication.translate(
            "Report", "No session was started in this period.")))
    for routine in report.adherence:
        title = routine.title if routine.still_there else QCoreApplication.translate(
            "Report", "{title} (no longer among the routines)").format(title=routine.title)
        out.append(paragraph(title, font(10.5, bold=True), space_after=pt(3),
                             keep_with_next=True))
        head = row([QCoreApplication.translate("Report", "Exercise"),
                    QCoreApplication.translate("Report", "Done"),
                    QCoreApplication.translate("Report", "Skipped"),
                    QCoreApplication.translate("Report", "It hurt"),
                    QCoreApplication.translate("Report", "Dates skipped / it hurt")],
                   _ADHERENCE_COLUMNS, bold=True)
        out.append(head)
        for ex in routine.exercises:
            dates = []
            if ex.skipped_days:
                dates.append(QCoreApplication.translate("Report", "skipped: {days}").format(
                    days=_days(ex.skipped_days, locale)))
            if ex.hurt_days:
                dates.append(QCoreApplication.translate("Report", "it hurt: {days}").format(
                    days=_days(ex.hurt_days, locale)))
            out.append(row([ex.name, i18n.number_text(ex.done), i18n.number_text(ex.skipped),
                            i18n.number_text(ex.hurt), "; ".join(dates)],
                           _ADHERENCE_COLUMNS, repeat=head))
        out.append(space(8))

    out.append(heading(QCoreApplication.translate("Report", "When it hurt")))
    if not report.hurt:
        out.append(_none(QCoreApplication.translate(
            "Report", "No session was stopped because it hurt.")))
    else:
        cols = (16, 34, 34, 16)
        head = row([QCoreApplication.translate("Report", "Date"),
                    QCoreApplication.translate("Report", "Routine"),
                    QCoreApplication.translate("Report", "Exercise"),
                    QCoreApplication.translate("Report", "Pain")], cols, bold=True)
        out.append(head)
        for h in report.hurt:
            out.append(row([day_text(h.day, locale), h.routine_title, h.exercise or "—",
                            "—" if h.level is None else str(h.level)], cols, repeat=head))
    out.append(space(8))

    out.append(heading(QCoreApplication.translate("Report", "Where it hurt")))
    if not report.areas:
        out.append(_none(QCoreApplication.translate(
            "Report", "No pain was logged in this period.")))
    else:
        area_cols = (40, 30, 30)
        out.append(row([QCoreApplication.translate("Report", "Area"),
                        QCoreApplication.translate("Report", "Entries"),
                        QCoreApplication.translate("Report", "Average pain")],
                       area_cols, bold=True))
        for a in report.areas:
            out.append(row([_area(a.area), i18n.number_text(a.entries), figure(a.mean)],
                           area_cols))
    out.append(space(8))

    out.append(heading(QCoreApplication.translate("Report", "Notes")))
    if not report.notes:
        out.append(_none(QCoreApplication.translate(
            "Report", "No notes were written with the pain entries of this period.")))
    else:
        if report.notes_total > len(report.notes):
            out.append(paragraph(tr("The newest {shown} of %n note(s).", "",
                                    report.notes_total).format(shown=len(report.notes)),
                                 font(8.5), GREY))
        note_cols = (14, 8, 16, 62)
        head = row([QCoreApplication.translate("Report", "Date"),
                    QCoreApplication.translate("Report", "Pain"),
                    QCoreApplication.translate("Report", "Area"),
                    QCoreApplication.translate("Report", "Note")], note_cols, bold=True)
        out.append(head)
        for n in report.notes:
            out.append(row([day_text(n.day, locale), str(n.level), _area(n.area), n.note],
                           note_cols, repeat=head))
    out.append(space(8))

    out.append(heading(QCoreApplication.translate("Report", "Drinking water")))
    w = report.water
    if not w.days_logged:
        out.append(_none(QCoreApplication.translate(
            "Report", "No drink was logged in this period.")))
    else:
        out.append(paragraph(tr(
            "On average {mean} ml a day against a goal of {goal} ml; the goal was reached on "
            "{met} of %n day(s) (drinks logged on {logged} of them).", "", w.days).format(
            mean=i18n.number_text(round(w.mean_ml)), goal=i18n.number_text(w.goal_ml),
            met=w.days_met, logged=w.days_logged), font(9.5)))
    out.append(space(8))

    out.append(heading(QCoreApplication.translate("Report", "The current programme")))
    if not report.programme:
        out.append(_none(QCoreApplication.translate("Report", "No weekly plan is set.")))
    for prog in report.programme:
        out.append(paragraph(prog.title, font(10.5, bold=True), space_after=pt(1),
                             keep_with_next=True))
        out.append(paragraph(prog.when, font(8.5), GREY, space_after=pt(3), keep_with_next=True))
        if prog.missing:
            out.append(_none(QCoreApplication.translate(
                "Report", "This routine was deleted or cannot be read.")))
        for step in prog.exercises:
            out.append(row([step.name, step.dose], (35, 65)))
        out.append(space(6))
    return out


def report_pdf(report: Report, locale: QLocale | None = None) -> bytes:
    return render(report_blocks(report, locale), _footer(report, locale),
                  QCoreApplication.translate("Report", "Progress report"), locale)


def _footer(report: Report, locale: QLocale | None) -> Footer:
    return Footer(QCoreApplication.translate(
        "Report", "BackCare progress report · {period}").format(
        period=period_text(report, locale)))


def report_images(report: Report, locale: QLocale | None = None,
                  dpi: float = 80) -> list[QImage]:
    """The report's pages as images, laid out as in the PDF (for the preview)."""
    return page_images(report_blocks(report, locale), _footer(report, locale),
                       QCoreApplication.translate("Report", "Progress report"), locale, dpi)
