"""The pain scale: eleven buttons of one width, every word whole, at any text size."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from backcare_desktop.ui.shell.pain_scale import BUTTON_MIN, PainScale


@pytest.mark.parametrize("points", [9.0, 11.0, 16.5, 22.0])
def test_buttons_are_one_width_and_every_word_is_whole_and_apart(qtbot: QtBot,
                                                                  points: float) -> None:
    scale = PainScale()
    qtbot.addWidget(scale)
    font = QFont(QApplication.font())
    font.setPointSizeF(points)
    scale.setFont(font)
    scale.resize(scale.minimumSizeHint())
    scale.show()
    qtbot.waitExposed(scale)
    widths = {scale.group.button(level).width() for level in range(11)}
    assert len(widths) == 1 and min(widths) >= BUTTON_MIN
    metrics = QFontMetrics(font)
    spans = []
    for level, label in sorted(scale.words.items()):
        assert not label.wordWrap()
        text_width = metrics.horizontalAdvance(label.text())
        assert label.width() >= text_width, label.text()
        # Where the text itself lies, for the words on the same line.
        left = {0: label.x(), 10: label.geometry().right() + 1 - text_width}.get(
            level, label.geometry().center().x() - text_width // 2)
        spans.append((label.y(), left, left + text_width, label.text()))
        assert left >= 0 and left + text_width <= scale.width(), label.text()
    for (row_a, _, end_a, word_a), (row_b, start_b, _, word_b) in pairwise(spans):
        if row_a == row_b:
            assert end_a <= start_b, (word_a, word_b)


def test_the_words_follow_a_change_of_font(qtbot: QtBot) -> None:
    scale = PainScale()
    qtbot.addWidget(scale)
    before = scale.column_width()
    font = QFont(scale.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    scale.setFont(font)
    assert scale.column_width() > before
