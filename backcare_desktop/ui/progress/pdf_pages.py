"""Paged PDF documents drawn with ``QPdfWriter``: blocks laid out down the page.

A document is a list of blocks, each with a height for a given width and a
way to draw itself; a block never breaks across pages (a chart is one block,
a table one block per row), so a chart is never split. The pages are laid out
first, so each one can say "page X of Y". Everything is drawn as vectors and
text (fonts embedded by ``QPdfWriter``); no window or display is needed.

Files are written whole or not at all: the PDF is made in memory, written to
a private temporary file (0600) beside the target, then linked to the target
name, which fails if a file took that name meanwhile (nothing is overwritten).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

RESOLUTION = 300
"""Device units per inch of the PDF (the drawing is vector; this is its grid)."""
MARGIN_PT = 42
LETTER_TERRITORIES = frozenset({
    QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico,
    QLocale.Country.Chile, QLocale.Country.Colombia, QLocale.Country.Venezuela,
    QLocale.Country.Philippines, QLocale.Country.Guatemala, QLocale.Country.CostaRica,
    QLocale.Country.Panama, QLocale.Country.PuertoRico, QLocale.Country.ElSalvador,
    QLocale.Country.DominicanRepublic, QLocale.Country.Nicaragua})
"""Where Letter is the usual paper size; A4 everywhere else."""

INK = QColor(30, 30, 30)
GREY = QColor(110, 110, 110)
LIGHT = QColor(200, 200, 200)
ACCENT = QColor(31, 95, 160)
WARM = QColor(200, 90, 40)
FLARE = QColor(250, 225, 205)


def page_size_for(locale: QLocale | None = None) -> QPageSize:
    locale = locale or QLocale()
    letter = locale.territory() in LETTER_TERRITORIES
    return QPageSize(QPageSize.PageSizeId.Letter if letter else QPageSize.PageSizeId.A4)


def pt(points: float) -> float:
    """Points (1/72 inch) in device units."""
    return points * RESOLUTION / 72


def font(size_pt: float, *, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont("DejaVu Sans")
    f.setStyleHint(QFont.StyleHint.SansSerif)
    f.setPointSizeF(size_pt)
    f.setBold(bold)
    f.setItalic(italic)
    f.setFeature(QFont.Tag("liga"), 0)  # "fi", not one glyph: the text is searched and copied
    return f


class Page:
    """What a block draws with: the painter and the page's device for measuring."""

    def __init__(self, painter: QPainter, device: QPdfWriter) -> None:
        self.painter = painter
        self.device = device

    def metrics(self, f: QFont) -> QFontMetricsF:
        return QFontMetricsF(f, self.device)


@dataclass
class Block:
    """Something drawn whole on one page: ``height(width, page)`` then ``draw``."""

    height: Callable[[float, Page], float]
    draw: Callable[[Page, QRectF], None]
    space_after: float = pt(6)
    new_page: bool = False  # start a page before it
    keep_with_next: bool = False  # a heading: never last on its page
    repeat: Block | None = None  # drawn first on a page this block starts (a table's header)


def text_height(page: Page, f: QFont, width: float, text: str) -> float:
    if not text:
        return 0.0
    rect = page.metrics(f).boundingRect(QRectF(0, 0, width, 1e7),
                                        int(Qt.TextFlag.TextWordWrap), text)
    return rect.height()


def draw_text(page: Page, rect: QRectF, f: QFont, text: str, colour: QColor = INK,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> None:
    page.painter.setFont(f)
    page.painter.setPen(colour)
    page.painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignTop)
                          | int(Qt.TextFlag.TextWordWrap), text)


def paragraph(text: str, f: QFont | None = None, colour: QColor = INK, *,
              space_after: float = pt(6), new_page: bool = False,
              keep_with_next: bool = False) -> Block:
    f = f or font(10)
    return Block(lambda w, page: text_height(page, f, w, text),
                 lambda page, r: draw_text(page, r, f, text, colour), space_after,
                 new_page, keep_with_next)


