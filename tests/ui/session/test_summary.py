"""The summary praises only what was done."""

from __future__ import annotations

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
