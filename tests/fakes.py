"""Fakes behind the app's small interfaces, for tests only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QObject

from backcare_desktop.core.session.cues import Cue


@dataclass
class FakeClock:
    """A clock that moves only when the test says so.

    ``mono`` is the monotonic clock, ``boot`` one that keeps counting while the
    computer sleeps, ``wall`` the local wall clock."""

    wall: datetime = field(
        default_factory=lambda: datetime(2026, 11, 24, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    )
    mono: float = 1000.0
    boot: float = 50_000.0

    def monotonic(self) -> float:
        return self.mono

    def boottime(self) -> float:
        return self.boot

    def now(self) -> datetime:
        return self.wall

    def timestamp(self) -> float:
        return self.wall.timestamp()

    def advance(self, seconds: float) -> None:
        """Every clock moves on by ``seconds`` (time passes; with no timer fired,
        as while the app's process is stopped)."""
        self.mono += seconds
        self.boot += seconds
        self.wall += timedelta(seconds=seconds)

    def jump(self, seconds: float) -> None:
        """Only the wall clock moves, on or back: the clock was set (by hand, or by
        the network time service)."""
        self.wall += timedelta(seconds=seconds)

    def sleep(self, seconds: float, *, monotonic_counts: bool = False) -> None:
        """The computer sleeps for ``seconds``: the wall clock and the sleep-counting
        clock move on; the monotonic clock too where it counts sleep (Windows),
        not where it stops (Linux, macOS)."""
        self.boot += seconds
        self.wall += timedelta(seconds=seconds)
        if monotonic_counts:
            self.mono += seconds

    def set_zone(self, offset: timedelta) -> None:
        """The time zone changed: the same moment, read with another UTC offset."""
        self.wall = self.wall.astimezone(timezone(offset))


class FakePrefs:
    """Settings kept in a dict, validated like the real ones."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}

    def get_setting(self, key: str) -> Any:
        from backcare_desktop.core.settings_schema import SETTINGS

        return self.values.get(key, SETTINGS[key].default)

    def set_setting(self, key: str, value: Any) -> None:
        from backcare_desktop.core.settings_schema import SETTINGS

        self.values[key] = SETTINGS[key].validate(value)


@dataclass
class RecordingCues:
    """Remembers what would have been played and said."""

    played: list[Cue] = field(default_factory=list)

    def play(self, cue: Cue) -> None:
        self.played.append(cue)

    def stop(self) -> None:
        pass


def fire_timer(owner: QObject, name: str) -> None:
    """Do what ``owner``'s single-shot timer called ``name`` does when it fires (tests
    step a fake clock first)."""
    from PySide6.QtCore import QTimer

    timer = owner.findChild(QTimer, name)
    assert timer is not None, f"no timer {name!r}"
    timer.stop()
    timer.timeout.emit()