def heading(text: str, *, new_page: bool = False, size: float = 13) -> Block:
    return paragraph(text, font(size, bold=True), ACCENT, space_after=pt(5), new_page=new_page,
                     keep_with_next=True)


def row(cells: Sequence[str], widths: Sequence[float], *, bold: bool = False,
        size: float = 9, rule: bool = True, repeat: Block | None = None) -> Block:
    """A table row: ``widths`` are shares of the width; each cell wraps in its column."""
    f = font(size, bold=bold)
    gap = pt(6)

    def columns(width: float) -> list[tuple[float, float]]:
        total = sum(widths)
        out, x = [], 0.0
        for share in widths:
            w = width * share / total
            out.append((x, w - gap))
            x += w
        return out

    def height(width: float, page: Page) -> float:
        return max(text_height(page, f, w, c) for (_x, w), c in
                   zip(columns(width), cells, strict=True)) + pt(3)

    def draw(page: Page, r: QRectF) -> None:
        for (x, w), c in zip(columns(r.width()), cells, strict=True):
            draw_text(page, QRectF(r.left() + x, r.top(), w, r.height()), f, c)
        if rule:
            page.painter.setPen(QPen(LIGHT, pt(0.5)))
            page.painter.drawLine(r.bottomLeft(), r.bottomRight())

    return Block(height, draw, pt(2), keep_with_next=bold, repeat=repeat)


def space(points: float) -> Block:
    return Block(lambda _w, _p: pt(points), lambda _p, _r: None, 0)


@dataclass(frozen=True)
class Footer:
    left: str  # "BackCare progress report · 1 Oct – 25 Nov 2026"


def paginate(blocks: Sequence[Block], width: float, height: float,
             page: Page) -> list[list[tuple[Block, float, float]]]:
    """The blocks of each page with their top and height."""
    pages: list[list[tuple[Block, float, float]]] = [[]]
    y = 0.0
    sized = [(b, min(b.height(width, page), height)) for b in blocks]
    for i, (block, h) in enumerate(sized):
        needed = h
        if block.keep_with_next and i + 1 < len(sized):
            needed += block.space_after + sized[i + 1][1]
        if pages[-1] and (block.new_page or y + min(needed, height) > height):
            pages.append([])
            y = 0.0
            if block.repeat is not None:
                top = block.repeat
                top_h = min(top.height(width, page), height / 4)
                pages[-1].append((top, y, top_h))
                y += top_h + top.space_after
        pages[-1].append((block, y, h))
        y += h + block.space_after
    return pages


def _writer(buffer: QBuffer, title: str, locale: QLocale | None) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("BackCare")
    writer.setPageLayout(QPageLayout(
        page_size_for(locale), QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_PT, MARGIN_PT, MARGIN_PT, MARGIN_PT * 0.8), QPageLayout.Unit.Point))
    return writer


Laid = list[list[tuple[Block, float, float]]]


class _Document:
    """The blocks laid out on the pages of ``writer``'s paper."""

    def __init__(self, blocks: Sequence[Block], footer: Footer, writer: QPdfWriter) -> None:
        self.writer = writer
        self.footer = footer
        area = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width, self.full = float(area.width()), float(area.height())
        self.foot_font = font(8)
        measure = Page(QPainter(), writer)
        self.foot_h = measure.metrics(self.foot_font).height() + pt(8)
        self.pages: Laid = paginate(blocks, self.width, self.full - self.foot_h, measure)

    def draw(self, painter: QPainter, n: int) -> None:
        """Page ``n`` (from 1), in the paint rectangle's coordinates."""
        page = Page(painter, self.writer)
        width, full, foot_h = self.width, self.full, self.foot_h
        for block, top, h in self.pages[n - 1]:
            painter.save()
            block.draw(page, QRectF(0, top, width, h))
            painter.restore()
        foot = QRectF(0, full - foot_h + pt(8), width, foot_h - pt(8))
        painter.setPen(QPen(LIGHT, pt(0.5)))
        rule = full - foot_h + pt(3)
        painter.drawLine(QRectF(0, rule, width, 0).topLeft(), QRectF(0, rule, width, 0).topRight())
        draw_text(page, foot, self.foot_font, self.footer.left, GREY)
        draw_text(page, foot, self.foot_font, QCoreApplication.translate(
            "Pdf", "page {n} of {total}").format(
            n=n, total=len(self.pages)), GREY, Qt.AlignmentFlag.AlignRight)


