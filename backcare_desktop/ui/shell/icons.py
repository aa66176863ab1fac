"""BackCare's own icon, for the window, the tray and notifications."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from backcare_desktop import APP_ID


def icon_file() -> Path:
    from backcare_desktop.core.routines.library import builtin_dir

    return builtin_dir().parent / "icons" / f"{APP_ID}.svg"


SIZES = (16, 32, 48, 64, 128, 256)  # the PNGs made by scripts/make_icons.py


def bundled_icon() -> QIcon:
    """The drawing, with its pre-rendered sizes (crisper than scaling at 16 px)."""
    svg = icon_file()
    icon = QIcon()
    for size in SIZES:
        png = svg.with_name(f"{APP_ID}-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    icon.addFile(str(svg))  # for any other size
    return icon


def app_icon() -> QIcon:
    """The theme's icon by the app id when installed, else the bundled drawing."""
    return QIcon.fromTheme(APP_ID, bundled_icon())
