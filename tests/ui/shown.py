"""Reading what a window shows the way a person reads it."""

from __future__ import annotations

from typing import Any

from backcare_desktop.core.status import NO_BREAK_SPACE


def header_text(window: Any) -> str:
    """The header's summary with its no-break spaces read as spaces."""
    return str(window.header.text()).replace(NO_BREAK_SPACE, " ")
