"""Where the app's sounds are, and Qt's media set-up shared by every feature that
plays one."""

from __future__ import annotations

from pathlib import Path


def sound_dir() -> Path:
    from backcare_desktop.core.routines.library import builtin_dir

    return builtin_dir().parent / "sounds"


def quiet_media_logs() -> None:
    """Qt lists each optional media library it did not find (PipeWire, VA-API…);
    none is needed for WAV tones or speech, so those lines are left out."""
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false")
