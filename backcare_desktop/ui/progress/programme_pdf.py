"""The programme sheet as a PDF: the planned routines as a physiotherapist hands
them out, one page per routine where it fits.

Each exercise: its figure (the end pose with arrows along the movement, drawn
as vectors by ``ui.shell.figure_view``), its dose in words, the instructions,
the cues; each routine: when it is planned, its description and safety notes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QRectF
from PySide6.QtGui import QColor, QImage, QPalette, QPen

from backcare_desktop.core.figures.in_session import exercise_figure
from backcare_desktop.core.programme.plan import WeeklyPlan
from backcare_desktop.core.routines.describe import dose_in_words
from backcare_desktop.core.routines.model import Exercise, Routine
from backcare_desktop.ui.progress.pdf_pages import (
    ACCENT,
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
    text_height,
)
from backcare_desktop.ui.progress.report_pdf import slot_text
from backcare_desktop.ui.shell.figure_view import paint_figure
from backcare_desktop.ui.shell.i18n import tr

FIGURE_W = pt(110)
FIGURE_H = pt(70)
GAP = pt(12)


def _print_palette() -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(255, 255, 255))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(20, 20, 20))
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.Mid, QColor(160, 160, 160))
    return palette


def _exercise_lines(exercise: Exercise) -> list[tuple[str, float, bool, QColor]]:
    """(text, size, bold, colour) of the text beside the figure."""
    lines = [(exercise.name, 10.5, True, INK),
             (dose_in_words(exercise, tr), 9.5, True, ACCENT)]
    lines += [(f"{n}. {step}", 8.5, False, INK)
              for n, step in enumerate(exercise.instructions, start=1)]
    if exercise.cues:
        lines.append((" ".join("“" + cue + "”" for cue in exercise.cues), 8.5, False, GREY))
    return lines


def exercise_block(exercise: Exercise, palette: QPalette) -> Block:
    lines = _exercise_lines(exercise)
    figure = exercise_figure(exercise)

    def text_w(width: float) -> float:
        return width - FIGURE_W - GAP

    def height(width: float, page: Page) -> float:
        h = sum(text_height(page, font(size, bold=bold), text_w(width), text) + pt(2)
                for text, size, bold, _c in lines)
        return max(h, FIGURE_H) + pt(6)

    def draw(page: Page, r: QRectF) -> None:
        box = QRectF(r.left(), r.top(), FIGURE_W, FIGURE_H)
        if figure is not None:
            paint_figure(page.painter, box, figure, figure.end, palette, motion=True)
        else:
            page.painter.setPen(QPen(LIGHT, pt(0.6)))
            page.painter.drawRect(box)
        y = r.top()
        x = r.left() + FIGURE_W + GAP
        w = text_w(r.width())
        for text, size, bold, colour in lines:
            f = font(size, bold=bold)
            h = text_height(page, f, w, text)
            draw_text(page, QRectF(x, y, w, h), f, text, colour)
            y += h + pt(2)
        page.painter.setPen(QPen(LIGHT, pt(0.5)))
        page.painter.drawLine(r.bottomLeft(), r.bottomRight())

    return Block(height, draw, pt(6))


def _when(plan: WeeklyPlan, routine_id: str) -> str:
    slots = [slot_text(s.weekday, s.at) for s in plan.slots if s.routine_id == routine_id]
    return ", ".join(slots)


def programme_blocks(plan: WeeklyPlan, routines: Mapping[str, Routine],
                     extra: Sequence[str] = ()) -> list[Block]:
    """The routines of the plan (in the order of their first day), or ``extra``
    routine ids when there is no plan."""
    ids = list(dict.fromkeys([s.routine_id for s in plan.slots] or list(extra)))
    palette = _print_palette()
    out: list[Block] = [
        paragraph(QCoreApplication.translate("Programme", "Exercise programme"),
                  font(18, bold=True), ACCENT, space_after=pt(2)),
        paragraph(QCoreApplication.translate(
            "Programme", "Stop an exercise if it causes sharp pain, numbness, tingling or pain "
            "spreading down a leg, and ask your physiotherapist or doctor."),
                  font(8.5, italic=True), GREY, space_after=pt(10))]
    if not ids:
        out.append(paragraph(QCoreApplication.translate(
            "Programme", "No weekly plan is set, so there is no programme to show. "
            "Plan your week on the Routines page first."),
                             font(10, italic=True), GREY))
        return out
    for n, rid in enumerate(ids):
        routine = routines.get(rid)
        title = routine.title if routine is not None else rid
        out.append(heading(title, new_page=n > 0 and routine is not None, size=15))
        when = _when(plan, rid)
        if when:
            out.append(paragraph(QCoreApplication.translate("Programme", "When: {days}").format(
                days=when), font(9.5), space_after=pt(3)))
        if routine is None:
            out.append(paragraph(QCoreApplication.translate(
                "Programme", "This routine was deleted or cannot be read; choose "
                "another one for these days in the plan."),
                                 font(10, italic=True), GREY))
            continue
        if routine.description:
            out.append(paragraph(routine.description, font(9.5), space_after=pt(4)))
        for note in routine.safety:
            out.append(paragraph("⚠ " + note, font(9, bold=True), WARM, space_after=pt(2)))
        out.append(paragraph("", space_after=pt(4)))
        out += [exercise_block(e, palette) for e in routine.exercises]
    return out


def programme_pdf(plan: WeeklyPlan, routines: Mapping[str, Routine],
                  locale: QLocale | None = None) -> bytes:
    return render(programme_blocks(plan, routines), _footer(),
                  QCoreApplication.translate("Programme", "Exercise programme"), locale)


def _footer() -> Footer:
    return Footer(QCoreApplication.translate("Programme", "BackCare exercise programme"))


def programme_images(plan: WeeklyPlan, routines: Mapping[str, Routine],
                     locale: QLocale | None = None, dpi: float = 80) -> list[QImage]:
    """The sheet's pages as images, laid out as in the PDF (for the preview)."""
    return page_images(programme_blocks(plan, routines), _footer(),
                       QCoreApplication.translate("Programme", "Exercise programme"), locale, dpi)
