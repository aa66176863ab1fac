"""The midnight refresh, and what a person sees when something unexpected fails."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop import app as app_module
from backcare_desktop.storage.errors import StorageWriteError
from backcare_desktop.ui.desktop.day_watch import DayWatcher, ms_until_next_day
from tests.fakes import FakeClock

from .conftest import DialogLog


def test_the_day_watch_is_armed_for_just_after_local_midnight(qtbot: QtBot) -> None:
    clock = FakeClock(wall=datetime(2026, 11, 24, 23, 59, 50, tzinfo=timezone(timedelta(hours=1))))
    assert ms_until_next_day(clock) == 15_000
    watch = DayWatcher(clock)
    watch.start()
    assert 14_000 <= watch.armed_ms <= 15_750  # a coarse timer may slip up to 5 %
    watch.stop()
    assert watch.armed_ms == -1


def test_after_firing_the_next_refresh_is_a_day_away_not_a_loop() -> None:
    clock = FakeClock(wall=datetime(2026, 11, 25, 0, 0, 5, tzinfo=UTC))
    assert ms_until_next_day(clock) == 86_400_000


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (StorageWriteError("BackCare could not save to /x.sqlite3: the disk is full."),
         "BackCare could not save to /x.sqlite3: the disk is full."),
        (KeyError("boom"), "Something went wrong that BackCare did not expect."),
    ],
)
def test_unexpected_errors_become_a_plain_message_not_a_traceback(
    error: Exception, expected: str, dialog_log: DialogLog, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app_module._install_excepthook(tmp_path / "backcare.log")
    sys.excepthook(type(error), error, None)
    (name, (_parent, _title, text)), = dialog_log.calls
    assert name == "error" and text.startswith(expected)
    assert "Traceback" not in text
