"""The clock and time-zone watcher that re-arms reminders."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from backcare_desktop.ui.desktop.clock_watch import ClockWatch


def test_a_changed_time_zone_file_is_heard(qtbot: QtBot, tmp_path: Path) -> None:
    zone = tmp_path / "localtime"
    zone.write_bytes(b"TZif old")
    watch = ClockWatch(zone_file=zone)
    assert watch.watches_zone
    with qtbot.waitSignal(watch.changed, timeout=5000):
        replacement = tmp_path / "localtime.new"
        replacement.write_bytes(b"TZif new")
        replacement.replace(zone)  # what timedatectl and friends do
    assert watch.watches_zone  # still watching the new file
    watch.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="timerfd is Linux only")
def test_on_linux_a_clock_set_is_watched_without_any_timer(tmp_path: Path) -> None:
    watch = ClockWatch(zone_file=tmp_path / "none")
    assert watch.watches_clock  # a kernel timer that wakes only when the clock is set
    assert not watch.watches_zone
    watch.close()
    assert not watch.watches_clock
