"""BackCare's own icon, for the window, the tray and notifications."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon

from backcare_desktop import APP_ID


def icon_file() -> Path:
    from backcare_desktop.core.routines.library import builtin_dir

    return builtin_dir().parent / "icons" / f"{APP_ID}.svg"


def app_icon() -> QIcon:
    """The theme's icon by the app id when installed, else the bundled drawing."""
    return QIcon.fromTheme(APP_ID, QIcon(str(icon_file())))
