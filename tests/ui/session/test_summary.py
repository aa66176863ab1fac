"""The summary praises only what was done."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from backcare_desktop.ui.session.pain_and_summary import SessionSummary, SummaryDialog


def heading(qtbot: QtBot, summary: SessionSummary) -> str:
    dialog = SummaryDialog(summary)
    qtbot.addWidget(dialog)
    return "".join(label.text() for label in dialog.findChildren(QLabel)).split("</h2>")[0]


def test_nothing_done_is_said_plainly_and_never_praised(qtbot: QtBot) -> None:
    skipped_all = SessionSummary("Core stability", True, 40, (), ("Bridge", "Plank"))
    assert heading(qtbot, skipped_all).endswith("Nothing done this time")


def test_praise_for_a_finished_session_with_something_done(qtbot: QtBot) -> None:
    assert heading(qtbot, SessionSummary("Core", True, 600, ("Bridge",), ("Plank",))
                   ).endswith("Well done!")
    assert heading(qtbot, SessionSummary("Core", False, 300, ("Bridge",), ())
                   ).endswith("Session stopped")


def summary_text(qtbot: QtBot, summary: SessionSummary) -> str:
    dialog = SummaryDialog(summary)
    qtbot.addWidget(dialog)
    doc = QTextDocument()
    doc.setHtml(dialog.findChildren(QLabel)[0].text())
    return doc.toPlainText()


def test_each_exercise_is_counted_under_what_came_of_it(qtbot: QtBot) -> None:
    text = summary_text(qtbot, SessionSummary(
        "Core", False, 300, ("Bridge", "Curl"), ("Plank",), ("Bird dog",)))
    assert "Done (2): Bridge, Curl." in text
    assert "Skipped (1): Plank." in text
    assert "Stopped because it hurt (1): Bird dog." in text
    assert text.rstrip().endswith("Remember to drink some water.")


def test_a_hurt_is_never_praised_and_names_are_shown_as_written(qtbot: QtBot) -> None:
    assert heading(qtbot, SessionSummary("Core", False, 300, ("Bridge",), (), ("Plank",))
                   ).endswith("Stopped because it hurt")
    text = summary_text(qtbot, SessionSummary("<b>Mine</b>", True, 60, ("<i>Tilt</i>",), ()))
    assert "<b>Mine</b>: 1 min" in text and "Done (1): <i>Tilt</i>." in text
    assert "Skipped" not in text and "hurt" not in text
