"""``ui.dialogs``, imported on first use.

A normal start shows no dialog, and importing the dialogs module brings in
QMessageBox, QFileDialog and the storage recovery code. Attribute look-ups go
to the real module each time, so tests that replace a dialog function there
are seen here too.
"""

from __future__ import annotations

from typing import Any


class _LazyDialogs:
    def __getattr__(self, name: str) -> Any:
        from backcare_desktop.ui.shell import dialogs

        return getattr(dialogs, name)


dialogs = _LazyDialogs()
