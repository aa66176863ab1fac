#!/usr/bin/env python3
"""Render every exercise figure to PNG files, to look at them.

    .venv/bin/python scripts/figure_gallery.py [FOLDER] [--size 480x300] [--only KEY ...]

For each figure and each scheme (light, dark) it writes the start pose, a
frame in the middle of the movement and the end pose
(``<key>-<scheme>-start.png`` …), ``<key>-<scheme>-pair.png`` with start and
end side by side (an arrow shows the movement), and ``<key>-<scheme>-right.png``
with the end pose done on the other side. ``index.html`` shows them all. No
display is needed: it draws offscreen into images.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette  # noqa: E402

from backcare_desktop.core.figures.animation import pose_at  # noqa: E402
from backcare_desktop.core.figures.catalogue import FIGURES  # noqa: E402
from backcare_desktop.core.figures.model import Figure  # noqa: E402
from backcare_desktop.core.figures.skeleton import Pose  # noqa: E402
from backcare_desktop.core.routines.plan import PhaseKind  # noqa: E402
from backcare_desktop.ui.shell.figure_view import paint_figure  # noqa: E402
from backcare_desktop.ui.shell.theme import build_palette  # noqa: E402


def frames(figure: Figure) -> dict[str, Pose]:
    if figure.region:
        return {
            "start": pose_at(figure, PhaseKind.PREPARE, 0.0),
            "mid": pose_at(figure, PhaseKind.TENSE, 0.1),
            "end": pose_at(figure, PhaseKind.TENSE, 1.0),
            "right": pose_at(figure, PhaseKind.TENSE, 1.0, "right"),
        }
    return {
        "start": pose_at(figure, PhaseKind.REP_MOVE, 0.0),
        "mid": pose_at(figure, PhaseKind.REP_MOVE, 0.5),
        "end": pose_at(figure, PhaseKind.REP_MOVE, 1.0),
        "right": pose_at(figure, PhaseKind.REP_MOVE, 1.0, "right"),
    }


def render(figure: Figure, pose: Pose, palette: QPalette, width: int, height: int,
           *, motion: bool = False) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    try:
        paint_figure(painter, QRectF(0, 0, width, height), figure, pose, palette, motion=motion)
    finally:
        painter.end()
    return image


def pair(figure: Figure, start: Pose, end: Pose, palette: QPalette, width: int,
         height: int) -> QImage:
    gap = max(8, width // 30)
    image = QImage(2 * width + gap, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    try:
        painter.drawImage(0, 0, render(figure, start, palette, width, height))
        painter.setPen(QColor(palette.color(QPalette.ColorRole.Mid)))
        painter.drawLine(width + gap // 2, height // 10, width + gap // 2, height * 9 // 10)
        painter.drawImage(width + gap, 0, render(figure, end, palette, width, height,
                                                 motion=True))
    finally:
        painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="figure-gallery", type=Path)
    parser.add_argument("--size", default="480x300", help="WIDTHxHEIGHT of one picture")
    parser.add_argument("--only", nargs="*", default=None, help="figure keys to draw")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    assert app is not None
    args.folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for key, figure in FIGURES.items():
        if args.only and key not in args.only:
            continue
        poses = frames(figure)
        for scheme in ("light", "dark"):
            palette = build_palette(scheme == "dark")
            for label, pose in poses.items():
                render(figure, pose, palette, width, height).save(
                    str(args.folder / f"{key}-{scheme}-{label}.png"))
            pair(figure, poses["start"], poses["end"], palette, width, height).save(
                str(args.folder / f"{key}-{scheme}-pair.png"))
        rows.append(key)
    cells = "\n".join(
        f'<h2>{key}</h2><img src="{key}-light-pair.png"> <img src="{key}-dark-pair.png">'
        for key in rows
    )
    (args.folder / "index.html").write_text(
        f"<!doctype html><meta charset=utf-8><title>Figures</title>{cells}\n",
        encoding="utf-8")
    print(f"{len(rows)} figures in {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
