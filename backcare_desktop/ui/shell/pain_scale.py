"""The 0–10 pain scale every pain question uses."""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from math import ceil

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QWidget

from backcare_desktop.core.words import QT_TRANSLATE_NOOP

PAIN_LABELS = {0: QT_TRANSLATE_NOOP("PainScale", "No pain"),
               2: QT_TRANSLATE_NOOP("PainScale", "Mild"),
               4: QT_TRANSLATE_NOOP("PainScale", "Moderate"),
               6: QT_TRANSLATE_NOOP("PainScale", "Severe"),
               8: QT_TRANSLATE_NOOP("PainScale", "Very severe"),
               10: QT_TRANSLATE_NOOP("PainScale", "Worst imaginable")}

BUTTON_MIN = 44  # pixels: a comfortable target for a finger or an unsteady hand


class PainScale(QWidget):
    """Eleven large buttons, 0 to 10, all the same width, with plain words at the
    anchors.

    Each middle word sits under its number, across the number's column and its
    neighbours'; the end words ("No pain", "Worst imaginable") on a line of their
    own under those, from the scale's edges. None wraps: the columns are made
    wide enough for every word to show whole and apart from the next, whatever
    the font size.
    """

    def __init__(self, parent: QWidget | None = None, *,
                 labels: Mapping[int, str] | None = None) -> None:
        """``labels``: other words for the anchors (shown as given, so already
        translated), with words for 0 and 10 at least; the pain words by default."""
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.words: dict[int, QLabel] = {}
        for level in range(11):
            button = QPushButton(str(level))
            button.setCheckable(True)
            button.setMinimumHeight(BUTTON_MIN)
            words = PAIN_LABELS.get(level) if labels is None else labels.get(level)
            if words and labels is None:
                words = QCoreApplication.translate("PainScale", words)
            shown = words or ""
            button.setAccessibleName(f"{level}" + (f", {shown}" if shown else ""))
            self.group.addButton(button, level)
            self._grid.addWidget(button, 0, level)
            self._grid.setColumnStretch(level, 1)
            if words:
                label = QLabel(shown)
                if level == 0:
                    self._grid.addWidget(label, 2, 0, 1, 5, Qt.AlignmentFlag.AlignLeft)
                elif level == 10:
                    self._grid.addWidget(label, 2, 6, 1, 5, Qt.AlignmentFlag.AlignRight)
                else:
                    self._grid.addWidget(label, 1, level - 1, 1, 3,
                                         Qt.AlignmentFlag.AlignHCenter)
                self.words[level] = label
        self._size_columns()

    def column_width(self) -> int:
        """The least width of each column: a button's, and room for every word.

        A middle word is centred on its number, two columns from the next word's
        centre; an end word has five columns from its edge.
        """
        metrics = QFontMetrics(self.font())
        gap = metrics.horizontalAdvance("  ")
        width = {level: metrics.horizontalAdvance(label.text()) for level, label in
                 self.words.items()}
        spacing = max(self._grid.horizontalSpacing(), 0)
        middle = sorted(level for level in width if 0 < level < 10)
        # From one column's start to the next's: each need is a least "pitch".
        pitch = [BUTTON_MIN + spacing, metrics.horizontalAdvance("10") + 2 * gap + spacing,
                 (width[0] + spacing) / 5, (width[10] + spacing) / 5,
                 *((width[level] + spacing) / 3 for level in middle)]
        pitch += [((width[left] + width[right]) / 2 + gap) / (right - left)
                  for left, right in pairwise(middle)]
        return ceil(max(pitch)) - spacing

    def _size_columns(self) -> None:
        width = self.column_width()
        for level in range(11):
            self._grid.setColumnMinimumWidth(level, width)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._size_columns()
        super().changeEvent(event)

    def level(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_level(self, level: int) -> None:
        self.group.button(level).setChecked(True)
