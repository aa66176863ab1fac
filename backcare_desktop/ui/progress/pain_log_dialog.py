"""Log (or change) a pain entry: 0–10, an optional area and a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from backcare_desktop.ui.shell.pain_scale import PainScale

AREAS = (("", "Not given"), ("lower_back", "Lower back"), ("upper_back", "Upper back"),
         ("neck", "Neck"), ("hips", "Hips"), ("legs", "Legs"))
NOTE_MAX = 500


class PainLogDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, level: int | None = None,
                 area: str | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("Log pain")
        self.scale = PainScale()
        self.area = QComboBox()
        self.area.setAccessibleName("Where")
        for key, label in AREAS:
            self.area.addItem(label, key)
        self.area.setCurrentIndex([k for k, _ in AREAS].index(area or ""))
        self.note = QLineEdit(note)
        self.note.setMaxLength(NOTE_MAX)
        self.note.setPlaceholderText("Optional: what you were doing, what helped")
        self.note.setAccessibleName("Note")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save.setEnabled(level is not None)
        if level is not None:
            self.scale.set_level(level)
        self.scale.group.idClicked.connect(lambda _level: self.save.setEnabled(True))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel("How is your pain right now? 0 is no pain, 10 the worst imaginable."))
        form.addRow(self.scale)
        form.addRow("Where", self.area)
        form.addRow("Note", self.note)
        form.addRow(buttons)

    def result_entry(self) -> tuple[int, str | None, str]:
        level = self.scale.level()
        assert level is not None
        return level, self.area.currentData() or None, self.note.text().strip()
