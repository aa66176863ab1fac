"""FigureView draws every figure in both schemes, at any size, and nothing while hidden."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from backcare_desktop.core.figures.animation import pose_at
from backcare_desktop.core.figures.catalogue import FIGURES
from backcare_desktop.core.figures.model import Figure
from backcare_desktop.core.routines.plan import PhaseKind
from backcare_desktop.ui.shell.figure_view import FigureView, figure_rect, paint_figure
from backcare_desktop.ui.shell.theme import build_palette


def _painted(image: QImage, background: QColor, area: QRectF | None = None,
             step: int = 2) -> list[QColor]:
    """The colours of the pixels that differ from the background (every ``step``-th)."""
    box = (area or QRectF(image.rect())).toAlignedRect().intersected(image.rect())
    back = background.rgb()
    return [QColor(image.pixel(x, y)) for y in range(box.top(), box.bottom() + 1, step)
            for x in range(box.left(), box.right() + 1, step) if image.pixel(x, y) != back]


def _view(qtbot: QtBot, dark: bool, width: int = 320, height: int = 200) -> FigureView:
    view = FigureView()
    view.setPalette(build_palette(dark))
    view.resize(width, height)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def _grab(view: FigureView) -> tuple[QImage, QColor]:
    background = view.palette().color(QPalette.ColorRole.Window)
    image = QImage(view.size(), QImage.Format.Format_RGB32)
    image.fill(background)
    view.render(image)
    return image, background


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("figure", FIGURES.values(), ids=lambda f: f.key)
def test_each_figure_is_drawn_inside_its_bounds_in_both_schemes(
        qtbot: QtBot, figure: Figure, dark: bool) -> None:
    view = _view(qtbot, dark)
    for pose in (figure.start, pose_at(figure, PhaseKind.REP_MOVE, 1.0, "right")):
        view.set_figure(figure, pose)
        image, background = _grab(view)
        bounds = figure_rect(QRectF(view.rect()), figure, pose)
        assert QRectF(view.rect()).contains(bounds)
        inside = _painted(image, background, bounds)
        assert len(inside) > 0.03 * bounds.width() * bounds.height() / 4
        # the body stands out from the background: some pixels in strong contrast
        assert max(abs(c.lightness() - background.lightness()) for c in inside) > 110


def test_the_far_limbs_are_lighter_and_a_marked_muscle_group_uses_the_highlight(
        qtbot: QtBot) -> None:
    view = _view(qtbot, False)
    palette = view.palette()
    accent = palette.color(QPalette.ColorRole.Highlight)
    view.set_figure(FIGURES["pmr-right-hand"],
                    pose_at(FIGURES["pmr-right-hand"], PhaseKind.TENSE, 0.5))
    image, background = _grab(view)
    assert any(c.rgb() == accent.rgb() for c in _painted(image, background))
    view.set_figure(FIGURES["bridge"])
    image, background = _grab(view)
    assert not any(c.rgb() == accent.rgb() for c in _painted(image, background))
    lightness = {c.lightness() for c in _painted(image, background)}
    assert len(lightness) > 3  # near side, far side, trunk, mat


def test_a_hidden_view_draws_nothing(qtbot: QtBot) -> None:
    view = _view(qtbot, False)
    view.set_figure(FIGURES["bird-dog"])
    view.hide()
    view.set_pose(FIGURES["bird-dog"].end)
    image, background = _grab(view)
    assert _painted(image, background) == []


def test_an_empty_view_draws_nothing(qtbot: QtBot) -> None:
    view = _view(qtbot, True)
    view.set_figure(None)
    image, background = _grab(view)
    assert _painted(image, background) == []
    assert view.pose() is None and view.figure() is None


@pytest.mark.parametrize("size", [(64, 40), (64, 64), (1280, 720)])
def test_from_a_thumbnail_to_half_a_screen(size: tuple[int, int]) -> None:
    palette = build_palette(False)
    width, height = size
    for figure in FIGURES.values():
        image = QImage(width, height, QImage.Format.Format_RGB32)
        background = palette.color(QPalette.ColorRole.Window)
        image.fill(background)
        painter = QPainter(image)
        paint_figure(painter, QRectF(0, 0, width, height), figure, figure.end, palette,
                     motion=True)
        painter.end()
        step = max(2, width // 64)
        assert len(_painted(image, background, step=step)) > 0.02 * width * height / step**2


def test_a_rectangle_too_small_is_left_alone() -> None:
    palette = build_palette(True)
    image = QImage(3, 3, QImage.Format.Format_RGB32)
    background = palette.color(QPalette.ColorRole.Window)
    image.fill(background)
    painter = QPainter(image)
    paint_figure(painter, QRectF(0, 0, 3, 3), FIGURES["plank"], FIGURES["plank"].start, palette)
    painter.end()
    assert _painted(image, background) == []