def render(blocks: Sequence[Block], footer: Footer, title: str,
           locale: QLocale | None = None) -> bytes:
    """The PDF of ``blocks``, with "page X of Y" at the foot of every page."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, title, locale)
    doc = _Document(blocks, footer, writer)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError("the PDF could not be started")
    try:
        for n in range(1, len(doc.pages) + 1):
            if n > 1:
                writer.newPage()
            doc.draw(painter, n)
    finally:
        painter.end()
    data: QByteArray = buffer.data()
    buffer.close()
    return bytes(data.data())


def page_images(blocks: Sequence[Block], footer: Footer, title: str,
                locale: QLocale | None = None, dpi: float = 90) -> list[QImage]:
    """The pages as ``render`` lays them out, drawn on images (for a preview)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, title, locale)
    doc = _Document(blocks, footer, writer)
    layout = writer.pageLayout()
    full = layout.fullRectPixels(RESOLUTION)
    paint = layout.paintRectPixels(RESOLUTION)
    scale = dpi / RESOLUTION
    out = []
    for n in range(1, len(doc.pages) + 1):
        image = QImage(round(full.width() * scale), round(full.height() * scale),
                       QImage.Format.Format_RGB32)
        image.fill(QColor(255, 255, 255))
        dots = round(RESOLUTION / 0.0254)  # fonts sized as on the PDF's grid
        image.setDotsPerMeterX(dots)
        image.setDotsPerMeterY(dots)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            painter.scale(scale, scale)
            painter.translate(paint.left(), paint.top())
            doc.draw(painter, n)
        finally:
            painter.end()
        out.append(image)
    buffer.close()
    return out


class WriteRefused(Exception):
    """The file was not written; ``str()`` says why in a plain sentence."""


def write_new_file(target: Path, data: bytes) -> None:
    """Write ``data`` as the new file ``target`` (0600), whole or not at all; never
    over an existing file."""
    write_file(target, data)


def write_file(target: Path, data: bytes, *, replace: bool = False) -> None:
    """Write ``data`` as ``target`` (0600), whole or not at all: over an existing
    file only when ``replace`` (the person was asked)."""
    name = target.name
    if not replace and (target.exists() or target.is_symlink()):
        raise WriteRefused(QCoreApplication.translate(
            "Pdf", "{name} is already there; it was left as it is.").format(name=name))
    folder = target.parent
    if not folder.is_dir():
        raise WriteRefused(QCoreApplication.translate(
            "Pdf", "The folder {folder} is not there.").format(folder=folder))
    tmp = folder / f".{name}.{os.getpid()}.part"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise WriteRefused(QCoreApplication.translate(
            "Pdf", "BackCare cannot write into {folder}: {why}.").format(
            folder=folder, why=exc.strerror or exc)) from None
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        if replace:
            os.replace(tmp, target)
        else:
            os.link(tmp, target)  # fails if the name was taken meanwhile
    except FileExistsError:
        raise WriteRefused(QCoreApplication.translate(
            "Pdf", "{name} is already there; it was left as it is.").format(name=name)) from None
    except OSError as exc:
        raise WriteRefused(QCoreApplication.translate(
            "Pdf", "{name} could not be written: {why}. Nothing was left behind.").format(
            name=name, why=exc.strerror or exc)) from None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
