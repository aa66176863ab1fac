"""How every dialog is shown: modal to its window, not to the whole app.

A dialog with a parent blocks only that window, so the tray menu (Quit, Log a
glass) keeps working while it is open, and the main window's Quit (Ctrl+Q)
works from inside the dialog too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog


def run(dialog: QDialog) -> int:
    """Show ``dialog`` and wait for its answer (``QDialog.exec``)."""
    from PySide6.QtCore import Qt

    from backcare_desktop.ui.shell.main_window import MainWindow

    parent = dialog.parentWidget()
    if parent is not None:
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        window = parent.window()
        if isinstance(window, MainWindow):
            # A dialog may come before the window's first frame has added the
            # menus' commands (the first-run notice does): add them now.
            window.ensure_menus()
            dialog.addAction(window.quit_action)  # Ctrl+Q quits from here as well
    dialog.show()
    dialog.raise_()  # over its window even where no window manager keeps it there
    return dialog.exec()
