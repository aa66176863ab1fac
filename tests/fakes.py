"""Fakes behind the app's small interfaces, for tests only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from PySide6.QtCore import QObject

from backcare_desktop.core.session.cues import Cue


@dataclass
class FakeClock:
    """A clock that moves only when the test says so."""

    wall: datetime = field(
        default_factory=lambda: datetime(2026, 11, 24, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    )
    mono: float = 1000.0

    def monotonic(self) -> float:
        return self.mono

    def now(self) -> datetime:
        return self.wall

    def timestamp(self) -> float:
        return self.wall.timestamp()

    def advance(self, seconds: float) -> None:
        """Both clocks move on by ``seconds``."""
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)

    def jump(self, seconds: float) -> None:
        """Only the wall clock moves on, as while the computer sleeps."""
        self.wall += timedelta(seconds=seconds)


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
