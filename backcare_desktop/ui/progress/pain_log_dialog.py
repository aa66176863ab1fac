"""Log (or change) a pain entry: 0–10, an optional area and a note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from backcare_desktop.core.vocabulary import NOTE_TYPED_MAX, PainArea
from backcare_desktop.ui.shell.pain_scale import PainScale


def not_given() -> str:
    """What the area list and the pain log show for no area."""
    return QCoreApplication.translate("PainLogDialog", "Not given")


class PainLogDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, level: int | None = None,
                 area: PainArea | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Log pain"))
        self.scale = PainScale()
        self.area = QComboBox()
        self.area.setAccessibleName(self.tr("Where"))
        self.area.addItem(not_given(), "")
        for choice in PainArea:
            self.area.addItem(QCoreApplication.translate("Vocabulary", choice.label),
                              choice.value)
        self.area.setCurrentIndex(0 if area is None else list(PainArea).index(PainArea(area)) + 1)
        self.note = QLineEdit(note)
        self.note.setMaxLength(NOTE_TYPED_MAX)
        self.note.setPlaceholderText(self.tr("Optional: what you were doing, what helped"))
        self.note.setAccessibleName(self.tr("Note"))
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
        form.addRow(QLabel(self.tr(
            "How is your pain right now? 0 is no pain, 10 the worst imaginable.")))
        form.addRow(self.scale)
        form.addRow(self.tr("Where"), self.area)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(buttons)

    def result_entry(self) -> tuple[int, PainArea | None, str]:
        level = self.scale.level()
        assert level is not None
        area = self.area.currentData()
        return level, PainArea(area) if area else None, self.note.text().strip()
