"""The 0–10 pain scale every pain question uses."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QWidget

PAIN_LABELS = {0: "No pain", 2: "Mild", 4: "Moderate", 6: "Severe", 8: "Very severe",
               10: "Worst imaginable"}


class PainScale(QWidget):
    """Eleven large buttons, 0 to 10, with plain words at the anchors."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        grid = QGridLayout(self)
        for level in range(11):
            button = QPushButton(str(level))
            button.setCheckable(True)
            button.setMinimumSize(44, 44)
            words = PAIN_LABELS.get(level)
            button.setAccessibleName(f"{level}" + (f", {words}" if words else ""))
            self.group.addButton(button, level)
            grid.addWidget(button, 0, level)
            if words:
                label = QLabel(words)
                label.setWordWrap(True)
                grid.addWidget(label, 1, level)

    def level(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_level(self, level: int) -> None:
        self.group.button(level).setChecked(True)
