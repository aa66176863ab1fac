"""The Hydration feature's dialogs, each behind one function (tests answer them)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QWidget

from backcare_desktop.ui.shell import modal


def edit_water_entry(parent: QWidget | None, at: datetime,
                     amount_ml: int) -> tuple[datetime, int] | None:
    """Change the time (same day) and amount of a drink; None when cancelled."""
    from backcare_desktop.ui.hydration.water_entry_dialog import WaterEntryDialog

    dialog = WaterEntryDialog(at, amount_ml, parent)
    if modal.run(dialog) == WaterEntryDialog.DialogCode.Accepted:
        return dialog.result_entry()
    return None
