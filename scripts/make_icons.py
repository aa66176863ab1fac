#!/usr/bin/env python3
"""Render the app icon's PNG sizes (16–256 px) from its SVG drawing.

Small sizes are what menus, docks and window lists show; rendering them here
once keeps them crisp and identical everywhere. A test checks the files match
what this script makes.

    .venv/bin/python scripts/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
APP_ID = "io.github.backcare.BackCare"
SIZES = (16, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"{APP_ID}-{size}.png"


def render(size: int) -> object:
    """The icon as a QImage of ``size`` × ``size`` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / f"{APP_ID}.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        if not render(size).save(str(png_path(size)), "PNG"):  # type: ignore[attr-defined]
            print(f"could not write {png_path(size)}", file=sys.stderr)
            return 1
        print(png_path(size).relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
